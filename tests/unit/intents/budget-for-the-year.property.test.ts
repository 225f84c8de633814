// A budget said for a whole period (sixteenth try-out round, Cape Town research lab): 'a grant
// budget of R60,000 for the whole year' was read as R60,000 a month (12× the real R5,000), though
// '$2,000 a year' was read per year. Over generated currencies × amounts × ways to say the year
// ('for the whole year', 'for the year', 'over the entire year', 'for a year', 'per annum',
// 'annually'), the budget is the amount ÷ 12 a month, in its own currency; a month said so stays.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBudget } from "../../../src/intents/requirements-text.js";

const CURRENCIES = [
  { write: (n: string) => `R${n}`, code: "ZAR" },
  { write: (n: string) => `$${n}`, code: "USD" },
  { write: (n: string) => `€${n}`, code: "EUR" },
  { write: (n: string) => `£${n}`, code: "GBP" },
];
const A_YEAR = ["for the whole year", "for the year", "over the entire year", "for a year", "per annum", "annually"];
const A_MONTH = ["for the whole month", "a month", "per month"];
const SAID = [
  (money: string, period: string) => `We have a grant budget of ${money} ${period}.`,
  (money: string, period: string) => `budget is ${money} ${period}, research use only`,
  (money: string, period: string) => `We can spend ${money} ${period} on this.`,
];

describe("a budget said for a whole year", () => {
  it("is the amount ÷ 12 a month, in its own currency; for a month, the amount", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.integer({ min: 1, max: 500 }).map((n) => n * 1_200),
        fc.boolean(),
        fc.constantFrom(...SAID),
        fc.nat(),
        (currency, amount, yearly, said, pick) => {
          const periods = yearly ? A_YEAR : A_MONTH;
          const text = said(currency.write(amount.toLocaleString("en-US")), periods[pick % periods.length]!);
          expect(parseBudget(text), text).toEqual({
            currency: currency.code,
            perMonth: yearly ? amount / 12 : amount,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
