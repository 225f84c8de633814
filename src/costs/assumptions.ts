// Self-hosting assumptions a user can change in the conversation ("assume H100 at $2.10/h",
// "int4", "50% utilization", "no ops staff"). Keys are shared by the slot parser (which fills
// them from text) and the cost engine (which applies them over its defaults).
import { statedRequestTokens, type Volume } from "./volume.js";

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
  /**
   * Set by the cost engine, never from the conversation (toAssumptionEdits does not read it): the
   * concurrency above was derived from the volume's peak output rate (withLoadConcurrency).
   */
  concurrencyLoad?: {
    peakOutputTokensPerSec: number;
    /** The sequences a replica's memory is sized for, when not the load's (at most 32): a break-even keeps the stated volume's replica. */
    sizedFor?: number;
  };
  /** Context tokens per sequence to budget KV cache for. */
  contextTokens?: number;
  /** Peak load ÷ average load the fleet is sized for ("peak is 2× average"). */
  peakToAverage?: number;
  /** Spare replicas for failures and upgrades: 1 = N+1 (default), 0 = none. */
  spareReplicas?: number;
  /**
   * The GPUs the team said it would run on, owned or not ("on 2x a100", "what about 8 h100s
   * instead"): the fleet is that group (at least), with no spare the group cannot hold.
   */
  gpuCount?: number;
  /** GPUs the team owns ("we own 8 H100s"); their type becomes the GPU unless one is named. */
  ownedGpuCount?: number;
  ownedGpuType?: string;
  /** GPUs in each of the team's servers ("2 servers with 2x L40S each"): a replica fits within one. */
  ownedGpusPerServer?: number;
  /** What one owned GPU cost (USD) and over how many years it is written off. */
  ownedGpuPurchaseUsd?: number;
  ownedLifeYears?: number;
  /** The team's capacity to run GPUs ("no ops staff" = none). */
  opsCapacity?: OpsCapacity;
  /**
   * The weights run on the team's premises: nothing there can be rented, so GPUs beyond those
   * owned are bought (amortised like them), and a spare the owned GPUs cannot hold is left out.
   * From the requirements (deployment on-prem), never from a message's assumption words.
   */
  onPremises?: boolean;
  /**
   * The team will buy its GPUs ("we don't have GPUs yet", a capex for hardware): every GPU the
   * estimate runs is bought (amortised like owned ones), none rented. From the requirements only.
   */
  buysGpus?: boolean;
  /** A capex for that hardware stated in US dollars: the purchase is checked against it. */
  capexUsd?: number;
}

/** A team's capacity to run GPUs, least first: the one list the requirements, profile and slots read. */
export const OPS_CAPACITIES = ["none", "some", "strong"] as const;
export type OpsCapacity = (typeof OPS_CAPACITIES)[number];

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
  const peak = num("peakToAverage");
  if (peak !== undefined && peak >= 1 && peak <= 100) out.peakToAverage = peak;
  const spare = num("spareReplicas");
  if (spare !== undefined && spare >= 0 && spare <= 10) out.spareReplicas = Math.round(spare);
  const group = num("gpuCount");
  if (group !== undefined && group >= 1 && group <= 100_000) out.gpuCount = Math.round(group);
  const owned = num("ownedGpuCount");
  if (owned !== undefined && owned >= 1 && owned <= 100_000) out.ownedGpuCount = Math.round(owned);
  if (typeof record.ownedGpuType === "string" && record.ownedGpuType.length > 0) out.ownedGpuType = record.ownedGpuType;
  const perServer = num("ownedGpusPerServer");
  if (perServer !== undefined && perServer >= 1 && perServer <= 64) out.ownedGpusPerServer = Math.round(perServer);
  const purchase = num("ownedGpuPurchaseUsd");
  if (purchase !== undefined && purchase > 0) out.ownedGpuPurchaseUsd = purchase;
  const life = num("ownedLifeYears");
  if (life !== undefined && life > 0 && life <= 20) out.ownedLifeYears = life;
  if (typeof record.opsCapacity === "string" && (OPS_CAPACITIES as readonly string[]).includes(record.opsCapacity))
    out.opsCapacity = record.opsCapacity as OpsCapacity;
  return out;
}

/**
 * Standing team facts that change a self-hosting estimate (from the requirements or the team
 * profile): the GPU price they pay, hardware they own, and their ops capacity. Edits the
 * conversation made ("assume $3/h") are applied on top by the caller.
 */
export function editsFromRequirements(req: {
  deployment?: string;
  gpuHourlyUsd?: number;
  ownedGpus?: { type: string; count: number; perServer?: number };
  namedGpus?: { type: string; count?: number };
  mlOpsExperience?: OpsCapacity;
  contextTokens?: number;
  volume?: Volume;
  peakToAverage?: number;
  hardwareToBuy?: { capex?: { currency: string; amount: number } };
  cloudProvider?: string;
}): AssumptionEdits {
  const out: AssumptionEdits = {};
  if (req.gpuHourlyUsd !== undefined && req.gpuHourlyUsd >= 0) out.gpuHourlyUsd = req.gpuHourlyUsd;
  if (req.ownedGpus && req.ownedGpus.count >= 1) {
    out.ownedGpuCount = Math.round(req.ownedGpus.count);
    out.ownedGpuType = req.ownedGpus.type;
    if (req.ownedGpus.perServer !== undefined) out.ownedGpusPerServer = req.ownedGpus.perServer;
  }
  // GPUs named as where it runs (not owned): the fleet is that group, rented at the GPU's median.
  else if (req.namedGpus) {
    out.gpu = req.namedGpus.type;
    // Rented with no count said: the card is set, the count is the sizing's.
    if (req.namedGpus.count !== undefined) out.gpuCount = req.namedGpus.count;
  }
  if (req.mlOpsExperience) out.opsCapacity = req.mlOpsExperience;
  if (req.peakToAverage !== undefined && req.peakToAverage >= 1) out.peakToAverage = req.peakToAverage;
  if (req.deployment === "on-prem") out.onPremises = true;
  if (req.hardwareToBuy) out.buysGpus = true;
  // On its own premises, with no cloud account named to rent in and no rental price said, a team
  // buys the GPUs it runs: nothing there can be rented (Nairobi's 'we run our own data centre').
  if (req.deployment === "on-prem" && req.cloudProvider === undefined && req.gpuHourlyUsd === undefined)
    out.buysGpus = true;
  if (req.hardwareToBuy?.capex?.currency === "USD") out.capexUsd = req.hardwareToBuy.capex.amount;
  // The context each sequence holds: the stated one, else the size of one request as the team said it.
  const context = req.contextTokens ?? statedRequestTokens(req.volume);
  if (context !== undefined && context >= 256) out.contextTokens = Math.round(context);
  return out;
}

/**
 * The self-hosting edits of a thread: its standing facts (GPU price, owned GPUs, ops capacity,
 * context) under the assumptions it changed ("int4", "$2.10/h"). The recommendation and the
 * self-hosting answer both read this, so "why not X?" and "self-host X" give the same figure.
 */
export function threadCostEdits(
  req: Parameters<typeof editsFromRequirements>[0],
  assumptions: Readonly<Record<string, string | number | boolean>> | undefined,
): AssumptionEdits {
  return { ...editsFromRequirements(req), ...toAssumptionEdits(assumptions) };
}
