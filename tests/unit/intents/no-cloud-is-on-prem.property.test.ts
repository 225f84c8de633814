// "No cloud at all" said alone was not read as the team's own premises (words21 brief; Niigata's
// 'must never leave our factory network: no cloud at all' was on-prem only through its owned
// server): "so no cloud.", "nothing may go to the cloud" and "we can't use any cloud" left the
// deployment open, so cloud APIs ranked first. Over generated rule phrasings × jobs × places in the
// message, no cloud is on-prem; "no cloud experience" (the team), "no US cloud" (a host country)
// and "ideally no cloud" (a wish) are not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const RULES = [
  "no cloud",
  "no cloud at all",
  "no cloud whatsoever",
  "no public cloud",
  "no cloud AI allowed",
  "so no cloud",
  "without any cloud",
  "nothing may go to the cloud",
  "no data goes to the cloud",
  "no patient records can be sent to the cloud",
  "we can't use the cloud",
  "we don't use any cloud",
  "we must not use a public cloud",
  "the cloud is not an option",
  "cloud is off the table",
];
const JOBS = [
  "Support chatbot for our clinic",
  "We summarise meeting notes for the council",
  "RAG over our maintenance manuals",
  "We classify 120,000 survey answers a month",
];
const ENDS = [".", "!", " - which model?", ", which model fits?"];

describe("no cloud said as a rule", () => {
  it("is the team's own premises, wherever it stands in the message", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom(...JOBS),
        fc.constantFrom(...ENDS),
        fc.boolean(),
        (rule, job, end, ruleFirst) => {
          const text = ruleFirst ? `${rule}${end} ${job}.` : `${job}, ${rule}${end}`;
          expect(parseRequirements(text).deployment, text).toBe("on-prem");
        },
      ),
      { numRuns: 120 },
    );
  });

  it("is not read from the team's experience, a host country or a wish", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "we have no cloud experience",
          "no cloud budget yet",
          "no US cloud please",
          "no Chinese cloud providers",
          "ideally no cloud",
          "no cloud if possible",
          "no cloud credits left",
        ),
        fc.constantFrom(...JOBS),
        (words, job) => {
          const text = `${job}, ${words}. Which model?`;
          expect(parseRequirements(text).deployment, text).not.toBe("on-prem");
        },
      ),
      { numRuns: 40 },
    );
  });
});
