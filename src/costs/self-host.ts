// Self-hosting estimate for an open-weights model, sized the way an infra engineer sizes it:
// memory (weights at the chosen precision + KV cache at the stated context and concurrency, with
// the engine's headroom) -> GPUs per replica; memory bandwidth (and prefill compute) -> output
// tokens/s per replica, capped by the measured rows where the data has them; peak-to-average load
// and a spare replica (N+1) -> fleet; the median of VERIFIED rental offers (or the team's own
// price or owned hardware, amortised) -> GPU cost; ops staff that grows with the nodes and the
// team's ops capacity. Every input is listed as an assumption with its source
// (self-host-assumptions.ts), so the answer can show it and the user can change it.
import type { Model } from "../catalog/schema.js";
import type { Gpu, GpuPriceSummary, SelfHostData } from "../catalog/selfhost-schema.js";
import type { AssumptionEdits, Precision } from "./assumptions.js";
import { formatCount, formatUsd } from "../render/format.js";
import {
  GPUS_PER_NODE,
  amortisedUsdPerHour,
  gpuMonthlyUsd,
  hourlyRate,
  nodesFor,
  opsMonthlyUsd,
  sizeFleet,
  type GpuRates,
} from "./fleet.js";
import { keysOfModel } from "./model-key.js";
import { OWNED_DEFAULTS, ownedAsNeeded, purchasePrice } from "./owned-gpus.js";
import { buildAssumptions, concurrencyAssumption } from "./self-host-assumptions.js";
import { SELF_HOST_DEFAULTS, opsInputsFor } from "./self-host-defaults.js";
import {
  bytesPerParam,
  defaultServingPrecision,
  engineMemoryFraction,
  flopsShare,
  gpuByKey,
  hoursPerMonth,
  kvBytesPerToken,
  kvRowFor,
  parameterRowFor,
  precisionsFrom,
  publishedWeights,
  priceSummary,
  sourceAsOf,
} from "./selfhost-data.js";
import {
  bandwidthThroughput,
  concurrencyForLoad,
  kvCacheGb,
  kvRoomSequences,
  largestGroup,
  replicaSize,
  servingConcurrency,
  weightsGb,
  type ConcurrencyBound,
} from "./sizing.js";
import { chooseThroughput, type ThroughputChoice } from "./throughput-match.js";
import type { Volume } from "./volume.js";
import { DEFAULT_INPUT_SHARE } from "./volume.js";

export { replicaSize } from "./sizing.js";
export type { ModelParams, SelfHostEstimate, SelfHostMonthly, SelfHostPlan, Unavailable } from "./self-host-types.js";
import type {
  CostAssumption,
  ModelParams,
  OwnedPrecision,
  PlanThroughput,
  SelfHostEstimate,
  SelfHostMonthly,
  SelfHostPlan,
  Sizing,
  Unavailable,
} from "./self-host-types.js";

const PER_MILLION = 1_000_000;

/** Accepts a gpu_key or a loose name ("H100", "h200", "a100 80gb"). */
export function resolveGpu(data: SelfHostData, text: string): Gpu | undefined {
  const exact = gpuByKey(data, text);
  if (exact) return exact;
  const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const q = norm(text.replace(/\bnvidia\b/i, ""));
  if (q.length === 0) return undefined;
  const chip = (g: Gpu): string => norm(g.key.split("-")[0] ?? "");
  // A name matches at a boundary: the text may stop where the chip name does or before a letter
  // ("A10" → the A10G, "H100" → "H100 SXM"), never inside the chip's number ("A10" is not the
  // A100, "L4" is not the L40S); memory after the whole chip name is fine ("a100 80gb").
  const startsAt = (s: string, g: Gpu): boolean =>
    s.startsWith(q) && (s.length === q.length || !/\d/.test(s[q.length]!) || q.length >= chip(g).length);
  const hits = data.gpus.filter(
    (g) => startsAt(norm(g.key), g) || startsAt(norm(g.name).replace(/^nvidia|^amd/, ""), g),
  );
  // A name that is a whole chip name wins over a longer chip it prefixes ("L4" over an "L4X").
  const whole = hits.filter((g) => chip(g) === q);
  const pool = whole.length > 0 ? whole : hits;
  // "H100" means the SXM part (the data's main H100 row), not PCIe.
  return pool.find((g) => /sxm/i.test(g.key)) ?? pool[0];
}

export function modelParameters(model: Model, data: SelfHostData): ModelParams | undefined {
  // One answer per data file and model object, so every plan of the model shares it (and the
  // model as a plan shows it, modelShown); both are read-only.
  let byModel = paramsKept.get(data);
  if (!byModel) paramsKept.set(data, (byModel = new WeakMap()));
  if (byModel.has(model)) return byModel.get(model);
  const params = parametersOf(model, data);
  byModel.set(model, params);
  return params;
}
const paramsKept = new WeakMap<SelfHostData, WeakMap<Model, ModelParams | undefined>>();

function parametersOf(model: Model, data: SelfHostData): ModelParams | undefined {
  const row = parameterRowFor(data, model);
  if (model.parameters) {
    const active = model.parameters.activeB ?? row?.activeB ?? model.parameters.totalB;
    return {
      totalB: model.parameters.totalB,
      activeB: active,
      moe: active < model.parameters.totalB,
      source: model.parameters.source,
      asOf: model.parameters.asOf,
      verified: model.parameters.verified ?? true,
    };
  }
  if (!row) return undefined;
  const src = row.sources[0];
  return {
    totalB: row.totalB,
    activeB: row.activeB ?? row.totalB,
    moe: row.architecture === "moe",
    source: src?.source ?? "selfhost.json",
    asOf: src ? sourceAsOf(src, data.asOf) : data.asOf,
    verified: row.verified,
  };
}

/**
 * Weights a decode step reads. Dense: all of them. MoE: each of the batch's tokens picks its
 * experts, so the share touched is about 1 − (1 − active/total)^concurrency of the weights.
 */
export function activeWeightsReadGb(params: ModelParams, bytes: number, concurrency: number): number {
  if (!params.moe) return params.totalB * bytes;
  const share = Math.min(1, params.activeB / params.totalB);
  return params.totalB * bytes * Math.max(share, 1 - (1 - share) ** concurrency);
}

/** Peak ÷ average load: as said ("peak is 2× average", "50% utilization"), else our 3×. */
export function peakToAverageOf(edits: AssumptionEdits): number {
  return (
    edits.peakToAverage ?? (edits.utilization !== undefined ? 1 / edits.utilization : SELF_HOST_DEFAULTS.peakToAverage)
  );
}

/**
 * The edits a plan is sized with at a known volume: unless the team said a concurrency, the KV
 * cache holds the sequences the volume's peak keeps in flight (concurrencyForLoad), not a fixed
 * 32 — 20M tokens a month of 60K-token documents needs a few sequences, not 32 × 60K of cache.
 */
export function withLoadConcurrency(
  edits: AssumptionEdits,
  outputTokensPerMonth: number,
  hoursPerMonth: number,
): AssumptionEdits {
  if (edits.concurrency !== undefined && edits.concurrencyLoad === undefined) return edits;
  const peakOutputTokensPerSec = (outputTokensPerMonth / (hoursPerMonth * 3600)) * Math.max(1, peakToAverageOf(edits));
  const d = SELF_HOST_DEFAULTS;
  return {
    ...edits,
    concurrency: concurrencyForLoad(peakOutputTokensPerSec, d.streamTokensPerSec, d.minConcurrency, d.maxConcurrency),
    concurrencyLoad: { peakOutputTokensPerSec },
  };
}

