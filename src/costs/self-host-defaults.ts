// Defaults of the self-hosting estimate that are not in the reference data. Each is shown as an
// assumption in the answer (marked OUR assumption where it has no source) and can be changed.
import type { OpsCapacity } from "./assumptions.js";

export const SELF_HOST_DEFAULTS = {
  gpu: "H100-SXM-80GB",
  /** Tried in order when the model does not fit one 8-GPU node of the default GPU. */
  largerGpus: ["H200-SXM-141GB", "B200-180GB"],
  contextTokens: 4096,
  concurrency: 32,
  /** Daytime traffic: the busiest hour carries about 3× the month's average rate. OUR assumption. */
  peakToAverage: 3,
  /** N+1: one spare replica for failures and rolling upgrades. */
  spareReplicas: 1,
  /** Share of peak memory bandwidth a decode step achieves. OUR assumption. */
  bandwidthShare: 0.7,
  /** Ops staff for the first node (on-call, upgrades, monitoring) and each extra node. OUR assumptions. */
  opsBaseFte: 0.25,
  opsPerExtraNodeFte: 0.1,
  opsStaffMonthlyUsd: 15_000,
  /** Ops capacity multipliers: a team new to GPUs takes longer; none must contract it in. */
  opsCapacityFactor: { strong: 1, some: 1.5, none: 2 } as Record<OpsCapacity, number>,
  /** No ops staff: at least half an FTE of contracted on-call MLOps (the penalty the answer states). */
  noOpsMinimumFte: 0.5,
} as const;
