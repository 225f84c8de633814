// A budget for the whole of a job run once ("a one-off budget of £40,000 for this", "Total budget for
// the backfill about $15k") is no monthly cap: before, both were 'budget …/month', and the ranking
// ruled models out against a month that never comes. It is kept in its currency, said back as the
// whole job's, and each pick's one-off cost is set against it. A budget with its own period stays
// monthly ("total budget $5k a month"). Generated over phrasings × amounts × currencies × jobs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const ONE_OFF_SAYINGS = [
  "One-off budget of {a}.",
  "We have a one-off budget of {a} for this.",
  "Total budget for the backfill about {a}.",
  "Our budget is {a} for the whole job.",
  "{a} for the whole job, all in.",
  "A one-time budget of {a}.",
];
const MONEY = [
  ["$", "USD"],
  ["£", "GBP"],
  ["€", "EUR"],
] as const;
const JOBS = [
  "one-off backfill: classify 8M old product reviews, ~600 tokens each.",
  "We have a one-off job: summarise 1.2 million pages, about 1,500 tokens in and 200 out each.",
  "we want to translate 500k support articles once, about 2,000 tokens each.",
];
const amountOf = (sign: string, n: number) => `${sign}${n.toLocaleString("en-US")}`;

describe("a one-off budget", () => {
  it("over phrasings, amounts, currencies, jobs and orders: kept as the whole job's sum, never a monthly budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }).map((k) => k * 1_000),
        fc.constantFrom(...ONE_OFF_SAYINGS),
        fc.constantFrom(...MONEY),
        fc.constantFrom(...JOBS),
        fc.boolean(),
        (amount, saying, [sign, currency], job, budgetFirst) => {
          const budget = saying.replace("{a}", amountOf(sign, amount));
          const message = `${budgetFirst ? `${budget} ${job}` : `${job} ${budget}`} which model?`;
          const req = parseRequirements(message);
          expect(req.oneOffBudget, message).toEqual({ currency, amount });
          expect(req.monthlyBudgetUsd, message).toBeUndefined();
          expect(req.statedBudget, message).toBeUndefined();
        },
      ),
      { numRuns: 80 },
    );
  });

  it("over amounts and periods: a budget with a period of its own stays monthly, whatever words are near it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }).map((k) => k * 1_000),
        fc.constantFrom(
          "Total budget {a} a month.",
          "Our overall budget is {a} per month.",
          "budget of {a}/month for the whole project",
        ),
        (amount, saying) => {
          const message = `support chatbot, 20M tokens a month. ${saying.replace("{a}", amountOf("$", amount))}`;
          const req = parseRequirements(message);
          expect(req.monthlyBudgetUsd, message).toBe(amount);
          expect(req.oneOffBudget, message).toBeUndefined();
        },
      ),
      { numRuns: 30 },
    );
  });

  it("over amounts: the shortlist of a one-off job sets each pick's cost once against the budget, and says which fit", () => {
    fc.assert(
      fc.property(fc.constantFrom(50, 300, 2_000, 40_000), (amount) => {
        const c = chat(catalog);
        const text = textOf(
          c.say(
            `We have a one-off job: summarise 1.2 million pages, about 1,500 tokens in and 200 out each. One-off budget of $${amount.toLocaleString("en-US")}. which model?`,
          ),
        );
        expect(text).toMatch(
          new RegExp(`One-off budget \\$${amount.toLocaleString("en-US")}\\b[^\\n]*not a monthly cap`),
        );
        expect(text).not.toMatch(/\/month\b[^\n]*budget|budget \$[\d,.]+\/month/);
        // Each priced pick: its cost once, and within the budget exactly when it is not more.
        const picks = [...text.matchAll(/^- \*\*(.+?)\*\*: \$([\d,]+\.\d\d) once: (within it|over it)/gm)];
        expect(picks.length).toBeGreaterThan(0);
        for (const [, name, cost, verdict] of picks)
          expect(verdict, name).toBe(Number(cost!.replace(/,/g, "")) <= amount ? "within it" : "over it");
      }),
      { numRuns: 4 },
    );
  });

  it("with a monthly job, a one-off budget is said back as not applied to the month", () => {
    const c = chat(catalog);
    const text = textOf(
      c.say("support chatbot, about 20M tokens a month. We have a one-off budget of $30,000 for this. which model?"),
    );
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(text).toMatch(/One-off budget \$30,000:[^\n]*not used it as a monthly cap/);
  });
});
