// A bare yes or no said after a shortlist that asked nothing ('sure, why not?' was read as
// 'fine-tuning needed', the one unasked question whose choices are yes and no, and re-ranked).
// Over generated threads (first messages × words of assent or refusal): the thread's requirements
// stay as they were and nothing is noted; a short answer that names its question ("some" for
// ML-ops experience) still answers it.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  "support bot for our shop, 20M tokens a month, which model?",
  "what should we use for a docs chatbot, 30M tokens a month, english?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
];
const BARE = [
  "sure, why not?",
  "sure",
  "yeah sure",
  "yes",
  "yep!",
  "definitely",
  "absolutely",
  "probably",
  "nope",
  "not really",
];

beforeAll(() => void chat(catalog).say(FIRSTS[0]!), 120_000);

describe("a bare yes or no after a shortlist that asked nothing", () => {
  it("answers no unasked question: the thread's requirements stay as they were", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIRSTS), fc.constantFrom(...BARE), (first, said) => {
        const c = chat(catalog);
        c.say(first);
        const before = structuredClone(c.session.requirements);
        const text = textOf(c.say(said));
        expect(c.session.requirements, said).toEqual(before);
        expect(text, said).not.toMatch(/^Noted: /m);
      }),
      { numRuns: 25, seed: 1413 },
    );
  });

  it("a short answer that names its question still answers it", () => {
    const c = chat(catalog);
    c.say(FIRSTS[0]!);
    c.say("some");
    expect(c.session.requirements.mlOpsExperience).toBe("some");
  });
});
