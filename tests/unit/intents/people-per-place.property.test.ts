// People counted per place, the places counted before them (fourteenth try-out round, Piraeus
// shipping): 'with 40 bulk carriers … About 25 crew per ship, maybe 6 questions each a day, ~3,000
// tokens … in and ~300 out' read 6 questions a day × 3.3K (594K tokens, 1,000× low): 'crew' was no
// people word, and the ships did not multiply the crew. Over generated places × the same place
// named again (its own noun or one of its kind) × people × phrasings, the volume is places × people
// × questions × tokens, and the monthly users are places × people.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

const said = (n: number) => n.toLocaleString("en-US");
// The places as counted first, and a noun that names one of them again.
const PLACES = [
  { counted: "bulk carriers", again: "ship" },
  { counted: "cargo ships", again: "ship" },
  { counted: "tankers", again: "vessel" },
  { counted: "stores", again: "store" },
  { counted: "retail branches", again: "branch" },
  { counted: "clinics", again: "clinic" },
  { counted: "factories", again: "site" },
];
const PEOPLE = ["crew", "pharmacists", "nurses", "technicians", "workers"];
const PER = ["per", "in each", "on each", "at each", "on every"];
const FIRSTS = [
  (n: number, places: string) => `We're a company with ${said(n)} ${places}.`,
  (n: number, places: string) => `We operate ${said(n)} ${places} and want an assistant for them.`,
];
const USES = [
  (p: number, people: string, per: string, place: string, q: number) =>
    `About ${p} ${people} ${per} ${place}, maybe ${q} questions each a day, ~3,000 tokens in and ~300 out.`,
  (p: number, people: string, per: string, place: string, q: number) =>
    `There are ${p} ${people} ${per} ${place}, each asking ${q} questions a day, 3,000 tokens in and 300 out.`,
];

describe("people counted per place, the places counted before them", () => {
  it("the volume and the users are places × people", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.integer({ min: 2, max: 400 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...PER),
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...USES),
        (place, places, people, questions, who, per, first, use) => {
          const text = `${first(places, place.counted)} ${use(people, who, per, place.again, questions)}`;
          const v = parseVolume(text);
          expect(v, text).not.toBeNull();
          const expected = places * people * questions * 30 * 3_300;
          expect((v!.inputTokensPerMonth + v!.outputTokensPerMonth) / expected, text).toBeCloseTo(1, 6);
          expect(parseMonthlyUsers(text), text).toBe(places * people);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a place not counted before, or a period after 'per', multiplies nothing", () => {
    for (const text of [
      "About 25 crew per ship, maybe 6 questions each a day, ~3,000 tokens in and ~300 out.",
      "We have 40 trucks. About 25 staff per store, maybe 6 questions each a day, ~3,000 tokens in and ~300 out.",
    ]) {
      const v = parseVolume(text);
      expect((v!.inputTokensPerMonth + v!.outputTokensPerMonth) / (25 * 6 * 30 * 3_300), text).toBeCloseTo(1, 6);
      expect(parseMonthlyUsers(text), text).toBe(25);
    }
  });
});
