// Fine-tuning said as a wish is weighed, never a rule. The São Paulo fintech's "We'd like to
// fine-tune later on our own support transcripts" was read as 'fine-tuning needed', which ruled
// out every closed model whose maker offers no tuning, and "what if fine-tuning is only nice to
// have?" made it needed again. Checked over generated jobs, wish words and plans.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseWhatIf } from "../../../src/intents/what-if-text.js";
import { weightsFor } from "../../../src/scoring/weights.js";

const JOBS = [
  "Customer support chatbot for our webshop.",
  "We summarise sales call transcripts.",
  "Extract invoice fields into JSON.",
  "RAG over our staff handbook.",
];
const WISHES = [
  "Fine-tuning would be nice to have.",
  "Fine-tuning is a plus but not required.",
  "Fine-tuning optional.",
  "We might fine-tune later on our transcripts.",
  "Maybe we fine-tune it one day.",
  "Ideally a model we can fine-tune.",
  "Fine-tuning if possible.",
  "We may eventually fine-tune it.",
  "Fine-tuning isn't a must, just a nice-to-have.",
];
const PLANS = [
  "We need to fine-tune it on our own tickets.",
  "We will fine-tune on our data.",
  "Fine-tuning is a must for us.",
  "We plan to LoRA it on our transcripts.",
];
const NOT_NEEDED = ["Fine-tuning isn't required.", "Fine-tuning is not needed.", "Fine-tuning isn't a must."];

describe("fine-tuning said as a wish", () => {
  it("a wish is wanted, not needed; in either order with the job", () => {
    fc.assert(
      fc.property(fc.constantFrom(...JOBS), fc.constantFrom(...WISHES), fc.boolean(), (job, wish, wishFirst) => {
        const text = wishFirst ? `${wish} ${job}` : `${job} ${wish}`;
        const req = parseRequirements(text);
        expect(req.fineTuning, text).toBeUndefined();
        expect(req.fineTuningWanted, text).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("a plan stays a need, even beside a wish about something else", () => {
    fc.assert(
      fc.property(fc.constantFrom(...JOBS), fc.constantFrom(...PLANS), (job, plan) => {
        const text = `${job} ${plan} EU hosting would be nice to have.`;
        const req = parseRequirements(text);
        expect(req.fineTuning, text).toBe(true);
        expect(req.fineTuningWanted, text).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });

  it("a question's 'could we' asks for the ability: a need", () => {
    for (const q of ["which model could we fine-tune on our data?", "what can we fine-tune on 2 GPUs?"])
      for (const job of JOBS) expect(parseRequirements(`${job} ${q}`).fineTuning, q).toBe(true);
  });

  it("'not required' with no wish is no fine-tuning", () => {
    for (const said of NOT_NEEDED)
      for (const job of JOBS) expect(parseRequirements(`${job} ${said}`).fineTuning).toBe(false);
  });

  it("a wish weighs customization above unsaid and below a need", () => {
    const custom = (text: string) => {
      const { weights } = weightsFor(parseRequirements(text));
      return weights.customization / Object.values(weights).reduce((a, b) => a + b, 0);
    };
    for (const job of JOBS) {
      const unsaid = custom(job);
      const wanted = custom(`${job} Fine-tuning would be nice to have.`);
      const needed = custom(`${job} We need to fine-tune it on our own tickets.`);
      expect(wanted, job).toBeGreaterThan(unsaid);
      expect(needed, job).toBeGreaterThan(wanted);
    }
  });
});

describe("fine-tuning made a wish in a what-if", () => {
  const needed = parseRequirements("Customer support chatbot. We will fine-tune it on our own tickets.");

  it("'only nice to have' lifts the need and keeps the wish", () => {
    for (const said of [
      "what if fine-tuning is only nice to have?",
      "actually fine-tuning isn't a must, just a nice-to-have",
      "what if fine-tuning were optional?",
    ]) {
      const change = parseWhatIf(said, needed);
      expect(change.patch.fineTuningWanted, said).toBe(true);
      expect(change.patch.fineTuning, said).toBeUndefined();
      expect(change.remove, said).toContain("fineTuning");
    }
  });

  it("a what-if's own 'could' asks for tuning; 'not needed' drops it", () => {
    expect(parseWhatIf("what if we could fine-tune it?", {}).patch.fineTuning).toBe(true);
    expect(parseWhatIf("what if fine-tuning isn't needed?", needed).patch.fineTuning).toBe(false);
  });
});
