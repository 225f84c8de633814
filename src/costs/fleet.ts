// From one replica to a fleet and a monthly bill, as pure functions of plain numbers:
//   replicas = ceil(peak output rate ÷ one replica's rate) (at least 1), plus one spare (N+1)
//   GPUs     = replicas × GPUs per replica; nodes = GPUs ÷ 8 (a replica larger than 8 spans nodes)
//   GPU cost = owned GPUs at their amortised rate first, the rest rented, × hours in the month
//   ops      = staff time that grows with what is run (the GPUs of the first node, then whole
//              nodes), scaled by the team's ops capacity
//
// Golden case: 100M output tokens a month -> 100e6 ÷ (730 × 3,600) = 38.05 tok/s on average;
// peak 3× = 114.2 tok/s; one replica of 1,348 tok/s carries it -> 1 replica + 1 spare = 2 replicas
// of 2 H100s = 4 GPUs = 1 node; 4 × $3.99 × 730 h = $11,651.
// A stated group of 8 H100 with 2 per replica: max(1 + 1, 8 ÷ 2) = 4 replicas, all 8 GPUs priced.
// Ops: 0.05 FTE for the serving stack + 0.025 per GPU of the first node (+0.1 per extra node):
// 4 GPUs on 1 node = 0.15 FTE × $15,000 = $2,250 (strong team: × 1); a full node is 0.25 FTE,
// one card 0.075 FTE ($1,125).

export const GPUS_PER_NODE = 8;

export interface FleetInputs {
  /** Average output tokens per second over the month. */
  averageOutputTokensPerSec: number;
  /** Peak load ÷ average load (>= 1). */
  peakToAverage: number;
  replicaOutputTokensPerSec: number;
  gpusPerReplica: number;
  /** Spare replicas kept for failures and rolling upgrades (1 = N+1). */
  spareReplicas: number;
  /**
   * A GPU group the team said it runs on ("on 8 H100s"): the fleet is at least that group, and its
   * replicas beyond the peak's are spares. A peak the group cannot carry adds replicas beyond it.
   */
  statedGpus?: number | null;
}

export interface Fleet {
  /** Replicas the peak needs, before the spare (>= 1). */
  replicasForPeak: number;
  replicas: number;
  gpus: number;
  nodes: number;
  /** Average load of all replicas (0..1). */
  averageLoad: number;
}

export function sizeFleet(x: FleetInputs): Fleet {
  const peak = x.averageOutputTokensPerSec * Math.max(1, x.peakToAverage);
  const replicasForPeak = Math.max(1, Math.ceil(peak / x.replicaOutputTokensPerSec - 1e-9));
  const stated = Math.max(0, x.statedGpus ?? 0);
  const replicas = Math.max(replicasForPeak + Math.max(0, x.spareReplicas), Math.floor(stated / x.gpusPerReplica));
  const gpus = Math.max(replicas * x.gpusPerReplica, stated);
  return {
    replicasForPeak,
    replicas,
    gpus,
    nodes: nodesFor(gpus),
    averageLoad: x.averageOutputTokensPerSec / (replicas * x.replicaOutputTokensPerSec),
  };
}

/** Whole 8-GPU nodes: small replicas share a node; a replica over 8 GPUs is a multiple of 8. */
export function nodesFor(gpus: number): number {
  return gpus <= 0 ? 0 : Math.ceil(gpus / GPUS_PER_NODE - 1e-9);
}

export interface GpuRates {
  /** $/GPU-hour for rented GPUs. */
  rentedUsdPerHour: number;
  /** GPUs the team owns (used first), and their amortised $/GPU-hour. */
  ownedGpus: number;
  ownedUsdPerHour: number;
}

/** Monthly GPU cost of `gpus` GPUs (may be fractional for the continuous break-even curve). */
export function gpuMonthlyUsd(gpus: number, rates: GpuRates, hoursPerMonth: number): number {
  const owned = Math.min(gpus, Math.max(0, rates.ownedGpus));
  const rented = Math.max(0, gpus - owned);
  return (owned * rates.ownedUsdPerHour + rented * rates.rentedUsdPerHour) * hoursPerMonth;
}

/**
 * A rate per GPU-hour as it is quoted and shown: to the cent. The plan prices with this rounded
 * rate, so the line a reader sees ("4 GPUs × $0.71/h × 730 h") recomputes to the total exactly.
 */
export function hourlyRate(usd: number): number {
  return Math.round(usd * 100) / 100;
}

/** Owned hardware: purchase price spread over its life, plus power and hosting, per GPU-hour (to the cent). */
export function amortisedUsdPerHour(purchaseUsd: number, lifeYears: number, powerHostingUsdPerHour: number): number {
  return hourlyRate(purchaseUsd / (lifeYears * 8760) + powerHostingUsdPerHour);
}

export interface OpsInputs {
  /** FTE for the serving stack itself (upgrades, monitoring, on-call), whatever it runs on. */
  baseFte: number;
  /** FTE per GPU of the first node: one card in a workstation is less to keep up than a full node. */
  perGpuFte: number;
  /** Extra FTE per additional node. */
  perExtraNodeFte: number;
  /** Multiplier for the team's ops capacity (1 = an experienced team). */
  capacityFactor: number;
  fteMonthlyUsd: number;
}

/**
 * Ops staff time for a fleet of `gpus` GPUs on `nodes` nodes (both may be fractional for the
 * continuous break-even curve): the serving stack, each GPU of the first node, each node after it.
 */
export function opsFte(gpus: number, x: OpsInputs, nodes: number = nodesFor(gpus)): number {
  const firstNodeGpus = Math.min(Math.max(0, gpus), GPUS_PER_NODE);
  return (x.baseFte + x.perGpuFte * firstNodeGpus + x.perExtraNodeFte * Math.max(0, nodes - 1)) * x.capacityFactor;
}

export function opsMonthlyUsd(gpus: number, x: OpsInputs, nodes: number = nodesFor(gpus)): number {
  return opsFte(gpus, x, nodes) * x.fteMonthlyUsd;
}

/**
 * GPUs of a group the team named ("what would 8x h100 cost us?") beyond the replicas the peak and
 * the spare need: headroom, said as such, not as more spare replicas (Pune: one 2-GPU replica
 * carries the peak, so 4 of the 8 are headroom, not "3 spare"). 0 when the team named none.
 */
export function namedHeadroomGpus(x: {
  gpus: number;
  replicasForPeak: number;
  spareReplicas: number;
  gpusPerReplica: number;
  statedGpus: number | null;
}): number {
  if (x.statedGpus === null) return 0;
  return Math.max(0, x.gpus - (x.replicasForPeak + x.spareReplicas) * x.gpusPerReplica);
}

/** "; the load needs 4 of the 8 GPUs you named, the other 4 are headroom", or "" with none. */
export function namedHeadroomWords(headroom: number, statedGpus: number | null): string {
  return headroom > 0 && statedGpus !== null
    ? `; the load needs ${statedGpus - headroom} of the ${statedGpus} GPUs you named, the other ${headroom} are headroom`
    : "";
}
