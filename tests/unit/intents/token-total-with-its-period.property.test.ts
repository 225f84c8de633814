// A token amount said with its own period is the total for that period, never the size of each
// thing counted beside it: "summaries of long incident reports, about 2M tokens a month. ~40k
// queries a month" was read as 40,000 queries × 2M tokens each (80B a month), and "20k
// conversations a month, roughly 500M tokens monthly" as 10,000T. Whichever comes first, the count
// or the total, the month's tokens are the total as said. "per hour" is left out on purpose: "~9k
// tokens per hour of speech" is a size.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};

const COUNTS = [
  { words: "~40k queries a month", perMonth: 40_000 },
  { words: "20,000 conversations a month", perMonth: 20_000 },
  { words: "about 1,500 documents per month", perMonth: 1_500 },
  { words: "300 tickets a day", perMonth: 9_000 },
];
const TOTALS = [
  { words: "about 2M tokens", n: 2_000_000 },
  { words: "roughly 500M tokens", n: 500_000_000 },
  { words: "~60 million tokens", n: 60_000_000 },
];
const MONTHLY = ["a month", "per month", "monthly", "/month", "each month"];

describe("a token amount with its own period is the period's total", () => {
  it("over generated counts × totals × ways of saying 'a month', in either order", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...TOTALS),
        fc.constantFrom(...MONTHLY),
        fc.boolean(),
        (count, amount, monthly, countFirst) => {
          const said = `${amount.words} ${monthly}`;
          const text = countFirst
            ? `We handle ${count.words}, ${said} in all. Which model?`
            : `Summaries of long incident reports, ${said}. ${count.words}. Which model?`;
          expect(total(text), text).toBe(amount.n);
        },
      ),
      { numRuns: 60, seed: 4040 },
    );
  });

  it("an amount per thing is still each thing's size", () => {
    const text = "We handle 20,000 conversations a month, about 2,000 tokens each.";
    expect(total(text)).toBe(40_000_000);
  });
});

// "We answer ~3,000 support emails a day; about 60M tokens per month" read "answer ~3" (of
// "~3,000") as 3 output tokens and priced 360k tokens a month. A count of things after an output
// word is what is answered, not what is written; an amount in a unit of text still is.
describe("a count of things after an output word is no output size", () => {
  const VERBS = ["We answer", "Our bot answers", "We send responses to", "It generates answers for"];
  const THINGS = ["emails", "support emails", "customer chat messages", "tickets"];
  it("over generated verbs × counts × things × totals: the total as said", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERBS),
        fc.constantFrom("~3,000", "about 12,500", "1,200"),
        fc.constantFrom(...THINGS),
        fc.constantFrom(...TOTALS),
        (verb, count, things, amount) => {
          const text = `${verb} ${count} ${things} a day; ${amount.words} per month in total.`;
          expect(total(text), text).toBe(amount.n);
        },
      ),
      { numRuns: 60, seed: 4041 },
    );
  });

  it("an output said in tokens or words is still each request's output", () => {
    expect(parseVolume("answers ~300 tokens, 5,000 questions a day")?.outputTokensPerMonth).toBe(45_000_000);
    expect(parseVolume("output: 300, input 2000, 1000 requests a day")?.outputTokensPerMonth).toBe(9_000_000);
  });
});