/**
 * The edits of a load no replica holds (the engine's batch limit of sequences in flight at the
 * stream rate): each replica then serves a full batch, bounded by its KV memory, the engine and
 * each stream's rate. What self-hosting costs per extra token once it grows past one replica.
 */
export function withFullBatches(edits: AssumptionEdits, sizedFor?: number): AssumptionEdits {
  if (edits.concurrency !== undefined && edits.concurrencyLoad === undefined) return edits;
  const d = SELF_HOST_DEFAULTS;
  return {
    ...edits,
    concurrency: d.maxConcurrency,
    concurrencyLoad: {
      peakOutputTokensPerSec: d.maxConcurrency * d.streamTokensPerSec,
      ...(sizedFor !== undefined ? { sizedFor } : {}),
    },
  };
}

/**
 * Edits that fix the hardware or its price: the plan is sized on that GPU, nothing is chosen.
 * Owned cards the GPU data holds no specifications for (a workstation card such as the RTX 6000
 * Ada) fix nothing: the plan is chosen among the GPUs it knows and says why (ownedUnknown).
 */
function hardwareFixed(edits: AssumptionEdits, data: SelfHostData): boolean {
  const ownedKnown = edits.ownedGpuType === undefined || resolveGpu(data, edits.ownedGpuType) !== undefined;
  return (
    edits.gpu !== undefined ||
    (ownedKnown && (edits.ownedGpuType !== undefined || edits.ownedGpuCount !== undefined)) ||
    edits.gpuCount !== undefined ||
    edits.gpuHourlyUsd !== undefined
  );
}

/** The owned cards' type when the GPU data holds no specifications for it. */
function ownedUnknown(edits: AssumptionEdits, data: SelfHostData): string | undefined {
  const type = edits.ownedGpuType;
  return type !== undefined && resolveGpu(data, type) === undefined ? type : undefined;
}

/** A plan's figures on a GPU (undefined: the default or named one) for `need` sequences in flight (undefined: the edits' own). */
export type PlanAt = (chosen: Gpu | undefined, need: number | undefined) => SelfHostPlan | Unavailable;

/** A plan sized for comparison only (no assumptions or sources), with the GPU it was sized on when one was chosen for the team. */
export interface PlanFigures {
  plan: SelfHostPlan;
  /** Undefined for the default plan (selfHostPlan picked the GPU itself). */
  chosen: Gpu | undefined;
}

/**
 * The plans a team may be quoted when it named no GPU: one per data-centre GPU of
 * SELF_HOST_DEFAULTS.gpuChoices that holds a replica within its group limit and has a verified
 * price, less those another plan beats on every count (price per replica-hour, throughput, GPUs
 * per replica). Which is cheapest depends on the volume (small cards need more replicas), so the
 * choice is made per volume by cheapestPlan. Falls back to the default plan when none fits.
 */
export function selfHostPlans(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
): SelfHostPlan[] | Unavailable {
  const figures = selfHostPlanFigures(model, inputPerOutput, edits, data);
  if ("unavailable" in figures) return figures;
  return figures.map((f) => explainPlan(model, inputPerOutput, edits, data, f));
}

/**
 * selfHostPlans' plans with their figures alone: a quote reads the figures of every plan to
 * choose one at its volume, and the explanation (assumptions, sources) of the one it chose;
 * explaining every plan up front sized each model a second time on every GPU kept.
 */
export function selfHostPlanFigures(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
  /**
   * The figures of a plan on a GPU (undefined: the default or named one) for `need` sequences in
   * flight (undefined: the edits' own), before atStreamRate re-counts them; the quoter memoizes it.
   */
  planAt: PlanAt = (chosen, need) => planAtNeed(model, inputPerOutput, needOf(edits, need), data, chosen, false),
  /** Told each plan whose batch is re-counted for the load (the quoter keeps the slowest stream rate). */
  recounted?: (first: SelfHostPlan) => void,
): PlanFigures[] | Unavailable {
  const sizedOn = (chosen: Gpu | undefined, first: SelfHostPlan) => {
    recounted?.(first);
    return atStreamRate(edits, first, (need) => planAt(chosen, need));
  };
  const fallback = (): PlanFigures[] | Unavailable => {
    const first = planAt(undefined, undefined);
    if ("unavailable" in first) return first;
    return [{ plan: sizedOn(undefined, first), chosen: undefined }];
  };
  if (!model.openWeights || hardwareFixed(edits, data)) return fallback();
  const plans: PlanFigures[] = [];
  for (const choice of SELF_HOST_DEFAULTS.gpuChoices) {
    const gpu = gpuByKey(data, choice.key);
    if (!gpu || priceSummary(data, gpu.key)?.basis !== "verified") continue;
    const first = planAt(gpu, undefined);
    if ("unavailable" in first) return fallback();
    // A re-counted batch only holds more, so a replica already past the group limit stays past it.
    if (first.gpusPerReplica > choice.maxGroup) continue;
    const plan = sizedOn(gpu, first);
    if (plan.gpusPerReplica <= choice.maxGroup) plans.push({ plan, chosen: gpu });
  }
  // Four figures set a plan's cost at any volume: a replica-hour and the GPUs of a replica (what a
  // small volume pays, one replica plus the spare, with the ops those GPUs take), and both per
  // token/s (what a large volume pays). A plan another beats on all four is never the cheapest;
  // fewer dollars on more GPUs is no win where ops grow with the GPUs run (2 L4 against 1 L40S).
  const tps = (p: SelfHostPlan) => p.throughput?.replicaOutputTokensPerSec ?? 1e-9;
  const replicaHour = (p: SelfHostPlan) => p.gpusPerReplica * planRates(p).rentedUsdPerHour;
  const perTps = (p: SelfHostPlan) => replicaHour(p) / tps(p);
  const gpusPerTps = (p: SelfHostPlan) => p.gpusPerReplica / tps(p);
  const beaten = (p: SelfHostPlan) =>
    plans.some(
      ({ plan: q }) =>
        q !== p &&
        replicaHour(q) <= replicaHour(p) &&
        perTps(q) <= perTps(p) &&
        q.gpusPerReplica <= p.gpusPerReplica &&
        gpusPerTps(q) <= gpusPerTps(p) &&
        (replicaHour(q) < replicaHour(p) || perTps(q) < perTps(p)),
    );
  const kept = plans.filter((f) => !beaten(f.plan));
  return kept.length > 0 ? kept : fallback();
}

/** A plan of selfHostPlanFigures with its assumptions and sources (the same figures: sized the same way again). */
export function explainPlan(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
  figures: PlanFigures,
): SelfHostPlan {
  const full = selfHostPlan(model, inputPerOutput, edits, data, figures.chosen, true);
  // Whether a plan can be made does not depend on explaining it: the figures stand in, unreachably.
  return "unavailable" in full ? figures.plan : full;
}

/** The last choice per set of plans: a ranking's passes quote every model at the same volume. */
const lastChoice = new WeakMap<readonly SelfHostPlan[], { out: number; plan: SelfHostPlan }>();

/** The plan of these that costs least at this monthly output (fleet always on, with ops). */
export function cheapestPlan(plans: readonly SelfHostPlan[], outputTokensPerMonth: number): SelfHostPlan {
  if (plans.length === 1) return plans[0]!;
  const last = lastChoice.get(plans);
  if (last && last.out === outputTokensPerMonth) return last.plan;
  const plan = cheapestOf(plans, outputTokensPerMonth);
  lastChoice.set(plans, { out: outputTokensPerMonth, plan });
  return plan;
}

