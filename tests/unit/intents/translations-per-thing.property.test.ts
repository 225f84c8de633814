// A thing put into several languages is sent once per translation: "4,000 episodes a month; each
// episode script is ~3,000 tokens in and each translation ~3,500 tokens out, so four translations
// per episode" is 4,000 × 4 × (3,000 + 3,500), not 4,000 × 6,500 (Seoul webtoon, round 16; words32).
// A count of translations with a rate of its own ("500 translations a day") is the things counted.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const read = (text: string) => parseRequirements(text, catalog);
const WORDS: Record<number, string> = { 2: "two", 3: "three", 4: "four", 5: "five" };
const total = (text: string) => {
  const v = read(text).volume;
  return (v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0);
};

describe("translations of each thing", () => {
  it("multiply the things: things × translations × (tokens in + out per translation)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1_000, 4_000, 12_500),
        fc.constantFrom("episodes", "manuals", "articles", "chapters"),
        fc.integer({ min: 2, max: 5 }),
        fc.boolean(),
        fc.constantFrom(800, 3_000),
        fc.constantFrom(900, 3_500),
        (things, noun, translations, inWords, tokensIn, tokensOut) => {
          const count = inWords ? WORDS[translations]! : String(translations);
          const text = `We translate about ${things.toLocaleString("en-US")} ${noun} a month, ${count} translations per ${noun.replace(/s$/, "")}; each translation is ~${tokensIn.toLocaleString("en-US")} tokens in and ~${tokensOut.toLocaleString("en-US")} tokens out.`;
          expect(total(text), text).toBe(things * translations * (tokensIn + tokensOut));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a count of translations with its own rate is what is counted", () => {
    const text = "We do 500 translations a day, ~1,000 tokens in and ~1,100 out each.";
    expect(total(text), text).toBe(500 * 30 * 2_100);
  });
});
