// A rate said before the count, in its clause, is the count's rate whatever kind of day it names:
// "Every working day we get about 1,000 scanned documents" is 1,000 a working day (the Gdańsk
// forwarder's was read as 1,000 a month), "on a normal day maybe 20,000 conversations" 20,000 a day
// (the Riyadh utility's was read as a month's, 30× low).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const WORKING_DAYS_PER_MONTH = (5 * 30) / 7;
const OPENINGS = [
  { words: "Every working day", perMonth: WORKING_DAYS_PER_MONTH },
  { words: "Every business day", perMonth: WORKING_DAYS_PER_MONTH },
  { words: "Each weekday", perMonth: WORKING_DAYS_PER_MONTH },
  { words: "On a normal day", perMonth: 30 },
  { words: "On a typical day", perMonth: 30 },
  { words: "On an average day", perMonth: 30 },
  { words: "Every day", perMonth: 30 },
  { words: "On a typical week", perMonth: 30 / 7 },
];
const VERBS = ["we get about", "we receive roughly", "maybe", "there are around"];
const THINGS = ["conversations", "scanned invoices", "support tickets", "customer emails"];
const COUNTS = [500, 1_000, 20_000];

describe("a rate said before the count", () => {
  it("is the count's rate: working days, ordinary days and weeks", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPENINGS),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...THINGS),
        (opening, verb, count, things) => {
          const text = `${opening.words} ${verb} ${count.toLocaleString("en-US")} ${things}, ~700 tokens in and ~150 out each.`;
          const v = parseVolume(text);
          expect(v, text).not.toBeNull();
          expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth, text).toBeCloseTo(
            count * opening.perMonth * 850,
            -2,
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a busy day is a peak, not the rate: 'on a busy day 20,000 conversations' is no daily rate", () => {
    const v = parseVolume("On a busy day maybe 20,000 conversations, ~700 tokens in and ~150 out each.");
    expect(v === null || !/a day/.test(v.description)).toBe(true);
  });
});