function cheapestOf(plans: readonly SelfHostPlan[], outputTokensPerMonth: number): SelfHostPlan {
  let best = plans[0]!;
  let bestUsd = Infinity;
  for (const p of plans) {
    // planMonthlyCost's always-on total, without the figures a choice does not read.
    const tps = p.throughput?.replicaOutputTokensPerSec ?? Infinity;
    const peak = (outputTokensPerMonth / (p.hoursPerMonth * 3600)) * Math.max(1, p.peakToAverage);
    const gpus = (Math.max(1, Math.ceil(peak / tps - 1e-9)) + Math.max(0, p.spareReplicas)) * p.gpusPerReplica;
    const usd = gpuMonthlyUsd(gpus, planRates(p), p.hoursPerMonth) + planOpsUsd(p, gpus);
    if (usd < bestUsd - 1e-9) {
      best = p;
      bestUsd = usd;
    }
  }
  return best;
}

export function selfHostPlan(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
  /** A GPU chosen for the team (selfHostPlans): sized on it, and the assumption says why. */
  chosen?: Gpu,
  /** false: the figures only (no assumption list or sources), to compare GPUs before choosing. */
  explained = true,
): SelfHostPlan | Unavailable {
  const planAt = (need: number | undefined) =>
    planAtNeed(model, inputPerOutput, needOf(edits, need), data, chosen, explained);
  const first = planAt(undefined);
  return "unavailable" in first ? first : atStreamRate(edits, first, planAt);
}

/** A plan's figures (no assumptions or sources) for the edits' sequences in flight as they are, not re-counted (see atStreamRate). */
export function selfHostPlanAtNeed(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
  chosen: Gpu | undefined,
): SelfHostPlan | Unavailable {
  return planAtNeed(model, inputPerOutput, edits, data, chosen, false);
}

/** The edits of a load re-counted to keep `need` sequences in flight (the load's peak unchanged). */
function needOf(edits: AssumptionEdits, need: number | undefined): AssumptionEdits {
  return need === undefined || need === edits.concurrency ? edits : { ...edits, concurrency: need };
}

/**
 * Little's law at the rate each stream really gets. withLoadConcurrency counts a load's sequences
 * in flight at 20 tokens/s each; a replica that decodes its batch slower (a 70B model on 2 L40S)
 * keeps more of the peak's sequences in flight, so it is sized and batched for those, as a slightly
 * larger volume's would be. Counted at 20 tokens/s, a volume just below a batch step ran two
 * replicas of batch 4 where one of batch 8 carried it for less (the cost fell as volume grew).
 * `first` is the plan for the edits' own batch, `planAt(need)` the replica sized for `need`
 * sequences in flight; the batch only grows, so this settles within the few batch steps from 4 to
 * the engine's 256.
 */
function atStreamRate(
  edits: AssumptionEdits,
  first: SelfHostPlan,
  planAt: (need: number) => SelfHostPlan | Unavailable,
): SelfHostPlan {
  const peak = edits.concurrencyLoad?.peakOutputTokensPerSec;
  if (peak === undefined || peak <= 0) return first;
  const d = SELF_HOST_DEFAULTS;
  let plan = first;
  let need = edits.concurrency ?? d.concurrency;
  for (;;) {
    const batch = concurrencyForLoad(peak, plan.memory.streamTokensPerSec, d.minConcurrency, d.maxConcurrency);
    if (batch <= need) break;
    need = batch;
    const next = planAt(need);
    if ("unavailable" in next) break;
    // A batch that needs a larger GPU group per replica is taken only when it carries the peak on
    // fewer GPUs; otherwise more replicas of the smaller group carry it (an engineer adds a
    // replica before doubling the batch onto twice the cards).
    if (next.gpusPerReplica > plan.gpusPerReplica && peakGpus(next, peak) >= peakGpus(plan, peak))
      return boundBy(plan, "group", edits);
    plan = next;
  }
  // More streams in flight than the engine batches: the engine bounds the replica, not the load.
  const m = plan.memory;
  if (m.concurrencyBound === "load" && peak / m.streamTokensPerSec > m.concurrency * (1 + 1e-9))
    return boundBy(plan, "engine", edits);
  return plan;
}

/** The plan with what bounds its batch, and its concurrency assumption said again to match. */
function boundBy(plan: SelfHostPlan, bound: ConcurrencyBound, edits: AssumptionEdits): SelfHostPlan {
  const bounded = { ...plan, memory: { ...plan.memory, concurrencyBound: bound } };
  if (plan.assumptions.length === 0) return bounded;
  const assumptions = plan.assumptions.map((a) =>
    a.key === "concurrency" ? concurrencyAssumption(bounded, edits) : a,
  );
  return { ...bounded, assumptions };
}

/** GPUs a plan's fleet runs at this peak output rate (its spare and any stated group included). */
function peakGpus(plan: SelfHostPlan, peakOutputTokensPerSec: number): number {
  return sizeFleet({
    averageOutputTokensPerSec: peakOutputTokensPerSec / Math.max(1, plan.peakToAverage),
    peakToAverage: plan.peakToAverage,
    replicaOutputTokensPerSec: plan.throughput?.replicaOutputTokensPerSec ?? Infinity,
    gpusPerReplica: plan.gpusPerReplica,
    spareReplicas: plan.spareReplicas,
    statedGpus: plan.statedGpus,
  }).gpus;
}

