// Text said in characters is a volume of text, not a count of requests: "about 1.5M japanese
// characters a month" is about 1.5M tokens (one a character assumed for Japanese, Chinese and
// Korean, said back), "40M characters a month" of a Latin-script language about 10M (4 characters
// a token, OpenAI's rule of thumb). The Tokyo localiser's 1.5M characters beside 'prompts are maybe
// 20k tokens' were read as 1.5M prompts of 20K each (30B tokens). A length limit in characters
// ("one SMS, 160 characters", "2 lines of 42 characters") is no volume.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const req = (text: string) => parseRequirements(text, catalog);
const total = (text: string) => {
  const v = req(text).volume;
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};

const AMOUNTS = [
  { words: "1.5M", value: 1_500_000 },
  { words: "200k", value: 200_000 },
  { words: "40 million", value: 40_000_000 },
  { words: "3,000,000", value: 3_000_000 },
];
const SCRIPTS = [
  { words: "japanese ", perToken: 1 },
  { words: "chinese ", perToken: 1 },
  { words: "korean ", perToken: 1 },
  { words: "", perToken: 4 },
];
const PERIODS = [
  { words: "a month", perMonth: 1 },
  { words: "per month", perMonth: 1 },
  { words: "a week", perMonth: 30 / 7 },
];
const AROUND = [
  (v: string) => `we localise game scripts into english, about ${v}. which model?`,
  (v: string) =>
    `Translation studio: roughly ${v}, tone matters, we put a glossary in the prompt, so prompts are maybe 20k tokens.`,
  (v: string) => `${v} of manuals to translate, which llm?`,
];

describe("an amount of characters", () => {
  it("is that much text in tokens (one a character for CJK, four characters a token otherwise), said back", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AMOUNTS),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...AROUND),
        (amount, script, period, around) => {
          const text = around(`${amount.words} ${script.words}characters ${period.words}`);
          expect(total(text), text).toBeCloseTo((amount.value / script.perToken) * period.perMonth, -1);
          expect(req(text).volume?.description, text).toMatch(/counting about/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    "SMS support bot: the reply must fit in one SMS, 160 characters. which model?",
    "subtitles have hard limits (2 lines of 42 characters), which model?",
    "product titles of at most 200 characters, which model?",
  ])("a length limit in characters is no volume: %s", (text) => {
    expect(req(text).volume).toBeUndefined();
  });

  it("the size of each prompt is the context need: 'prompts are maybe 20k tokens'", () => {
    expect(req("the glossary goes in the prompt, so prompts are maybe 20k tokens. which model?").contextTokens).toBe(
      20_000,
    );
  });
});
