// Break-even between self-hosting an open model and paying an API per token, for a fixed
// input/output mix. Both monthly costs are functions of the total monthly tokens V:
//   API(V)       = V × blended price           (blended = share_in × in + share_out × out, per token)
//   selfHost(V)  = GPU cost of g(V) GPUs + ops(g(V)),  g(V) = GPUs per replica × (max(1, out(V) ÷
//                  one replica's monthly capacity) + spare replicas)
// i.e. one replica plus its spare always on (the minimum footprint: weights + KV cache must fit),
// and above one replica's capacity, GPU-hours in proportion to the volume (whole-replica rounding
// is left out so the curve is continuous; the estimate shows the rounded fleet). Owned GPUs are
// used first (cheaper), so selfHost is piecewise linear. Ops grow per GPU of the first node, then per
// node: past a full node the ops slope falls a little (0.1 FTE for 8 more GPUs, not 0.2), which is
// small beside a GPU's own cost, so API − selfHost is concave but for that kink and crosses zero
// twice at most in practice (self-hosting cheaper inside one range of volumes; a later third
// crossing would need an API priced within that ops kink of the GPUs' cost per token, and is not
// looked for). The crossings are found exactly, segment by segment.
import type { Block, ChartSeries } from "../ports.js";
import { formatCount, formatUsd } from "../render/format.js";
import { GPUS_PER_NODE, gpuMonthlyUsd } from "./fleet.js";
import { blendedPerMTok, type PricePair } from "./price-ratio.js";
import { cheapestPlan, planOpsUsd, planRates, replicaMonthlyCapacity, type SelfHostPlan } from "./self-host.js";

const PER_MILLION = 1_000_000;
/** Beyond this volume (100 trillion tokens a month) we do not call it a break-even. */
export const BREAK_EVEN_MAX_TOKENS = 1e14;

export type BreakEvenResult =
  | {
      kind: "at";
      tokensPerMonth: number;
      monthlyUsdAtBreakEven: number;
      /** Above this volume the API is cheaper again (extra replicas cost more per token than the API). */
      untilTokensPerMonth: number | null;
      common: BreakEvenCommon;
    }
  | { kind: "never"; reason: string; common: BreakEvenCommon }
  | { kind: "always"; reason: string; common: BreakEvenCommon };

export interface BreakEvenCommon {
  inputShare: number;
  /** API USD per 1M tokens at this mix. */
  apiUsdPerMTok: number;
  /** Self-hosting's cost with one replica (plus spares) always on, plus ops (the floor). */
  selfHostFloorUsd: number;
  /** Self-hosting's extra cost per 1M tokens once one replica is full (GPUs only, at the rented rate). */
  selfHostMarginalUsdPerMTok: number;
  /** Total monthly tokens one replica serves at the planned average load for this mix. */
  replicaCapacityTokens: number;
}

export function apiCostAt(api: PricePair, tokensPerMonth: number, inputShare: number): number {
  return (tokensPerMonth * blendedPerMTok(api, inputShare)) / PER_MILLION;
}

/** GPUs the continuous curve runs at a volume. */
function gpusAt(plan: SelfHostPlan, tokensPerMonth: number, inputShare: number): number {
  const output = tokensPerMonth * (1 - inputShare);
  const needed = Math.max(1, output / replicaMonthlyCapacity(plan));
  // A group the team said it runs on is paid for whole, however little of it the volume needs.
  return Math.max((needed + plan.spareReplicas) * plan.gpusPerReplica, plan.statedGpus ?? 0);
}

/** The continuous self-hosting curve described above. */
export function selfHostCostAt(plan: SelfHostPlan, tokensPerMonth: number, inputShare: number): number {
  const g = gpusAt(plan, tokensPerMonth, inputShare);
  return gpuMonthlyUsd(g, planRates(plan), plan.hoursPerMonth) + planOpsUsd(plan, g, Math.max(1, g / GPUS_PER_NODE));
}