function planAtNeed(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
  chosen: Gpu | undefined,
  explained: boolean,
): SelfHostPlan | Unavailable {
  if (!model.openWeights)
    return {
      unavailable: `${model.name}'s weights are not published, so it cannot be self-hosted; it is only available through an API.`,
    };
  const params = modelParameters(model, data);
  if (!params)
    return { unavailable: `We have no sourced parameter count for ${model.name}, so we cannot size GPUs for it.` };

  const warnings: string[] = [];
  const contextTokens = edits.contextTokens ?? SELF_HOST_DEFAULTS.contextTokens;
  // A load's sequences in flight (withLoadConcurrency) size the replica's memory up to the default
  // 32; beyond that the replica serves what its KV memory left holds, and the fleet adds replicas.
  const fromLoad = edits.concurrencyLoad !== undefined;
  const need = edits.concurrency ?? SELF_HOST_DEFAULTS.concurrency;
  const sizedFor = fromLoad ? Math.min(need, edits.concurrencyLoad?.sizedFor ?? SELF_HOST_DEFAULTS.concurrency) : need;
  const fraction = engineMemoryFraction(data);
  const kv = kvRowFor(data, model, params.totalB);
  // Weights the lab publishes in a compact format are served so unless the team says otherwise.
  const published = publishedWeights(data, model, params.totalB);

  const sizeFor = (gpu: Gpu, precision: Precision): Sizing => {
    const asPublished = published?.row.precision === precision ? published : undefined;
    const bpp = asPublished
      ? { value: asPublished.weightsGb / params.totalB, rule: asPublished.rule }
      : bytesPerParam(data, precision);
    const w = asPublished ? asPublished.weightsGb : weightsGb(params.totalB, bpp.value);
    const kvBytes = kv ? kvBytesPerToken(kv, precision, contextTokens) : 0;
    const kvGb = kvCacheGb(kvBytes, contextTokens, sizedFor);
    const usable = gpu.memoryGb * fraction.value;
    return {
      bpp,
      published: asPublished,
      kv,
      kvBytes,
      weightsGb: w,
      kvCacheGb: kvGb,
      needGb: w + kvGb,
      usable,
      group: replicaSize(w + kvGb, usable),
    };
  };
  const defaultPrecision = (gpu: Gpu): Precision => defaultServingPrecision(published, gpu);

  let gpu: Gpu | undefined = chosen;
  let gpuOrigin: CostAssumption["origin"] = "default";
  const unknownOwned = ownedUnknown(edits, data);
  if (unknownOwned !== undefined)
    warnings.push(
      `We hold no specifications for the ${unknownOwned} you own, so the estimate is not sized on it: it is for GPUs we know, bought or rented like them.`,
    );
  const named = chosen ? undefined : (edits.gpu ?? (unknownOwned === undefined ? edits.ownedGpuType : undefined));
  if (named) {
    gpu = resolveGpu(data, named);
    if (!gpu) warnings.push(`We have no data for a GPU called "${named}"; using the default instead.`);
    else gpuOrigin = "user";
  }
  if (!gpu) {
    const candidates = [SELF_HOST_DEFAULTS.gpu, ...SELF_HOST_DEFAULTS.largerGpus]
      .map((k) => gpuByKey(data, k))
      .filter((g): g is Gpu => g !== undefined);
    gpu =
      candidates.find((g) => sizeFor(g, edits.precision ?? defaultPrecision(g)).group <= 8) ??
      candidates[0] ??
      data.gpus[0];
  }
  if (!gpu) return { unavailable: "The self-hosting data has no GPUs." };

  const fitted =
    edits.precision === undefined
      ? precisionForOwned(edits, gpu, data, defaultPrecision(gpu), (p) => {
          const size = sizeFor(gpu!, p);
          return size.weightsGb + kvCacheGb(size.kvBytes, contextTokens, SELF_HOST_DEFAULTS.minConcurrency);
        })
      : null;
  const precision = edits.precision ?? fitted?.precision ?? defaultPrecision(gpu);
  if (precision === "fp8" && !gpu.fp8Supported)
    warnings.push(
      `${gpu.name} has no FP8 tensor cores: weights fit at 1 byte per parameter, but FP8 speed-ups do not apply.`,
    );
  // A replica that loads on the team's own cards stays on them (the load adds replicas).
  const bounded = withinStatedGroup(
    sizeFor(gpu, precision),
    edits.gpuCount ?? ownedGroup(edits, gpu, data),
    contextTokens,
  );
  const sized = bounded?.size ?? sizeFor(gpu, precision);
  const serving = fromLoad
    ? loadConcurrency(
        edits,
        params,
        sized,
        gpu,
        need,
        bounded ? Math.min(sizedFor, bounded.room) : sizedFor,
        contextTokens,
      )
    : { concurrency: sizedFor, bound: "load" as ConcurrencyBound, room: null };
  const concurrency = serving.concurrency;
  const servedKvGb = kvCacheGb(sized.kvBytes, contextTokens, concurrency);
  const size: Sizing = { ...sized, kvCacheGb: servedKvGb, needGb: sized.weightsGb + servedKvGb };
  if (!size.kv)
    warnings.push("No KV-cache configuration is available, so the KV cache is left out of the memory estimate.");
  if (size.group > 8)
    warnings.push(
      `It needs ${size.group} ${gpu.name} GPUs per replica (${size.needGb.toFixed(0)} GB of weights and KV cache): more than one 8-GPU node, so multi-node serving.`,
    );

  const throughput = planThroughput(
    data,
    model,
    params,
    gpu,
    size,
    precision,
    concurrency,
    contextTokens,
    inputPerOutput,
  );
  if (!throughput) warnings.push("No throughput figure is available, so the GPU count covers memory only.");

  // $/GPU-hour: the user's figure, else the median of each provider's cheapest verified offer.
  const summary = priceSummary(data, gpu.key);
  let rate: number;
  let rateBasis: "median" | "user";
  if (edits.gpuHourlyUsd !== undefined) {
    rate = hourlyRate(edits.gpuHourlyUsd);
    rateBasis = "user";
  } else if (summary) {
    // The median of an even count of offers falls between cents; it is quoted (and used) to the cent.
    rate = hourlyRate(summary.median);
    rateBasis = "median";
  } else if (edits.ownedGpuCount !== undefined) {
    rate = 0; // only owned GPUs can be priced; a shortfall is flagged below
    rateBasis = "median";
  } else
    return { unavailable: `We have no rental prices for ${gpu.name}; tell me one, e.g. "assume ${gpu.name} at $2/h".` };

  const owned = ownedPlan(edits, gpu, data);
  const peakToAverage = peakToAverageOf(edits);
  const spare = defaultSpare(edits, owned, size.group, gpu.name);
  const spareReplicas = edits.spareReplicas ?? spare.replicas;
  const ops = opsOf(edits);
  const hours = hoursPerMonth(data);
  const floorGpus = Math.max(size.group * (1 + spareReplicas), edits.gpuCount ?? 0);

  const plan: SelfHostPlan = {
    model: modelShown(model, params),
    gpu: gpuShown(gpu),
    precision,
    precisionFitted: edits.precision === undefined ? fitted : null,
    weightsFormat: size.published?.row.format ?? null,
    memory: {
      weightsGb: size.weightsGb,
      kvCacheGb: size.kvCacheGb,
      needGb: size.needGb,
      usableGbPerGpu: size.usable,
      memoryFraction: fraction.value,
      kvBytesPerToken: size.kvBytes,
      kvEstimated: size.kv?.estimated ?? true,
      kvBasis: size.kv?.basis ?? "no KV data",
      contextTokens,
      concurrency,
      roomSequences: serving.room,
      concurrencyBound: serving.bound,
      // What each stream gets at this batch: the target rate, or less when the replica gives less.
      streamTokensPerSec:
        fromLoad && throughput
          ? Math.min(SELF_HOST_DEFAULTS.streamTokensPerSec, throughput.replicaOutputTokensPerSec / concurrency)
          : SELF_HOST_DEFAULTS.streamTokensPerSec,
    },
    gpusPerReplica: size.group,
    throughput,
    price: priceShown(summary, rate, rateBasis),
    owned,
    utilization: 1 / peakToAverage,
    peakToAverage,
    spareReplicas,
    statedGpus: edits.gpuCount ?? null,
    spareLeftOut: edits.spareReplicas === undefined ? spare.leftOut : null,
    hoursPerMonth: hours,
    ops,
    opsMonthlyUsd: opsCost(ops, floorGpus),
    assumptions: [],
    sources: [],
    warnings,
  };
  if (summary?.basis === "unverified-only")
    warnings.push(`Every rental price we have for ${gpu.name} is unverified, so its median is too.`);
  if (owned && rate === 0)
    warnings.push(`We have no rental price for ${gpu.name}: GPUs beyond the ${owned.count} you own are not priced.`);
  if (!explained) return plan;
  const { assumptions, sources } = buildAssumptions(plan, {
    gpu,
    gpuOrigin,
    chosen: chosen !== undefined,
    params,
    size,
    edits,
    data,
    summary,
    fraction,
    fitted,
  });
  if (size.kv?.estimated) warnings.push(`KV cache ${size.kv.basis}.`);
  return { ...plan, assumptions, sources };
}

/** The owned cards of this GPU type that bound a replica: a stated count ("our own L4s" bounds nothing). */
function ownedCards(edits: AssumptionEdits, gpu: Gpu, data: SelfHostData): number | undefined {
  const cards = edits.ownedGpuCount;
  if (cards === undefined || ownedAsNeeded(cards)) return undefined;
  const owned = edits.ownedGpuType ? resolveGpu(data, edits.ownedGpuType) : gpu;
  return owned?.key === gpu.key ? cards : undefined;
}

