// The ranking: hard constraints, then a weighted sum of criterion scores. Deterministic: the
// same catalogue and requirements always give the same order. Equal scores are ordered by named,
// meaningful criteria (lower cost, more data control, ...); models equal on all of them are
// interchangeable, and the answer says so instead of pretending an order.
import type { Catalog } from "../catalog/catalog.js";
import type { LicenseVerdict, VerdictLevel } from "../licensing/verdict.js";
import type { SourceRef } from "../ports.js";
import { applyConstraints, type Candidate, type Exclusion, type ScoringCache } from "./constraints.js";
import { costFloor, scoreCandidate, type Breakdown, type BreakdownNotes, type ScoringPool } from "./criteria.js";
import type { HostingBasis, SelfHostQuoter } from "./monthly-cost.js";
import type { Evidence } from "./quality.js";
import { CRITERIA, type Requirements } from "./requirements.js";
import { weightsFor, type Weights } from "./weights.js";

export interface RankedModel {
  id: string;
  name: string;
  rank: number;
  score: number;
  breakdown: Breakdown;
  notes: BreakdownNotes;
  monthlyCostUsd: number | null;
  costLabel: string;
  costBasis: HostingBasis | null;
  licenseVerdict: VerdictLevel;
  license: LicenseVerdict;
  licenseName: string;
  sources: SourceRef[];
  /** What quality and use-case fit rest on: own signals, a relative's (estimated), or none. */
  evidence: { quality: Evidence; useCaseFit: Evidence; estimatedFrom?: string };
}

export interface Ranking {
  ranked: RankedModel[];
  excluded: Exclusion[];
  weights: Weights;
  weightAdjustments: string[];
  requirements: Requirements;
  /** The candidates as the team can use them (for the sensitivity search's cost anchors). */
  candidates?: Candidate[];
}

export interface RankOptions {
  selfHost?: SelfHostQuoter;
  /** Use these weights instead of the ones derived from the requirements (sensitivity search). */
  weights?: Weights;
  /** Shared by the rankings of one recommendation (see ScoringCache). */
  cache?: ScoringCache;
}

/** Scores closer than this count as equal, so float noise never decides an order. */
const TIE = 1e-9;

export function weightedScore(breakdown: Breakdown, weights: Weights): number {
  return CRITERIA.reduce((sum, c) => sum + weights[c] * breakdown[c], 0);
}

/** What every candidate's scores are relative to: the cheapest candidate, the cost floor, the signals. */
export function poolFor(catalog: Catalog, req: Requirements, candidates: readonly Candidate[]): ScoringPool {
  const monthly = candidates.map((c) => c.cost.monthlyUsd).filter((x): x is number => x !== null);
  const blended = candidates.map((c) => c.cost.blendedPerMTok).filter((x): x is number => x !== null);
  return {
    cheapestMonthly: monthly.length > 0 ? Math.min(...monthly) : null,
    costFloorUsd: costFloor(req),
    cheapestBlended: blended.length > 0 ? Math.min(...blended) : null,
    priciestMonthly: monthly.length > 0 ? Math.max(...monthly) : null,
    priciestBlended: blended.length > 0 ? Math.max(...blended) : null,
    catalog,
  };
}

export function rankModels(catalog: Catalog, req: Requirements, options: RankOptions = {}): Ranking {
  const derived = weightsFor(req);
  const weights = options.weights ?? derived.weights;
  const { candidates, excluded } = applyConstraints(catalog, req, options.selfHost, options.cache);
  const pool = poolFor(catalog, req, candidates);
  const scored = candidates.map((c) => {
    const { breakdown, notes, qualitySignals, evidence } = scoreCandidate(c, req, pool);
    // The quality signals actually used (not every benchmark on file), each with its source.
    const sources: SourceRef[] = [
      ...c.cost.sources,
      ...qualitySignals.map((q) =>
        /^https?:\/\//.test(q.source)
          ? { label: `${c.model.name}: ${q.name}`, url: q.source, asOf: q.asOf }
          : { label: `${c.model.name}: ${q.name} (${q.source})`, asOf: q.asOf },
      ),
    ];
    return {
      id: c.model.id,
      name: c.model.name,
      rank: 0,
      score: weightedScore(breakdown, weights),
      breakdown,
      notes,
      monthlyCostUsd: c.cost.monthlyUsd,
      costLabel: c.cost.label,
      costBasis: c.cost.basis,
      licenseVerdict: c.verdict.verdict,
      license: c.verdict,
      licenseName: c.license.name,
      sources,
      evidence,
    } satisfies RankedModel;
  });
  scored.sort(compareRanked);
  scored.forEach((m, i) => (m.rank = i + 1));
  return {
    ranked: scored,
    excluded,
    weights,
    weightAdjustments: options.weights ? [] : derived.adjustments,
    requirements: req,
    candidates,
  };
}

/** Scores closer than this are a tie (exported for the explanation). */
export const TIE_EPSILON = TIE;

type TieRow = Pick<RankedModel, "id" | "score" | "breakdown" | "monthlyCostUsd">;

/** What orders equal scores, in this order: each names a reason a team would accept. */
export const TIE_BREAKERS: { name: string; better: (a: TieRow, b: TieRow) => number }[] = [
  {
    name: "lower cost",
    better: (a, b) =>
      a.monthlyCostUsd !== null && b.monthlyCostUsd !== null
        ? b.monthlyCostUsd - a.monthlyCostUsd
        : a.breakdown.cost - b.breakdown.cost,
  },
  { name: "more data control", better: (a, b) => a.breakdown.dataControl - b.breakdown.dataControl },
  { name: "higher measured quality", better: (a, b) => a.breakdown.quality - b.breakdown.quality },
  { name: "better use-case fit", better: (a, b) => a.breakdown.useCaseFit - b.breakdown.useCaseFit },
  { name: "less operations load", better: (a, b) => a.breakdown.operations - b.breakdown.operations },
  { name: "more room for customization", better: (a, b) => a.breakdown.customization - b.breakdown.customization },
];

/** The first tie-breaker that separates two equally scored models, or null (interchangeable). */
export function tieBreaker(a: TieRow, b: TieRow): { name: string; order: number } | null {
  for (const t of TIE_BREAKERS) {
    const d = t.better(a, b);
    if (Math.abs(d) > TIE) return { name: t.name, order: d > 0 ? -1 : 1 };
  }
  return null;
}

export function compareRanked(a: TieRow, b: TieRow): number {
  if (Math.abs(a.score - b.score) > TIE) return b.score - a.score;
  const t = tieBreaker(a, b);
  if (t) return t.order;
  // Interchangeable on everything scored: a stable order only (the answer says the order means nothing).
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
