// Self-hosting estimate for an open-weights model: memory (weights + KV cache) -> GPUs per
// replica, measured throughput -> replicas for the volume, $/GPU-hour -> monthly cost, plus
// operations staff time. Every number used is listed as an assumption with its source, or marked
// as our own assumption, so a user can see and change it ("assume H100 at $2.10/h", "int4").
import type { Model } from "../catalog/schema.js";
import type { Gpu, SelfHostData } from "../catalog/selfhost-schema.js";
import type { SourceRef } from "../ports.js";
import type { AssumptionEdits, Precision } from "./assumptions.js";
import { keysOfModel } from "./model-key.js";
import {
  bytesPerParam,
  engineMemoryFraction,
  gpuByKey,
  hoursPerMonth,
  kvRowFor,
  parameterRowFor,
  priceSummary,
  rule,
  sourceAsOf,
} from "./selfhost-data.js";
import { chooseThroughput, type ThroughputChoice } from "./throughput-match.js";
import type { Volume } from "./volume.js";
import { DEFAULT_INPUT_SHARE } from "./volume.js";

export const SELF_HOST_DEFAULTS = {
  gpu: "H100-SXM-80GB",
  /** Tried in order when the model does not fit one 8-GPU node of the default GPU. */
  largerGpus: ["H200-SXM-141GB", "B200-180GB"],
  contextTokens: 4096,
  concurrency: 32,
  utilization: 0.5,
  opsStaffFte: 0.25,
  opsStaffMonthlyUsd: 15_000,
} as const;

export interface CostAssumption {
  key: string;
  label: string;
  value: string;
  /** Where the value comes from: a URL or data row, "you said", or "assumption" (ours, unsourced). */
  source: string;
  origin: "data" | "default" | "user";
  verified?: boolean;
}

export interface SelfHostPlan {
  model: { id: string; name: string; totalB: number; activeB: number; architecture: "dense" | "moe" };
  gpu: { key: string; name: string; memoryGb: number };
  precision: Precision;
  memory: {
    weightsGb: number;
    kvCacheGb: number;
    needGb: number;
    usableGbPerGpu: number;
    kvBytesPerToken: number;
    kvEstimated: boolean;
    kvBasis: string;
    contextTokens: number;
    concurrency: number;
  };
  gpusPerReplica: number;
  throughput: { replicaOutputTokensPerSec: number; exact: boolean; basis: string } | null;
  price: {
    usdPerGpuHour: number;
    basis: "median" | "user";
    min: number | null;
    median: number | null;
    max: number | null;
    readings: { provider: string; usdPerGpuHour: number; date: string | null; verified: boolean }[];
  };
  utilization: number;
  hoursPerMonth: number;
  opsMonthlyUsd: number;
  assumptions: CostAssumption[];
  sources: SourceRef[];
  warnings: string[];
}

export interface SelfHostMonthly {
  replicas: number;
  gpus: number;
  /** Average load of the fleet for this volume (0..1+); above `utilization` means more replicas were added. */
  load: number;
  gpuAlwaysOnUsd: number;
  /** GPU-hours the volume needs at the target utilization, never below one replica always on. */
  gpuAtUtilizationUsd: number;
  opsUsd: number;
  totalAlwaysOnUsd: number;
  totalAtUtilizationUsd: number;
}

export interface SelfHostEstimate extends SelfHostPlan, SelfHostMonthly {
  volume: { inputTokensPerMonth: number; outputTokensPerMonth: number };
  /** Effective USD per 1M tokens (input + output), or null for a zero volume. */
  usdPerMTok: { alwaysOn: number | null; atUtilization: number | null };
}

export type Unavailable = { unavailable: string };