/** The largest replica the owned cards of this type hold: a tensor-parallel group within one server. */
function ownedGroup(edits: AssumptionEdits, gpu: Gpu, data: SelfHostData): number | undefined {
  const cards = ownedCards(edits, gpu, data);
  return cards === undefined ? undefined : largestGroup(cards, edits.ownedGpusPerServer);
}

/**
 * The precision a model is served at on a stated number of owned GPUs when its default precision
 * does not fit them: the more faithful of FP8 and 4-bit at which the weights and the least a
 * service batches fit the owned cards (what the hardware-fit check finds), so a pick is costed on
 * the cards it fits rather than on more bought or rented ones. Null when the default fits, the
 * count was not said ("our own L4s"), the GPU is not the owned type, or nothing fits.
 */
function precisionForOwned(
  edits: AssumptionEdits,
  gpu: Gpu,
  data: SelfHostData,
  fallback: Precision,
  /** Weights + the KV cache of the fewest sequences a service batches, GB, at a precision. */
  leastGbAt: (p: Precision) => number,
): OwnedPrecision | null {
  const cards = ownedCards(edits, gpu, data);
  const group = ownedGroup(edits, gpu, data);
  if (cards === undefined || group === undefined) return null;
  const usable = gpu.memoryGb * engineMemoryFraction(data).value;
  const fits = (p: Precision): boolean => replicaSize(leastGbAt(p), usable) <= group;
  if (fits(fallback)) return null;
  // The more compact precisions, the more faithful first (as hardware-fit.ts tries them).
  const precision = precisionsFrom(fallback).slice(1).find(fits);
  return precision ? { precision, instead: fallback, cards } : null;
}

/**
 * A replica on the GPUs the team named ("on 2 h100s"): when the weights and the least a service
 * batches fit them but a load's KV cache would grow the replica past them, the replica stays on
 * those GPUs and serves the sequences their memory holds after the weights (bounded by memory,
 * said in the answer with the larger group that would hold more). Null when nothing is bounded.
 */
function withinStatedGroup(
  size: Sizing,
  statedGpus: number | undefined,
  contextTokens: number,
): { size: Sizing; room: number } | null {
  if (statedGpus === undefined || size.group <= statedGpus) return null;
  const leastGb = size.weightsGb + kvCacheGb(size.kvBytes, contextTokens, SELF_HOST_DEFAULTS.minConcurrency);
  const least = replicaSize(leastGb, size.usable);
  if (least > statedGpus) return null;
  // The largest tensor-parallel group (1, 2, 4, 8, whole nodes) within the GPUs named.
  let group = least;
  while (replicaSize(group * 2 * size.usable, size.usable) <= statedGpus && group * 2 <= statedGpus) group *= 2;
  const room = kvRoomSequences(size.usable * group, size.weightsGb, size.kvBytes, contextTokens);
  return { size: { ...size, group }, room: Math.max(SELF_HOST_DEFAULTS.minConcurrency, room) };
}

/** A GPU as a plan shows it, made once per GPU row (every plan sized on it shows the same). */
const shownGpus = new WeakMap<Gpu, SelfHostPlan["gpu"]>();

function gpuShown(gpu: Gpu): SelfHostPlan["gpu"] {
  let shown = shownGpus.get(gpu);
  if (!shown) {
    shown = { key: gpu.key, name: gpu.name, memoryGb: gpu.memoryGb, bandwidthTbS: gpu.bandwidthTbS };
    shownGpus.set(gpu, shown);
  }
  return shown;
}

// The parts of a plan that do not depend on the batch, made once and shared by every plan that
// shows them: the quoter keeps a plan per sizing shape, GPU and batch (it kept one per open model,
// ~1.1 million at 100x today's catalogue), and a copy of each part per plan was ~20 % of that memo's memory. Plans are never
// written to after they are made, so sharing is safe.

/** The model as a plan shows it, per parameter facts (modelParameters keeps one per model object). */
const shownModels = new WeakMap<ModelParams, SelfHostPlan["model"]>();

function modelShown(model: Model, params: ModelParams): SelfHostPlan["model"] {
  let shown = shownModels.get(params);
  if (!shown || shown.id !== model.id || shown.name !== model.name) {
    shown = {
      id: model.id,
      name: model.name,
      totalB: params.totalB,
      activeB: params.activeB,
      architecture: params.moe ? "moe" : "dense",
    };
    shownModels.set(params, shown);
  }
  return shown;
}

/** Operations inputs per ops edits (three of the edits, so a handful of distinct ones). */
const opsByEdits = new Map<string, SelfHostPlan["ops"]>();

function opsOf(edits: AssumptionEdits): SelfHostPlan["ops"] {
  const capacity = edits.opsCapacity ?? null;
  const fteMonthlyUsd = edits.opsStaffMonthlyUsd ?? SELF_HOST_DEFAULTS.opsStaffMonthlyUsd;
  const fixedFte = edits.opsStaffFte ?? null;
  const key = `${capacity}|${fteMonthlyUsd}|${fixedFte}`;
  let ops = opsByEdits.get(key);
  if (!ops) {
    ops = { ...opsInputsFor(capacity, fteMonthlyUsd), capacity, fixedFte };
    // Bounded: ops edits are what teams say (a capacity, a salary, a head count), but a long-lived
    // process hears many; past the bound it starts over rather than grow.
    if (opsByEdits.size >= OPS_KEPT) opsByEdits.clear();
    opsByEdits.set(key, ops);
  }
  return ops;
}
const OPS_KEPT = 256;

/** The price per GPU price row (none: no row) and rate, as a plan shows it. */
const shownPrices = new WeakMap<GpuPriceSummary | typeof NO_SUMMARY, Map<string, SelfHostPlan["price"]>>();
const NO_SUMMARY = {};

function priceShown(
  summary: GpuPriceSummary | undefined,
  rate: number,
  basis: SelfHostPlan["price"]["basis"],
): SelfHostPlan["price"] {
  let byRate = shownPrices.get(summary ?? NO_SUMMARY);
  if (!byRate) shownPrices.set(summary ?? NO_SUMMARY, (byRate = new Map()));
  const key = `${basis}|${rate}`;
  let price = byRate.get(key);
  if (!price) {
    price = {
      usdPerGpuHour: rate,
      basis,
      dataBasis: summary?.basis ?? null,
      min: summary?.min ?? null,
      median: summary?.median ?? null,
      max: summary?.max ?? null,
      readings: summary ? readingsOf(summary) : [],
    };
    if (byRate.size >= OPS_KEPT) byRate.clear();
    byRate.set(key, price);
  }
  return price;
}

/**
 * A GPU's price readings as a plan shows them, made once per price row: every plan sized on the
 * GPU shows the same ones, and a cold recommendation sizes every open model on every GPU.
 */
const shownReadings = new WeakMap<GpuPriceSummary, SelfHostPlan["price"]["readings"]>();

function readingsOf(summary: GpuPriceSummary): SelfHostPlan["price"]["readings"] {
  let readings = shownReadings.get(summary);
  if (!readings) {
    readings = summary.readings.map((r) => ({
      provider: r.provider,
      usdPerGpuHour: r.usdPerGpuHour,
      date: r.observedDate ?? sourceDate(r.sources),
      verified: r.verified,
      used: r.used,
    }));
    shownReadings.set(summary, readings);
  }
  return readings;
}

/**
 * The sequences one replica serves for a load that keeps `need` in flight: what the KV memory
 * left after the weights holds, within the engine's batch limit and each stream's rate (see
 * servingConcurrency); `room` is that memory's count of sequences, said in the answer.
 */
