// The assumption list of a self-hosting plan, in the order a reader follows the arithmetic: every
// input with its value, its source (a data row with URL and date, "you said", or OUR assumption,
// marked as unsourced), so a sceptical reader can check each figure and change it.
import type { Gpu, GpuPriceSummary, SelfHostData } from "../catalog/selfhost-schema.js";
import type { SourceRef } from "../ports.js";
import { formatFte, formatHourlyUsd, formatNumber, formatUsd } from "../render/format.js";
import type { AssumptionEdits } from "./assumptions.js";
import { GPUS_PER_NODE, opsFte } from "./fleet.js";
import { OWNED_DEFAULTS, ownedGpusWords } from "./owned-gpus.js";
import type { CostAssumption, ModelParams, OwnedPrecision, SelfHostPlan, Sizing } from "./self-host-types.js";
import { SELF_HOST_DEFAULTS, opsInputsFor } from "./self-host-defaults.js";
import { rule, sourceAsOf, type engineMemoryFraction } from "./selfhost-data.js";

// Through the shared formatter (toLocaleString built a formatter per call: most of a plan's cost).
const int = (n: number): string => formatNumber(Math.round(n), 0);
const said = (v: unknown): boolean => v !== undefined;

export interface AssumptionInputs {
  gpu: Gpu;
  gpuOrigin: CostAssumption["origin"];
  /** Chosen as the cheapest fit at the team's volume (selfHostPlans), not the fixed default. */
  chosen?: boolean;
  params: ModelParams;
  size: Sizing;
  edits: AssumptionEdits;
  data: SelfHostData;
  summary: GpuPriceSummary | undefined;
  fraction: ReturnType<typeof engineMemoryFraction>;
  /** A precision chosen so the model fits the owned GPUs (null: the default or the one said). */
  fitted?: OwnedPrecision | null;
}

