// A why-not that gives the model's own merit as the reason (judge15, fifteenth round: 'why not
// gpt-4.1, with its 1M context?' set '1M tokens of context' for the thread and ruled out
// GPT-5.1, GPT-5 and o3). Over generated threads (first messages × models × reasons about the
// model itself): the answer is the why-not for that model and the thread's requirements stay as
// they were, also where the thread already states a context need (Chicago law firm).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { CHICAGO_LAW_FIRM } from "../scenarios/fifteenth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

// Chicago's thread already needs 150K tokens of context: the "not" of "why not" retracts nothing.
const FIRSTS = [
  CHICAGO_LAW_FIRM,
  "support bot for our shop, 20M tokens a month, which model?",
  "what should we use for a docs chatbot, 30M tokens a month, english?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
];
const MODELS = ["gpt-4.1", "gemini-2.5-flash", "llama-3.3-70b", "claude-haiku-4.5", "qwen3-32b"];
const REASONS = [
  ", with its 1M context?",
  ", with its long context window?",
  " given its low price?",
  " since it has open weights?",
  ", as it's cheaper?",
  " because it supports 100 languages?",
  ", considering its 128k context?",
];

const typed = (id: string) => catalog.modelById.get(id)!.name.toLowerCase();

beforeAll(() => void chat(catalog).say(FIRSTS[0]!), 120_000);

describe("a why-not with the model's own merit as the reason", () => {
  it("is the why-not for the model and changes nothing in the thread", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...MODELS),
        fc.constantFrom("why not", "and why not", "so why not"),
        fc.constantFrom(...REASONS),
        (first, id, why, reason) => {
          const said = `${why} ${typed(id)}${reason}`;
          const c = chat(catalog);
          c.say(first);
          const before = structuredClone(c.session.requirements);
          const reply = c.say(said);
          expect(reply.data?.intent, said).toBe("what-if");
          expect(textOf(reply), said).toContain(`Why not ${catalog.modelById.get(id)!.name}?`);
          expect(textOf(reply), said).not.toMatch(/What if:/);
          expect(c.session.requirements, said).toEqual(before);
        },
      ),
      { numRuns: 25, seed: 1413 },
    );
  });
});
