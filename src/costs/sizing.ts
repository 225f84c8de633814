// The engineer's arithmetic behind a self-hosted deployment, as small pure functions over plain
// numbers (no catalogue lookups), so each one can be property-tested for monotonicity:
//   memory   = weights (params × bytes per param) + KV cache (bytes/token × context × concurrency)
//   GPUs     = memory ÷ usable memory per GPU (the rest is the engine's headroom), in TP groups
//   decode   = every step reads the active weights and every sequence's KV cache once, so one
//              step takes bytes ÷ (memory bandwidth × achieved share); a step yields one token
//              per concurrent sequence (rule decode_is_memory_bound)
//   prefill  = 2 × active params FLOPs per input token, on the GPUs' dense tensor throughput
//
// Golden case (Llama 3.3 70B, FP8, 2× H100 SXM, 32 sequences × 4,096 tokens, 3 input per output):
//   weights 70 × 1 B = 70 GB; KV 163,840 B × 4,096 × 32 = 21.47 GB; need 91.47 GB
//   usable 80 × 0.9 = 72 GB per GPU -> 2 GPUs (TP2)
//   decode step = (70 + 21.47) GB ÷ (2 × 3.35 TB/s × 0.7) = 19.50 ms -> 32 tokens per step
//   prefill per output token = 3 × 2 × 70e9 ÷ (2 × 1,979e12 × 0.803) = 0.132 ms
//   per replica: 1 ÷ (19.50 ms ÷ 32 + 0.132 ms) = 1,348 output tokens/s

export const GB = 1e9;

/** Weight memory in GB: billions of parameters × bytes per parameter. */
export function weightsGb(totalParamsB: number, bytesPerParam: number): number {
  return totalParamsB * bytesPerParam;
}

/** KV-cache memory in GB for `concurrency` sequences that each hold `contextTokens` tokens. */
export function kvCacheGb(kvBytesPerToken: number, contextTokens: number, concurrency: number): number {
  return (kvBytesPerToken * contextTokens * concurrency) / GB;
}

/**
 * Sequences in flight at the peak, by Little's law on output tokens: each sequence is decoded at
 * `streamTokensPerSec`, so the peak output rate keeps peak ÷ stream sequences busy (a request's
 * length cancels out: longer answers arrive less often per token). Rounded up to a batch of
 * min, 2×min, … (4, 8, 16, 32: the batch sizes engines capture), at most `max` per replica.
 * Golden case: 20M tokens a month at 3:1 → 5M output → 1.90 tok/s on average, 5.71 at a 3× peak,
 * ÷ 20 tok/s = 0.29 sequences → 4 (the least a service batches), not 32. A replica serves at
 * most what its KV memory holds (servingConcurrency); the fleet adds replicas for the rest.
 */
export function concurrencyForLoad(
  peakOutputTokensPerSec: number,
  streamTokensPerSec: number,
  min: number,
  max: number,
): number {
  const need = Math.ceil(peakOutputTokensPerSec / streamTokensPerSec - 1e-9);
  let batch = Math.max(1, min);
  while (batch < need && batch < max) batch *= 2;
  return Math.min(batch, max);
}

/** Tensor-parallel groups are 1, 2, 4 or 8 GPUs (as in the measured rows); whole 8-GPU nodes beyond. */
export function replicaSize(needGb: number, usableGbPerGpu: number): number {
  const n = Math.max(1, Math.ceil(needGb / usableGbPerGpu - 1e-9));
  if (n <= 8) return 2 ** Math.ceil(Math.log2(n));
  return Math.ceil(n / 8) * 8;
}

/**
 * The largest group replicaSize forms on the team's cards: 3 GPUs hold a 2-GPU replica, not a
 * 3-GPU one, and servers of `perServer` GPUs ("2 servers with 2x L40S each") hold a replica
 * within one server (tensor parallelism needs the GPUs of one machine; across machines is
 * multi-node serving over the network, which the team has not said it runs).
 */
export function largestGroup(cards: number, perServer?: number): number {
  const bound = Math.max(1, perServer !== undefined && perServer < cards ? perServer : cards);
  return bound >= 8 ? Math.floor(bound / 8) * 8 : 2 ** Math.floor(Math.log2(bound));
}

