// A why-not said after the model it asks about (thirteenth tryout round, Curitiba marketplace):
// "e o gemini 2.5 flash, por que não?" and "and gemini 2.5 flash, why not?" got Gemini 2.5
// Flash's model card, while "por que não o gemini 2.5 flash?" got the why-not answer a lead
// expects (why it is out of this thread, and the top 3). Over generated threads (first messages ×
// models × English, Portuguese, Spanish, French and German phrasings with the why-not last), the
// answer is the one the same thread gives to "why not X?" said first. Words of assent before it
// ("sure, why not?") ask about no model.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { CURITIBA_MARKETPLACE } from "../scenarios/thirteenth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  "support bot for our shop, 20M tokens a month, which model?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
  CURITIBA_MARKETPLACE,
];
const MODELS = [
  "gemini-2.5-flash",
  "claude-haiku-4.5",
  "gpt-4.1-mini",
  "mistral-medium-3",
  "qwen3-32b",
  "llama-3.3-70b",
];
/** The why-not after the model, by language; {m} is the model as a team types it. */
const AFTER = [
  "and {m}, why not?",
  "{m}, why not?",
  "{m} — why not?",
  "what about {m}, why not?",
  "e o {m}, por que não?",
  "{m}, porque não?",
  "y el {m}, ¿por qué no?",
  "{m}, ¿por qué no?",
  "et {m}, pourquoi pas ?",
  "und {m}, warum nicht?",
] as const;

const typed = (id: string) => catalog.modelById.get(id)!.name.toLowerCase();

function answer(first: string, said: string) {
  const c = chat(catalog);
  c.say(first);
  return c.say(said);
}

beforeAll(() => void chat(catalog).say(FIRSTS[0]!), 120_000);

describe("a why-not said after the model", () => {
  it("gets the answer 'why not X?' gets in the same thread, in every language the follow-ups are read in", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...MODELS),
        fc.constantFrom(...AFTER),
        (first, id, form) => {
          const said = form.replace("{m}", typed(id));
          const reply = answer(first, said);
          expect(reply.data?.intent, said).toBe("what-if");
          expect(textOf(reply), said).toBe(textOf(answer(first, `why not ${typed(id)}?`)));
          expect(textOf(reply), said).not.toMatch(/^Lab\s*:/m);
        },
      ),
      { numRuns: 30, seed: 1312 },
    );
  });

  it("a family said first is answered for its members, as 'why not deepseek?' is", () => {
    for (const said of ["deepseek, why not?", "e o deepseek, por que não?"])
      expect(textOf(answer(FIRSTS[0]!, said)), said).toBe(textOf(answer(FIRSTS[0]!, "why not deepseek?")));
  });

  it("words of assent before it ('sure, why not?') ask about no model", () => {
    for (const said of ["sure, why not?", "ok, why not", "yeah why not!", "okay then, why not?"])
      expect(textOf(answer(FIRSTS[0]!, said)), said).not.toMatch(/\*\*Why not|already #\d/);
  });
});
