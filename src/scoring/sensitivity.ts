// What would swap #1 and #2: the smallest single weight change (exact, since the score is
// linear in the weights) and the first requirement change, from a fixed list ordered roughly
// by size, that puts #2 above #1. Both searches are deterministic.
import type { Catalog } from "../catalog/catalog.js";
import { goodEnoughTest } from "./quality-minimum.js";
import { OPS_CAPACITIES } from "../costs/assumptions.js";
import { scaleVolume as scaleBy, type Volume } from "../costs/volume.js";
import { figuresApart, formatTokens, formatUsd } from "../render/format.js";
import {
  applyConstraints,
  candidateCostRange,
  costRangeOfCandidates,
  type Candidate,
  type CostRange,
} from "./constraints.js";
import { breakdownOf, costScoreGapRange, type Breakdown, type ScoringPool } from "./criteria.js";
import { budgetUsdOf } from "./budget.js";
import {
  TIE_EPSILON,
  compareRanked,
  leaderAndPair,
  groupFlagsOf,
  poolWith,
  reweighedLeaderAndPair,
  weightedScore,
  type RankOptions,
  type Ranking,
} from "./rank.js";
import { belowMinimum } from "./quality-minimum.js";
import { rankTier, type RankGroupFlags } from "./rank-groups.js";
import { qualityMinimumOf } from "./quality-need.js";
import { weightsFor } from "./weights.js";
import {
  CRITERIA,
  CRITERION_LABELS,
  DATA_SENSITIVITIES,
  DEPLOYMENT_LABELS,
  DEPLOYMENTS,
  type Criterion,
  type Requirements,
} from "./requirements.js";
import type { Weights } from "./weights.js";
import { noCashOwnGpus } from "./group-tier.js";

export interface WeightFlip {
  criterion: Criterion;
  from: number;
  /** The new weight (others rescaled to keep the sum at 1), rounded to 2 decimals. */
  to: number;
  text: string;
}

export interface RequirementFlip {
  change: Partial<Requirements>;
  text: string;
  /** The #1 after the change (#2 before, or someone else when #1 drops out). */
  newFirst: string;
}

export interface FlipResult {
  weight: WeightFlip | null;
  requirement: RequirementFlip | null;
  /** #1 and #2 score the same: there is nothing to swap, and no swap is offered. */
  tied?: boolean;
}

/**
 * A weight change counts as plausible when the new weight is at most double the old one (or old
 * + 0.10 for small weights) and at least half of it: beyond that the team's stated priorities
 * would be different priorities, not a nuance of the same ones.
 */
export function plausibleWeight(from: number, to: number): boolean {
  return to <= Math.max(2 * from, from + 0.1) + 1e-9 && to >= from / 2 - 1e-9;
}
export const PLAUSIBLE_WEIGHT_TEXT = "at most doubling or halving one weight";

/** Weights with criterion c set to t and the others rescaled proportionally. */
export function withWeight(weights: Weights, c: Criterion, t: number): Weights {
  const rest = 1 - weights[c];
  const out = {} as Weights;
  for (const k of CRITERIA)
    out[k] = k === c ? t : rest > 0 ? (weights[k] * (1 - t)) / rest : (1 - t) / (CRITERIA.length - 1);
  return out;
}

/** A ranked model's group (see rankTier): weights never move a model across groups. */
const tierOf = (m: RankGroupFlags) => rankTier(m);

/** #2 strictly above #1 under these weights: a swap is never offered at equal scores. */
function secondWins(ranking: Ranking, weights: Weights): boolean {
  const [a, b] = ranking.ranked;
  if (!a || !b) return false;
  // No weight lifts a model whose licence was never read over one whose licence was, nor one below
  // the job's quality minimum over one that reaches it.
  if (tierOf(a) !== tierOf(b)) return tierOf(a) > tierOf(b);
  return weightedScore(b.breakdown, weights) - weightedScore(a.breakdown, weights) > TIE_EPSILON;
}

/** Customization counts only for a team that fine-tunes or ships the weights (weights.ts damps it otherwise). */
const setAside = (req: Requirements, c: Criterion): boolean =>
  c === "customization" && req.fineTuning !== true && req.redistributeWeights !== true;

