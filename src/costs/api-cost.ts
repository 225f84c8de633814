// API cost of a monthly volume at one offering's per-million-token prices.
import type { Offering } from "../catalog/schema.js";
import type { Volume } from "./volume.js";

export interface ApiCost {
  provider: string;
  providerName: string;
  providerModelId: string;
  inputUsd: number;
  outputUsd: number;
  /** Cost of the cached part of the input, at the cached price (0 when nothing is cached). */
  cachedInputUsd: number;
  totalUsd: number;
  /** Prices used, so the answer can show its working. */
  prices: { inputPerMTok: number; outputPerMTok: number; cachedInputPerMTok: number | null };
  source: string;
  asOf: string;
}

const PER_MILLION = 1_000_000;

export function apiMonthlyCost(offering: Offering, volume: Volume): ApiCost {
  // Cached tokens are billed at the cached price where one exists, else as ordinary input.
  const cachedPrice = offering.cachedInputPerMTok ?? offering.inputPerMTok;
  const cached = Math.min(volume.cachedInputTokensPerMonth, volume.inputTokensPerMonth);
  const uncached = volume.inputTokensPerMonth - cached;
  const inputUsd = (uncached * offering.inputPerMTok) / PER_MILLION;
  const cachedInputUsd = (cached * cachedPrice) / PER_MILLION;
  const outputUsd = (volume.outputTokensPerMonth * offering.outputPerMTok) / PER_MILLION;
  return {
    provider: offering.provider,
    providerName: offering.providerName,
    providerModelId: offering.providerModelId,
    inputUsd,
    outputUsd,
    cachedInputUsd,
    totalUsd: inputUsd + cachedInputUsd + outputUsd,
    prices: {
      inputPerMTok: offering.inputPerMTok,
      outputPerMTok: offering.outputPerMTok,
      cachedInputPerMTok: offering.cachedInputPerMTok,
    },
    source: offering.source,
    asOf: offering.asOf,
  };
}

/** The cheapest offering for a volume (ties: first-party first), or undefined when none is priced. */
export function cheapestOffering(offerings: readonly Offering[], volume: Volume): ApiCost | undefined {
  let best: ApiCost | undefined;
  let bestFirstParty = false;
  for (const offering of offerings) {
    const cost = apiMonthlyCost(offering, volume);
    if (
      !best ||
      cost.totalUsd < best.totalUsd ||
      (cost.totalUsd === best.totalUsd && offering.firstParty && !bestFirstParty)
    ) {
      best = cost;
      bestFirstParty = offering.firstParty;
    }
  }
  return best;
}