const PER_MILLION = 1_000_000;
const fmtUsd = (n: number): string =>
  `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Accepts a gpu_key or a loose name ("H100", "h200", "a100 80gb"). */
export function resolveGpu(data: SelfHostData, text: string): Gpu | undefined {
  const exact = gpuByKey(data, text);
  if (exact) return exact;
  const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const q = norm(text.replace(/\bnvidia\b/i, ""));
  if (q.length === 0) return undefined;
  const hits = data.gpus.filter(
    (g) =>
      norm(g.key).startsWith(q) ||
      norm(g.name)
        .replace(/^nvidia|^amd/, "")
        .startsWith(q),
  );
  // "H100" means the SXM part (the data's main H100 row), not PCIe.
  return hits.find((g) => /sxm/i.test(g.key)) ?? hits[0];
}

/** Tensor-parallel groups are 1, 2, 4 or 8 GPUs (as in the measured rows); whole 8-GPU nodes beyond. */
export function replicaSize(needGb: number, usableGbPerGpu: number): number {
  const n = Math.max(1, Math.ceil(needGb / usableGbPerGpu - 1e-9));
  if (n <= 8) return 2 ** Math.ceil(Math.log2(n));
  return Math.ceil(n / 8) * 8;
}

function modelParameters(
  model: Model,
  data: SelfHostData,
): { totalB: number; activeB: number; moe: boolean; source: string; asOf: string; verified: boolean } | undefined {
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

export function selfHostPlan(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
): SelfHostPlan | Unavailable {
  if (!model.openWeights)
    return {
      unavailable: `${model.name}'s weights are not published, so it cannot be self-hosted; it is only available through an API.`,
    };
  const params = modelParameters(model, data);
  if (!params)
    return { unavailable: `We have no sourced parameter count for ${model.name}, so we cannot size GPUs for it.` };

  const warnings: string[] = [];
  const assumptions: CostAssumption[] = [];
  const sources: SourceRef[] = [];
  const addSource = (label: string, src: { source: string; date: string } | undefined): void => {
    if (!src) return;
    const isUrl = /^https?:\/\//.test(src.source);
    sources.push({ label, ...(isUrl ? { url: src.source } : {}), asOf: sourceAsOf(src, data.asOf) });
  };

  const contextTokens = edits.contextTokens ?? SELF_HOST_DEFAULTS.contextTokens;
  const concurrency = edits.concurrency ?? SELF_HOST_DEFAULTS.concurrency;
  const fraction = engineMemoryFraction(data);

  // Memory need for a GPU type and precision; the GPU choice depends on it when not given.
  const sizeFor = (gpu: Gpu, precision: Precision) => {
    const bpp = bytesPerParam(data, precision);
    const weightsGb = params.totalB * bpp.value;
    const kv = kvRowFor(data, model, params.totalB);
    // FP8 serving keeps the KV cache in FP8 (as the measured FP8 rows do); otherwise 16-bit.
    const kvBytes = kv ? (precision === "fp8" ? kv.row.bytesPerTokenFp8 : kv.row.bytesPerTokenBf16) : 0;
    const kvCacheGb = (kvBytes * contextTokens * concurrency) / 1e9;
    const needGb = weightsGb + kvCacheGb;
    const usable = gpu.memoryGb * fraction.value;
    return { bpp, kv, kvBytes, weightsGb, kvCacheGb, needGb, usable, group: replicaSize(needGb, usable) };
  };
  const defaultPrecision = (gpu: Gpu): Precision => (gpu.fp8Supported ? "fp8" : "fp16");

  let gpu: Gpu | undefined;
  let gpuOrigin: CostAssumption["origin"] = "default";
  if (edits.gpu) {
    gpu = resolveGpu(data, edits.gpu);
    if (!gpu) warnings.push(`We have no data for a GPU called "${edits.gpu}"; using the default instead.`);
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

  const precision = edits.precision ?? defaultPrecision(gpu);
  if (precision === "fp8" && !gpu.fp8Supported)
    warnings.push(
      `${gpu.name} has no FP8 tensor cores: weights fit at 1 byte per parameter, but FP8 speed-ups do not apply.`,
    );
  const size = sizeFor(gpu, precision);
  if (!size.kv)
    warnings.push("No KV-cache configuration is available, so the KV cache is left out of the memory estimate.");
  if (size.group > 8)
    warnings.push(
      `It needs ${size.group} ${gpu.name} GPUs per replica: more than one 8-GPU node, so multi-node serving.`,
    );

  const modelKeys = keysOfModel(model);
  const tp: ThroughputChoice | undefined = chooseThroughput(data, {
    modelKeys,
    activeB: params.activeB,
    moe: params.moe,
    gpu,
    gpusPerReplica: size.group,
    precision,
    inputPerOutput,
  });

  // $/GPU-hour: the user's figure, else the median of the cheapest on-demand datacenter row per provider.
  const summary = priceSummary(data, gpu.key);
  const readings = (summary?.readings ?? []).map((r) => ({
    provider: r.provider,
    usdPerGpuHour: r.usdPerGpuHour,
    date: r.observedDate,
    verified: r.verified,
  }));
  let rate: number;
  let rateBasis: "median" | "user";
  if (edits.gpuHourlyUsd !== undefined) {
    rate = edits.gpuHourlyUsd;
    rateBasis = "user";
  } else if (summary) {
    rate = summary.median;
    rateBasis = "median";
  } else
    return { unavailable: `We have no rental prices for ${gpu.name}; tell me one, e.g. "assume ${gpu.name} at $2/h".` };

  const utilization = edits.utilization ?? SELF_HOST_DEFAULTS.utilization;
  const fte = edits.opsStaffFte ?? SELF_HOST_DEFAULTS.opsStaffFte;
  const fteCost = edits.opsStaffMonthlyUsd ?? SELF_HOST_DEFAULTS.opsStaffMonthlyUsd;
  const hours = hoursPerMonth(data);

  // --- the assumption list, in the order a reader follows the arithmetic ---
  const gpuSrc = gpu.sources[0];
  assumptions.push({
    key: "gpu",
    label: "GPU",
    value: `${gpu.name} (${gpu.memoryGb} GB)`,
    source:
      gpuOrigin === "user"
        ? "you said"
        : `assumption: our default (${SELF_HOST_DEFAULTS.gpu}, larger GPUs when one 8-GPU node is not enough); specs from ${gpuSrc?.source ?? "selfhost.json"}`,
    origin: gpuOrigin,
    verified: gpu.verified,
  });
  addSource(`${gpu.name} specifications`, gpuSrc);
  assumptions.push({
    key: "parameters",
    label: "Parameters",
    value: params.moe ? `${params.totalB}B total (memory), ${params.activeB}B active (compute)` : `${params.totalB}B`,
    source: params.source,
    origin: "data",
    verified: params.verified,
  });
  assumptions.push({
    key: "precision",
    label: "Precision",
    value: `${precision.toUpperCase()} (${size.bpp.value} byte${size.bpp.value === 1 ? "" : "s"} per parameter)`,
    source: edits.precision
      ? "you said"
      : `assumption: FP8 where the GPU supports it (as in the measured rows), else FP16; bytes per parameter from rule weight_memory (${size.bpp.rule?.sources[0]?.source ?? "selfhost.json"})`,
    origin: edits.precision ? "user" : "default",
    verified: size.bpp.rule?.verified,
  });
  addSource("Weight memory rule (bytes per parameter)", size.bpp.rule?.sources[0]);
  assumptions.push({
    key: "contextTokens",
    label: "Context per sequence",
    value: `${contextTokens.toLocaleString("en-US")} tokens`,
    source: edits.contextTokens ? "you said" : "assumption (the selfhost.md worked example uses 4,096)",
    origin: edits.contextTokens ? "user" : "default",
  });
  assumptions.push({
    key: "concurrency",
    label: "Concurrent sequences",
    value: String(concurrency),
    source: edits.concurrency ? "you said" : "assumption (the selfhost.md worked example uses 32)",
    origin: edits.concurrency ? "user" : "default",
  });
  if (size.kv) {
    assumptions.push({
      key: "kvBytesPerToken",
      label: "KV cache per token",
      value: `${Math.round(size.kvBytes / 1024)} KiB (${precision === "fp8" ? "FP8" : "16-bit"} cache)`,
      source: `${size.kv.basis}; ${size.kv.row.sources[0]?.source ?? ""}`,
      origin: "data",
      verified: size.kv.row.verified && !size.kv.estimated,
    });
    addSource(`KV cache: ${size.kv.row.model}`, size.kv.row.sources[0]);
  }
  assumptions.push({
    key: "memoryFraction",
    label: "Usable GPU memory",
    value: `${Math.round(fraction.value * 100)}% of each GPU (the rest is runtime headroom)`,
    source: `rule engine_memory_fraction (vLLM default); ${fraction.rule?.sources[0]?.source ?? ""}`,
    origin: "data",
    verified: fraction.rule?.verified,
  });
  assumptions.push({
    key: "gpusPerReplica",
    label: "GPUs per replica",
    value: String(size.group),
    source:
      "assumption: tensor-parallel groups of 1, 2, 4 or 8 GPUs (as in the measured rows), whole 8-GPU nodes beyond",
    origin: "default",
  });
  if (tp) {
    assumptions.push({
      key: "throughput",
      label: "Throughput per replica",
      value: `${Math.round(tp.replicaOutputTokensPerSec).toLocaleString("en-US")} output tokens/s${tp.exact ? "" : " (estimated)"}`,
      source: `${tp.basis}; ${tp.row.sources[0]?.source ?? ""}`,
      origin: "data",
      verified: tp.row.verified && tp.exact,
    });
    addSource(`Throughput: ${tp.row.model} on ${tp.row.gpuKey} (${tp.row.engine})`, tp.row.sources[0]);
  } else warnings.push("No measured throughput is available, so the GPU count covers memory only.");
  assumptions.push({
    key: "utilization",
    label: "Target utilization",
    value: `${Math.round(utilization * 100)}% average load`,
    source:
      edits.utilization !== undefined
        ? "you said"
        : "assumption: measured rows are offline maxima; selfhost.md suggests 30–50% average load in practice",
    origin: edits.utilization !== undefined ? "user" : "default",
  });
  const range = summary
    ? ` (range ${fmtUsd(summary.min)}–${fmtUsd(summary.max)} across ${summary.readings.length} providers)`
    : "";
  assumptions.push({
    key: "gpuHourlyUsd",
    label: "GPU price",
    value: `${fmtUsd(rate)} per GPU-hour${rateBasis === "median" ? range : ""}`,
    source:
      rateBasis === "user"
        ? "you said"
        : `median of on-demand datacenter prices: ${readings.map((r) => `${r.provider} ${fmtUsd(r.usdPerGpuHour)}${r.date ? ` (${r.date})` : " (undated)"}${r.verified ? "" : " unverified"}`).join(", ")}`,
    origin: rateBasis === "user" ? "user" : "data",
  });
  for (const r of summary?.readings ?? []) addSource(`${gpu.name} price: ${r.provider} ${r.offering}`, r.sources[0]);
  const hoursRule = rule(data, "gpus_needed_from_throughput");
  assumptions.push({
    key: "hoursPerMonth",
    label: "Hours per month",
    value: String(hours),
    source: `rule gpus_needed_from_throughput (8,760 h / 12)`,
    origin: "data",
    verified: hoursRule?.verified,
  });
  assumptions.push({
    key: "opsStaff",
    label: "Operations staff",
    value: fte === 0 ? "none" : `${fte} FTE at ${fmtUsd(fteCost)}/month = ${fmtUsd(fte * fteCost)}/month`,
    source:
      edits.opsStaffFte !== undefined || edits.opsStaffMonthlyUsd !== undefined
        ? "you said"
        : "OUR assumption, not sourced: a quarter of an engineer to run and patch the deployment",
    origin: edits.opsStaffFte !== undefined ? "user" : "default",
  });
  if (size.kv?.estimated) warnings.push(`KV cache ${size.kv.basis}.`);

  return {
    model: {
      id: model.id,
      name: model.name,
      totalB: params.totalB,
      activeB: params.activeB,
      architecture: params.moe ? "moe" : "dense",
    },
    gpu: { key: gpu.key, name: gpu.name, memoryGb: gpu.memoryGb },
    precision,
    memory: {
      weightsGb: size.weightsGb,
      kvCacheGb: size.kvCacheGb,
      needGb: size.needGb,
      usableGbPerGpu: size.usable,
      kvBytesPerToken: size.kvBytes,
      kvEstimated: size.kv?.estimated ?? true,
      kvBasis: size.kv?.basis ?? "no KV data",
      contextTokens,
      concurrency,
    },
    gpusPerReplica: size.group,
    throughput: tp
      ? { replicaOutputTokensPerSec: tp.replicaOutputTokensPerSec, exact: tp.exact, basis: tp.basis }
      : null,
    price: {
      usdPerGpuHour: rate,
      basis: rateBasis,
      min: summary?.min ?? null,
      median: summary?.median ?? null,
      max: summary?.max ?? null,
      readings,
    },
    utilization,
    hoursPerMonth: hours,
    opsMonthlyUsd: fte * fteCost,
    assumptions,
    sources: dedupeSources(sources),
    warnings,
  };
}

