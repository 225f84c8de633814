// Criterion weights: a base profile per use case, raised by what the team told us (regulated
// data, fine-tuning, little ML-ops experience, a stated context need, stated priorities), then
// normalized to sum to 1. Every adjustment is recorded so the answer can show why.
import {
  CRITERIA,
  CRITERION_LABELS,
  USE_CASE_LABELS,
  type Criterion,
  type Requirements,
  type UseCase,
} from "./requirements.js";
import { budgetScaleOf, budgetScaleWords, costFirstFloorUsd } from "./cost-floor.js";
import { budgetUsdOf } from "./budget.js";
import { describeLatencyTarget, TIGHT_TARGET_S } from "./latency-target.js";

export type Weights = Record<Criterion, number>;

const DEFAULT_PROFILE: Weights = {
  cost: 0.2,
  quality: 0.2,
  customization: 0.08,
  dataControl: 0.1,
  integration: 0.1,
  operations: 0.1,
  contextFit: 0.07,
  useCaseFit: 0.15,
  // Weighed only when a team says latency matters (see LATENCY_SPEED_WEIGHT): without a measured
  // speed in the catalogue, its proxy (parameters per token) should not move other teams' picks.
  speed: 0,
};

const PROFILES: Record<UseCase, Partial<Weights>> = {
  chat: { cost: 0.22, quality: 0.2, integration: 0.12 },
  coding: { quality: 0.3, useCaseFit: 0.22, cost: 0.08, contextFit: 0.08 },
  rag: { contextFit: 0.15, cost: 0.2, quality: 0.16, dataControl: 0.12 },
  extraction: { cost: 0.28, quality: 0.14, integration: 0.14, contextFit: 0.05 },
  agents: { quality: 0.28, integration: 0.14, useCaseFit: 0.2, cost: 0.08 },
  creative: { quality: 0.26, useCaseFit: 0.22, customization: 0.1, cost: 0.12 },
  summarization: { cost: 0.24, contextFit: 0.14, quality: 0.16 },
  translation: { quality: 0.24, useCaseFit: 0.22, cost: 0.14 },
};

/**
 * How much of quality for a use case comes from that use case's own benchmarks (the rest from
 * general ability). Coding and agents have task benchmarks that measure the work itself
 * (SWE-bench, Terminal-Bench, SciCode, the Arena's coding board), and a coding team reads those
 * first: a general chat rating put a general model above a coder that leads the coding boards.
 * The other use cases' signals are slices of the same general votes (LMArena's longer-query,
 * creative-writing, language boards) and already feed use-case fit, so quality stays general.
 */
export const USE_CASE_QUALITY_SHARE: Record<UseCase, number> = {
  chat: 0,
  coding: 0.8,
  rag: 0,
  extraction: 0,
  agents: 0.8,
  creative: 0,
  summarization: 0,
  translation: 0,
};

/**
 * How much of quality comes from the ratings in the team's languages when it names languages other
 * than English (the rest as USE_CASE_QUALITY_SHARE gives): the answers its users read are in them.
 */
export const LANGUAGE_QUALITY_SHARE = 0.5;

/**
 * Speed's weight (before normalizing) for a team that said latency matters. Short-answer work
 * (labels, fields) at a latency target is where a small, fast model is the expert's pick: the
 * quality a 12-way label needs is modest, and every request waits for the model. Long answers
 * (coding, writing) still read quality first.
 */
export const LATENCY_SPEED_WEIGHT: Record<UseCase, number> = {
  chat: 0.12,
  coding: 0.08,
  rag: 0.1,
  extraction: 0.3,
  agents: 0.08,
  creative: 0.08,
  summarization: 0.08,
  translation: 0.12,
};

/**
 * Speed's weight (before normalizing) by the job alone, latency unsaid. Extraction and
 * classification answer in a few tokens and run over every record: a smaller, faster model
 * clears a backlog sooner and scales on fewer GPUs, and the quality a label or a field needs is
 * modest (quality-need.ts). Every other job weighs speed only when the team says latency matters.
 */
export const JOB_SPEED_WEIGHT: Record<UseCase, number> = {
  chat: 0,
  coding: 0,
  rag: 0,
  extraction: 0.06,
  agents: 0,
  creative: 0,
  summarization: 0,
  translation: 0,
};

/** Speed's latency weight is multiplied by this for a target at or under TIGHT_TARGET_S. */
export const TIGHT_TARGET_SPEED_FACTOR = 1.5;

/** Customization weight when the team said it will not fine-tune, and when it did not say. */
export const NO_TUNING_FACTOR = 0.1;
export const TUNING_UNSTATED_FACTOR = 0.25;
/** Customization weight when fine-tuning is a wish: more than unsaid, less than a need's ×3. */
export const TUNING_WANTED_FACTOR = 1.5;

/** Multiplier for a stated priority: the first named counts most. */
export const PRIORITY_BOOST = [3, 2, 1.5] as const;

export interface WeightResult {
  weights: Weights;
  /** Plain-words adjustments, e.g. "data control ×3 (regulated data)". */
  adjustments: string[];
}

