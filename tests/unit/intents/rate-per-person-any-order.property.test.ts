// A rate said per person per period multiplies the people, the count, the period and the tokens each,
// in whatever order the words come: the Singapore bank's "Per developer per day: 300 completions of
// 1,500 tokens in and 60 out, plus 20 chats of 4,000 tokens in and 600 out." was 187.2M tokens (one
// kind, once a month) where 400 × 30 × (300 × 1,560 + 20 × 4,600) = 6.72B is meant; "300 completions
// a day for each developer" dropped the developers. A rate said as the heading of a sentence covers
// every count the sentence lists.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const WORKING_DAYS = (5 * 30) / 7;
const PERIODS = [
  { said: "day", perMonth: 30 },
  { said: "working day", perMonth: WORKING_DAYS },
  { said: "week", perMonth: 30 / 7 },
  { said: "month", perMonth: 1 },
];
const PEOPLE = [
  { many: "developers", one: "developer" },
  { many: "engineers", one: "engineer" },
  { many: "support agents", one: "agent" },
  { many: "analysts", one: "analyst" },
  { many: "nurses", one: "nurse" },
];
const COUNTS = [12, 40, 300, 1_500];
const HEADCOUNTS = [25, 400, 2_000];
const SIZES = [
  { input: 1_500, output: 60 },
  { input: 6_000, output: 500 },
];

type Person = (typeof PEOPLE)[number];
type Per = (typeof PERIODS)[number];
const n = (x: number) => x.toLocaleString("en-US");
const size = (s: (typeof SIZES)[number]) => `${n(s.input)} tokens in and ${n(s.output)} out`;

// The ways a count per person per period is said: a heading before it, or words after it.
const ORDERS: ((p: Person, per: Per, count: number, things: string) => string)[] = [
  (p, per, c, t) => `Per ${p.one} per ${per.said}: ${n(c)} ${t}`,
  (p, per, c, t) => `Per ${per.said} per ${p.one}: ${n(c)} ${t}`,
  (p, per, c, t) => `Each ${p.one}, per ${per.said}: ${n(c)} ${t}`,
  (p, per, c, t) => `${n(c)} ${t} per ${p.one} per ${per.said}`,
  (p, per, c, t) => `${n(c)} ${t} per ${per.said} per ${p.one}`,
  (p, per, c, t) => `${n(c)} ${t} a ${per.said} for each ${p.one}`,
];

describe("a rate per person per period, in any order", () => {
  it("is people × count × periods a month × tokens each", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...HEADCOUNTS),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...ORDERS),
        (person, heads, per, count, each, order) => {
          const text = `An assistant for our ${n(heads)} ${person.many}. ${order(person, per, count, "questions")}, ${size(each)} each.`;
          const v = parseVolume(text);
          expect(v, text).not.toBeNull();
          const expected = heads * count * per.perMonth * (each.input + each.output);
          expect((v!.inputTokensPerMonth + v!.outputTokensPerMonth) / expected, text).toBeCloseTo(1, 3);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a rate heading a sentence covers each kind of request it lists", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...HEADCOUNTS),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(", plus", " and", ";"),
        fc.boolean(),
        (person, heads, per, first, second, joiner, personFirst) => {
          const heading = personFirst ? `Per ${person.one} per ${per.said}` : `Per ${per.said} per ${person.one}`;
          const [a, b] = SIZES as [(typeof SIZES)[number], (typeof SIZES)[number]];
          const text = `A code assistant for ${n(heads)} ${person.many}. ${heading}: ${n(first)} completions of ${size(a)}${joiner} ${n(second)} chats of ${size(b)}.`;
          const v = parseVolume(text);
          expect(v, text).not.toBeNull();
          const expected = heads * per.perMonth * (first * (a.input + a.output) + second * (b.input + b.output));
          expect((v!.inputTokensPerMonth + v!.outputTokensPerMonth) / expected, text).toBeCloseTo(1, 3);
          expect(v!.kinds?.length, text).toBe(2);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a heading rate is the sentence's only: a count in the next sentence keeps its own reading", () => {
    const v = parseVolume(
      "A code assistant for 400 developers. Per developer per day: 300 completions of 1,500 tokens in and 60 out. We also summarise 2,000 reports a month, 8,000 tokens in and 500 out.",
    );
    expect(v).not.toBeNull();
    const total = v!.inputTokensPerMonth + v!.outputTokensPerMonth;
    expect(total).toBeCloseTo(400 * 30 * 300 * 1_560 + 2_000 * 8_500, -3);
  });
});
