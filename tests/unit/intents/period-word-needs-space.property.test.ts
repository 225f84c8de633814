// "a" before a period's noun needs its space (periods.ts PER_WORD): "label 2 million posts as a
// one-off batch" read "as" as "a s(econd)" and priced 2M posts a second × 86,400 × 30 days, over
// 2,000T tokens a month ("beyond what any provider serves"); "2M ad impressions" could be "a
// d(ay)" the same way. The count is the job's or the month's as said, never a rate in seconds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};

const THINGS = ["posts", "documents", "tickets", "reviews", "comments", "emails"];
const COUNTS = [
  { words: "2 million", n: 2_000_000 },
  { words: "40,000", n: 40_000 },
  { words: "about 300k", n: 300_000 },
];
const SIZES = [
  { words: "400 tokens in and 20 out each", each: 420 },
  { words: "1,500 tokens in and 200 out each", each: 1_700 },
];

describe("a word starting with 'a' after a count is no period", () => {
  it("'as a one-off batch', 'as a backfill': the count is the job's, priced once", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("label", "classify", "summarise", "tag"),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...THINGS),
        fc.constantFrom("as a one-off batch", "as a one-off job", "as a single backfill, once"),
        fc.constantFrom(...SIZES),
        (verb, count, things, how, size) => {
          const text = `We want to ${verb} ${count.words} ${things} ${how}, ${size.words}.`;
          const v = parseVolume(text);
          expect(v?.oneOff, text).toBe(true);
          expect(total(text), text).toBe(count.n * size.each);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("'as a monthly job', 'ad copies a month', 'and … a day': the rate is the one said", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...SIZES),
        fc.constantFrom(
          { words: (c: string, s: string) => `We process ${c} documents as a monthly job, ${s}.`, perMonth: 1 },
          { words: (c: string, s: string) => `We write ${c} ad copies a month, ${s}.`, perMonth: 1 },
          { words: (c: string, s: string) => `We review ${c} ad creatives every day, ${s}.`, perMonth: 30 },
          { words: (c: string, s: string) => `Our shops send ${c} messages a day, ${s}.`, perMonth: 30 },
        ),
        (count, size, phrasing) => {
          const text = phrasing.words(count.words, size.words);
          expect(total(text), text).toBe(count.n * phrasing.perMonth * size.each);
          expect(parseVolume(text)?.description, text).not.toMatch(/second/);
        },
      ),
      { numRuns: 80 },
    );
  });

  it.each([
    ["500 requests a second, 100 tokens in and 20 out", 500 * 86_400 * 30 * 120],
    ["20k tickets everyday, 300 tokens in and 50 out each", 20_000 * 30 * 350],
    ["3k reqs/day, 1,000 tokens in and 100 out", 3_000 * 30 * 1_100],
    ["1,000 calls an hour, 200 tokens in and 50 out", 1_000 * 24 * 30 * 250],
  ])("a period said with its word still is one: %s", (text, expected) => {
    expect(total(text)).toBe(expected);
  });
});