/** Volumes where the curve's slope may change: one replica full, owned GPUs used up, the first node full (ops per node after it). */
function kinks(plan: SelfHostPlan, capTotal: number): number[] {
  if (!Number.isFinite(capTotal)) return [];
  const floorGpus = plan.gpusPerReplica * (1 + plan.spareReplicas);
  const atGpus = (g: number): number => (g / plan.gpusPerReplica - plan.spareReplicas) * capTotal;
  // The stated group is where the curve leaves its floor; below it the group is paid whole.
  const gs = [GPUS_PER_NODE, plan.owned?.count ?? 0, plan.statedGpus ?? 0];
  return [capTotal, ...gs.filter((g) => g > floorGpus).map(atGpus)].filter((v) => v > 0 && Number.isFinite(v));
}

export function breakEven(plan: SelfHostPlan, api: PricePair, inputShare: number): BreakEvenResult {
  const share = Math.min(1, Math.max(0, inputShare));
  const a = blendedPerMTok(api, share) / PER_MILLION; // API USD per token
  const capOut = replicaMonthlyCapacity(plan);
  const outShare = 1 - share;
  // Total tokens one replica serves (infinite for input-only traffic or unknown throughput).
  const capTotal = outShare > 0 ? capOut / outShare : Infinity;
  const rented = plan.gpusPerReplica * plan.price.usdPerGpuHour * plan.hoursPerMonth;
  const b = Number.isFinite(capTotal) ? rented / capTotal : 0; // marginal USD per token (rented GPUs)
  const floor = selfHostCostAt(plan, 0, share);
  const common: BreakEvenCommon = {
    inputShare: share,
    apiUsdPerMTok: a * PER_MILLION,
    selfHostFloorUsd: floor,
    selfHostMarginalUsdPerMTok: b * PER_MILLION,
    replicaCapacityTokens: capTotal,
  };
  const d = (v: number): number => a * v - selfHostCostAt(plan, v, share);
  if (floor <= 0 && d(BREAK_EVEN_MAX_TOKENS) >= 0)
    return { kind: "always", reason: "With no GPU or staff cost, self-hosting is cheaper at any volume.", common };
  if (a <= 0)
    return { kind: "never", reason: "The API is free at this mix, so self-hosting is never cheaper.", common };
  const points = [0, ...kinks(plan, capTotal), BREAK_EVEN_MAX_TOKENS]
    .filter((v) => v <= BREAK_EVEN_MAX_TOKENS)
    .sort((x, y) => x - y);
  // Walk the linear segments: the first upward zero of API − selfHost, then a downward one.
  let at: number | null = null;
  let until: number | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, x1] = [points[i]!, points[i + 1]!];
    const [d0, d1] = [d(x0), d(x1)];
    const zero = d0 === d1 ? null : x0 + ((x1 - x0) * -d0) / (d1 - d0);
    if (at === null && d0 < 0 && d1 >= 0) at = zero;
    else if (at !== null && d0 >= 0 && d1 < 0) {
      until = zero;
      break;
    }
  }
  if (at === null) {
    const overCapacity = Number.isFinite(capTotal) && a <= b;
    return {
      kind: "never",
      reason: overCapacity
        ? `Self-hosting never gets cheaper: above one replica's capacity each extra 1M tokens costs ${formatUsd(b * PER_MILLION)} on GPUs, more than the API's ${formatUsd(a * PER_MILLION)}.`
        : `It would only break even beyond ${formatCount(BREAK_EVEN_MAX_TOKENS)} tokens a month, beyond any realistic volume.`,
      common,
    };
  }
  return { kind: "at", tokensPerMonth: at, monthlyUsdAtBreakEven: a * at, untilTokensPerMonth: until, common };
}

/**
 * Which of the GPUs a team may be quoted (selfHostPlans) a break-even is worked on, so it sizes the
 * same hardware the self-hosting answer quotes. At a stated volume: the plan cheapest there (what
 * "self-host X at that volume" picks). With none: the plan that breaks even first. Every curve
 * starts above the API (a floor) and API − curve is concave, so that plan is also the cheapest at
 * its break-even volume, and the earliest crossing of the cheapest-plan curve. When none breaks
 * even, the plan with the lowest cost per extra token (the one that comes closest at scale).
 */
