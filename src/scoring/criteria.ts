// The weighted criteria, each scored in [0, 1] (1 = best for this team) with a short note that
// says what the number rests on. Scores depend only on the model, the requirements and, for
// cost, the cheapest candidate, so they are reproducible and explainable.
import type { Model } from "../catalog/schema.js";
import { formatTokens, formatUsd } from "../render/format.js";
import type { Candidate } from "./constraints.js";
import type { QualitySignal } from "../catalog/schema.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Evidence, QualityScore, SlottedModel } from "./quality.js";
import { dataControlScore, dataControlValue } from "./data-control.js";
import { hasFirstParty, isPreview } from "./model-traits.js";
import { noted, type CriterionScore, type Say } from "./noted.js";
import {
  budgetCostScore,
  COST_FLOOR_USD,
  costFirstFloorUsd,
  PRICE_FLOOR_PER_MTOK,
  type BudgetScale,
} from "./cost-floor.js";
import { speedValue } from "./speed.js";
import { contextNeed, CRITERIA, type Criterion, type Requirements } from "./requirements.js";

export type { CriterionScore } from "./noted.js";

export type Breakdown = Record<Criterion, number>;
export type BreakdownNotes = Record<Criterion, string>;

/** A model whose cost cannot be computed scores this on cost: unknown is treated as a risk. */
export const UNKNOWN_COST_SCORE = 0.3;
/** An unknown cost scores this far below the most expensive priced candidate. */
export const UNKNOWN_COST_MARGIN = 0.05;
/**
 * Each factor of 10 above the cheapest candidate keeps this share of the cost score: 10× scores
 * 0.5, 100× 0.25. Subtracting 0.5 a decade instead floored every model 100× dearer at 0, so a
 * $60,000 model tied a $20,000 one on cost at a large volume.
 */
export const COST_KEPT_PER_DECADE = 0.5;
/** The cost score of a cost `decades` factors of 10 above the cheapest (see COST_KEPT_PER_DECADE). */
export const costScoreOf = (decades: number): number => clamp01(COST_KEPT_PER_DECADE ** Math.max(0, decades));
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The floor cost ratios are compared above (see COST_FLOOR_USD). A team that put cost first
 * ("dirt cheap", "cheapest decent model") compares prices even when its monthly amounts are small:
 * the floor is its volume priced at PRICE_FLOOR_PER_MTOK (at most COST_FLOOR_USD). With $100,
 * every model cost the same to a team at 126K tokens a month ($0.03 and $0.75 both scored 1), and
 * a flagship at 25× the price per token led a "dirt cheap" shortlist on quality alone. A team with
 * a budget reads monthly gaps on its budget instead (pool.budgetScale, cost-floor.ts).
 */
export function costFloor(req: Requirements): number {
  return costFirstFloorUsd(req) ?? COST_FLOOR_USD;
}

/** Context shared by every candidate: the cost anchor and the quality signal index. */
export interface ScoringPool {
  /** Lowest monthly cost (or blended price) among candidates, per the comparison used. */
  cheapestMonthly: number | null;
  /** See COST_FLOOR_USD. */
  costFloorUsd: number;
  /** The cheapest figures are those of the candidates good enough for the job, cheaper ones being below it (said in the note). */
  anchoredOnGoodEnough?: true;
  /** The team's context need in tokens (requirements.ts contextNeed), found once per pool, not per candidate. */
  contextNeedTokens: number;
  /** Why costs are compared as they are, when it is not the default (see costFloorNote). */
  costFloorWhy?: string;
  /** With a budget in dollars (and cost not first): monthly gaps read as shares of it (see BUDGET_TIE_SHARE). */
  budgetScale?: BudgetScale;
  cheapestBlended: number | null;
  /** Highest monthly cost / blended price among candidates: an unknown cost scores below it. */
  priciestMonthly?: number | null;
  priciestBlended?: number | null;
  /** Quality and use-case fit are looked up in the catalogue's signal tables. */
  catalog: Catalog;
  /** Quality and use-case fit for these requirements, with the tables found once per pool. */
  qualityOf: (c: SlottedModel) => QualityScore;
  useCaseFitOf: (c: SlottedModel) => QualityScore;
  /** The numbers of the two above alone (what a ranking reads for every candidate: see SlotScores). */
  qualityScoreOf: (c: SlottedModel) => number;
  useCaseFitScoreOf: (c: SlottedModel) => number;
}

export function costScore(c: Candidate, pool: ScoringPool): CriterionScore {
  return noted((say) => costValue(c, pool, say));
}