function loadConcurrency(
  edits: AssumptionEdits,
  params: ModelParams,
  size: Sizing,
  gpu: Gpu,
  need: number,
  sizedFor: number,
  contextTokens: number,
): { concurrency: number; bound: ConcurrencyBound; room: number | null } {
  const room = kvRoomSequences(size.usable * size.group, size.weightsGb, size.kvBytes, contextTokens);
  const bandwidth = gpu.bandwidthTbS;
  const stepMsAt = bandwidth
    ? (c: number) =>
        ((activeWeightsReadGb(params, size.bpp.value, c) + kvCacheGb(size.kvBytes, contextTokens, c)) * 1e9 * 1000) /
        (size.group * bandwidth * 1e12 * SELF_HOST_DEFAULTS.bandwidthShare)
    : null;
  // The streams in flight before any batch limit (withLoadConcurrency stops at the engine's), so a
  // load beyond that limit is said to be bounded by it.
  const peak = edits.concurrencyLoad?.peakOutputTokensPerSec ?? 0;
  const inFlight = Math.ceil(peak / SELF_HOST_DEFAULTS.streamTokensPerSec - 1e-9);
  const served = servingConcurrency({
    need: Math.max(need, inFlight),
    floor: sizedFor,
    room,
    engineMax: SELF_HOST_DEFAULTS.maxConcurrency,
    stepMsAt,
    streamTokensPerSec: SELF_HOST_DEFAULTS.streamTokensPerSec,
  });
  return { ...served, room: Number.isFinite(room) ? room : null };
}

/** The first date a reading's sources state, or null (undated catalogue rows: "not stated (… read 2026-11-29)"). */
function sourceDate(sources: { date: string }[]): string | null {
  for (const s of sources) {
    if (/^not stated/i.test(s.date)) continue;
    const m = /\d{4}-\d{2}(-\d{2})?/.exec(s.date);
    if (m) return m[0];
  }
  return null;
}

/**
 * N+1 unless the GPUs the team has hold no second replica: its owned GPUs of this type (on its own
 * premises a spare would be bought; elsewhere rented beside its own card, a failover no team runs
 * between a box it owns and a cloud), or the group it said it runs on ("on 2x a100"). A spare there
 * means GPUs the team did not say it has, so it is left out and said (the team can say "N+1" to
 * price it); the failure risk is said with it.
 */
function defaultSpare(
  edits: AssumptionEdits,
  owned: SelfHostPlan["owned"],
  gpusPerReplica: number,
  gpuName: string,
): { replicas: number; leftOut: string | null } {
  const n = SELF_HOST_DEFAULTS.spareReplicas;
  const withSpare = gpusPerReplica * (1 + n);
  const group = edits.gpuCount;
  if (group !== undefined && group >= gpusPerReplica && group < withSpare)
    return {
      replicas: 0,
      leftOut: `your ${group} ${gpuName} hold one replica and no spare beside it; a spare would mean ${withSpare - group} more GPUs (say "N+1" to price that)`,
    };
  // Buying all of it (none owned), the spare is bought with the rest; owned GPUs that hold it keep it.
  // Off premises, owned GPUs too few for one replica rent the rest of it anyway, and the spare with it.
  const rentsAnyway = !owned?.moreBought && (owned?.count ?? 0) < gpusPerReplica;
  if (!owned || owned.count === 0 || owned.count >= withSpare || rentsAnyway) return { replicas: n, leftOut: null };
  const more = withSpare - Math.min(owned.count, withSpare);
  return {
    replicas: 0,
    leftOut: owned.moreBought
      ? `on premises your ${owned.count} ${gpuName} hold no spare replica beside the one serving, and nothing there can be rented; a spare would mean buying ${more} more (say "N+1" to price that)`
      : `your ${owned.count} ${gpuName} hold no spare replica beside the one serving; a spare would mean renting ${more} more beside yours (say "N+1" to price that)`,
  };
}

/**
 * The team's own GPUs of this type, and whether more are bought: on its premises nothing can be
 * rented, and a team that will buy its hardware ("no GPUs yet", a capex) buys every GPU it runs
 * (count 0 owned when it has none of this type).
 */
function ownedPlan(edits: AssumptionEdits, gpu: Gpu, data: SelfHostData): SelfHostPlan["owned"] {
  const buys = edits.buysGpus === true;
  if (edits.ownedGpuCount === undefined && !buys) return null;
  // Owned GPUs of another type than the one sized for do not serve this deployment.
  const ownedType = edits.ownedGpuType ? resolveGpu(data, edits.ownedGpuType) : gpu;
  const count = edits.ownedGpuCount !== undefined && ownedType?.key === gpu.key ? edits.ownedGpuCount : 0;
  if (count === 0 && !buys) return null;
  const price = purchasePrice(gpu.key);
  const purchaseUsd = edits.ownedGpuPurchaseUsd ?? price.usd;
  const lifeYears = edits.ownedLifeYears ?? OWNED_DEFAULTS.lifeYears;
  const perServer = count > 0 && edits.ownedGpusPerServer !== undefined && edits.ownedGpusPerServer < count;
  return {
    count,
    perServer: perServer ? edits.ownedGpusPerServer! : null,
    largestGroup: largestGroup(Math.max(1, count), edits.ownedGpusPerServer),
    usdPerGpuHour: amortisedUsdPerHour(purchaseUsd, lifeYears, OWNED_DEFAULTS.powerHostingUsdPerHour),
    purchaseUsd,
    lifeYears,
    purchaseStated: edits.ownedGpuPurchaseUsd !== undefined,
    purchaseSource: edits.ownedGpuPurchaseUsd !== undefined ? null : price.source,
    moreBought: edits.onPremises === true || buys,
    capexUsd: edits.capexUsd ?? null,
  };
}

function planThroughput(
  data: SelfHostData,
  model: Model,
  params: ModelParams,
  gpu: Gpu,
  size: Sizing,
  precision: Precision,
  concurrency: number,
  contextTokens: number,
  inputPerOutput: number,
): PlanThroughput | null {
  const measured =
    chooseThroughput(data, {
      modelKeys: keysOfModel(model),
      activeB: params.activeB,
      moe: params.moe,
      gpu,
      gpusPerReplica: size.group,
      precision,
      inputPerOutput,
    }) ?? null;
  let bandwidth: PlanThroughput["bandwidth"] = null;
  if (gpu.bandwidthTbS) {
    const activeWeightsGb = activeWeightsReadGb(params, size.bpp.value, concurrency);
    const tflops = precision === "fp16" ? gpu.bf16DenseTflops : (gpu.fp8DenseTflops ?? gpu.bf16DenseTflops);
    const share = flopsShare(data, gpu);
    const est = bandwidthThroughput({
      gpus: size.group,
      bandwidthTbS: gpu.bandwidthTbS,
      bandwidthShare: SELF_HOST_DEFAULTS.bandwidthShare,
      activeWeightsGb,
      kvBytesPerToken: size.kvBytes,
      contextTokens,
      concurrency,
      tflops,
      flopsShare: share,
      activeParamsB: params.activeB,
      inputPerOutput,
    });
    // Field by field, not a spread of the estimate: a spread was half of this function's time.
    bandwidth = {
      outputTokensPerSec: est.outputTokensPerSec,
      decodeStepMs: est.decodeStepMs,
      bytesPerStepGb: est.bytesPerStepGb,
      prefillMsPerOutputToken: est.prefillMsPerOutputToken,
      bandwidthShare: SELF_HOST_DEFAULTS.bandwidthShare,
      activeWeightsGb,
    };
  }
  if (!bandwidth && !measured) return null;
  const fromBandwidth = bandwidth?.outputTokensPerSec ?? Infinity;
  const ceiling = measured?.replicaOutputTokensPerSec ?? Infinity;
  const useMeasured = ceiling < fromBandwidth;
  return new Throughput(
    Math.min(fromBandwidth, ceiling),
    useMeasured && measured!.exact,
    bandwidth,
    measured,
    useMeasured,
    params,
    size,
    gpu,
    concurrency,
    inputPerOutput,
  );
}

