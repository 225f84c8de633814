// What the job's quality minimum did to a shortlist, said under it (quality-minimum.ts): the
// cheaper models it passed over, so a cost-first team sees the saving it is not taking and why;
// or, when no candidate reaches it, the quality risk said plainly, and when the budget is what
// stands in the way, what reaching it would cost and how much of the volume the budget covers.
import { decimalsApart, formatUsd } from "../render/format.js";
import { jobQuality } from "../scoring/quality-minimum.js";
import { qualityMinimumOf, type QualityNeed } from "../scoring/quality-need.js";
import type { RankedModel, Ranking } from "../scoring/rank.js";
import { budgetUsdOf, budgetWords } from "../scoring/budget.js";

/** Cheaper models passed over are named up to this many (the best scored first). */
const PASSED_OVER_SHOWN = 2;

const quality = (m: RankedModel, decimals = 2) => jobQuality(m.breakdown).toFixed(decimals);
const monthly = (m: RankedModel) =>
  m.monthlyCostUsd === null ? "cost unknown" : `${formatUsd(m.monthlyCostUsd)} a month`;

/** How the minimum is said: the job, the level (at `decimals`) and what it is read from. */
function minimumWords(minimum: QualityNeed, decimals = 2): string {
  return `${minimum.job} needs a quality of about ${minimum.level.toFixed(decimals)} (the mean of quality and use-case fit)`;
}

/**
 * The cheapest model that reaches the minimum once the budget is set aside, when the budget is
 * what keeps every candidate below it (see Recommendation.withoutBudget).
 */
export function cheapestReaching(ranking: Ranking | undefined): RankedModel | undefined {
  let best: RankedModel | undefined;
  for (const m of ranking?.ranked ?? []) {
    if (m.belowQualityMinimum || m.monthlyCostUsd === null) continue;
    if (!best || m.monthlyCostUsd < (best.monthlyCostUsd ?? Infinity)) best = m;
  }
  return best;
}

/** The note, or null when the minimum changed nothing a team would notice (or the job has none). */
export function qualityMinimumNote(ranking: Ranking, withoutBudget?: Ranking): string | null {
  const minimum = qualityMinimumOf(ranking.requirements);
  const first = ranking.ranked[0];
  if (!minimum || !first) return null;
  if (first.belowQualityMinimum) {
    const best = [...ranking.ranked].sort((a, b) => jobQuality(b.breakdown) - jobQuality(a.breakdown))[0] ?? first;
    const parts = [
      `**Quality risk:** ${minimumWords(minimum)}, and none of the ${ranking.ranked.length} models that meet your requirements reaches it (the best here, ${best.name}, is at ${quality(best)}). Test the picks on your own material before you commit.`,
    ];
    const budget = budgetUsdOf(ranking.requirements);
    const reach = cheapestReaching(withoutBudget);
    if (budget !== undefined && reach?.monthlyCostUsd) {
      const share = Math.min(100, Math.round((100 * budget) / reach.monthlyCostUsd));
      parts.push(
        `Your budget is what stands in the way: the cheapest model that reaches it is **${reach.name}** (${quality(reach)}) at ${monthly(reach)}, and your ${budgetWords(ranking.requirements) ?? formatUsd(budget)} would cover about ${share} % of your volume on it.`,
      );
    }
    return parts.join(" ");
  }
  const cost = first.monthlyCostUsd;
  if (cost === null) return null;
  const passed = ranking.ranked
    .filter((m) => m.belowQualityMinimum && m.monthlyCostUsd !== null && m.monthlyCostUsd < cost)
    .slice(0, PASSED_OVER_SHOWN);
  if (passed.length === 0) return null;
  // The level and the figures below it at the decimals that tell them apart (never "0.45" below "0.45").
  const d = decimalsApart(
    minimum.level,
    passed.map((m) => jobQuality(m.breakdown)),
  );
  return `**Good enough first:** ${minimumWords(minimum, d)}, so models below it are listed after every model that reaches it, whatever they cost. Cheaper but below it: ${passed.map((m) => `${m.name} (${quality(m, d)}, ${monthly(m)})`).join("; ")}.`;
}
