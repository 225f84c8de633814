// A budget said in another currency was only said back ("not applied"), so self-hosted picks at
// several times the budget ranked in the top 3 (the tenth round's re-run: Ontario C$25,000 with
// picks at $58,861 and $30,556, the Baden-Württemberg toolmaker €4,000 with $8,276 and $30,556),
// and cost gaps were read as if money were tight (Pune's ₹25 lakh). Now the budget counts at the
// most it can be worth: the currency's strongest day against the dollar in the ECB's reference
// rates for a year, plus a margin for moves since (scoring/budget.ts). No exact rate is assumed.
// The generated-team property (same ranking as the dollar budget of the bound) is in
// stakes-and-budget-slack.test.ts; here the concrete teams through the chat, and the bound itself.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { EXCHANGE_RATE_SOURCE, RATE_MARGIN, strongestUsdPerUnit } from "../../src/catalog/exchange-rates.js";
import { CURRENCIES } from "../../src/intents/requirements-text.js";
import { budgetUsdOf, foreignBudgetBound } from "../../src/scoring/budget.js";
import { jobQuality } from "../../src/scoring/quality-minimum.js";
import type { RankedModel } from "../../src/scoring/rank.js";
import type { ForeignCurrency } from "../../src/scoring/requirements.js";
import { firstShortlist } from "./cost-working-checks.js";
import { LAGOS_WALLET, ONTARIO_HEALTH, STUTTGART_TOOLMAKER } from "./ninth-round-teams.js";
import { PUNE_BPO } from "./tenth-round-teams.js";
import { MALTA_GAMING } from "./twelfth-round-teams.js";

const catalog = readCatalog();
type Row = Pick<RankedModel, "id" | "monthlyCostUsd" | "breakdown">;

describe("the bound of a budget in another currency", () => {
  const foreign = CURRENCIES.map((c) => c.code).filter((c): c is ForeignCurrency => c !== "USD");

  it("for every currency with a rate on record and amounts over five orders of magnitude: at least the amount at the strongest rate, the margin on top, whole dollars, rising with the amount", () => {
    let bounded = 0;
    for (const currency of foreign) {
      const strongest = strongestUsdPerUnit(currency);
      if (!strongest) {
        expect(foreignBudgetBound({ currency, perMonth: 1000 }), currency).toBeUndefined();
        continue;
      }
      bounded++;
      let last = 0;
      for (const perMonth of [100, 2_500, 40_000, 750_000, 12_000_000]) {
        const bound = foreignBudgetBound({ currency, perMonth })!;
        const exact = perMonth * strongest.usdPerUnit * (1 + RATE_MARGIN);
        expect(Math.abs(bound.usd - exact), `${currency} ${perMonth}`).toBeLessThanOrEqual(0.5);
        expect(Number.isInteger(bound.usd)).toBe(true);
        expect(bound.usd, `${currency} ${perMonth}`).toBeGreaterThanOrEqual(last);
        expect(budgetUsdOf({ statedBudget: { currency, perMonth } })).toBe(bound.usd);
        last = bound.usd;
      }
      expect(strongest.on >= EXCHANGE_RATE_SOURCE.from && strongest.on <= EXCHANGE_RATE_SOURCE.to, currency).toBe(true);
    }
    expect(bounded).toBeGreaterThanOrEqual(20);
    // A budget said in dollars is that budget, whatever else was said.
    expect(budgetUsdOf({ monthlyBudgetUsd: 900, statedBudget: { currency: "EUR", perMonth: 5000 } })).toBe(900);
  });
});

describe("tenth round re-run: budgets in another currency bind the shortlist", () => {
  it.each([
    ["Ontario health network", ONTARIO_HEALTH, "CAD 25,000", 20_462],
    ["Baden-Württemberg toolmaker", STUTTGART_TOOLMAKER, "EUR 4,000", 5_049],
  ] as const)(
    "%s: every top-3 pick within the bound, the self-hosted picks several times over it ruled out and said so, with the rate's source",
    (_team, message, said, bound) => {
      const { reply, top, text } = firstShortlist(catalog, message);
      for (const r of top) expect(r.monthlyCostUsd ?? Infinity, r.id).toBeLessThanOrEqual(bound);
      const excluded = (reply.data?.excluded as { id: string; constraint: string; reason: string }[]) ?? [];
      const over = excluded.filter((e) => e.constraint === "budget");
      expect(over.length).toBeGreaterThan(0);
      for (const e of over)
        expect(e.reason, e.id).toContain(`over your ${said} (at most $${bound.toLocaleString("en-US")}.00) budget`);
      expect(text).toContain(`I read it as at most $${bound.toLocaleString("en-US")}.00`);
      expect(text).toContain("ECB's reference rates");
      const sources = reply.blocks.flatMap((b) => (b.kind === "sources" ? b.items : []));
      expect(sources.map((x) => x.url)).toContain(EXCHANGE_RATE_SOURCE.url);
      expect(text).not.toMatch(/not applied/);
    },
  );

  it("Pune BPO (₹25 lakh): cost gaps are read against the budget's bound, so gaps under a tenth of it tie on cost", () => {
    const { reply, text } = firstShortlist(catalog, PUNE_BPO);
    expect(text).toMatch(
      /costs within \$3,308\.40 of the cheapest candidate's \(10 % of your INR 2,500,000 \(at most \$33,084\.00\) budget\) are treated as ties/,
    );
    const costed = ((reply.data?.ranking as Row[]) ?? []).filter((r) => r.monthlyCostUsd !== null);
    // The cheapest candidate of the whole ranking, not of the rows looked at (a $40 one sits lower down).
    const cheapest = Math.min(...costed.map((r) => r.monthlyCostUsd!));
    const rows = costed.slice(0, 10);
    for (const r of rows) if (r.monthlyCostUsd! - cheapest <= 3_308.4) expect(r.breakdown.cost, r.id).toBe(1);
  });

  it("Malta operator (€12k, AML and problem-gambling screening an officer reviews): with every candidate far inside the budget's bound, the cheap small models no longer lead on cost: the top 3 are stronger for the job than Gemma 3 12B", () => {
    const { reply, top, text } = firstShortlist(catalog, MALTA_GAMING);
    expect(text).toContain("I read it as at most $15,148.00");
    const rows = (reply.data?.ranking as Row[]) ?? [];
    const gemma = rows.find((r) => r.id === "gemma-3-12b");
    expect(top.map((r) => r.id)).not.toContain("gemma-3-12b");
    if (gemma)
      for (const r of rows.slice(0, 3))
        expect(jobQuality(r.breakdown), r.id).toBeGreaterThan(jobQuality(gemma.breakdown));
  });

  it("Lagos wallet (₦6,000,000): the naira has no rate on record, so the budget is still said back and not applied", () => {
    const { req, text } = firstShortlist(catalog, LAGOS_WALLET);
    expect(req.statedBudget).toEqual({ currency: "NGN", perMonth: 6_000_000 });
    expect(budgetUsdOf(req)).toBeUndefined();
    expect(text).toMatch(/budget ₦6,000,000\/month \(prices are in US dollars\)/);
  });
});