/** A monthly cost's score against the cheapest candidate's: on the budget when there is one, else as a ratio above the floor. */
function monthlyCostScore(monthly: number, cheapest: number, pool: ScoringPool): number {
  if (pool.budgetScale) return budgetCostScore(monthly - cheapest, pool.budgetScale);
  return costScoreOf(Math.log10((monthly + pool.costFloorUsd) / (cheapest + pool.costFloorUsd)));
}

/**
 * Where costValue(b) − costValue(a) lies whatever the pool's cost range (the cheapest and dearest
 * candidates' figures, which only a pass over the catalogue finds), or undefined when the range
 * could put one on a figure and the other on the unknown-cost score. The sensitivity search decides
 * most edits on it without pricing the catalogue. Both on monthly figures, or both on list prices
 * alone: each score only falls as the figure rises, so the cheaper one never scores lower (and the
 * two score the same when the range sends both to the unknown-cost score). On a ratio a score is
 * min(1, ((anchor + floor) / (figure + floor))^k): the gap grows with the anchor while both are
 * under 1 and shrinks once the cheaper one is, so it is largest with the anchor at the cheaper
 * figure. On a budget, a score falls by at most slope / budget per dollar, and never by more than 1.
 */
export function costScoreGapRange(a: Candidate, b: Candidate, pool: ScoringPool): [number, number] | undefined {
  const ma = a.cost.monthlyUsd;
  const mb = b.cost.monthlyUsd;
  const la = a.cost.blendedPerMTok;
  const lb = b.cost.blendedPerMTok;
  let fa: number;
  let fb: number;
  let widest: number;
  if (ma !== null && mb !== null) {
    [fa, fb] = [ma, mb];
    const scale = pool.budgetScale;
    widest = scale
      ? Math.min(1, (scale.slope * Math.abs(fa - fb)) / scale.budgetUsd)
      : 1 - monthlyCostScore(Math.max(fa, fb), Math.min(fa, fb), pool);
  } else if (
    ma === null &&
    mb === null &&
    a.cost.basis === null &&
    b.cost.basis === null &&
    la !== null &&
    lb !== null
  ) {
    [fa, fb] = [la, lb];
    widest =
      1 -
      costScoreOf(Math.log10((Math.max(fa, fb) + PRICE_FLOOR_PER_MTOK) / (Math.min(fa, fb) + PRICE_FLOOR_PER_MTOK)));
  } else return undefined;
  return fb < fa ? [0, widest] : fb > fa ? [-widest, 0] : [0, 0];
}

/** Said of the cheapest candidate when cheaper ones fall below the job's minimum (they do not set the scale). */
const GOOD_ENOUGH = (pool: ScoringPool) => (pool.anchoredOnGoodEnough ? " good enough for the job" : "");

/** The cost score (see costScore). */
export function costValue(c: Candidate, pool: ScoringPool, say?: Say): number {
  const monthly = c.cost.monthlyUsd;
  if (monthly !== null && pool.cheapestMonthly !== null) {
    say?.(
      `${formatUsd(monthly)}/month (${c.cost.label}); cheapest candidate${GOOD_ENOUGH(pool)} ${formatUsd(pool.cheapestMonthly)}${pool.costFloorWhy ?? ""}`,
    );
    return monthlyCostScore(monthly, pool.cheapestMonthly, pool);
  }
  if (
    monthly === null &&
    c.cost.basis === null &&
    c.cost.blendedPerMTok !== null &&
    pool.cheapestBlended !== null &&
    pool.cheapestMonthly === null
  ) {
    const decades = Math.log10(
      (c.cost.blendedPerMTok + PRICE_FLOOR_PER_MTOK) / (pool.cheapestBlended + PRICE_FLOOR_PER_MTOK),
    );
    say?.(`${c.cost.label}; cheapest candidate${GOOD_ENOUGH(pool)} ${formatUsd(pool.cheapestBlended)} per 1M`);
    return costScoreOf(decades);
  }
  // Unknown cost is a risk, never an advantage: below every priced candidate when there is one.
  const worst =
    pool.cheapestMonthly !== null && pool.priciestMonthly !== undefined && pool.priciestMonthly !== null
      ? monthlyCostScore(pool.priciestMonthly, pool.cheapestMonthly, pool)
      : pool.cheapestBlended !== null && pool.priciestBlended !== undefined && pool.priciestBlended !== null
        ? costScoreOf(
            Math.log10((pool.priciestBlended + PRICE_FLOOR_PER_MTOK) / (pool.cheapestBlended + PRICE_FLOOR_PER_MTOK)),
          )
        : null;
  if (worst !== null) {
    const score = Math.max(0, Math.min(UNKNOWN_COST_SCORE, worst - UNKNOWN_COST_MARGIN));
    say?.(`cost unknown (${c.cost.label}); scored ${score.toFixed(2)}, below every candidate with a price`);
    return score;
  }
  say?.(`cost unknown (${c.cost.label}); scored ${UNKNOWN_COST_SCORE}`);
  return UNKNOWN_COST_SCORE;
}

