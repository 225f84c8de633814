// The floor costs are compared above (criteria.ts costScore): a cost gap counts as the ratio of
// (cost + floor) between two models, so amounts that are all small for a team do not look like
// a large gap. Here, so that the weights' adjustments can say when it is not the default.
import { CRITERIA, type Requirements } from "./requirements.js";

/**
 * Costs are compared as ratios after adding a floor, so that amounts that are all small for a
 * team ($0.40 vs $69 a month) do not look like a 170× gap: $100 a month. Without a volume, list
 * prices get a floor of $0.50 per 1M tokens. The budget is a hard filter, not the scale: a floor
 * of 10% of the budget made a budget far above every pick's cost reorder #1 ($150,000 vs $1,000
 * when every pick cost $12–36).
 */
export const COST_FLOOR_USD = 100;
export const PRICE_FLOOR_PER_MTOK = 0.5;

/** Below a cent a month nothing is a gap a team would act on (and a floor of 0 would divide by 0). */
const MIN_COST_FLOOR_USD = 0.01;

/** Cost named as the team's first priority ("dirt cheap", "cost matters most"). */
function costFirst(req: Requirements): boolean {
  return req.priorities?.find((c) => CRITERIA.includes(c)) === "cost";
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
