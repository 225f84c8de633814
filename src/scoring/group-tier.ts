// Which rank group a candidate is in (rank-groups.ts) apart from the quality minimum, which its
// scores set: the one home of which fact sets which flag, for the ranking, the sensitivity search
// and the admission pass (constraints.ts compares a release's groups with its successor's before
// it counts as superseded, superseded.ts). Read from a candidate's shape, not its type, so the
// admission pass can ask before it builds one.
import type { Catalog } from "../catalog/catalog.js";
import type { License, Model } from "../catalog/schema.js";
import { noKnownAgeTerms } from "./age-terms.js";
import { budgetUsdOf } from "./budget.js";
import { isCodeSpecialised } from "./built-for-code.js";
import { licenceUnread } from "./licence-read.js";
import type { HostingBasis } from "./monthly-cost.js";
import { TIER_BIT } from "./rank-groups.js";
import type { Requirements } from "./requirements.js";
import { apiHostsUnchecked, pickUnchecked } from "./residency.js";
import { withdrawnByLab } from "./withdrawn-release.js";

/** What the groups read of a candidate (constraints.ts Candidate has it all). */
export interface GroupInput {
  model: Model;
  license: License;
  cost: { basis: HostingBasis | null; reasoningHighUsd?: number | null; selfHost?: { gpusNotOwned?: number } };
  unread?: boolean;
  apiUnchecked?: boolean;
  codeNamed?: boolean;
  superseded?: boolean;
}

/**
 * The candidate's group number (rank-groups.ts rankTier) from every flag but the quality minimum,
 * which its scores set (rank.ts belowMinimumBit). A number, not a flags object: it runs per
 * candidate and pass (a flags object per candidate was a fifth of what the sensitivity search
 * allocated at 100× today's catalogue). `otherJob`: isJobOtherThanCode(req.useCase), found once per pass.
 */
export function groupTierOf(catalog: Catalog, c: GroupInput, req: Requirements, otherJob: boolean): number {
  return (
    ((c.unread ?? licenceUnread(c.license)) ? TIER_BIT.licenceUnread : 0) |
    (budgetAtRiskOf(c, req) || needsSpendOf(c, req) ? TIER_BIT.budgetAtRisk : 0) |
    (residencyUncheckedOf(catalog, c, req) ? TIER_BIT.residencyUnchecked : 0) |
    (noKnownAgeTerms(c.model, c.license, c.cost.basis, req) ? TIER_BIT.noKnownAgeTerms : 0) |
    (otherJob && (c.codeNamed ?? isCodeSpecialised(c.model)) ? TIER_BIT.builtForOtherJob : 0) |
    (withdrawnByLab(c.model) ? TIER_BIT.withdrawnByLab : 0) |
    (c.superseded ? TIER_BIT.supersededInLine : 0)
  );
}

/** The candidate's residency group flag (see RankedModel.residencyUnchecked). */
export function residencyUncheckedOf(catalog: Catalog, c: GroupInput, req: Requirements): boolean {
  return pickUnchecked(c.apiUnchecked ?? apiHostsUnchecked(catalog, c.model, req), c.cost.basis);
}

/**
 * The candidate's budget group flag (see RankedModel.budgetAtRisk): it reasons before answering and
 * its cheapest option at the longest published trace (monthly-cost.ts reasoningHighUsd) is over
 * the team's budget, or not priced there. Its figure at the low end is within it, or it would be
 * ruled out.
 */
export function budgetAtRiskOf(c: Pick<GroupInput, "cost">, req: Requirements): boolean {
  const high = c.cost.reasoningHighUsd;
  if (high === undefined || !req.volume) return false;
  const budget = budgetUsdOf(req);
  return budget !== undefined && (high === null || high > budget);
}

/**
 * For a team with no money to spend and GPUs of its own (Requirements.noCashBudget), a pick that
 * needs money: an API billed per token, or a fleet with a GPU rented or bought beyond the team's.
 * It shares the budget group (rank-groups.ts): the team's money is the limit either way, and a pick
 * its own cards run at no extra spend is listed first (explain.ts needsSpendWhy says so). With no
 * GPUs of its own nothing runs free, so nothing is moved (answers say so and ask what it has).
 */
export function needsSpendOf(c: Pick<GroupInput, "cost">, req: Requirements): boolean {
  if (!noCashOwnGpus(req)) return false;
  return !(c.cost.basis === "self-host" && c.cost.selfHost?.gpusNotOwned === 0);
}

/** A team with no money to spend and GPUs of its own: picks that need money go to the budget group. */
export const noCashOwnGpus = (req: Pick<Requirements, "noCashBudget" | "ownedGpus">): boolean =>
  req.noCashBudget === true && req.ownedGpus !== undefined;
