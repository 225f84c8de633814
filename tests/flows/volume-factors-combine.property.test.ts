// What-ifs on the volume, one after another (thirteenth tryout round, Curitiba marketplace): after
// two doublings the count was said back as '2 × 2 × 3M novos', each factor put before the last.
// Over generated threads counted per item × sequences of factors (double, triple, halve, ×10): the
// count said back carries one factor, the product of those said (none when they cancel out), and
// the tokens a month are the first ones times that product.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
  "support bot: 40k tickets a month, ~900 tokens in and 150 out each. which model?",
  "About 600 engineers, maybe 8 questions each per day, ~6,000 tokens in and ~500 out per question. which model?",
];
const FACTORS = [
  { factor: 2, said: ["what if the volume doubles?", "and if traffic doubles again?"] },
  { factor: 3, said: ["what if volume triples?"] },
  { factor: 0.5, said: ["what if volume halves?", "what if we cut the volume in half?"] },
  { factor: 10, said: ["what if traffic grows 10x?"] },
] as const;

beforeAll(() => void chat(catalog).say(FIRSTS[0]!), 120_000);

describe("volume what-ifs one after another", () => {
  it("say the count back with one factor, the product of those said", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.array(
          fc.constantFrom(...FACTORS).chain((f) => fc.tuple(fc.constant(f.factor), fc.constantFrom(...f.said))),
          { minLength: 2, maxLength: 4 },
        ),
        (first, steps) => {
          const c = chat(catalog);
          c.say(first);
          const item = c.session.requirements.volume?.perItem;
          expect(item, first).toBeDefined();
          const before = totalTokens(c.session.requirements.volume)!;
          let product = 1;
          for (const [factor, said] of steps) {
            c.say(said);
            product *= factor;
          }
          const words = c.session.requirements.volume!.perItem!.countWords;
          const factors = [...words.matchAll(/(?:^|× )(\d+(?:\.\d+)?) × /g)];
          const label = `${steps.map((s) => s[1]).join(" / ")} → ${words}`;
          expect(factors.length, label).toBeLessThanOrEqual(1);
          if (product === 1) expect(words, label).toBe(item!.countWords);
          else expect(words, label).toBe(`${Number(product.toPrecision(3))} × ${item!.countWords}`);
          expect(totalTokens(c.session.requirements.volume), label).toBeCloseTo(before * product, -2);
        },
      ),
      { numRuns: 30, seed: 1316 },
    );
  });
});