function dedupeSources(items: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const k = `${s.label}|${s.url ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Output tokens one replica can serve in a month at the target utilization. */
export function replicaMonthlyCapacity(plan: SelfHostPlan): number {
  return plan.throughput
    ? plan.throughput.replicaOutputTokensPerSec * 3600 * plan.hoursPerMonth * plan.utilization
    : Infinity;
}

export function planMonthlyCost(plan: SelfHostPlan, outputTokensPerMonth: number): SelfHostMonthly {
  const capacity = replicaMonthlyCapacity(plan);
  const replicasNeeded = outputTokensPerMonth / capacity;
  const replicas = Math.max(1, Math.ceil(replicasNeeded - 1e-9));
  const gpus = replicas * plan.gpusPerReplica;
  const replicaMonthUsd = plan.gpusPerReplica * plan.price.usdPerGpuHour * plan.hoursPerMonth;
  const gpuAlwaysOnUsd = replicas * replicaMonthUsd;
  const gpuAtUtilizationUsd = Math.max(1, replicasNeeded) * replicaMonthUsd;
  const full = plan.throughput
    ? plan.throughput.replicaOutputTokensPerSec * 3600 * plan.hoursPerMonth * replicas
    : Infinity;
  return {
    replicas,
    gpus,
    load: full === Infinity ? 0 : outputTokensPerMonth / full,
    gpuAlwaysOnUsd,
    gpuAtUtilizationUsd,
    opsUsd: plan.opsMonthlyUsd,
    totalAlwaysOnUsd: gpuAlwaysOnUsd + plan.opsMonthlyUsd,
    totalAtUtilizationUsd: gpuAtUtilizationUsd + plan.opsMonthlyUsd,
  };
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
  const plan = selfHostPlan(model, inputPerOutput(volume), edits, selfhost);
  if ("unavailable" in plan) return plan;
  const monthly = planMonthlyCost(plan, volume.outputTokensPerMonth);
  const mtok = (volume.inputTokensPerMonth + volume.outputTokensPerMonth) / PER_MILLION;
  const warnings = [...plan.warnings];
  if (monthly.replicas > 1)
    warnings.push(
      `The volume needs ${monthly.replicas} replicas of ${plan.gpusPerReplica} GPU(s) to stay at or below ${Math.round(plan.utilization * 100)}% load.`,
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
