// "int4" that changes nothing: quantising shrinks the weights, but the fleet is whole GPUs per
// replica times replicas, so a smaller footprint only saves money when it drops a GPU from each
// replica (or the peak needs fewer replicas). When the count stays, the answer says why, from the
// same figures the estimate shows, instead of leaving a lower precision at the same price.
import type { Model } from "../catalog/schema.js";
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import { selfHostEstimate, type SelfHostEstimate } from "../costs/self-host.js";
import type { Volume } from "../costs/volume.js";

const gb = (n: number): string => `${n.toFixed(1)} GB`;

export function samePrecisionCostNote(
  model: Model,
  estimate: SelfHostEstimate,
  volume: Volume,
  edits: AssumptionEdits,
  data: SelfHostData,
): string | null {
  if (edits.precision !== "int4" && edits.precision !== "int8") return null;
  // The same GPU at the precision it would use unasked (FP8 where supported, else 16-bit).
  const rest: AssumptionEdits = { ...edits };
  delete rest.precision;
  const base = selfHostEstimate(model, volume, { ...rest, gpu: estimate.gpu.key }, data);
  if ("unavailable" in base || base.precision === estimate.precision || base.gpus !== estimate.gpus) return null;
  const asked = estimate.precision.toUpperCase();
  const was = base.precision.toUpperCase();
  const m = estimate.memory;
  const kvGrew = m.kvCacheGb > base.memory.kvCacheGb + 1e-9;
  const parts = [
    `**${asked} does not change the fleet here:** the weights shrink from ${gb(base.memory.weightsGb)} to ${gb(m.weightsGb)}`,
    kvGrew
      ? `but the KV cache is kept at 16-bit beside ${asked} weights (FP8 serving keeps it in FP8), ${gb(base.memory.kvCacheGb)} → ${gb(m.kvCacheGb)}`
      : null,
    `so a replica needs ${gb(m.needGb)} instead of ${gb(base.memory.needGb)}: still ${estimate.gpusPerReplica} × ${estimate.gpu.name} (${gb(m.usableGbPerGpu)} usable each)`,
  ].filter((p): p is string => p !== null);
  const replicas =
    estimate.replicasForPeak === base.replicasForPeak
      ? ` and ${estimate.replicasForPeak} replica${estimate.replicasForPeak === 1 ? "" : "s"} for the peak plus the spare, as at ${was}`
      : "";
  return `${parts.join(", ")}${replicas}, so the cost is the same. A lower precision pays when it lets a replica drop a GPU or fit a smaller card, or at volumes where the peak needs more replicas.`;
}
