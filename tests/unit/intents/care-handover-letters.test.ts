import { describe, expect, it } from "vitest";
import { useCaseIn } from "../../../src/intents/use-case-text.js";

// A discharge, referral or transfer letter sums up the patient's record for whoever takes over the
// care: writing one is summarising, not creative writing. Letters only read are material.
describe("letters written when care is handed over", () => {
  it.each([
    "We want a model to draft discharge letters in French from the doctors' notes",
    "we need a model to draft referral letters from the GP's notes, about 3,000 a month",
    "generate transfer letters for patients moving to rehab",
  ])("%s", (text) => {
    expect(useCaseIn(text)).toBe("summarization");
  });

  it("other letters stay writing", () => {
    expect(useCaseIn("draft cover letters for job applicants")).toBe("creative");
  });
});