export function customizationScore(c: Candidate): CriterionScore {
  return noted((say) => customizationValue(c, say));
}

/** The customization score (see customizationScore); its note lists the rights, comma-separated. */
export function customizationValue(c: Candidate, say?: Say): number {
  const t = c.license.terms;
  let score = 0;
  if (c.model.openWeights) {
    score += 0.5;
    say?.("open weights");
  } else say?.("closed weights");
  if (t.fineTuning === "yes") {
    score += 0.3;
    say?.(", fine-tuning allowed");
  } else if (t.fineTuning === "conditional") {
    score += 0.2;
    say?.(", fine-tuning allowed with conditions");
  } else if (t.fineTuning === "unknown") {
    score += 0.1;
    say?.(", fine-tuning rights unknown");
  } else say?.(", no fine-tuning right");
  if (c.model.openWeights) {
    if (t.redistribution === "yes") {
      score += 0.2;
      say?.(", derivatives may be shared");
    } else if (t.redistribution === "conditional") {
      score += 0.1;
      say?.(", derivatives shareable with conditions");
    } else if (t.redistribution === "unknown") {
      score += 0.05;
      say?.(", derivative rights unknown");
    }
  }
  return clamp01(score);
}

export function integrationScore(c: Candidate, req: Requirements): CriterionScore {
  return noted((say) => integrationValue(c, req, say));
}

/** The integration score (see integrationScore). */
export function integrationValue(c: Candidate, req: Requirements, say?: Say): number {
  let score: number;
  if (
    c.cost.basis === "api" ||
    (c.cost.basis === null &&
      c.model.offerings.length > 0 &&
      req.deployment !== "own-cloud" &&
      req.deployment !== "on-prem" &&
      req.selfHosted !== true)
  ) {
    // Any first-party offering: the lab itself serves the model (whether or not the estimate's
    // cheapest host is the lab; asking "is the estimate's host first-party" first, as this did,
    // can only agree, and walked the offerings twice per candidate).
    score = (c.firstParty ?? hasFirstParty(c.model)) ? 1 : 0.9;
    say?.("managed API");
  } else {
    score = 0.55;
    say?.("self-hosted behind an inference server");
  }
  const caps = c.model.capabilities;
  if (req.useCase === "agents") {
    if (caps.toolCalling === false) {
      score -= 0.3;
      say?.("; no tool calling");
    } else if (caps.toolCalling === null) {
      score -= 0.1;
      say?.("; tool calling unknown");
    }
  }
  if (req.useCase === "extraction") {
    if (caps.structuredOutput === false) {
      score -= 0.2;
      say?.("; no structured output");
    } else if (caps.structuredOutput === null) {
      score -= 0.05;
      say?.("; structured output unknown");
    }
  }
  return clamp01(score);
}

/**
 * A release its lab names "preview" is not generally available: labs change or retire previews
 * at short notice, so a team building on one carries a migration it did not plan.
 */
export const PREVIEW_OPERATIONS_SCORE = 0.6;
/** A preview in a commercial product (said, or assumed when not said): a forced migration in production. */
export const PREVIEW_IN_PRODUCT_OPERATIONS_SCORE = 0.3;
export function operationsScore(c: Candidate, req: Requirements): CriterionScore {
  return noted((say) => operationsValue(c, req, say));
}

/** A self-hosted model's operations score by the team's ML-ops experience (one table, not one per call). */
const OPS_SCORE_BY_EXPERIENCE = { strong: 0.75, some: 0.5, none: 0.2 } as const;

