// Self-hosting assumptions a user can change in the conversation ("assume H100 at $2.10/h",
// "int4", "50% utilization", "no ops staff"). Keys are shared by the slot parser (which fills
// them from text) and the cost engine (which applies them over its defaults).
export type Precision = "fp16" | "fp8" | "int8" | "int4";

export interface AssumptionEdits {
  /** A gpu_key from catalog/selfhost.json, e.g. "H100-SXM-80GB". */
  gpu?: string;
  gpuHourlyUsd?: number;
  precision?: Precision;
  /** Share of the month the GPUs are busy, 0 < u <= 1. */
  utilization?: number;
  /** Full-time-equivalent operations staff for the self-hosted deployment (0 = none). */
  opsStaffFte?: number;
  /** Loaded monthly cost of one FTE. */
  opsStaffMonthlyUsd?: number;
  /** Concurrent sequences the deployment must hold in KV cache. */
  concurrency?: number;
  /** Context tokens per sequence to budget KV cache for. */
  contextTokens?: number;
}

const PRECISIONS: readonly Precision[] = ["fp16", "fp8", "int8", "int4"];

/**
 * Reads the loosely typed edits kept in the session (and carried by cost intents) into
 * AssumptionEdits, dropping values that are out of range rather than trusting them.
 */
export function toAssumptionEdits(
  record: Readonly<Record<string, string | number | boolean>> | undefined,
): AssumptionEdits {
  const out: AssumptionEdits = {};
  if (!record) return out;
  const num = (k: string): number | undefined => {
    const v = record[k];
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
  };
  if (typeof record.gpu === "string" && record.gpu.length > 0) out.gpu = record.gpu;
  const rate = num("gpuHourlyUsd");
  if (rate !== undefined && rate >= 0) out.gpuHourlyUsd = rate;
  if (typeof record.precision === "string" && (PRECISIONS as readonly string[]).includes(record.precision))
    out.precision = record.precision as Precision;
  let util = num("utilization");
  // "50% utilization" may arrive as 50 rather than 0.5.
  if (util !== undefined && util > 1 && util <= 100) util /= 100;
  if (util !== undefined && util > 0 && util <= 1) out.utilization = util;
  const fte = num("opsStaffFte");
  if (fte !== undefined && fte >= 0) out.opsStaffFte = fte;
  const fteCost = num("opsStaffMonthlyUsd");
  if (fteCost !== undefined && fteCost >= 0) out.opsStaffMonthlyUsd = fteCost;
  const conc = num("concurrency");
  if (conc !== undefined && conc >= 1) out.concurrency = Math.round(conc);
  const ctx = num("contextTokens");
  if (ctx !== undefined && ctx >= 1) out.contextTokens = Math.round(ctx);
  return out;
}
