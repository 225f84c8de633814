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