/** The operations score (see operationsScore). */
export function operationsValue(c: Candidate, req: Requirements, say?: Say): number {
  const selfHosted =
    c.cost.basis === "self-host" ||
    (c.cost.basis === null &&
      (c.model.offerings.length === 0 ||
        req.deployment === "own-cloud" ||
        req.deployment === "on-prem" ||
        req.selfHosted === true));
  if (!selfHosted) {
    if (c.preview ?? isPreview(c.model)) {
      const product = req.commercial !== false;
      say?.(
        `managed by the provider, but a preview release (so named by its lab): it may change or be withdrawn at short notice${product ? ", which a product in production has to plan for" : ""}`,
      );
      return product ? PREVIEW_IN_PRODUCT_OPERATIONS_SCORE : PREVIEW_OPERATIONS_SCORE;
    }
    say?.("managed by the provider");
    return 1;
  }
  let score: number = req.mlOpsExperience ? OPS_SCORE_BY_EXPERIENCE[req.mlOpsExperience] : 0.4;
  say?.(`you run it yourselves (ML-ops experience: ${req.mlOpsExperience ?? "not stated"})`);
  const size = c.model.parameters?.totalB;
  if (size !== undefined && size > 100) {
    score -= 0.15;
    say?.(`; ${size}B parameters need several GPUs`);
  } else if (size !== undefined && size > 30) {
    score -= 0.05;
    say?.(`; ${size}B parameters`);
  }
  return clamp01(score);
}

export function contextFitScore(model: Model, req: Requirements): CriterionScore {
  return noted((say) => contextFitValue(model, req, say));
}

/** The context-fit score (see contextFitScore). */
export function contextFitValue(model: Model, req: Requirements, say?: Say): number {
  const { tokens: need, stated: said, item } = contextNeed(req);
  const stated = said ? "you need" : item ? `one of your ${item} in a request needs` : "assumed need";
  if (model.contextWindow === null) say?.(`context window unknown; ${stated} ${formatTokens(need)}`);
  else say?.(`${formatTokens(model.contextWindow)} window; ${stated} ${formatTokens(need)}`);
  return contextFitOf(model.contextWindow, need);
}

/** The context-fit score of a window for a need in tokens (see contextFitValue): unknown scores 0.5. */
function contextFitOf(window: number | null, need: number): number {
  if (window === null) return 0.5;
  // Exactly enough scores 0.5; twice the need (room for growth) scores 1.
  return clamp01(0.5 + (0.5 * (window - need)) / need);
}

/** A candidate's notes, each written when read (see Scored). */
class Notes implements BreakdownNotes {
  constructor(private readonly all: Record<Criterion, CriterionScore>) {}
  get cost(): string {
    return this.all.cost.note;
  }
  get quality(): string {
    return this.all.quality.note;
  }
  get customization(): string {
    return this.all.customization.note;
  }
  get dataControl(): string {
    return this.all.dataControl.note;
  }
  get integration(): string {
    return this.all.integration.note;
  }
  get operations(): string {
    return this.all.operations.note;
  }
  get contextFit(): string {
    return this.all.contextFit.note;
  }
  get useCaseFit(): string {
    return this.all.useCaseFit.note;
  }
  get speed(): string {
    return this.all.speed.note;
  }
}

type Scorer = (c: Candidate, req: Requirements, pool: ScoringPool) => CriterionScore;

/** The criteria as data: one scorer per criterion (a new criterion is a new row here). */
export const CRITERION_SCORERS: Record<Criterion, Scorer> = {
  cost: (c, _req, pool) => costScore(c, pool),
  quality: (c, _req, pool) => pool.qualityOf(c),
  customization: (c) => customizationScore(c),
  dataControl: (c, req, pool) => dataControlScore(c, req, pool.catalog),
  integration: (c, req) => integrationScore(c, req),
  operations: (c, req) => operationsScore(c, req),
  contextFit: (c, req) => contextFitScore(c.model, req),
  useCaseFit: (c, _req, pool) => pool.useCaseFitOf(c),
  speed: (c) => noted((say) => speedValue(c.model, say)),
};

export type ScoreEvidence = {
  quality: Evidence;
  useCaseFit: Evidence;
  estimatedFrom?: string;
  /** The team's languages the model has no rating in (see QualityScore.unratedIn). */
  unratedIn?: string;
};

/** Where each criterion's score sits in a row of scores (CRITERIA order). */
export const CRITERION_AT = Object.fromEntries(CRITERIA.map((c, k) => [c, k])) as Record<Criterion, number>;

/**
 * The scores alone (a ranking scores every candidate, and answers show the notes of a few),
 * written into `out` from `at` in CRITERIA order: a ranking keeps them in one typed array, so
 * scoring a candidate allocates no object and no boxed number (a breakdown object per candidate
 * was most of what a ranking of a large catalogue left for the garbage collector).
 * scoreCandidate gives the same numbers with their notes.
 */
