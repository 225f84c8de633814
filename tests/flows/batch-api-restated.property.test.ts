// A batch API said again in a thread whose work already waits (National Library of Wales,
// nineteenth tryout round: 'a batch over three months is fine', then 'what if we use the batch
// API?') added 'batch APIs are fine' beside 'batch is fine (batch-API prices where offered)' in
// Based on: one fact said twice. Over generated teams whose work waits or not and phrasings of the
// batch API: where it waits the change is said to be noted already and nothing is added; where
// users wait, batch APIs become fine.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const WAITS = [
  "We summarise 50,000 archived reports a month, 3,000 tokens in and 300 out each; it can run as a batch overnight. Which model?",
  "We tag 200,000 product listings a month, 600 tokens in and 50 out each, nightly batch jobs are fine. Which model should we use?",
  "We classify 1 million support tickets a month, 400 tokens in and 20 out each, asynchronous is fine. Which model?",
] as const;
const USERS_WAIT = "We want a support chatbot in English, 20M tokens a month, api is fine. Which model should we use?";
const BATCH_API = [
  "what if we use the batch API?",
  "what if we can use a batch endpoint?",
  "what if batch pricing is fine?",
] as const;

describe("the batch API said again in a thread", () => {
  it("is noted already where the work waits, and a change where users wait", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WAITS), fc.constantFrom(...BATCH_API), (first, question) => {
        const c = chat(catalog);
        c.say(first);
        expect(c.session.requirements.latency, first).toBe("batch");
        // A first message that said batch APIs were fine has them already; one that did not gets
        // no second fact for the same thing.
        const batchOkBefore = c.session.requirements.batchOk;
        const said = textOf(c.say(question));
        expect(said, question).toMatch(/^Already noted: batch [^.]*\. Nothing changes\./);
        if (batchOkBefore === undefined) expect(said, question).not.toMatch(/batch APIs are fine/);
        expect(c.session.requirements.batchOk, question).toBe(batchOkBefore);
      }),
      { numRuns: 9, seed: 1822 },
    );
    const c = chat(catalog);
    c.say(USERS_WAIT);
    expect(textOf(c.say(BATCH_API[0]))).toMatch(/^\*\*What if:\*\* batch APIs are fine\./);
    expect(c.session.requirements.batchOk).toBe(true);
  }, 240_000);
});