export function buildAssumptions(
  plan: SelfHostPlan,
  x: AssumptionInputs,
): { assumptions: CostAssumption[]; sources: SourceRef[] } {
  const { gpu, params, size, edits, data, summary } = x;
  const out: CostAssumption[] = [];
  const sources: SourceRef[] = [];
  const addSource = (label: string, src: { source: string; date: string } | undefined): void => {
    if (!src) return;
    const isUrl = /^https?:\/\//.test(src.source);
    sources.push({ label, ...(isUrl ? { url: src.source } : {}), asOf: sourceAsOf(src, data.asOf) });
  };
  const gpuSrc = gpu.sources[0];
  out.push({
    key: "gpu",
    label: "GPU",
    value: `${plan.statedGpus !== null ? `${plan.statedGpus}× ` : ""}${gpu.name} (${gpu.memoryGb} GB, ${gpu.bandwidthTbS ?? "?"} TB/s)`,
    source:
      x.gpuOrigin === "user"
        ? plan.statedGpus !== null
          ? "you said (the fleet is at least these GPUs)"
          : "you said"
        : x.chosen
          ? `the cheapest NVIDIA data-centre GPU that holds a replica and serves your volume (${SELF_HOST_DEFAULTS.gpuChoices.map((g) => g.key.replace(/-/g, " ")).join(", ")}; PCIe-only cards at most in pairs: OUR assumption); say "assume H100" to size on another; specs from ${gpuSrc?.source ?? "selfhost.json"}`
          : `assumption: our default (${SELF_HOST_DEFAULTS.gpu}, larger GPUs when one 8-GPU node is not enough); specs from ${gpuSrc?.source ?? "selfhost.json"}`,
    origin: x.gpuOrigin,
    verified: gpu.verified,
  });
  addSource(`${gpu.name} specifications`, gpuSrc);
  out.push({
    key: "parameters",
    label: "Parameters",
    value: params.moe ? `${params.totalB}B total (memory), ${params.activeB}B active (compute)` : `${params.totalB}B`,
    source: params.source,
    origin: "data",
    verified: params.verified,
  });
  if (size.published && !said(edits.precision)) out.push(publishedPrecision(size, params.totalB));
  else
    out.push({
      key: "precision",
      label: "Precision",
      value: `${plan.precision.toUpperCase()} (${size.bpp.value} byte${size.bpp.value === 1 ? "" : "s"} per parameter → ${size.weightsGb.toFixed(1)} GB of weights)`,
      source: said(edits.precision)
        ? "you said"
        : x.fitted
          ? `the most faithful precision at which the weights and ${SELF_HOST_DEFAULTS.minConcurrency} sequences fit your ${x.fitted.cards} ${gpu.name} (${x.fitted.instead.toUpperCase()} needs more cards); bytes per parameter from rule weight_memory (${size.bpp.rule?.sources[0]?.source ?? "selfhost.json"})`
          : `assumption: FP8 where the GPU supports it (as in the measured rows), else FP16; bytes per parameter from rule weight_memory (${size.bpp.rule?.sources[0]?.source ?? "selfhost.json"})`,
      origin: said(edits.precision) ? "user" : "default",
      verified: size.bpp.rule?.verified,
    });
  addSource("Weight memory rule (bytes per parameter)", size.bpp.rule?.sources[0]);
  if (size.published) addSource(`Published weights: ${size.published.row.model}`, size.published.row.sources[0]);
  out.push({
    key: "contextTokens",
    label: "Context per sequence",
    value: `${int(plan.memory.contextTokens)} tokens`,
    source: said(edits.contextTokens) ? "you said" : "assumption (the selfhost.md worked example uses 4,096)",
    origin: said(edits.contextTokens) ? "user" : "default",
  });
  out.push(concurrencyAssumption(plan, edits));
  if (size.kv) {
    out.push({
      key: "kvBytesPerToken",
      label: "KV cache",
      value: `${int(size.kvBytes / 1024)} KiB per token (${plan.precision === "fp8" ? "FP8" : "16-bit"}${size.kv.slidingWindow && plan.memory.contextTokens > size.kv.slidingWindow.tokens ? `, averaged over ${int(plan.memory.contextTokens)} tokens: the windowed layers hold ${int(size.kv.slidingWindow.tokens)}` : ""}) × ${int(plan.memory.contextTokens)} tokens × ${plan.memory.concurrency} sequences = ${size.kvCacheGb.toFixed(1)} GB`,
      source: `${size.kv.basis}; ${size.kv.source?.source ?? ""}`,
      origin: "data",
      verified: size.kv.verified && !size.kv.estimated,
    });
    addSource(`KV cache: ${size.kv.model}`, size.kv.source);
  }
  out.push({
    key: "memoryFraction",
    label: "Usable GPU memory",
    value: `${Math.round(x.fraction.value * 100)}% of each GPU = ${size.usable.toFixed(1)} GB (the rest is runtime headroom)`,
    source: `rule engine_memory_fraction (vLLM default); ${x.fraction.rule?.sources[0]?.source ?? ""}`,
    origin: "data",
    verified: x.fraction.rule?.verified,
  });
  out.push({
    key: "gpusPerReplica",
    label: "GPUs per replica",
    value: `${size.needGb.toFixed(1)} GB ÷ ${size.usable.toFixed(1)} GB → ${size.group}`,
    source:
      "arithmetic; tensor-parallel groups of 1, 2, 4 or 8 GPUs (as in the measured rows), whole 8-GPU nodes beyond",
    origin: "default",
  });
  const tp = plan.throughput;
  if (tp) {
    out.push({
      key: "throughput",
      label: "Throughput per replica",
      value: `${int(tp.replicaOutputTokensPerSec)} output tokens/s`,
      source: tp.basis,
      origin: "data",
      verified: tp.measured ? tp.measured.row.verified : undefined,
    });
    if (tp.bandwidth)
      out.push({
        key: "bandwidthShare",
        label: "Bandwidth achieved",
        value: `${Math.round(tp.bandwidth.bandwidthShare * 100)}% of peak memory bandwidth in decode`,
        source:
          "OUR assumption, not sourced: decode kernels reach well under peak bandwidth (the data's matmul efficiency for H100 is 80%)",
        origin: "default",
      });
    if (tp.measured)
      addSource(
        `Throughput: ${tp.measured.row.model} on ${tp.measured.row.gpuKey} (${tp.measured.row.engine})`,
        tp.measured.row.sources[0],
      );
    const flops = rule(data, "achievable_vs_peak_flops");
    if (tp.bandwidth && tp.bandwidth.prefillMsPerOutputToken > 0)
      addSource("Achievable vs peak FLOPS", flops?.sources[0]);
  }
  out.push({
    key: "peakToAverage",
    label: "Peak load",
    value: `${round2(plan.peakToAverage)}× the month's average rate (fleet sized for it; average load ${Math.round(plan.utilization * 100)}% of capacity)`,
    source:
      said(edits.peakToAverage) || said(edits.utilization)
        ? "you said"
        : "OUR assumption, not sourced: daytime traffic peaks at about 3× the monthly average",
    origin: said(edits.peakToAverage) || said(edits.utilization) ? "user" : "default",
  });
  out.push({
    key: "redundancy",
    label: "Redundancy",
    value:
      plan.spareLeftOut !== null
        ? `none: ${plan.spareLeftOut}; a failure takes the service down`
        : plan.spareReplicas === 0
          ? "none (a failure takes the service down)"
          : `N+${plan.spareReplicas} (spare replica for failures and upgrades)`,
    source: said(edits.spareReplicas)
      ? "you said"
      : plan.spareLeftOut !== null
        ? "the GPUs you have (a production service would keep one spare replica)"
        : "assumption: production serving keeps one spare replica",
    origin: said(edits.spareReplicas) ? "user" : "default",
  });
  out.push(priceAssumption(plan, summary, said(edits.gpuHourlyUsd)));
  for (const r of summary?.readings ?? [])
    if (r.used) addSource(`${gpu.name} price: ${r.provider} ${r.offering}`, r.sources[0]);
  if (plan.owned) {
    const o = plan.owned;
    // The team said how many it owns; what each costs an hour rests on a purchase price, a life
    // and power that are ours unless they said them, so the rate is an assumption, not "you said".
    out.push(
      o.count === 0
        ? {
            key: "ownedGpus",
            label: "Bought GPUs",
            value: `none owned yet: every ${gpu.name} is bought, none rented`,
            source: "you said you will buy the hardware",
            origin: "user",
          }
        : {
            key: "ownedGpus",
            label: "Owned GPUs",
            value: `${ownedGpusWords(o.count, gpu.name, " × ", o.perServer ?? undefined)}${o.largestGroup < o.count ? ` (one replica on at most ${o.largestGroup}: ${o.perServer !== null ? "within one server" : "tensor-parallel groups of 1, 2, 4 or 8"})` : ""}, used before any ${o.moreBought ? "bought (on premises nothing is rented)" : "rented"} GPU`,
            source: "you said",
            origin: "user",
          },
    );
    const bought = o.purchaseSource;
    if (bought) sources.push({ label: `${gpu.name} purchase price (secondary)`, url: bought.url, asOf: bought.asOf });
    out.push({
      key: "ownedGpuRate",
      label: o.count === 0 ? "Bought GPU cost" : "Owned GPU cost",
      value: `${formatUsd(o.purchaseUsd)} ÷ (${o.lifeYears} years × 8,760 h) + ${formatHourlyUsd(OWNED_DEFAULTS.powerHostingUsdPerHour)}/h power and hosting = ${formatHourlyUsd(o.usdPerGpuHour)}/GPU-hour (to the cent)`,
      source: [
        o.purchaseStated
          ? "purchase price: you said"
          : o.purchaseSource
            ? `purchase price ${formatUsd(o.purchaseUsd)} per card: ${o.purchaseSource.note}, secondary (${o.purchaseSource.url}, read ${o.purchaseSource.asOf}; NVIDIA publishes no list price), card only (say "we paid $X per GPU")`
            : `purchase price ${formatUsd(o.purchaseUsd)}: OUR assumption, not sourced (say "we paid $X per GPU")`,
        said(edits.ownedLifeYears) ? "life: you said" : `${o.lifeYears}-year life: OUR assumption`,
        "power and hosting: OUR assumption (~1 kW per GPU with cooling at ~$0.12/kWh plus rack space)",
      ].join("; "),
      origin: "default",
    });
  }
  const hoursRule = rule(data, "gpus_needed_from_throughput");
  out.push({
    key: "hoursPerMonth",
    label: "Hours per month",
    value: String(plan.hoursPerMonth),
    source: `rule gpus_needed_from_throughput (8,760 h / 12)`,
    origin: "data",
    verified: hoursRule?.verified,
  });
  out.push(opsAssumption(plan, edits));
  return { assumptions: out, sources };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The lab's own compact weights: which parameters are stored how, and the memory that makes. */
function publishedPrecision(size: Sizing, totalB: number): CostAssumption {
  const p = size.published!;
  const rest = Math.max(0, totalB - p.row.quantizedB);
  return {
    key: "precision",
    label: "Precision",
    value: `${p.row.format} as published: ${round2(p.row.quantizedB)}B parameters × ${p.bytesPerQuantizedParam} bytes + ${round2(rest)}B × 2 bytes (16-bit) → ${size.weightsGb.toFixed(1)} GB of weights`,
    source: `the lab's checkpoint: ${p.row.what} (${p.row.sources[0]?.source ?? "selfhost.json"}); bytes per parameter from rule weight_memory; say "fp8" or "fp16" to size it otherwise`,
    origin: "data",
    verified: p.row.verified,
  };
}

/** How many sequences the KV cache holds, and how that number was reached. */
export function concurrencyAssumption(plan: SelfHostPlan, edits: AssumptionEdits): CostAssumption {
  const c = plan.memory.concurrency;
  const d = SELF_HOST_DEFAULTS;
  const base = { key: "concurrency", label: "Concurrent sequences", value: `${c} per replica` };
  if (edits.concurrencyLoad) {
    const peak = edits.concurrencyLoad.peakOutputTokensPerSec;
    const stream = plan.memory.streamTokensPerSec;
    const need = peak / stream;
    // A replica slower than the target stream rate keeps more sequences in flight (Little's law).
    const streamText =
      stream < d.streamTokensPerSec
        ? `${round2(stream)} tokens/s per sequence (what this replica decodes each stream at; below the ${d.streamTokensPerSec} aimed for, so more sequences are in flight)`
        : `${d.streamTokensPerSec} tokens/s per sequence`;
    const room = plan.memory.roomSequences;
    const roomText =
      room !== null
        ? `the memory left after the weights holds ${int(room)} sequences of ${int(plan.memory.contextTokens)} tokens`
        : "";
    const why: Record<typeof plan.memory.concurrencyBound, string> = {
      load:
        c === d.minConcurrency && need <= c
          ? `at least ${d.minConcurrency}, the least a service batches`
          : `rounded up to a batch of ${d.minConcurrency}, ${2 * d.minConcurrency}, ${4 * d.minConcurrency}, … (doubling)`,
      memory: `${roomText}, so one replica serves ${c} and more load adds replicas`,
      stream: `more at once would slow each sequence below ${d.streamTokensPerSec} tokens/s (one token per sequence per decode step)${roomText ? `; ${roomText}` : ""}; more load adds replicas`,
      group: `a larger batch would need a larger GPU group per replica, and replicas of ${plan.gpusPerReplica} GPU(s) carry the peak on no more GPUs, so more load adds replicas${roomText ? `; ${roomText}` : ""}`,
      engine: `at most ${d.maxConcurrency} per replica, an engine's batch limit (OUR assumption); more load adds replicas`,
    };
    return {
      ...base,
      value: `${c} per replica: your peak ${round2(peak)} output tokens/s (${round2(plan.peakToAverage)}× the month's average) ÷ ${streamText} = ${round2(need)} in flight; ${why[plan.memory.concurrencyBound]}`,
      source: `from your volume (Little's law on output tokens) and the replica's memory; ${d.streamTokensPerSec} tokens/s per sequence and the batch sizes are OUR assumptions, not sourced; say "concurrency 16" to change it`,
      origin: "default",
    };
  }
  if (said(edits.concurrency)) return { ...base, source: "you said", origin: "user" };
  return {
    ...base,
    source: `assumption: no volume stated, so the most one replica is sized for (the selfhost.md worked example uses ${d.concurrency})`,
    origin: "default",
  };
}

function priceAssumption(plan: SelfHostPlan, summary: GpuPriceSummary | undefined, userSaid: boolean): CostAssumption {
  const p = plan.price;
  if (userSaid)
    return {
      key: "gpuHourlyUsd",
      label: "GPU price",
      value: `${formatHourlyUsd(p.usdPerGpuHour)} per GPU-hour`,
      source: "you said",
      origin: "user",
    };
  const used = p.readings.filter((r) => r.used);
  const skipped = p.readings.filter((r) => !r.used);
  const reading = (r: (typeof p.readings)[number]) =>
    `${r.provider} ${formatHourlyUsd(r.usdPerGpuHour)}${r.date ? ` (${r.date})` : " (undated catalogue row)"}`;
  const kind = summary?.basis === "unverified-only" ? "unverified" : "verified";
  return {
    key: "gpuHourlyUsd",
    label: "GPU price",
    value: `${formatHourlyUsd(p.usdPerGpuHour)} per GPU-hour, the median of ${used.length} ${kind} on-demand offer${used.length === 1 ? "" : "s"} (range ${formatHourlyUsd(p.min ?? 0)}–${formatHourlyUsd(p.max ?? 0)})`,
    source:
      `median of each provider's cheapest ${kind} on-demand datacenter price: ${used.map(reading).join(", ")}` +
      (skipped.length > 0 ? `; not used (unverified): ${skipped.map(reading).join(", ")}` : ""),
    origin: "data",
    verified: kind === "verified",
  };
}

function opsAssumption(plan: SelfHostPlan, edits: AssumptionEdits): CostAssumption {
  const o = plan.ops;
  const fte = formatUsd(o.fteMonthlyUsd);
  if (o.fixedFte !== null)
    return {
      key: "opsStaff",
      label: "Operations staff",
      value: o.fixedFte === 0 ? "none budgeted" : `${o.fixedFte} FTE at ${fte}/month`,
      source: "you said",
      origin: "user",
    };
  const capacity =
    o.capacity === null
      ? 'an experienced ops team assumed (say "no ops staff" if you have none)'
      : o.capacity === "none"
        ? `no ops staff: ×${o.capacityFactor}, contracted on-call MLOps (the penalty for running GPUs without a team)`
        : o.capacity === "some"
          ? `some ops experience: ×${o.capacityFactor} (slower upgrades and incident handling)`
          : "an experienced ops team: ×1";
  return {
    key: "opsStaff",
    label: "Operations staff",
    value: `${o.baseFte} FTE for the serving stack + ${o.perGpuFte} FTE per GPU of the first node (${formatFte(o.baseFte + o.perGpuFte * GPUS_PER_NODE)} for a full node of ${GPUS_PER_NODE}) + ${o.perExtraNodeFte} FTE per extra node, × team factor; ${capacity}; one FTE = ${fte}/month`,
    source:
      `OUR assumption, not sourced: on-call, upgrades and monitoring grow with what is run (one card in one server is less to keep up than a full node, and each node after it)` +
      (edits.opsStaffMonthlyUsd !== undefined ? "; FTE cost: you said" : ""),
    origin: edits.opsCapacity !== undefined ? "user" : "default",
  };
}

/**
 * The "no ops staff" penalty in words, with what it comes to on one card and on a full node (the
 * one home of this sentence): "contracted on-call MLOps at twice an experienced team's time: 0.15
 * FTE ($2,250.00 a month) for one GPU, 0.5 FTE ($7,500.00) for a full node of 8".
 */
export function noOpsPenaltyWords(): string {
  const x = opsInputsFor("none");
  const at = (gpus: number) => {
    const fte = opsFte(gpus, x);
    return { fte: formatFte(fte), usd: formatUsd(fte * x.fteMonthlyUsd) };
  };
  const one = at(1);
  const node = at(GPUS_PER_NODE);
  return `contracted on-call MLOps at ${x.capacityFactor === 2 ? "twice" : `${x.capacityFactor}×`} an experienced team's time: ${one.fte} FTE (${one.usd} a month) for one GPU, ${node.fte} FTE (${node.usd}) for a full node of ${GPUS_PER_NODE}`;
}
