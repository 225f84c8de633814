// Fine-tuning ruled out is no fine-tuning need: the Aarhus job centre's "We must not fine-tune
// anything on citizens' data" was read as 'fine-tuning needed' (customisation weighted ×3), as were
// "We don't want to fine-tune", "Fine-tuning on our data is not allowed" and "We will never
// fine-tune on personal data". Checked over generated rule words, objects and jobs; a team that
// only cannot do it itself, or wants it, still needs it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const BEFORE = [
  "We must not fine-tune",
  "We mustn't fine-tune",
  "We may not fine-tune",
  "We should not fine-tune",
  "We will never fine-tune",
  "We don't want to fine-tune",
  "We do not plan to fine-tune",
  "We are not allowed to fine-tune",
  "We have no plans to finetune",
];
const OBJECTS = ["", " anything on citizens' data", " on personal data", " any model on our customers' records"];
const AFTER = [
  "Fine-tuning on our data is not allowed",
  "Fine-tuning is forbidden",
  "Fine-tuning of any model on patient notes is prohibited",
  "Fine-tuning is off the table",
  "Fine-tuning is not an option for us",
];
const JOBS = ["Support chatbot for our shop, which model?", "We summarise case files.", "RAG over the handbook."];

describe("fine-tuning ruled out", () => {
  it("before the verb ('we must not fine-tune …') is no fine-tuning", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...OBJECTS),
        fc.constantFrom(...JOBS),
        (rule, object, job) => {
          const text = `${job} ${rule}${object}.`;
          expect(parseRequirements(text).fineTuning, text).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("after it ('fine-tuning … is not allowed') is no fine-tuning", () => {
    fc.assert(
      fc.property(fc.constantFrom(...AFTER), fc.constantFrom(...JOBS), (rule, job) => {
        const text = `${rule}. ${job}`;
        expect(parseRequirements(text).fineTuning, text).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it("a team that wants it, or cannot do it itself, still needs it", () => {
    for (const text of [
      "we want to fine-tune it on our tickets",
      "fine-tuning is a must for us",
      "we can't fine-tune ourselves, so we'd use a provider's fine-tuning API",
      "we will fine-tune on our own deeds",
    ])
      expect(parseRequirements(text).fineTuning, text).toBe(true);
  });
});