/**
 * A plan's throughput, its words written when read: every open model is sized on every GPU at
 * every volume the sensitivity search tries, and an answer explains a few plans (formatting each
 * basis was a fifth of a cold recommendation). A class, not an object literal with a `basis`
 * getter: V8 keeps a literal with an accessor in dictionary mode (~430 bytes of properties), with
 * the getter's closure and context besides, and the quoter keeps one per sizing shape, GPU and
 * batch (sizing-shape.ts). What the words are written from is in private fields,
 * so the figure's own properties stay the PlanThroughput ones.
 */
class Throughput implements PlanThroughput {
  #said: string | undefined;
  readonly #useMeasured: boolean;
  readonly #params: ModelParams;
  readonly #weightsGb: number;
  readonly #group: number;
  readonly #gpu: Gpu;
  readonly #concurrency: number;
  readonly #inputPerOutput: number;

  constructor(
    readonly replicaOutputTokensPerSec: number,
    readonly exact: boolean,
    readonly bandwidth: PlanThroughput["bandwidth"],
    readonly measured: ThroughputChoice | null,
    useMeasured: boolean,
    params: ModelParams,
    size: Sizing,
    gpu: Gpu,
    concurrency: number,
    inputPerOutput: number,
  ) {
    this.#useMeasured = useMeasured;
    this.#params = params;
    // Two numbers of the sizing, not the sizing itself: it is made per plan and read for these alone.
    this.#weightsGb = size.weightsGb;
    this.#group = size.group;
    this.#gpu = gpu;
    this.#concurrency = concurrency;
    this.#inputPerOutput = inputPerOutput;
  }

