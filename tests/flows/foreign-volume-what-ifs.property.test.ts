// A volume that grows, asked in the team's own language (thirteenth tryout round, Curitiba
// marketplace): "e se o volume dobrar na Black Friday?" and "e se dobrarmos o volume?" answered
// "I couldn't tell which requirement to change" (the verb was no word the readers know), and the
// Spanish "¿y si el volumen se duplica?" or "¿por qué no claude haiku 4.5?" were not read at all
// (no Spanish table, and "¿" hid the opening). Over generated threads (first messages × Portuguese
// and Spanish phrasings × double / triple): the thread's volume is multiplied by the factor, said
// back; and Spanish "why not X" is the why-not answer for X.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { CURITIBA_MARKETPLACE } from "../scenarios/thirteenth-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  "support bot for our shop, 20M tokens a month, which model?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
  CURITIBA_MARKETPLACE,
];
const FACTORS = [
  {
    factor: 2,
    said: [
      "e se o volume dobrar?",
      "e se o volume dobrar na Black Friday?",
      "e se dobrarmos o volume?",
      "E se o volume dobrasse?",
      "y si el volumen se duplica?",
      "¿y si el volumen se duplica en diciembre?",
      "¿Y si duplicamos el volumen?",
    ],
  },
  {
    factor: 3,
    said: [
      "e se o volume triplicar?",
      "e se triplicarmos o volume?",
      "¿y si triplicamos el volumen?",
      "y si el volumen se triplica?",
    ],
  },
] as const;

beforeAll(() => void chat(catalog).say(FIRSTS[0]!), 120_000);

describe("a what-if on the volume in Portuguese or Spanish", () => {
  it("multiplies the thread's volume by the factor it says", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...FACTORS).chain((f) => fc.tuple(fc.constant(f.factor), fc.constantFrom(...f.said))),
        (first, [factor, said]) => {
          const c = chat(catalog);
          c.say(first);
          const before = totalTokens(c.session.requirements.volume)!;
          expect(before, first).toBeGreaterThan(0);
          const reply = textOf(c.say(said));
          expect(reply, said).not.toMatch(/couldn't tell|not sure what you're asking/);
          expect(totalTokens(c.session.requirements.volume), said).toBeCloseTo(before * factor, -3);
        },
      ),
      { numRuns: 25, seed: 1113 },
    );
  });

  it("'¿por qué no X?' is the why-not answer for X, as 'por que não X?' is", () => {
    for (const said of [
      "¿por qué no claude haiku 4.5?",
      "por que no claude haiku 4.5?",
      "¿porque no el claude haiku 4.5?",
    ]) {
      const c = chat(catalog);
      c.say(FIRSTS[0]!);
      const reply = c.say(said);
      expect(reply.data?.intent, said).toBe("what-if");
      expect(textOf(reply), said).toMatch(/Claude Haiku 4\.5/);
    }
  });
});
