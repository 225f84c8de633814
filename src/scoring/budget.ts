// The team's monthly budget in US dollars, the one figure every budget rule reads (the over-budget
// filter, the budget scale cost gaps are read on, the notes): the budget said in dollars, or a
// budget said in another currency at the most it can be worth (catalog/exchange-rates.ts).
import { EXCHANGE_RATE_SOURCE, RATE_MARGIN, strongestUsdPerUnit } from "../catalog/exchange-rates.js";
import { formatUsd } from "../render/format.js";
import type { Requirements } from "./requirements.js";

type BudgetFields = Pick<Requirements, "monthlyBudgetUsd" | "statedBudget">;

/** A budget in another currency as an upper bound in dollars, with what it rests on. */
export interface ForeignBudgetBound {
  /** The most the budget can be worth: the strongest rate on record plus RATE_MARGIN, whole dollars. */
  usd: number;
  /** US dollars per unit at the strongest day on record, and that day. */
  usdPerUnit: number;
  on: string;
}

/** The upper bound of a budget in another currency, or undefined when the currency has no rate on record. */
export function foreignBudgetBound(stated: NonNullable<Requirements["statedBudget"]>): ForeignBudgetBound | undefined {
  const strongest = strongestUsdPerUnit(stated.currency);
  if (!strongest) return undefined;
  return {
    usd: Math.round(stated.perMonth * strongest.usdPerUnit * (1 + RATE_MARGIN)),
    ...strongest,
  };
}

/**
 * The monthly budget in dollars that the budget rules apply: the one said in dollars, else the
 * upper bound of one said in another currency (so a price over it is over the budget at any rate
 * of the last years), else undefined.
 */
export function budgetUsdOf(req: BudgetFields): number | undefined {
  if (req.monthlyBudgetUsd !== undefined) return req.monthlyBudgetUsd;
  return req.statedBudget ? foreignBudgetBound(req.statedBudget)?.usd : undefined;
}

/** The budget as the ranking's notes name it: "$5,000", or "EUR 4,000 (at most $5,049)". */
export function budgetWords(req: BudgetFields): string | undefined {
  if (req.monthlyBudgetUsd !== undefined) return formatUsd(req.monthlyBudgetUsd);
  const stated = req.statedBudget;
  const bound = stated && foreignBudgetBound(stated);
  if (!stated || !bound) return undefined;
  return `${stated.currency} ${stated.perMonth.toLocaleString("en-US")} (at most ${formatUsd(bound.usd)})`;
}

/**
 * How the bound was found, for the answer: "1 EUR bought at most $1.1476 in the ECB's reference
 * rates from … to … (on …), plus 10 % for moves since".
 */
export function boundWorking(currency: string, bound: ForeignBudgetBound): string {
  const rate = Number(bound.usdPerUnit.toPrecision(5));
  return `1 ${currency} bought at most $${rate} in the ECB's reference rates from ${EXCHANGE_RATE_SOURCE.from} to ${EXCHANGE_RATE_SOURCE.to} (on ${bound.on}), plus ${Math.round(RATE_MARGIN * 100)} % for moves since`;
}
