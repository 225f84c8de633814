// Sizes said once in a list of counts (words35). The Edinburgh family law firm's 'Maybe 40 bundles a
// month (about 150,000 tokens each) and 300 letters.' dropped the letters unsaid, and '(150K each)'
// or 'of about 150K each' (no unit) read no volume at all; '300 emails and 200 tickets a month,
// about 2K tokens each' priced the tickets only. Now a size with 'each' and no unit right after a
// count of things is tokens each, whatever the noun and the bracket; a size said once after a list
// of counts is each one's; and a thing counted with no size of its own is left out of the tokens
// and said back as not counted, with the question that would count it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";
import { describeRequirements } from "../../../src/conversation/slot-labels.js";

const total = (text: string) => {
  const v = parseVolume(text);
  expect(v, text).not.toBeNull();
  return v!.inputTokensPerMonth + v!.outputTokensPerMonth;
};
const NOUNS = ["bundles", "manuals", "dossiers", "case files", "NDAs", "reports"];
const OTHERS = ["letters", "short notices", "emails", "MSAs", "memos"];
const SIZES = [
  (k: number) => `(${k}K each)`,
  (k: number) => `(~${k}K tokens each)`,
  (k: number) => `(about ${k},000 each)`,
  (k: number) => `of about ${k}K each`,
  (k: number) => `, roughly ${k}K each`,
];
const PERIODS = [
  { words: "a month", perMonth: 1 },
  { words: "a day", perMonth: 30 },
];

describe("a size said once", () => {
  it("a size with 'each' after a count is tokens each, with or without the unit; another thing counted after it with no size is not counted and said so", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...OTHERS),
        fc.constantFrom(40, 25, 120),
        fc.constantFrom(150, 90, 8),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...PERIODS),
        fc.boolean(),
        (noun, other, n, k, size, period, withOther) => {
          const text = `Maybe ${n} ${noun} ${period.words} ${size(k)}${withOther ? ` and 300 ${other}` : ""}.`;
          expect(total(text), text).toBeCloseTo(n * k * 1000 * period.perMonth, -2);
          const v = parseVolume(text)!;
          if (withOther) {
            expect(v.unsized, text).toEqual([`300 ${other.toLowerCase()}`]);
            expect(describeRequirements({ volume: v }).join(" · "), text).toContain(
              `not counted: 300 ${other.toLowerCase()}`,
            );
          } else expect(v.unsized, text).toBeUndefined();
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a size said once after a list of counts is each one's", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...OTHERS),
        fc.constantFrom(300, 4_000),
        fc.constantFrom(200, 1_500),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(
          ", about 2K tokens each",
          " (2,000 tokens each)",
          ", roughly 2K each",
          " of about 2K tokens each",
        ),
        fc.constantFrom(" and ", ", ", " plus "),
        (a, b, n, m, period, size, joint) => {
          fc.pre(a !== b);
          const text = `We get ${n} ${a}${joint}${m} ${b} ${period.words}${size}.`;
          expect(total(text), text).toBeCloseTo((n + m) * 2_000 * period.perMonth, -2);
          expect(parseVolume(text)!.unsized, text).toBeUndefined();
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a size inside one count's bracket is that count's only", () => {
    const text = "We get 300 emails a month (2K tokens each) and 200 tickets.";
    expect(total(text)).toBe(600_000);
    expect(parseVolume(text)!.unsized).toEqual(["200 tickets"]);
  });

  it("a count after a comma that says how long each thing is, is no kind of its own", () => {
    for (const parts of ["40 pages on average", "40 pages each", "about 40 pages long"]) {
      const text = `About 5,000 PDFs a month, ${parts}, ~1,500 tokens per page in, and ~2,000 tokens of JSON out per PDF.`;
      const v = parseVolume(text)!;
      expect(v.inputTokensPerMonth, text).toBe(5_000 * 40 * 1_500);
      expect(v.unsized, text).toBeUndefined();
    }
  });

  it("money each is not a size, and 'and 5 languages' or 'and 3 developers' are not things sent", () => {
    expect(parseVolume("We sell 40 licences a month ($150K each).")).toBeNull();
    for (const tail of ["and 5 languages", "and 3 developers", "and 2 GPUs"]) {
      const v = parseVolume(`40 chats a day of 2k tokens each ${tail}.`)!;
      expect(v.unsized, tail).toBeUndefined();
      expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBe(2_400_000);
    }
  });
});
