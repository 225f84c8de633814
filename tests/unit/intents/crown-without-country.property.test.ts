// "kr" is the crown of Norway, Sweden, Denmark and Iceland: with one of them named the budget is
// that country's (currency-of-country.property.test.ts); with none named it was dropped unsaid.
// Now the answer says the currency is ambiguous and the budget not applied. Generated over amounts,
// the ways "kr" is written and where the budget stands.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { foreignBudgetLines } from "../../../src/conversation/slot-labels.js";

const spaced = (n: number) => n.toLocaleString("en-US").replace(/,/g, " ");
const FORMS = [
  "budget {a} kr a month",
  "we can spend {a} kr per month",
  "budget kr {a} a month",
  "max {a} kr. a month",
];

describe("a budget in 'kr' with no country named", () => {
  it("over amounts, forms and places in the message: never dollars, and said back as ambiguous between the crowns", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }).map((k) => k * 1_000),
        fc.constantFrom(...FORMS),
        fc.boolean(),
        (amount, form, budgetFirst) => {
          const budget = form.replace("{a}", spaced(amount));
          const message = budgetFirst
            ? `${budget}. support chatbot, 5M tokens a month. which model?`
            : `support chatbot, 5M tokens a month, ${budget}. which model?`;
          expect(parseRequirements(message).monthlyBudgetUsd, message).toBeUndefined();
          const lines = foreignBudgetLines(message);
          expect(lines.join("\n"), message).toMatch(/"kr" is the currency of several countries \(NOK, SEK, DKK, ISK\)/);
          expect(lines.join("\n"), message).toMatch(/not applied it/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("with the country named, the crown is that country's and nothing is said to be ambiguous", () => {
    for (const [place, currency] of [
      ["Oslo", "NOK"],
      ["Stockholm", "SEK"],
      ["Copenhagen", "DKK"],
    ] as const) {
      const message = `We're a team in ${place}. support chatbot, 5M tokens a month, budget 20 000 kr a month.`;
      expect(parseRequirements(message).statedBudget?.currency, message).toBe(currency);
      expect(foreignBudgetLines(message).join("\n"), message).not.toMatch(/several countries/);
    }
  });
});
