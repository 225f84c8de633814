// Defaults of the self-hosting estimate that are not in the reference data. Each is shown as an
// assumption in the answer (marked OUR assumption where it has no source) and can be changed.
import type { OpsCapacity } from "./assumptions.js";
import type { OpsInputs } from "./fleet.js";

export const SELF_HOST_DEFAULTS = {
  gpu: "H100-SXM-80GB",
  /** Tried in order when the model does not fit one 8-GPU node of the default GPU. */
  largerGpus: ["H200-SXM-141GB", "B200-180GB"],
  /**
   * NVIDIA data-centre GPUs a plan may be sized on when the team names none, each with the largest
   * tensor-parallel group it is tried in: the PCIe-only cards (no NVLink) at most in pairs, since
   * beyond that the cards' link, not their memory bandwidth, sets the pace. OUR assumption. The
   * cheapest fit at the team's volume is chosen (see cheapestPlan). Consumer cards (RTX) are left
   * out: their driver licence does not cover data-centre serving; AMD cards: the measured rows and
   * the serving stack assumed are NVIDIA's.
   */
  gpuChoices: [
    { key: "L4-24GB", maxGroup: 2 },
    { key: "A10G-24GB", maxGroup: 2 },
    { key: "L40S-48GB", maxGroup: 2 },
    { key: "H100-PCIe-80GB", maxGroup: 2 },
    { key: "A100-40GB", maxGroup: 8 },
    { key: "A100-80GB", maxGroup: 8 },
    { key: "H100-SXM-80GB", maxGroup: 8 },
    { key: "H200-SXM-141GB", maxGroup: 8 },
    { key: "B200-180GB", maxGroup: 8 },
  ],
  contextTokens: 4096,
  /**
   * Sequences a replica's memory is sized to hold: the load's (concurrencyForLoad) up to this
   * many, and this many when the load is unknown (the selfhost.md worked example's 32). A load
   * that keeps more in flight fills the KV memory the replica has left after its weights
   * (servingConcurrency) before more replicas are added.
   */
  concurrency: 32,
  /** The most sequences an engine batches at once per replica. OUR assumption (an engine's batch limit). */
  maxConcurrency: 256,
  /** The least a service batches (a few users at once, a retry): OUR assumption, also the owned-hardware fit's floor. */
  minConcurrency: 4,
  /**
   * Output tokens per second each sequence is decoded at when the fleet is busiest: a stream a
   * reader does not wait on (people read ~5–10 tokens/s). OUR assumption; a slower stream would
   * hold more sequences at once, so this bounds the KV cache from above for any faster engine.
   */
  streamTokensPerSec: 20,
  /** Daytime traffic: the busiest hour carries about 3× the month's average rate. OUR assumption. */
  peakToAverage: 3,
  /** N+1: one spare replica for failures and rolling upgrades. */
  spareReplicas: 1,
  /** Share of peak memory bandwidth a decode step achieves. OUR assumption. */
  bandwidthShare: 0.7,
  /**
   * Ops staff, OUR assumptions (1 FTE ≈ 173 hours a month): about a day a month for the serving
   * stack (upgrades, monitoring, on-call), half a day a month per GPU of the first node (a full
   * node is 0.25 FTE), and 0.1 FTE per node after it (copies of the first).
   */
  opsBaseFte: 0.05,
  opsPerGpuFte: 0.025,
  opsPerExtraNodeFte: 0.1,
  opsStaffMonthlyUsd: 15_000,
  /**
   * Ops capacity multipliers: a team new to GPUs takes longer; one with no ops staff contracts
   * on-call MLOps at twice an experienced team's time (the penalty the answer states).
   */
  opsCapacityFactor: { strong: 1, some: 1.5, none: 2 } as Record<OpsCapacity, number>,
} as const;

/** The ops inputs of a plan for a team's ops capacity (not stated: an experienced team) and FTE cost. */
export function opsInputsFor(
  capacity: OpsCapacity | null,
  fteMonthlyUsd: number = SELF_HOST_DEFAULTS.opsStaffMonthlyUsd,
): OpsInputs {
  const d = SELF_HOST_DEFAULTS;
  return {
    baseFte: d.opsBaseFte,
    perGpuFte: d.opsPerGpuFte,
    perExtraNodeFte: d.opsPerExtraNodeFte,
    capacityFactor: d.opsCapacityFactor[capacity ?? "strong"],
    fteMonthlyUsd,
  };
}
