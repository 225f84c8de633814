// "We have 2 A100s, can we run Llama 3.3 70B?", "does gpt-oss-120b fit on one h100?": the yes or
// no comes first, with its inputs. One replica either fits the GPUs said (owned or asked about) at
// the precision costed, or at a smaller one (INT8, INT4), or not at all; the monthly estimate
// below may still add GPUs for the peak and a spare replica, and says so.
import type { Model } from "../catalog/schema.js";
import type { AssumptionEdits, Precision } from "../costs/assumptions.js";
import { selfHostEstimate, type SelfHostEstimate } from "../costs/self-host.js";
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import { gpuByKey } from "../costs/selfhost-data.js";
import { kvRoomSequences, largestGroup } from "../costs/sizing.js";
import { ownedAsNeeded } from "../costs/owned-gpus.js";
import type { Volume } from "../costs/volume.js";
import { formatCount } from "../render/format.js";

// Smaller precisions to try, largest first (each halves the weights' memory or better).
const SMALLER: Record<Precision, Precision[]> = {
  fp16: ["fp8", "int8", "int4"],
  fp8: ["int4"],
  int8: ["int4"],
  int4: [],
};

const gb = (n: number) => `${Math.round(n * 10) / 10} GB`;
const need = (e: SelfHostEstimate) =>
  `${e.gpusPerReplica} GPU${e.gpusPerReplica === 1 ? "" : "s"} at ${e.weightsFormat ?? e.precision.toUpperCase()} (${gb(e.memory.weightsGb)} weights + ${gb(e.memory.kvCacheGb)} KV cache for ${e.memory.concurrency} sequences of ${formatCount(e.memory.contextTokens)} tokens)`;

/** The GPUs one replica may use: a tensor-parallel group within one server (sizing.ts largestGroup). */
interface Room {
  gpus: number;
  /** Why fewer than all the GPUs said, or "" when one replica may use them all. */
  why: string;
}

/** What one replica needs against the GPUs it may use, with the engine's headroom and the room left. */
function within(e: SelfHostEstimate, room: Room): string {
  const count = room.gpus;
  const usable = e.memory.usableGbPerGpu * count;
  const left = kvRoomSequences(usable, e.memory.weightsGb, e.memory.kvBytesPerToken, e.memory.contextTokens);
  const roomText = Number.isFinite(left)
    ? `; the memory left after the weights holds ${formatCount(left)} sequences of ${formatCount(e.memory.contextTokens)} tokens`
    : "";
  return `${gb(e.memory.needGb)} of the ${gb(usable)} usable on ${count} (${room.why ? `${room.why}; ` : ""}${Math.round(e.memory.memoryFraction * 100)}% of ${e.gpu.memoryGb} GB each; the rest is the engine's headroom)${roomText}`;
}

/**
 * The answer to "does it fit?": on the GPUs the team owns, else on the count it asked about
 * (`asked`), or null when neither was said.
 */
export function fitLine(
  model: Model,
  estimate: SelfHostEstimate,
  volume: Volume,
  edits: AssumptionEdits,
  data: SelfHostData,
  asked?: { gpus: number },
): string | null {
  const owned = estimate.owned?.count;
  // GPUs owned with no count said ("our A10s"): what one replica needs, never a count made up.
  if (owned !== undefined && ownedAsNeeded(owned))
    return `**Does ${model.name} fit your ${estimate.gpu.name} GPUs?** One replica needs ${need(estimate)}, ${Math.round(estimate.memory.memoryFraction * 100)}% of each GPU's ${estimate.gpu.memoryGb} GB usable. You have not said how many you have, so the estimate below counts as many as it needs as yours; say how many (e.g. "we have 4") to size it on them.`;
  const count = owned ?? asked?.gpus;
  if (!count) return null;
  const yours = owned ? `your ${owned}× ${estimate.gpu.name}` : `${count}× ${estimate.gpu.name}`;
  const perServer = owned ? (estimate.owned?.perServer ?? null) : null;
  const most = owned ? (estimate.owned?.largestGroup ?? count) : largestGroup(count);
  const room: Room = {
    gpus: most,
    why:
      most === count
        ? ""
        : perServer !== null && most === largestGroup(perServer)
          ? `one server's: your ${count} are in servers of ${perServer}, and a replica stays within one`
          : `one replica runs on 1, 2, 4 or 8 GPUs, tensor-parallel`,
  };
  // FP8 only where the GPU has FP8 tensor cores (an A100 serves 8-bit as INT8).
  const fp8 = gpuByKey(data, estimate.gpu.key)?.fp8Supported === true;
  const extra =
    estimate.gpus > count
      ? ` The estimate below runs ${estimate.gpus} GPUs: ${estimate.replicasForPeak} replica${estimate.replicasForPeak === 1 ? "" : "s"} for the ${estimate.peakToAverage}× peak${estimate.spareReplicas > 0 ? " and a spare replica for failures and upgrades" : ""}; say "no spare" to size it closer to ${owned ? "yours" : "those"}.`
      : "";
  const q = `**Does ${model.name} fit ${yours}?**`;
  // Costed at a precision chosen to fit the owned cards: say the default first, as asked.
  const fitted = estimate.precisionFitted;
  if (fitted && estimate.gpusPerReplica <= most) {
    const dflt = selfHostEstimate(model, volume, { ...edits, precision: fitted.instead }, data);
    if (!("unavailable" in dflt) && dflt.gpusPerReplica > most)
      return `${q} Not at ${fitted.instead.toUpperCase()}: one replica needs ${need(dflt)}. At ${estimate.precision.toUpperCase()} it fits: ${need(estimate)}, ${within(estimate, room)}; the estimate below is costed that way (say "${estimate.precision}" to cost it so in later answers too; quantisation can cost some quality).${extra}`;
  }
  if (estimate.gpusPerReplica <= most)
    return `${q} Yes: one replica needs ${need(estimate)}: ${within(estimate, room)}.${extra}`;
  for (const precision of SMALLER[estimate.precision].filter((p) => p !== "fp8" || fp8)) {
    const alt = selfHostEstimate(model, volume, { ...edits, precision }, data);
    if ("unavailable" in alt || alt.precision !== precision || alt.gpusPerReplica > most) continue;
    return `${q} Not at ${estimate.precision.toUpperCase()}: one replica needs ${need(estimate)}. At ${precision.toUpperCase()} it fits: ${need(alt)}, ${within(alt, room)}; say "${precision}" to cost it that way (quantisation can cost some quality).`;
  }
  return `${q} No: one replica needs ${need(estimate)}${estimate.precision === "int4" ? "" : `, and more than ${most}${room.why ? ` (${room.why})` : ""} even at INT4`}.`;
}
