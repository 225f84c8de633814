// A busy occasion in a thread is capacity, not a new month (sixteenth tryout round, Istanbul airline:
// 'what if a storm day brings 200,000 conversations in one day?' made the month 200,000 a day × 30;
// fifteenth, Helsinki: 'what if chat doubles during an event weekend?' doubled the month and made
// the job chat). Over generated threads (counts and things) × occasions (a day, a weekend, a week,
// named by a word before it) × the ways its traffic is said (a count, a count more, a factor): the
// what-if keeps the thread's volume and use case, reads how much busier than an average day the
// occasion is, and sizes the fleet for it on top of the busiest hour of a day (3×). A rate per day
// ('a day', 'in one day', 'per working day') is still a new month.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseWhatIf } from "../../../src/intents/what-if-text.js";

const THREADS = [
  { count: 150_000, noun: "tickets", job: "helpdesk assistant" },
  { count: 900_000, noun: "conversations", job: "support chatbot for our airline" },
  { count: 3_000_000, noun: "chats", job: "customer chat for our shop" },
  { count: 60_000, noun: "questions", job: "internal docs assistant" },
] as const;
const OCCASIONS = [
  { said: "a storm day", days: 1 },
  { said: "an event weekend", days: 2 },
  { said: "a holiday weekend", days: 2 },
  { said: "a busy week", days: 7 },
  { said: "a black friday sale day", days: 1 },
  { said: "launch day", days: 1 },
] as const;
const FACTORS = [2, 3, 4, 6.5] as const;
const MULTIPLIED = [
  { factor: 2, verb: "doubles" },
  { factor: 3, verb: "triples" },
  { factor: 5, verb: "is 5x higher" },
] as const;

const n = (v: number) => Math.round(v).toLocaleString("en-US");
const firstOf = (t: (typeof THREADS)[number]) =>
  `${t.job}, ${n(t.count)} ${t.noun} a month, 2,000 tokens in and 300 out each. which model?`;
/** "on a storm day", "during an event weekend", "on launch day". */
const during = (o: (typeof OCCASIONS)[number]) => `${o.days === 1 ? "on" : "during"} ${o.said}`;

// Each thread's requirements are read once: the what-if is what varies.
const CURRENT = new Map(THREADS.map((t) => [t, parseRequirements(firstOf(t))]));

function whatIf(thread: (typeof THREADS)[number], said: string) {
  const current = CURRENT.get(thread)!;
  expect(current.volume?.perItem?.noun, firstOf(thread)).toBe(thread.noun);
  return { current, change: parseWhatIf(said, current) };
}

describe("a busy occasion in a thread is capacity, not a new month", () => {
  it("a count of the thread's things on the occasion (or that many more): the day factor, the fleet sized for it, the volume and use case kept", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THREADS),
        fc.constantFrom(...OCCASIONS),
        fc.constantFrom(...FACTORS),
        fc.boolean(),
        (thread, occasion, factor, more) => {
          const average = thread.count / 30;
          const count = more ? (factor - 1) * average * occasion.days : factor * average * occasion.days;
          const said = `what if ${occasion.said} brings ${n(count)}${more ? " more" : ""} ${thread.noun}?`;
          const { current, change } = whatIf(thread, said);
          expect(change.patch.volume, said).toBeUndefined();
          expect(change.patch.useCase, said).toBeUndefined();
          expect(change.patch.peakOccasion?.days, said).toBe(occasion.days);
          expect(change.patch.peakOccasion?.dayFactor, said).toBeCloseTo(factor, 3);
          expect(change.patch.peakToAverage, said).toBeCloseTo(Number((factor * 3).toPrecision(3)), 6);
          expect(current.volume).toBeDefined();
        },
      ),
      { numRuns: 40, seed: 1616 },
    );
  });

  it("a factor said of the traffic on the occasion: the same, whatever names the traffic ('chat' is no new job)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THREADS),
        fc.constantFrom(...OCCASIONS),
        fc.constantFrom(...MULTIPLIED),
        fc.constantFrom("traffic", "chat", "volume", "usage"),
        (thread, occasion, { factor, verb }, subject) => {
          const said = `what if ${subject} ${verb} ${during(occasion)}?`;
          const { change } = whatIf(thread, said);
          expect(change.patch.volume, said).toBeUndefined();
          expect(change.patch.useCase, said).toBeUndefined();
          expect(change.patch.peakOccasion?.dayFactor, said).toBe(factor);
          expect(change.patch.peakToAverage, said).toBe(factor * 3);
        },
      ),
      { numRuns: 40, seed: 1617 },
    );
  });

  it("a rate a day ('a day', 'in one day', 'per working day') is still a new month, no occasion", () => {
    for (const thread of THREADS)
      for (const rate of ["a day", "in one day", "per working day"]) {
        const said = `what if we get ${n(thread.count / 10)} ${thread.noun} ${rate}?`;
        const { change } = whatIf(thread, said);
        expect(change.patch.peakOccasion, said).toBeUndefined();
        expect(change.patch.volume, said).toBeDefined();
      }
  });
});