export function smallestWeightFlip(ranking: Ranking): WeightFlip | null {
  const [a, b] = ranking.ranked;
  if (!a || !b || tierOf(a) !== tierOf(b)) return null;
  const w = ranking.weights;
  const gap = weightedScore(a.breakdown, w) - weightedScore(b.breakdown, w);
  let best: WeightFlip | null = null;
  for (const c of CRITERIA) {
    // A criterion the team did not ask to weigh (speed without a latency need) is no nuance of its priorities.
    if (w[c] === 0) continue;
    // Nor one its own facts set aside: customization for a team that neither fine-tunes nor ships
    // weights moves only with that fact ("fine-tuning needed", a requirement edit below). Its small
    // weight made "raise customization from 0.01 to 0.05" the swap a Lisbon telehealth startup,
    // which never spoke of tuning, was offered between Claude Opus 4.5 and GPT-5.1.
    if (setAside(ranking.requirements, c)) continue;
    const d = a.breakdown[c] - b.breakdown[c];
    if (Math.abs(d) < 1e-12) continue;
    // Raising c by δ (before renormalizing) moves the gap by δ·d; it flips at δ = gap / −d (d < 0).
    // Lowering c flips at δ = gap / d (d > 0), possible only while δ ≤ w_c.
    const raise = d < 0;
    const delta = raise ? gap / -d : gap / d;
    if (!raise && delta > w[c]) continue;
    const exact = raise ? (w[c] + delta) / (1 + delta) : (w[c] - delta) / (1 - delta);
    // Round outward to 2 decimals and step until the swap really happens at the shown value.
    let t = raise ? Math.ceil(exact * 100) / 100 : Math.floor(exact * 100) / 100;
    let found = false;
    for (let i = 0; i < 5 && t >= 0 && t <= 1; i++) {
      if (secondWins(ranking, withWeight(w, c, t))) {
        found = true;
        break;
      }
      t = Math.round((raise ? t + 0.01 : t - 0.01) * 100) / 100;
    }
    // Rounding out to two decimals can step past the plausible range while the swap happens
    // inside it (just under double): then the plausible limit itself is the change to show.
    if (found && !plausibleWeight(w[c], t)) {
      const limit = raise ? Math.min(1, Math.max(2 * w[c], w[c] + 0.1)) : w[c] / 2;
      if (secondWins(ranking, withWeight(w, c, limit))) t = limit;
    }
    if (!found || !plausibleWeight(w[c], t)) continue;
    // A change under 0.005 reads "from 0.18 to 0.18" at two decimals: then both get more.
    const [from, to] = figuresApart(w[c], t);
    const text = `${raise ? "raise" : "lower"} the weight of **${CRITERION_LABELS[c]}** from ${from} to ${to} (the other weights rescaled)`;
    const candidate: WeightFlip = { criterion: c, from: w[c], to: t, text };
    if (!best || Math.abs(t - w[c]) < Math.abs(best.to - best.from) - 1e-12) best = candidate;
  }
  return best;
}

function scaled(volume: Volume, factor: number): Volume {
  return scaleBy(
    volume,
    factor,
    `${formatTokens((volume.inputTokensPerMonth + volume.outputTokensPerMonth) * factor)} a month`,
  );
}

const totalTokens = (v: Volume) => v.inputTokensPerMonth + v.outputTokensPerMonth;

