// The guided flow's data step reads the data's own words through the one home of sensitivity
// words, so a reply that names several levels gets the strongest, as a one-shot message does.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { answerStep, STEP_BY_ID } from "../../../src/conversation/flows/steps.js";

const catalog = readCatalog();
const step = STEP_BY_ID.get("data")!;
const level = (text: string) => {
  const a = answerStep(step, text, catalog);
  return a.kind === "answer" ? a.patch.dataSensitivity : a.kind;
};

describe("the data step", () => {
  it.each([
    ["internal only, but it's patient notes from ~5,000 clinicians", "regulated"],
    ["only staff see it, the files are loan applications", "regulated"],
    ["confidential board minutes", "internal"],
    ["internal", "internal"],
    ["public", "public"],
    ["3", "regulated"],
  ])("%s -> %s", (text, expected) => expect(level(text)).toBe(expected));
});
