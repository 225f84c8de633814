// "We have 2 A100s, can we run Llama 3.3 70B?": the yes or no comes first. One replica either fits
// the GPUs the team owns at the precision costed, or at a smaller one (INT8, INT4), or not at all;
// the monthly estimate below may still add GPUs for the peak and a spare replica.
import type { Model } from "../catalog/schema.js";
import type { AssumptionEdits, Precision } from "../costs/assumptions.js";
import { selfHostEstimate, type SelfHostEstimate } from "../costs/self-host.js";
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import { gpuByKey } from "../costs/selfhost-data.js";
import type { Volume } from "../costs/volume.js";

// Smaller precisions to try, largest first (each halves the weights' memory or better).
const SMALLER: Record<Precision, Precision[]> = {
  fp16: ["fp8", "int8", "int4"],
  fp8: ["int4"],
  int8: ["int4"],
  int4: [],
};

const gb = (n: number) => `${Math.round(n * 10) / 10} GB`;
const need = (e: SelfHostEstimate) =>
  `${e.gpusPerReplica} GPU${e.gpusPerReplica === 1 ? "" : "s"} at ${e.precision.toUpperCase()} (${gb(e.memory.weightsGb)} weights + ${gb(e.memory.kvCacheGb)} KV cache)`;

/** The answer to "does it fit on the GPUs we own?", or null when no owned GPUs were stated. */
export function ownedFitLine(
  model: Model,
  estimate: SelfHostEstimate,
  volume: Volume,
  edits: AssumptionEdits,
  data: SelfHostData,
): string | null {
  const owned = estimate.owned?.count;
  if (!owned) return null;
  const yours = `your ${owned}× ${estimate.gpu.name}`;
  // FP8 only where the GPU has FP8 tensor cores (an A100 serves 8-bit as INT8).
  const fp8 = gpuByKey(data, estimate.gpu.key)?.fp8Supported === true;
  const extra =
    estimate.gpus > owned
      ? ` The estimate below adds GPUs for the ${estimate.peakToAverage}× peak${estimate.spareReplicas > 0 ? " and a spare replica" : ""}; say "no spare" to size it closer to yours.`
      : "";
  if (estimate.gpusPerReplica <= owned)
    return `**Does ${model.name} fit ${yours}?** Yes: one replica needs ${need(estimate)}.${extra}`;
  for (const precision of SMALLER[estimate.precision].filter((p) => p !== "fp8" || fp8)) {
    const alt = selfHostEstimate(model, volume, { ...edits, precision }, data);
    if ("unavailable" in alt || alt.precision !== precision || alt.gpusPerReplica > owned) continue;
    return `**Does ${model.name} fit ${yours}?** Not at ${estimate.precision.toUpperCase()}: one replica needs ${need(estimate)}. At ${precision.toUpperCase()} it fits: ${need(alt)}; say "${precision}" to cost it that way (quantisation can cost some quality).`;
  }
  return `**Does ${model.name} fit ${yours}?** No: one replica needs ${need(estimate)}${estimate.precision === "int4" ? "" : `, and more than ${owned} even at INT4`}.`;
}
