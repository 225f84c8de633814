// People counted per group, then their total (issue 11): "10 students per class, about 600 in all"
// read 10 users, the count of one class. Over generated people × groups × ways to say the total,
// the users are the total, and a count of requests "each" after it is per person of the total.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

const said = (n: number) => n.toLocaleString("en-US");
const PEOPLE = ["students", "agents", "nurses", "officers", "technicians", "pharmacists"];
const GROUPS = ["per class", "per team", "per branch", "in each branch", "on each ward", "per site"];
const TOTALS = [
  (t: number) => `, about ${said(t)} in all`,
  (t: number, people: string) => ` and about ${said(t)} ${people} in total`,
  (t: number, people: string) => `, ${said(t)} ${people} altogether`,
  (t: number) => `, ${said(t)} overall`,
  (t: number, people: string) => `, a total of ${said(t)} ${people}`,
];

describe("people counted per group, then their total", () => {
  it("the users are the total, not one group's count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 2, max: 300 }),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...GROUPS),
        fc.constantFrom(...TOTALS),
        (each, groups, people, group, total) => {
          const all = each * groups;
          const text = `An assistant for our ${people}: ${each} ${people} ${group}${total(all, people)}. Which model?`;
          expect(parseMonthlyUsers(text), text).toBe(all);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a count 'each' after the total is per person of the total", () => {
    const text =
      "tutoring app: 10 students per class, about 600 in all, each asks 20 questions a day, 300 tokens in and 200 out";
    expect(parseMonthlyUsers(text)).toBe(600);
    expect(parseVolume(text)?.inputTokensPerMonth).toBe(600 * 20 * 30 * 300);
  });

  it("with no total the count said stays (one group is not multiplied by a guess)", () => {
    expect(parseMonthlyUsers("study buddy app, 30 students per class, each asks about 5 questions a day")).toBe(30);
  });
});