export function weightsFor(req: Requirements): WeightResult {
  const raw: Weights = { ...DEFAULT_PROFILE, ...(req.useCase ? PROFILES[req.useCase] : {}) };
  const adjustments: string[] = [];
  const boost = (c: Criterion, factor: number, why: string) => {
    raw[c] *= factor;
    adjustments.push(`${CRITERION_LABELS[c]} ×${factor} (${why})`);
  };
  if (req.dataSensitivity === "regulated") boost("dataControl", 3, "regulated data");
  else if (req.dataSensitivity === "internal") boost("dataControl", 1.5, "internal data");
  if (req.fineTuning === true) boost("customization", 3, "fine-tuning needed");
  else if (req.fineTuningWanted === true && req.fineTuning === undefined)
    boost("customization", TUNING_WANTED_FACTOR, "fine-tuning wanted, not required");
  // Open weights and fine-tuning rights are worth little to a team that will not tune or ship
  // weights: without this, customization alone lifted mid-tier open models over frontier APIs.
  else if (req.fineTuning === false && !req.redistributeWeights)
    boost("customization", NO_TUNING_FACTOR, "no fine-tuning needed");
  else if (!req.redistributeWeights) boost("customization", TUNING_UNSTATED_FACTOR, "fine-tuning not asked for");
  // Distillation: the outputs are the training data, so the teacher's quality bounds the student's.
  if (req.trainOnOutputs === true) boost("quality", 2, "outputs train your own model");
  if (req.mlOpsExperience === "none") boost("operations", 2, "no ML-ops experience");
  else if (req.mlOpsExperience === "strong") boost("operations", 0.6, "strong ML-ops experience");
  if (req.contextTokens !== undefined) boost("contextFit", 1.5, "context need stated");
  const jobSpeed = req.useCase ? JOB_SPEED_WEIGHT[req.useCase] : 0;
  if (jobSpeed > 0 && req.latency !== "interactive") {
    raw.speed = jobSpeed;
    adjustments.push(
      `speed ${jobSpeed} (${USE_CASE_LABELS[req.useCase ?? "extraction"]}: short answers over every record)`,
    );
  }
  if (req.latency === "interactive") {
    const base = LATENCY_SPEED_WEIGHT[req.useCase ?? "chat"];
    // A tight stated target weighs speed half as much again: every request waits on the model.
    const tight = req.latencyTarget !== undefined && req.latencyTarget.seconds <= TIGHT_TARGET_S;
    raw.speed = tight ? base * TIGHT_TARGET_SPEED_FACTOR : base;
    adjustments.push(
      tight
        ? `speed ${Number(raw.speed.toFixed(3))} (a latency target of ${describeLatencyTarget(req.latencyTarget!)})`
        : `speed ${base} (interactive latency)`,
    );
  }
  const seen = new Set<Criterion>();
  (req.priorities ?? []).forEach((c) => {
    if (seen.has(c) || !CRITERIA.includes(c)) return;
    const factor = PRIORITY_BOOST[Math.min(seen.size, PRIORITY_BOOST.length - 1)] ?? 1;
    seen.add(c);
    // A criterion weighed only on request (speed) starts from its latency weight when named.
    if (raw[c] === 0) raw[c] = LATENCY_SPEED_WEIGHT[req.useCase ?? "chat"];
    boost(c, factor, "your priority");
    // Quality for a use case is read from that use case's benchmarks too (use-case fit).
    if (c === "quality" && req.useCase && !seen.has("useCaseFit"))
      boost("useCaseFit", factor, `quality for ${USE_CASE_LABELS[req.useCase]} is your priority`);
  });
  const first = req.priorities?.find((c) => CRITERIA.includes(c));
  if (first) outweighOthers(raw, first, adjustments);
  // Not a weight: the cost scores themselves are read as shares of the budget (cost-floor.ts).
  const scale = budgetScaleOf(req);
  if (scale) adjustments.push(budgetScaleWords(scale));
  // A budget in a currency with no rate on record (budget.ts) is said back but not applied: cost is
  // weighed and compared exactly as for a team that stated no budget, and the answer says so.
  else if (req.statedBudget && budgetUsdOf(req) === undefined)
    adjustments.push(
      `cost compared as with no budget (yours is in ${req.statedBudget.currency}, which is not converted or applied)`,
    );
  if (costFirstFloorUsd(req) !== undefined)
    adjustments.push("price gaps count even at small monthly amounts (cost comes first; see each cost note)");
  return { weights: normalize(raw), adjustments };
}

/**
 * Quality for a use case is scored by two criteria (general quality and use-case fit), so one
 * concern of a team's may be two criteria: "cost matters most" against a coding profile's quality
 * and fit together (0.54) stayed second even at ×3 (0.21), and a $100k model outranked a $34k
 * one of comparable quality for a team that said cost per token is what matters.
 */
const CONCERNS: Criterion[][] = CRITERIA.map((c): Criterion[] =>
  c === "quality" ? ["quality", "useCaseFit"] : c === "useCaseFit" ? [] : [c],
).filter((x) => x.length > 0);
const concernOf = (c: Criterion) => CONCERNS.find((k) => k.includes(c)) ?? [c];
const weightOf = (raw: Weights, concern: readonly Criterion[]) => concern.reduce((s, c) => s + raw[c], 0);

/** The first stated priority weighs at least as much as any other concern (scaled up when it does not). */
function outweighOthers(raw: Weights, first: Criterion, adjustments: string[]): void {
  const own = concernOf(first);
  const heaviest = Math.max(...CONCERNS.filter((k) => k !== own).map((k) => weightOf(raw, k)));
  const mine = weightOf(raw, own);
  if (mine <= 0 || mine >= heaviest) return;
  const factor = heaviest / mine;
  for (const c of own) raw[c] *= factor;
  adjustments.push(
    `${CRITERION_LABELS[first]} ×${factor.toFixed(2)} (your first priority, to weigh at least as much as any other concern)`,
  );
}

export function normalize(raw: Weights): Weights {
  const total = CRITERIA.reduce((s, c) => s + raw[c], 0);
  const out = {} as Weights;
  for (const c of CRITERIA) out[c] = total > 0 ? raw[c] / total : 1 / CRITERIA.length;
  return out;
}