export function breakEvenPlan(
  plans: readonly SelfHostPlan[],
  api: PricePair,
  inputShare: number,
  statedTokensPerMonth?: number,
): { plan: SelfHostPlan; result: BreakEvenResult } {
  if (statedTokensPerMonth !== undefined) {
    const plan = cheapestPlan(plans, statedTokensPerMonth * (1 - inputShare));
    return { plan, result: breakEven(plan, api, inputShare) };
  }
  const all = plans.map((plan) => ({ plan, result: breakEven(plan, api, inputShare) }));
  const first = (x: (typeof all)[number]) =>
    x.result.kind === "at" ? x.result.tokensPerMonth : x.result.kind === "always" ? 0 : Infinity;
  const marginal = (x: (typeof all)[number]) => x.result.common.selfHostMarginalUsdPerMTok;
  return all.reduce((best, x) =>
    first(x) < first(best) || (first(x) === first(best) && marginal(x) < marginal(best)) ? x : best,
  );
}

export interface BreakEvenChartInput {
  plan: SelfHostPlan;
  api: PricePair;
  inputShare: number;
  result: BreakEvenResult;
  apiLabel: string;
  selfHostLabel: string;
  /** The user's volume (total tokens a month), marked by the bars and kept inside the x range. */
  statedTokens?: number;
  points?: number;
}

/** Two cost curves over monthly volume (x in tokens), plus bars at one volume for text fallbacks. */
export function breakEvenChart(input: BreakEvenChartInput): Extract<Block, { kind: "chart" }> {
  const { plan, api, inputShare, result } = input;
  // Both curves are piecewise linear, so a few points plus the kink and the crossing draw them exactly.
  const n = Math.max(4, input.points ?? 8);
  const anchor =
    result.kind === "at"
      ? result.tokensPerMonth * 2
      : Math.min(result.common.replicaCapacityTokens * 3, BREAK_EVEN_MAX_TOKENS);
  const base = Number.isFinite(anchor) && anchor > 0 ? anchor : 1e9;
  const xMax = Math.max(base, (input.statedTokens ?? 0) * 1.25);
  const xs = new Set<number>();
  for (let i = 0; i <= n; i++) xs.add((xMax * i) / n);
  if (result.kind === "at") xs.add(result.tokensPerMonth);
  // The kink where one replica is full, so the line shows it exactly.
  const kink = result.common.replicaCapacityTokens;
  if (Number.isFinite(kink) && kink < xMax) xs.add(kink);
  const sorted = [...xs].sort((p, q) => p - q);
  const series: ChartSeries[] = [
    {
      name: input.apiLabel,
      points: sorted.map((x) => ({ x: Math.round(x), y: round2(apiCostAt(api, x, inputShare)) })),
    },
    {
      name: input.selfHostLabel,
      points: sorted.map((x) => ({ x: Math.round(x), y: round2(selfHostCostAt(plan, x, inputShare)) })),
    },
  ];
  // Bars for text fallbacks: both costs at the user's volume, else on either side of the crossing.
  const volumes =
    input.statedTokens !== undefined
      ? [input.statedTokens]
      : result.kind === "at"
        ? [result.tokensPerMonth / 2, result.tokensPerMonth * 2]
        : [xMax / 4, xMax];
  const bars = volumes.flatMap((v) => [
    { label: `${input.apiLabel} at ${formatCount(v)} tokens/month`, value: round2(apiCostAt(api, v, inputShare)) },
    {
      label: `${input.selfHostLabel} at ${formatCount(v)} tokens/month`,
      value: round2(selfHostCostAt(plan, v, inputShare)),
    },
  ]);
  return {
    kind: "chart",
    title:
      result.kind === "at"
        ? `Break-even at about ${formatCount(result.tokensPerMonth)} tokens a month`
        : "Monthly cost: API vs self-hosting",
    unit: "USD per month",
    xLabel: "Tokens per month (input + output)",
    bars,
    series,
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
