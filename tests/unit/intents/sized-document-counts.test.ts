// A count of sized documents per period is a volume, however the size is said: before the noun
// ("3 200-page manuals summarised each day", "50 20k-token reports a day"), after the count
// ("3 manuals a day, 200 pages each"), or in a sentence of its own about one document ("about
// 200 policies a month. Each policy is around 40 pages.").
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";
import { TOKENS_PER_WORD, WORDS_PER_PAGE } from "../../../src/intents/text-units.js";

const perPage = WORDS_PER_PAGE * TOKENS_PER_WORD;
const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};
const near = (got: number | undefined, want: number) => expect(Math.abs((got ?? 0) - want) / want).toBeLessThan(0.01);

describe("a size said before the counted noun", () => {
  it.each([
    ["we need 3 200-page manuals summarised each day, which model?", 3 * 200 * perPage * 30],
    ["we summarise 50 30-page reports a day", 50 * 30 * perPage * 30],
    ["we summarise two 80-page filings daily", 2 * 80 * perPage * 30],
    ["we need 3 133k-token manuals summarised each day", 3 * 133_000 * 30],
    ["every week we review 1,500 12k-token leases", 1500 * 12_000 * (30 / 7)],
  ])("%s", (text, want) => near(total(text), want));

  it("a size said in brackets between the count and its rate is stepped over", () => {
    near(total("we need 3 contracts (133k tokens each) summarised each day"), 3 * 133_000 * 30);
  });
});

describe("a document's size said apart from its count", () => {
  it.each([
    ["We summarise about 200 policies a month. Each policy is around 40 pages.", 200 * 40 * perPage],
    ["we're an insurer summarising about 200 policies a month; a policy is typically 30 pages.", 200 * 30 * perPage],
    ["our leases run about 20k tokens and we review roughly 150 leases a month", 150 * 20_000],
    ["we need 3 manuals summarised each day, 200 pages each", 3 * 200 * perPage * 30],
  ])("%s", (text, want) => near(total(text), want));

  it("documents with no size said are no volume", () => {
    expect(parseVolume("we update our 3 privacy policies each year; which model for a support chatbot?")).toBeNull();
  });
});