export interface ThroughputInputs {
  gpus: number;
  /** Per GPU, TB/s (vendor peak). */
  bandwidthTbS: number;
  /** Share of peak bandwidth a decode step achieves (0..1]. */
  bandwidthShare: number;
  /** Bytes of weights read per decode step (active parameters × bytes per parameter), GB. */
  activeWeightsGb: number;
  kvBytesPerToken: number;
  contextTokens: number;
  concurrency: number;
  /** Dense tensor TFLOPS per GPU at the serving precision, and the share achieved; null = prefill not costed. */
  tflops: number | null;
  flopsShare: number;
  activeParamsB: number;
  inputPerOutput: number;
}

export interface ThroughputEstimate {
  /** Output tokens per second for the whole replica. */
  outputTokensPerSec: number;
  decodeStepMs: number;
  /** GB read from memory per decode step (weights + every sequence's KV cache). */
  bytesPerStepGb: number;
  /** Prefill time per generated token (its share of the input tokens), ms; 0 when not costed. */
  prefillMsPerOutputToken: number;
}

/** Memory-bandwidth (decode) plus compute (prefill) estimate of one replica's output rate. */
export function bandwidthThroughput(x: ThroughputInputs): ThroughputEstimate {
  const bytesPerStepGb = x.activeWeightsGb + kvCacheGb(x.kvBytesPerToken, x.contextTokens, x.concurrency);
  const bytesPerSec = x.gpus * x.bandwidthTbS * 1e12 * x.bandwidthShare;
  const decodeStepMs = ((bytesPerStepGb * GB) / bytesPerSec) * 1000;
  const prefillMsPerOutputToken =
    x.tflops === null
      ? 0
      : ((x.inputPerOutput * 2 * x.activeParamsB * 1e9) / (x.gpus * x.tflops * 1e12 * x.flopsShare)) * 1000;
  const msPerToken = decodeStepMs / x.concurrency + prefillMsPerOutputToken;
  return { outputTokensPerSec: 1000 / msPerToken, decodeStepMs, bytesPerStepGb, prefillMsPerOutputToken };
}

/** Sequences of `contextTokens` the memory left after the weights holds (Infinity without KV data). */
export function kvRoomSequences(
  usableGb: number,
  weightsGb: number,
  kvBytesPerToken: number,
  contextTokens: number,
): number {
  if (kvBytesPerToken <= 0) return Infinity;
  return Math.max(0, Math.floor(((usableGb - weightsGb) * GB) / (kvBytesPerToken * contextTokens) + 1e-9));
}

/** What set a replica's batch; "group": a larger batch would need a larger GPU group per replica, and more replicas of this one carry the peak on no more GPUs. */
export type ConcurrencyBound = "load" | "memory" | "stream" | "engine" | "group";

/**
 * The sequences one replica serves at once for a load that keeps `need` in flight: no more than
 * the KV memory left after the weights holds (`room`), than the engine batches (`engineMax`), or
 * than keeps each stream at its rate (`stepMsAt(c)` ≤ 1000 ÷ stream tokens/s: one token per
 * sequence per decode step); never below `floor` (what the replica's memory was sized for), where
 * a slow card then streams below the rate. The fleet adds replicas for the load beyond.
 * Golden case: Llama 3.3 70B FP8 on 2 H100 at 4,096 tokens: (144 − 70) GB ÷ (163,840 B × 4,096)
 * = 110 sequences; a load of 256 in flight is served 110 per replica (step 30.7 ms, 32 tok/s each).
 */
export function servingConcurrency(x: {
  need: number;
  floor: number;
  room: number;
  engineMax: number;
  stepMsAt: ((c: number) => number) | null;
  streamTokensPerSec: number;
}): { concurrency: number; bound: ConcurrencyBound } {
  let c = x.need;
  let bound: ConcurrencyBound = "load";
  if (x.room < c) [c, bound] = [x.room, "memory"];
  if (x.engineMax < c) [c, bound] = [x.engineMax, "engine"];
  const floor = Math.min(x.floor, x.need);
  const budgetMs = 1000 / x.streamTokensPerSec;
  if (x.stepMsAt && c > floor && x.stepMsAt(c) > budgetMs) {
    // The step time grows with the batch: the largest batch within the stream's budget.
    let lo = floor;
    let hi = c;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (x.stepMsAt(mid) <= budgetMs) lo = mid;
      else hi = mid;
    }
    [c, bound] = [lo, "stream"];
  }
  return { concurrency: Math.max(floor, c), bound };
}