  get basis(): string {
    if (this.#said !== undefined) return this.#said;
    const estimate = this.bandwidth;
    const moeNote = estimate
      ? moeReadNote(this.#params, this.#weightsGb, estimate.activeWeightsGb, this.#concurrency)
      : "";
    return (this.#said = throughputBasis(
      estimate,
      this.measured,
      this.#useMeasured,
      this.#group,
      this.#gpu,
      this.#concurrency,
      moeNote,
      this.#inputPerOutput,
    ));
  }
}

/** planThroughput's figure in words: the bandwidth estimate and the measured ceiling. */
function throughputBasis(
  bandwidth: PlanThroughput["bandwidth"],
  measured: PlanThroughput["measured"],
  useMeasured: boolean,
  group: number,
  gpu: Gpu,
  concurrency: number,
  /** Why a mixture-of-experts step reads less than all its weights ("" for a dense model). */
  moeNote: string,
  inputPerOutput: number,
): string {
  const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
  const parts: string[] = [];
  if (bandwidth)
    parts.push(
      `memory bandwidth: ${concurrency} sequences per ${bandwidth.decodeStepMs.toFixed(1)} ms decode step ` +
        `(${bandwidth.bytesPerStepGb.toFixed(1)} GB read per step = ${bandwidth.activeWeightsGb.toFixed(1)} GB weights${moeNote} + ${(bandwidth.bytesPerStepGb - bandwidth.activeWeightsGb).toFixed(1)} GB KV cache, ` +
        `÷ ${group} × ${gpu.bandwidthTbS} TB/s × ${Math.round(bandwidth.bandwidthShare * 100)}%)` +
        (bandwidth.prefillMsPerOutputToken > 0
          ? ` + ${bandwidth.prefillMsPerOutputToken.toFixed(2)} ms prefill per output token (${round1(inputPerOutput)} input tokens each)`
          : "") +
        ` = ${fmt(bandwidth.outputTokensPerSec)} output tokens/s`,
    );
  if (measured)
    parts.push(
      `${useMeasured ? "capped by the" : "below the"} measured ceiling of ${fmt(measured.replicaOutputTokensPerSec)} tok/s (${measured.basis})`,
    );
  return parts.join("; ");
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Why a mixture-of-experts step reads less than all its weights: each token uses its active
 * parameters, and a batch touches the union of the experts its tokens pick (activeWeightsReadGb).
 */
function moeReadNote(params: ModelParams, weightsGb: number, readGb: number, concurrency: number): string {
  if (!params.moe) return "";
  const share = Math.round((readGb / weightsGb) * 100);
  // At a loaded batch nearly every expert is read: the saving is compute (prefill), not bandwidth,
  // so the answer says so rather than let "5.1B active" suggest a 20× cheaper token.
  const saving =
    share >= 90
      ? `, so a step reads about what a dense ${params.totalB}B model reads; the experts save compute (prefill at ${params.activeB}B per token), not memory reads`
      : "";
  return ` (mixture of experts: ${params.activeB}B of ${params.totalB}B parameters active per token; the experts ${concurrency} sequences' tokens pick are about ${share}% of the weights${saving})`;
}

/** Ops cost of a fleet of `gpus` GPUs on `nodes` nodes (fractional on the break-even curve). */
function opsCost(ops: SelfHostPlan["ops"], gpus: number, nodes: number = nodesFor(gpus)): number {
  if (ops.fixedFte !== null) return ops.fixedFte * ops.fteMonthlyUsd;
  return opsMonthlyUsd(gpus, ops, nodes);
}

export function planOpsFte(plan: SelfHostPlan, gpus: number): number {
  return plan.ops.fixedFte ?? opsCost(plan.ops, gpus) / plan.ops.fteMonthlyUsd;
}

export function planOpsUsd(plan: SelfHostPlan, gpus: number, nodes: number = nodesFor(gpus)): number {
  return opsCost(plan.ops, gpus, nodes);
}

export function planRates(plan: SelfHostPlan): GpuRates {
  return {
    // On premises a GPU beyond those owned is bought like them, not rented.
    rentedUsdPerHour: plan.owned?.moreBought ? plan.owned.usdPerGpuHour : plan.price.usdPerGpuHour,
    ownedGpus: plan.owned?.count ?? 0,
    ownedUsdPerHour: plan.owned?.usdPerGpuHour ?? 0,
  };
}

/** Average output tokens one replica can carry in a month while keeping room for the peak. */
export function replicaMonthlyCapacity(plan: SelfHostPlan): number {
  return plan.throughput
    ? plan.throughput.replicaOutputTokensPerSec * 3600 * plan.hoursPerMonth * plan.utilization
    : Infinity;
}

export function planMonthlyCost(plan: SelfHostPlan, outputTokensPerMonth: number): SelfHostMonthly {
  const tps = plan.throughput?.replicaOutputTokensPerSec ?? Infinity;
  const fleet = sizeFleet({
    averageOutputTokensPerSec: outputTokensPerMonth / (plan.hoursPerMonth * 3600),
    peakToAverage: plan.peakToAverage,
    replicaOutputTokensPerSec: tps,
    gpusPerReplica: plan.gpusPerReplica,
    spareReplicas: plan.spareReplicas,
    statedGpus: plan.statedGpus,
  });
  const rates = planRates(plan);
  const gpuAlwaysOnUsd = gpuMonthlyUsd(fleet.gpus, rates, plan.hoursPerMonth);
  const needed = Math.max(1, outputTokensPerMonth / replicaMonthlyCapacity(plan));
  const gpuAtUtilizationUsd = gpuMonthlyUsd(
    Math.max((needed + plan.spareReplicas) * plan.gpusPerReplica, plan.statedGpus ?? 0),
    rates,
    plan.hoursPerMonth,
  );
  const opsUsd = planOpsUsd(plan, fleet.gpus);
  return {
    replicas: fleet.replicas,
    replicasForPeak: fleet.replicasForPeak,
    gpus: fleet.gpus,
    nodes: fleet.nodes,
    load: Number.isFinite(tps) ? fleet.averageLoad : 0,
    gpuAlwaysOnUsd,
    gpuAtUtilizationUsd,
    opsFte: planOpsFte(plan, fleet.gpus),
    opsUsd,
    totalAlwaysOnUsd: gpuAlwaysOnUsd + opsUsd,
    totalAtUtilizationUsd: gpuAtUtilizationUsd + opsUsd,
  };
}

/**
 * A spare as large as the fleet is worth saying: when one replica of a whole node or more carries
 * the peak, N+1 doubles the GPUs for failures and upgrades alone (Kimi K2 on 2 × 8 B200).
 */
export function spareDoubling(plan: SelfHostPlan, monthly: SelfHostMonthly): string | null {
  if (plan.spareReplicas === 0 || monthly.replicasForPeak > 1 || plan.gpusPerReplica < GPUS_PER_NODE) return null;
  const spareGpus = plan.spareReplicas * plan.gpusPerReplica;
  const share = spareGpus / monthly.gpus;
  return `The N+1 spare doubles the fleet: one replica of ${plan.gpusPerReplica} ${plan.gpu.name} carries your peak, and the spare is ${spareGpus} more GPUs (${formatUsd(monthly.gpuAlwaysOnUsd * share)} of the ${formatUsd(monthly.gpuAlwaysOnUsd)} GPU bill) kept for failures and upgrades; say "no redundancy" to leave it out.`;
}

/**
 * A replica kept on the GPUs the team named whose KV memory bounds its batch: say so, with what a
 * group twice as large would hold, so the team can weigh more GPUs against more replicas.
 */
function memoryBoundNote(plan: SelfHostPlan): string | null {
  const m = plan.memory;
  if (plan.statedGpus === null || m.concurrencyBound !== "memory" || m.roomSequences === null) return null;
  const larger = plan.gpusPerReplica * 2;
  const more = kvRoomSequences(m.usableGbPerGpu * larger, m.weightsGb, m.kvBytesPerToken, m.contextTokens);
  return `Memory bounds each replica: on ${plan.gpusPerReplica} ${plan.gpu.name} the ${Math.round(m.usableGbPerGpu * plan.gpusPerReplica)} GB usable holds ${Math.round(m.weightsGb)} GB of weights and ${m.roomSequences} sequences of ${formatCount(m.contextTokens)} tokens; a group of ${larger} would hold ${formatCount(more)} (say "on ${larger}× ${plan.gpu.key.split("-")[0]}" to price it).`;
}

/**
 * What buying the GPUs a fleet runs beyond those owned costs up front (cards only), and how it
 * stands against a capex stated in US dollars: null when nothing is bought.
 */
export function boughtPurchase(plan: SelfHostPlan, gpus: number): string | null {
  const o = plan.owned;
  // Bought beside owned GPUs on premises, the warning above says so; this is for buying all of it.
  const bought = o?.moreBought && o.count === 0 ? gpus : 0;
  if (!o || bought <= 0) return null;
  const total = bought * o.purchaseUsd;
  const capex =
    o.capexUsd === null
      ? ""
      : total <= o.capexUsd
        ? `, within your ${formatUsd(o.capexUsd)} capex`
        : `, over your ${formatUsd(o.capexUsd)} capex by ${formatUsd(total - o.capexUsd)}`;
  return `Buying ${bought} ${plan.gpu.name} costs ${formatUsd(total)} up front (${bought} × ${formatUsd(o.purchaseUsd)} per card; the server, network and storage around them are not included)${capex}; spread over ${o.lifeYears} years it is the hourly rate this estimate uses.`;
}

/** Input tokens per output token of a volume (the default 3:1 when it is empty). */
export function inputPerOutput(volume: Pick<Volume, "inputTokensPerMonth" | "outputTokensPerMonth">): number {
  const { inputTokensPerMonth: i, outputTokensPerMonth: o } = volume;
  if (o > 0) return i / o;
  if (i > 0) return 100; // input-only traffic: use the most prompt-heavy rows
  return DEFAULT_INPUT_SHARE / (1 - DEFAULT_INPUT_SHARE);
}

export function selfHostEstimate(
  model: Model,
  volume: Volume,
  edits: AssumptionEdits,
  selfhost: SelfHostData,
): SelfHostEstimate | Unavailable {
  const sized = withLoadConcurrency(edits, volume.outputTokensPerMonth, hoursPerMonth(selfhost));
  const plans = selfHostPlans(model, inputPerOutput(volume), sized, selfhost);
  if ("unavailable" in plans) return plans;
  const plan = cheapestPlan(plans, volume.outputTokensPerMonth);
  const monthly = planMonthlyCost(plan, volume.outputTokensPerMonth);
  const mtok = (volume.inputTokensPerMonth + volume.outputTokensPerMonth) / PER_MILLION;
  const warnings = [...plan.warnings];
  if (monthly.replicasForPeak > 1)
    warnings.push(
      `The peak (${plan.peakToAverage}× the average) needs ${monthly.replicasForPeak} replicas of ${plan.gpusPerReplica} GPU(s)${plan.spareReplicas > 0 ? `, plus ${plan.spareReplicas} spare` : ""}.`,
    );
  const stated = plan.statedGpus;
  if (stated !== null && monthly.replicasForPeak * plan.gpusPerReplica > stated && plan.gpusPerReplica <= stated)
    warnings.push(
      `Your ${stated} ${plan.gpu.name} hold ${Math.floor(stated / plan.gpusPerReplica)} replica(s) of ${plan.gpusPerReplica} GPU(s); the ${plan.peakToAverage}× peak needs ${monthly.replicasForPeak}, so the estimate runs ${monthly.gpus} GPUs.`,
    );
  else if (stated !== null && plan.gpusPerReplica > stated)
    warnings.push(
      `One replica needs ${plan.gpusPerReplica} ${plan.gpu.name}, more than the ${stated} you named, so the estimate runs ${monthly.gpus} GPUs.`,
    );
  const bound = memoryBoundNote(plan);
  if (bound) warnings.push(bound);
  const doubling = spareDoubling(plan, monthly);
  if (doubling) warnings.push(doubling);
  const purchase = boughtPurchase(plan, monthly.gpus);
  if (purchase) warnings.push(purchase);
  else if (plan.owned && monthly.gpus > plan.owned.count)
    warnings.push(
      plan.owned.moreBought
        ? `You own ${plan.owned.count} GPUs; on premises the other ${monthly.gpus - plan.owned.count} are bought, priced at the same amortised rate.`
        : `You own ${plan.owned.count} GPUs; the other ${monthly.gpus - plan.owned.count} are priced as rented.`,
    );
  return {
    ...plan,
    ...monthly,
    warnings,
    volume: { inputTokensPerMonth: volume.inputTokensPerMonth, outputTokensPerMonth: volume.outputTokensPerMonth },
    usdPerMTok: {
      alwaysOn: mtok > 0 ? monthly.totalAlwaysOnUsd / mtok : null,
      atUtilization: mtok > 0 ? monthly.totalAtUtilizationUsd / mtok : null,
    },
  };
}
