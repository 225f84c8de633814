// A job run once ("rewrite 50M listings once") has no monthly cost, so a shortlist for it shows
// what the job costs once: its tokens at the cheapest host the team may use (the candidate's
// offerings as the ranking narrowed them: regulated data, own cloud, batch rates), with the
// working. Self-hosting is not priced for a one-off job: a rented GPU's monthly figure is for a
// service that stays up, not for a backlog cleared once.
import { cheapestOffering, type ApiCost } from "../costs/api-cost.js";
import type { Volume } from "../costs/volume.js";
import { formatUsd } from "../render/format.js";
import type { Ranking, RankedModel } from "../scoring/rank.js";
import { threadJob } from "../scoring/requirements.js";
import { apiCostWorking } from "./cost.js";
import { sourceLabel } from "./common.js";

export const ONE_OFF_COST_HEADING = "How the one-off costs were worked out";

/** The one-off job a shortlist prices, when the team gave one and no monthly volume. */
export function oneOffJobOf(ranking: Ranking): Volume | undefined {
  const job = threadJob(ranking.requirements);
  return job?.oneOff ? job : undefined;
}

/** Each pick's one-off cost through its cheapest usable host, or undefined when it has no API price. */
export function oneOffCosts(ranking: Ranking, top: readonly RankedModel[], job: Volume): (ApiCost | undefined)[] {
  return top.map((m) => {
    const usable = ranking.candidates?.find((c) => c.model.id === m.id)?.model;
    return usable ? cheapestOffering(usable.offerings, job) : undefined;
  });
}

/** The table cell: "$1,234.00 once (API via Deep Infra)", or why there is no figure. */
export function oneOffCell(cost: ApiCost | undefined): string {
  return cost ? `${formatUsd(cost.totalUsd)} once (API via ${cost.providerName})` : "no API price to run it once";
}

/** The working lines, one per priced pick. */
export function oneOffWorkingLines(
  top: readonly RankedModel[],
  costs: readonly (ApiCost | undefined)[],
  job: Volume,
): string[] {
  return top.flatMap((m, k) => {
    const cost = costs[k];
    return cost
      ? [
          `- **${m.name}** via ${cost.providerName}: ${apiCostWorking(cost, job)} (${sourceLabel(cost.source)}, ${cost.asOf})`,
        ]
      : [];
  });
}