/** Candidate edits, smallest first: volume steps, a budget just under #1's cost, then one slot at a time. */
export function requirementEdits(ranking: Ranking): { change: Partial<Requirements>; text: string }[] {
  const req = ranking.requirements;
  const [first, second] = ranking.ranked;
  const edits: { change: Partial<Requirements>; text: string }[] = [];
  if (req.volume) {
    for (const f of [0.5, 2, 0.25, 4, 0.1, 10]) {
      const v = scaled(req.volume, f);
      edits.push({
        change: { volume: v },
        text: `${f > 1 ? "raise" : "cut"} the volume ${f > 1 ? `${f}×` : `to ${f}×`} (${formatTokens(totalTokens(v))}/month)`,
      });
    }
    if (first?.monthlyCostUsd !== null && first?.monthlyCostUsd !== undefined && first.monthlyCostUsd >= 1) {
      const budget = Math.floor(first.monthlyCostUsd) - 1;
      if (budget > 0)
        edits.push({
          change: { monthlyBudgetUsd: budget },
          // Said as the line it is, #1's own cost, not a figure a dollar under it ("a budget of
          // $49,499"): any budget under it rules #1 out, and #2's cost is what the team would pay.
          text: `a budget under ${first.name}'s ${formatUsd(first.monthlyCostUsd)} a month${second?.monthlyCostUsd !== null && second?.monthlyCostUsd !== undefined ? ` (${second.name} costs ${formatUsd(second.monthlyCostUsd)})` : ""}`,
        });
    }
  }
  if (!req.openWeightsOnly) edits.push({ change: { openWeightsOnly: true }, text: "only open-weights models" });
  if (req.fineTuning !== undefined)
    edits.push({
      change: { fineTuning: !req.fineTuning },
      text: req.fineTuning ? "no fine-tuning needed" : "fine-tuning needed",
    });
  else edits.push({ change: { fineTuning: true }, text: "fine-tuning needed" });
  for (const d of DEPLOYMENTS)
    if (req.deployment !== d) edits.push({ change: { deployment: d }, text: `where it runs: ${DEPLOYMENT_LABELS[d]}` });
  for (const s of DATA_SENSITIVITIES)
    if (req.dataSensitivity !== s) edits.push({ change: { dataSensitivity: s }, text: `${s} data` });
  for (const e of OPS_CAPACITIES)
    if (req.mlOpsExperience !== e) edits.push({ change: { mlOpsExperience: e }, text: `ML-ops experience: ${e}` });
  for (const c of CRITERIA)
    if (req.priorities?.[0] !== c)
      edits.push({
        change: { priorities: [c, ...(req.priorities ?? []).filter((p) => p !== c)] },
        text: `"${CRITERION_LABELS[c]} matters most"`,
      });
  return edits;
}

