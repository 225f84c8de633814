// The shapes of a self-hosting plan and estimate (self-host.ts computes them), in their own file so
// the assumption builder can name them without importing the engine back.
import type { SourceRef } from "../ports.js";
import type { OpsCapacity, Precision } from "./assumptions.js";
import type { OpsInputs } from "./fleet.js";
import type { PurchasePrice } from "./owned-gpus.js";
import type { bytesPerParam, KvChoice, PublishedWeights } from "./selfhost-data.js";
import type { ConcurrencyBound, ThroughputEstimate } from "./sizing.js";
import type { ThroughputChoice } from "./throughput-match.js";

export interface CostAssumption {
  key: string;
  label: string;
  value: string;
  /** Where the value comes from: a URL or data row, "you said", or "assumption" (ours, unsourced). */
  source: string;
  origin: "data" | "default" | "user";
  verified?: boolean;
}

export interface PlanThroughput {
  replicaOutputTokensPerSec: number;
  /** true when the figure is a measured row for this very model, GPU count and precision. */
  exact: boolean;
  basis: string;
  /** The memory-bandwidth estimate at the stated concurrency (null without bandwidth data). */
  bandwidth: (ThroughputEstimate & { bandwidthShare: number; activeWeightsGb: number }) | null;
  /** The measured row used as a ceiling (offline maxima), scaled to this deployment. */
  measured: ThroughputChoice | null;
}

export interface SelfHostPlan {
  model: { id: string; name: string; totalB: number; activeB: number; architecture: "dense" | "moe" };
  gpu: { key: string; name: string; memoryGb: number; bandwidthTbS: number | null };
  precision: Precision;
  /** The format the lab publishes the weights in, when they are served so ("MXFP4"); null otherwise. */
  weightsFormat: string | null;
  memory: {
    weightsGb: number;
    kvCacheGb: number;
    needGb: number;
    usableGbPerGpu: number;
    memoryFraction: number;
    kvBytesPerToken: number;
    kvEstimated: boolean;
    kvBasis: string;
    contextTokens: number;
    /** Sequences one replica serves at once (its KV cache holds them). */
    concurrency: number;
    /** Sequences of this context the memory left after the weights holds; null when not bounded (no KV data, or no load to serve). */
    roomSequences: number | null;
    /** What set the concurrency: the load's sequences in flight, the KV memory left, each stream's rate, or the engine's batch limit. */
    concurrencyBound: ConcurrencyBound;
    /** Each stream's decode rate the load's sequences in flight were counted at: 20 tokens/s, or less when the replica gives less at its batch. */
    streamTokensPerSec: number;
  };
  gpusPerReplica: number;
  throughput: PlanThroughput | null;
  price: {
    /** $/GPU-hour of a rented GPU (the user's figure or the verified median). */
    usdPerGpuHour: number;
    basis: "median" | "user";
    /** Whether the median's readings are verified ("unverified-only" when the data has none). */
    dataBasis: "verified" | "unverified-only" | null;
    min: number | null;
    median: number | null;
    max: number | null;
    readings: { provider: string; usdPerGpuHour: number; date: string | null; verified: boolean; used: boolean }[];
  };
  /** A precision chosen so the model fits the owned GPUs (its default does not), else null. */
  precisionFitted: OwnedPrecision | null;
  /** Owned GPUs, used before any rented one. */
  owned: {
    count: number;
    /** GPUs in each of the team's servers, when it said it has several (a replica fits within one). */
    perServer: number | null;
    /** The largest replica the owned cards hold (sizing.ts largestGroup): 3 cards hold 2, servers of 2 hold 2. */
    largestGroup: number;
    usdPerGpuHour: number;
    purchaseUsd: number;
    lifeYears: number;
    purchaseStated: boolean;
    /** Where the purchase price comes from when the team did not say it (null: OUR assumption). */
    purchaseSource: PurchasePrice["source"];
    /** A capex in US dollars the team stated for buying the GPUs, or null. */
    capexUsd: number | null;
    /** On premises: GPUs beyond these are bought at the same amortised rate, never rented. */
    moreBought: boolean;
  } | null;
  /** The GPUs the team said it runs on ("on 2x a100"): the fleet is at least these (fleet.ts), else null. */
  statedGpus: number | null;
  /** Why the default spare replica was left out (on premises, the owned GPUs hold no second replica), else null. */
  spareLeftOut: string | null;
  /** Average ÷ peak load: the share of a replica's rate the month's average may use. */
  utilization: number;
  peakToAverage: number;
  spareReplicas: number;
  hoursPerMonth: number;
  ops: OpsInputs & { capacity: OpsCapacity | null; fixedFte: number | null };
  /** Ops cost of the smallest fleet (one replica plus spares), for the break-even floor. */
  opsMonthlyUsd: number;
  assumptions: CostAssumption[];
  sources: SourceRef[];
  warnings: string[];
}

export interface SelfHostMonthly {
  replicas: number;
  /** Replicas the peak needs, before spares. */
  replicasForPeak: number;
  gpus: number;
  nodes: number;
  /** Average load of the whole fleet for this volume (0..1). */
  load: number;
  gpuAlwaysOnUsd: number;
  /** GPU-hours with fractional replicas (autoscaling to the peak need), never below one replica plus spares. */
  gpuAtUtilizationUsd: number;
  opsFte: number;
  opsUsd: number;
  totalAlwaysOnUsd: number;
  totalAtUtilizationUsd: number;
}

export interface SelfHostEstimate extends SelfHostPlan, SelfHostMonthly {
  volume: { inputTokensPerMonth: number; outputTokensPerMonth: number };
  /** Effective USD per 1M tokens (input + output), or null for a zero volume. */
  usdPerMTok: { alwaysOn: number | null; atUtilization: number | null };
}

export interface ModelParams {
  totalB: number;
  activeB: number;
  moe: boolean;
  source: string;
  asOf: string;
  verified: boolean;
}

export interface Sizing {
  /** Bytes per parameter (for published weights: their memory ÷ total parameters). */
  bpp: ReturnType<typeof bytesPerParam>;
  /** The lab's published compact weights, when the plan serves them at that precision. */
  published: PublishedWeights | undefined;
  kv: KvChoice | undefined;
  kvBytes: number;
  weightsGb: number;
  kvCacheGb: number;
  needGb: number;
  usable: number;
  group: number;
}

export type Unavailable = { unavailable: string };

/** A precision chosen so a model fits the team's owned GPUs, and the default it replaced. */
export interface OwnedPrecision {
  precision: Precision;
  instead: Precision;
  cards: number;
}
