// A count of things with a rate is a count whatever the thing is called and however it is
// described ("~12,000 flagged PIX transactions a day", "360,000 incoming wire payments a month"),
// and one item's size said after it ("a case summary for each alert (~5k tokens in, ~300 out)")
// multiplies it. That size alone, with no count and no rate, is one request, never a month's total
// (the São Paulo bank's 5.3K tokens a month, every cost $0.00).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

// Plural nouns the volume reader has no word for, and words that describe them.
const THINGS = ["transactions", "alerts", "shipments", "payments", "bookings", "incidents", "leads", "visits"];
const DESCRIBING = ["flagged", "pix", "incoming", "wire", "new", "suspicious", "inbound", "scanned", "retail"];
const PERIODS = [
  { words: "a day", perMonth: 30 },
  { words: "per day", perMonth: 30 },
  { words: "a week", perMonth: 30 / 7 },
  { words: "a month", perMonth: 1 },
  { words: "per month", perMonth: 1 },
];
// One item's size, said after the count in its own sentence or bracket.
const SIZES = [
  (i: number, o: number) => `. We want an LLM to write a case summary for each one (~${i} tokens in, ~${o} out).`,
  (i: number, o: number) => `, each about ${i} tokens in and ${o} tokens out.`,
  (i: number, o: number) => ` (~${i} tokens in, ~${o} out each)`,
];

describe("counts of described things", () => {
  it("N <up to two describing words> <things> <rate> × one item's in/out is the monthly volume", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 500 }).map((k) => k * 1000),
        fc.subarray(DESCRIBING, { maxLength: 2 }),
        fc.constantFrom(...THINGS),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...SIZES),
        fc.integer({ min: 2, max: 40 }).map((k) => k * 250),
        fc.integer({ min: 1, max: 20 }).map((k) => k * 50),
        (count, describing, thing, period, size, input, output) => {
          const text = `Our analysts review ~${count.toLocaleString("en-US")} ${[...describing, thing].join(" ")} ${period.words}${size(input, output)}`;
          const v = parseVolume(text);
          expect(v?.inputTokensPerMonth, text).toBeCloseTo(count * period.perMonth * input, -2);
          expect(v?.outputTokensPerMonth, text).toBeCloseTo(count * period.perMonth * output, -2);
          expect(v?.description, text).toContain(thing);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("one item's in/out with no count and no rate is no monthly volume, whatever its phrasing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SIZES),
        fc.integer({ min: 1, max: 90 }).map((k) => k * 1000),
        fc.integer({ min: 1, max: 20 }).map((k) => k * 50),
        (size, input, output) => {
          const text = `draft replies to customer emails${size(input, output)} which model?`;
          expect(parseVolume(text), text).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });

  it("an in/out pair as large as a month's still reads as a month, said assumed", () => {
    const v = parseVolume("about 40M tokens in and 8M out, which model?");
    expect(v?.inputTokensPerMonth).toBe(40_000_000);
    expect(v?.description).toContain("per month assumed");
  });

  it("time, money, hardware and people are no things counted, described or not", () => {
    for (const text of [
      "our 3 busy support engineers a day handle it, ~2k tokens in and 300 out each",
      "about 40 paid working hours a week, ~2k tokens in and 300 out",
      "we add 2 new gpus a month, ~2k tokens in and 300 out",
    ])
      expect(parseVolume(text)?.description ?? "", text).not.toMatch(/engineers|hours|gpus/);
  });
});