export function firstRequirementFlip(
  catalog: Catalog,
  ranking: Ranking,
  options: RankOptions = {},
): RequirementFlip | null {
  const [a, b] = ranking.ranked;
  if (!a || !b) return null;
  const rankOptions = {
    ...(options.selfHost ? { selfHost: options.selfHost } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  };
  for (const edit of requirementEdits(ranking)) {
    const req = { ...ranking.requirements, ...edit.change };
    // Cheap test first: only #1 and #2 are scored, against a cost anchor found without
    // re-scoring the catalogue; the whole catalogue is scored once, for the edit that swaps them.
    if (!pairSwaps(catalog, ranking, req, edit.change, a.id, b.id, options)) continue;
    const { leader, pair } =
      reweighedLeaderAndPair(catalog, ranking, req, [a.id, b.id], rankOptions) ??
      leaderAndPair(catalog, req, [a.id, b.id], rankOptions);
    const [rowA, rowB] = pair;
    if (!rowB) continue;
    if (!rowA || compareRanked(rowB, rowA) < 0) {
      const newFirst = leader?.name ?? b.name;
      const sb = rowB.score;
      const sa = rowA?.score ?? 0;
      // Two decimals can hide a small swap ("0.82 vs 0.82"): show more then.
      const [fb, fa] = figuresApart(sb, sa);
      const why = !rowA
        ? `${a.name} would be ruled out`
        : tierOf(rowA) > tierOf(rowB) && rowA.belowQualityMinimum && !rowB.belowQualityMinimum
          ? `${a.name} would be below the quality the job needs and ${b.name} would not`
          : tierOf(rowA) > tierOf(rowB) && rowA.budgetAtRisk && !rowB.budgetAtRisk
            ? noCashOwnGpus(req)
              ? `${a.name} would need money (an API, or GPUs beyond yours) and ${b.name} would run on your own GPUs`
              : `${a.name} would be within your budget only at the low end of its hidden reasoning and ${b.name} would be within it across the range`
            : tierOf(rowA) > tierOf(rowB) && rowA.residencyUnchecked && !rowB.residencyUnchecked
              ? `${a.name}'s host would not be checked for where your data must stay and ${b.name}'s would`
              : tierOf(rowA) > tierOf(rowB) && rowA.noKnownAgeTerms && !rowB.noKnownAgeTerms
                ? `${a.name}'s terms for users under 18 would not be checked and ${b.name}'s would`
                : tierOf(rowA) > tierOf(rowB) && rowA.builtForOtherJob && !rowB.builtForOtherJob
                  ? `${a.name} is built for code, which the job would not be, and ${b.name} is not`
                  : tierOf(rowA) > tierOf(rowB) && rowA.withdrawnByLab && !rowB.withdrawnByLab
                    ? `${a.name} is a release its lab has withdrawn and ${b.name} is current`
                    : tierOf(rowA) > tierOf(rowB) && rowA.supersededInLine && !rowB.supersededInLine
                      ? `${a.name} would be superseded by a later release of its line and ${b.name} would not`
                      : `${b.name} would score ${fb} vs ${fa} for ${a.name}`;
      return {
        change: edit.change,
        text: `${edit.text}: ${why}${newFirst !== b.name ? ` (and ${newFirst} would lead)` : ""}`,
        newFirst,
      };
    }
  }
  return null;
}

/** How an edit can change the pool that cost scores are relative to. */
type EditKind = "weights" | "budget" | "volume" | "open-weights" | "structural";

function editKind(change: Partial<Requirements>): EditKind {
  const keys = Object.keys(change);
  if (keys.every((k) => k === "priorities" || k === "dataSensitivity" || k === "mlOpsExperience")) return "weights";
  if (keys.length === 1 && keys[0] === "monthlyBudgetUsd") return "budget";
  if (keys.length === 1 && keys[0] === "volume") return "volume";
  if (keys.length === 1 && keys[0] === "openWeightsOnly") return "open-weights";
  return "structural";
}

/** The ranking's own anchor: its cost range when it carries one (rankModels), else found once per ranking. */
const baseAnchors = new WeakMap<Ranking, CostRange>();

function baseAnchor(catalog: Catalog, ranking: Ranking, candidates: readonly Candidate[]): CostRange {
  if (ranking.costRange) return ranking.costRange;
  let anchor = baseAnchors.get(ranking);
  if (!anchor) {
    anchor = costRangeOfCandidates(candidates, goodEnoughTest(catalog, ranking.requirements));
    baseAnchors.set(ranking, anchor);
  }
  return anchor;
}

/**
 * The cost range of the candidates under the edited requirements, without building them:
 * weight-only edits keep the pool; a budget keeps its cheapest member; open-weights-only keeps
 * the open candidates. Other edits (volume, deployment, fine-tuning) change prices, licences or
 * hosting: a pass over the admissions and their costs, with nothing built per model.
 */
function anchorFor(
  catalog: Catalog,
  ranking: Ranking,
  req: Requirements,
  kind: EditKind,
  options: RankOptions,
): CostRange {
  const candidates = ranking.candidates;
  if (!candidates) return candidateCostRange(catalog, req, options.selfHost, options.cache);
  const base = baseAnchor(catalog, ranking, candidates);
  if (kind === "weights") return base;
  // A budget reads cost gaps from the cheapest candidate (cost-floor.ts BUDGET_TIE_SHARE): while the
  // cheapest is still inside the new budget, it is still the cheapest, and the dearer ones a lower
  // budget rules out move no anchor the scores read. Otherwise the full pass.
  // (The anchor the scores read is the cheapest good-enough candidate: rank.ts poolWith.)
  const anchor = base.cheapestGoodMonthly ?? base.cheapestMonthly;
  if (kind === "budget" && anchor !== null && anchor <= (budgetUsdOf(req) ?? Infinity)) return base;
  if (kind === "open-weights") return costRangeOfCandidates(candidates, goodEnoughTest(catalog, req), true);
  // A volume change re-prices every admitted model (the budget may let in models it ruled out
  // before, or rule out candidates): the same pass as a structural edit.
  return candidateCostRange(catalog, req, options.selfHost, options.cache);
}

/** Does #2 come out strictly above #1 (or #1 get ruled out while #2 stays) under these requirements? */
function pairSwaps(
  catalog: Catalog,
  ranking: Ranking,
  req: Requirements,
  change: Partial<Requirements>,
  idA: string,
  idB: string,
  options: RankOptions,
): boolean {
  const pair = [idA, idB].flatMap((id) => catalog.modelById.get(id) ?? []);
  // The pair first: the anchor (a pass over the catalogue's admissions and costs for a volume or
  // structural edit, most of a first-time recommendation's time) is found only when it can decide.
  const { candidates } = applyConstraints(catalog, req, options.selfHost, options.cache, pair, false);
  const ca = candidates.find((c) => c.model.id === idA);
  const cb = candidates.find((c) => c.model.id === idB);
  if (!cb) return false;
  if (!ca) return true;
  const w = weightsFor(req).weights;
  const minimum = qualityMinimumOf(req);
  // The anchor reaches the scores through the cost criterion alone (criteria.ts writePoolScores):
  // the groups and every other score are the same in a pool with no anchor.
  const unanchored = poolWith(catalog, req, NO_COST_RANGE);
  const ua = breakdownOf(ca, req, unanchored);
  const ub = breakdownOf(cb, req, unanchored);
  const tierA = rankTier(groupFlagsOf(catalog, ca, req, belowMinimum(minimum, ua)));
  const tierB = rankTier(groupFlagsOf(catalog, cb, req, belowMinimum(minimum, ub)));
  if (tierA !== tierB) return tierA > tierB;
  const bounded = swapWithoutAnchor(ca, cb, ua, ub, w, unanchored);
  if (bounded !== undefined) return bounded;
  const pool = poolWith(catalog, req, anchorFor(catalog, ranking, req, editKind(change), options));
  return weightedScore(breakdownOf(cb, req, pool), w) - weightedScore(breakdownOf(ca, req, pool), w) > TIE_EPSILON;
}

/** A cost range with no figures: a pool for the scores that do not read the anchor. */
const NO_COST_RANGE: CostRange = {
  cheapestMonthly: null,
  priciestMonthly: null,
  cheapestGoodMonthly: null,
  cheapestGoodBlended: null,
  cheapestBlended: null,
  priciestBlended: null,
};

/**
 * Far more than the rounding between this sum and weightedScore's (scores and weights are at most
 * 1, summed over a handful of criteria): a margin only this wide around the tie is left to the anchor.
 */
const BOUND_MARGIN = 1e-9;

/**
 * Whether #2 comes out above #1 whatever the anchor: the other scores are known, and the cost
 * scores' gap lies in costScoreGapRange, so when both ends fall on the same side of the tie, that
 * side is the answer. Undefined: the anchor decides.
 */
function swapWithoutAnchor(
  ca: Candidate,
  cb: Candidate,
  ua: Breakdown,
  ub: Breakdown,
  w: Weights,
  pool: ScoringPool,
): boolean | undefined {
  const gap = costScoreGapRange(ca, cb, pool);
  if (!gap) return undefined;
  let rest = 0;
  for (const c of CRITERIA) if (c !== "cost") rest += w[c] * (ub[c] - ua[c]);
  if (rest + w.cost * gap[0] > TIE_EPSILON + BOUND_MARGIN) return true;
  if (rest + w.cost * gap[1] < TIE_EPSILON - BOUND_MARGIN) return false;
  return undefined;
}

export function whatWouldFlip(catalog: Catalog, ranking: Ranking, options: RankOptions = {}): FlipResult {
  const [a, b] = ranking.ranked;
  if (a && b && tierOf(a) === tierOf(b) && Math.abs(a.score - b.score) <= TIE_EPSILON)
    return { weight: null, requirement: null, tied: true };
  return { weight: smallestWeightFlip(ranking), requirement: firstRequirementFlip(catalog, ranking, options) };
}
