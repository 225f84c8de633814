// Cheapest that is good enough. A lead does not sign the cheapest model for a job, but the cheapest
// model that does the job: a 3B model labelling 400 ad categories at half the price of a model
// three times as strong is a saving nobody would ship. So a ranking puts the models whose quality
// for the job is below the job's minimum (quality-need.ts qualityMinimumOf) after every model that
// reaches it, whatever their cost, as it puts unread licences after read ones. Inside each group the
// weighted score orders as before. When no candidate reaches the minimum, the order is unchanged and
// the answer says so (with what reaching it would cost, when the budget is what stands in the way).
import { figuresApart } from "../render/format.js";
import type { Catalog } from "../catalog/catalog.js";
import type { SlottedModel } from "./quality.js";
import { qualityMinimumOf, type QualityNeed } from "./quality-need.js";
import { qualityTablesOf } from "./quality-tables.js";
import type { Requirements } from "./requirements.js";

/**
 * The two parts of a breakdown the job's quality reads. Said here, not picked from criteria.ts's
 * Breakdown: constraints.ts reads this file, and criteria.ts reads constraints.ts.
 */
interface JobScores {
  quality: number;
  useCaseFit: number;
}

/** A model's quality for the job as the minimum reads it: quality and use-case fit count alike. */
export function jobQuality(b: JobScores): number {
  return jobQualityOf(b.quality, b.useCaseFit);
}

/** jobQuality of the two scores alone (a ranking reads them from its table of scores). */
const jobQualityOf = (quality: number, useCaseFit: number): number => (quality + useCaseFit) / 2;

/** Below the job's minimum (false without one). Float noise never decides: 1e-9 below counts as level. */
export function belowMinimum(minimum: QualityNeed | undefined, b: JobScores): boolean {
  return belowMinimumOf(minimum, b.quality, b.useCaseFit);
}

/** belowMinimum of the two scores alone: a ranking asks it per candidate, with no breakdown object made. */
export function belowMinimumOf(minimum: QualityNeed | undefined, quality: number, useCaseFit: number): boolean {
  return minimum !== undefined && jobQualityOf(quality, useCaseFit) < minimum.level - 1e-9;
}

/**
 * Why a model below the job's minimum is listed after one that reaches it (said in why-nots and
 * #1-vs-#2). Both figures at the decimals that tell them apart ("0.449 … below the 0.450"), or
 * "just below" when even four decimals print them the same.
 */
export function belowMinimumWhy(b: JobScores, minimum: QualityNeed): string {
  const [own, level] = figuresApart(jobQuality(b), minimum.level);
  const below = own === level ? `just below the ${level}` : `below the ${level}`;
  return `its quality for ${minimum.job} (${own}, the mean of quality and use-case fit) is ${below} this job needs, and a model below that is ranked after every model that reaches it, whatever it costs`;
}

/**
 * Whether a candidate reaches the job's minimum, on the scores a ranking gives it (undefined: the
 * job has no minimum, so every candidate does). Cost scores are read from the cheapest candidate
 * that does (rank.ts poolWith): a model ranked after every good-enough one whatever it costs must
 * not set the scale the good-enough ones' prices are compared on.
 */
export function goodEnoughTest(catalog: Catalog, req: Requirements): ((c: SlottedModel) => boolean) | undefined {
  const minimum = qualityMinimumOf(req);
  if (!minimum) return undefined;
  const { quality, fit } = qualityTablesOf(catalog, req);
  return (c) => !belowMinimumOf(minimum, quality.scoreOf(c), fit.scoreOf(c));
}