export function writeBreakdown(
  c: Candidate,
  req: Requirements,
  pool: ScoringPool,
  out: Float64Array,
  at: number,
): void {
  writePoolScores(c, pool, out, at);
  // These read the candidate and the requirements, never the team's priorities (those reach the
  // scores only through the pool: rank.ts reweighedLeaderAndPair relies on it).
  out[at + CRITERION_AT.customization] = customizationValue(c);
  out[at + CRITERION_AT.dataControl] = dataControlValue(c, req, pool.catalog);
  out[at + CRITERION_AT.integration] = integrationValue(c, req);
  out[at + CRITERION_AT.operations] = operationsValue(c, req);
  out[at + CRITERION_AT.speed] = c.speed ?? speedValue(c.model);
}

/** The scores that read the pool (cost against the cheapest, quality and fit for the need, context against the need), as writeBreakdown writes them. */
export function writePoolScores(c: Candidate, pool: ScoringPool, out: Float64Array, at: number): void {
  out[at + CRITERION_AT.cost] = costValue(c, pool);
  out[at + CRITERION_AT.quality] = pool.qualityScoreOf(c);
  out[at + CRITERION_AT.contextFit] = contextFitOf(c.model.contextWindow, pool.contextNeedTokens);
  out[at + CRITERION_AT.useCaseFit] = pool.useCaseFitScoreOf(c);
}

/**
 * A row no candidate's scores exceed, criterion by criterion (see writeBreakdown): its cost,
 * quality and use-case fit exactly (cheap to find), and 1 for each other criterion, whose scorer
 * never gives more (each clamps to [0, 1] or picks a constant of at most 1). With non-negative
 * weights its weighted sum is at least the candidate's score, so a search for the leader can skip
 * a candidate whose bound is clearly below the leader without scoring it.
 */
export function writeScoreBound(c: Candidate, pool: ScoringPool, out: Float64Array, at: number): void {
  out.fill(1, at, at + CRITERIA.length);
  out[at + CRITERION_AT.cost] = costValue(c, pool);
  out[at + CRITERION_AT.quality] = pool.qualityScoreOf(c);
  out[at + CRITERION_AT.useCaseFit] = pool.useCaseFitScoreOf(c);
}

/** A row of scores (see writeBreakdown) as a breakdown object, keys in CRITERIA order. */
export function breakdownAt(values: Float64Array, at: number): Breakdown {
  const out = {} as Breakdown;
  for (let k = 0; k < CRITERIA.length; k++) out[CRITERIA[k] as Criterion] = values[at + k] as number;
  return out;
}

const scratch = new Float64Array(CRITERIA.length);

/** writeBreakdown's scores as an object (for one or two candidates; a ranking keeps them in a table). */
export function breakdownOf(c: Candidate, req: Requirements, pool: ScoringPool): Breakdown {
  writeBreakdown(c, req, pool, scratch, 0);
  return breakdownAt(scratch, 0);
}

/** What quality and use-case fit rest on (see RankedModel.evidence). */
export function evidenceOf(c: Candidate, req: Requirements, pool: ScoringPool): ScoreEvidence {
  const q = pool.qualityOf(c);
  const fit = pool.useCaseFitOf(c);
  const estimatedFrom = q.estimatedFrom?.name ?? fit.estimatedFrom?.name;
  return {
    quality: q.evidence,
    useCaseFit: fit.evidence,
    ...(estimatedFrom ? { estimatedFrom } : {}),
    ...(q.unratedIn ? { unratedIn: q.unratedIn } : {}),
  };
}

export function scoreCandidate(
  c: Candidate,
  req: Requirements,
  pool: ScoringPool,
): {
  breakdown: Breakdown;
  notes: BreakdownNotes;
  /** The quality signals used (built when asked: only shown models' are). */
  qualitySignals: () => QualitySignal[];
  evidence: ScoreEvidence;
} {
  const all = {} as Record<Criterion, CriterionScore>;
  const breakdown = {} as Breakdown;
  for (const k of CRITERIA) {
    all[k] = CRITERION_SCORERS[k](c, req, pool);
    breakdown[k] = all[k].score;
  }
  const q = all.quality as QualityScore;
  const fit = all.useCaseFit as QualityScore;
  return {
    breakdown,
    notes: new Notes(all),
    qualitySignals: () => [...q.signals, ...fit.signals.filter((s) => !q.signals.includes(s))],
    evidence: evidenceOf(c, req, pool),
  };
}
