// How a cost gap between two candidates is read: against a floor (criteria.ts costScore compares
// the ratio of cost + floor), or, when the team stated a budget, as a share of that budget. Here,
// so that the weights' adjustments and the cost notes can say which applies.
import { formatUsd } from "../render/format.js";
import { budgetUsdOf, budgetWords } from "./budget.js";
import { CRITERIA, type Requirements } from "./requirements.js";

/**
 * Costs are compared as ratios after adding a floor, so that amounts that are all small for a
 * team ($0.40 vs $69 a month) do not look like a 170× gap: $100 a month. Without a volume, list
 * prices get a floor of $0.50 per 1M tokens.
 */
export const COST_FLOOR_USD = 100;
export const PRICE_FLOOR_PER_MTOK = 0.5;

/** Below a cent a month nothing is a gap a team would act on (and a floor of 0 would divide by 0). */
const MIN_COST_FLOOR_USD = 0.01;

/** Cost named as the team's first priority ("dirt cheap", "cost matters most"). */
function costFirst(req: Requirements): boolean {
  return req.priorities?.find((c) => CRITERIA.includes(c)) === "cost";
}

/** Quality named as a priority, and cost not named before it. */
export function qualityBeforeCost(req: Requirements): boolean {
  const p = req.priorities ?? [];
  const q = p.indexOf("quality");
  const c = p.indexOf("cost");
  return q >= 0 && (c < 0 || q < c);
}

/**
 * A team that put cost first compares prices even when its monthly amounts are small: its floor
 * is its volume priced at PRICE_FLOOR_PER_MTOK, when that is below COST_FLOOR_USD (undefined
 * otherwise, and for every other team).
 */
export function costFirstFloorUsd(req: Requirements): number | undefined {
  if (!costFirst(req) || !req.volume) return undefined;
  const mtok = (req.volume.inputTokensPerMonth + req.volume.outputTokensPerMonth) / 1_000_000;
  const floor = Math.max(MIN_COST_FLOOR_USD, PRICE_FLOOR_PER_MTOK * mtok);
  return floor < COST_FLOOR_USD ? floor : undefined;
}

/**
 * A budget is what the team is prepared to spend, so it is the scale a cost gap is read on: a
 * lead does not pick a weaker model to save $600 a month out of $20,000. Costs within this share
 * of the budget of the cheapest candidate's are ties; beyond it, the gap is read as a share of the
 * budget (BUDGET_SLOPE).
 *
 * Why linear in the budget and not a floor of 10 % of the budget inside the ratio (tried before):
 * a floor keeps small gaps alive, so a budget far above every pick still let cost decide near-ties,
 * and the ratio's curve made some gaps count more as the budget grew. Read as shares, raising a
 * budget only ever makes every gap count less, and a budget ten times every candidate's cost
 * leaves cost out of the choice (tests/scenarios/budget-ties-ranking.test.ts).
 */
export const BUDGET_TIE_SHARE = 0.1;

/**
 * The cost score a gap of the whole budget (beyond the tie band) takes off: what a price 10× the
 * cheapest takes off without a budget (criteria.ts COST_KEPT_PER_DECADE), so a budget spans the
 * same range of cost scores as a decade of prices.
 */
export const BUDGET_SLOPE = 0.5;

/**
 * With quality first, a gap of the whole budget takes off what a price twice the cheapest takes
 * off a team without a budget (criteria.ts costScoreOf(log10 2) = 0.81): cost gaps inside the
 * budget count little.
 */
export const QUALITY_FIRST_BUDGET_SLOPE = 1 - 0.5 ** Math.log10(2);

/** How cost gaps are read against a stated budget (see BUDGET_TIE_SHARE). */
export interface BudgetScale {
  budgetUsd: number;
  /** The budget as said: "$5,000", or "EUR 4,000 (at most $5,049)" for one in another currency. */
  said: string;
  /** Costs within this many dollars of the cheapest candidate's tie. */
  tieUsd: number;
  /** The cost score a whole budget's gap beyond the band takes off. */
  slope: number;
}

/**
 * The budget scale of these requirements: undefined without a budget (or one in a currency with
 * no rate on record: budget.ts), and for a team that put cost first, which compares prices at
 * every size (costFirstFloorUsd). A budget in another currency is read at the most it can be
 * worth, so gaps count at most a little less than at today's rate, never more.
 */
export function budgetScaleOf(req: Requirements): BudgetScale | undefined {
  const budget = budgetUsdOf(req);
  if (budget === undefined || !(budget > 0) || costFirst(req)) return undefined;
  return {
    budgetUsd: budget,
    said: budgetWords(req) ?? formatUsd(budget),
    tieUsd: BUDGET_TIE_SHARE * budget,
    slope: qualityBeforeCost(req) ? QUALITY_FIRST_BUDGET_SLOPE : BUDGET_SLOPE,
  };
}

/** The cost score of a monthly cost this far above the cheapest candidate's, on a budget scale. */
export function budgetCostScore(aboveCheapestUsd: number, scale: BudgetScale): number {
  const beyond = Math.max(0, (aboveCheapestUsd - scale.tieUsd) / scale.budgetUsd);
  return Math.min(1, Math.max(0, 1 - scale.slope * beyond));
}

/** The rule in words, said in each cost note and with the weights. */
export function budgetScaleWords(scale: BudgetScale): string {
  const share = `${Math.round(BUDGET_TIE_SHARE * 100)} %`;
  const beyond =
    scale.slope === BUDGET_SLOPE
      ? `beyond that, each 1 % of the budget takes ${(scale.slope / 100).toFixed(3)} off the cost score`
      : `beyond that, quality comes first for you, so cost gaps inside your budget count little (a gap of the whole budget takes ${scale.slope.toFixed(2)} off the cost score)`;
  return `costs within ${formatUsd(scale.tieUsd)} of the cheapest candidate's (${share} of your ${scale.said} budget) are treated as ties; ${beyond}`;
}

/** Said in each cost note when prices are compared in a way that is not the default. */
export function costFloorNote(req: Requirements): string | undefined {
  const costFirstFloor = costFirstFloorUsd(req);
  if (costFirstFloor !== undefined)
    return `; cost comes first for you, so price gaps count even at small monthly amounts (compared above ${formatUsd(costFirstFloor)}, your volume at ${formatUsd(PRICE_FLOOR_PER_MTOK)} per 1M tokens)`;
  const scale = budgetScaleOf(req);
  return scale ? `; ${budgetScaleWords(scale)}` : undefined;
}
