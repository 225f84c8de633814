// API cost of a monthly volume at one offering's per-million-token prices.
import type { LongContextTier, Offering } from "../catalog/schema.js";
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
  /** The long-context rate that priced it, when each request is over that rate's threshold. */
  longContextTier: LongContextTier | null;
  source: string;
  asOf: string;
}

const PER_MILLION = 1_000_000;

/**
 * The rate a request of `promptTokens` is billed at: providers with long-context pricing (Gemini
 * Pro over 200K, GPT-5.x over 272K) bill the whole request at the higher rate once the prompt
 * passes the threshold, so the highest threshold below the prompt wins.
 */
export function longContextTierFor(offering: Offering, promptTokens: number | undefined): LongContextTier | null {
  if (promptTokens === undefined || !offering.longContextTiers) return null;
  let applied: LongContextTier | null = null;
  for (const tier of offering.longContextTiers) if (promptTokens > tier.aboveInputTokens) applied = tier;
  return applied;
}

export function apiMonthlyCost(offering: Offering, volume: Volume): ApiCost {
  // Only a volume counted per request knows each prompt's size; a bare monthly total is billed at
  // the base rate (its requests could be any size).
  const tier = longContextTierFor(offering, volume.perItem?.inputTokens);
  const rates = tier ?? offering;
  // Cached tokens are billed at the cached price where one exists, else as ordinary input.
  const cachedPrice = rates.cachedInputPerMTok ?? rates.inputPerMTok;
  const cached = Math.min(volume.cachedInputTokensPerMonth, volume.inputTokensPerMonth);
  const uncached = volume.inputTokensPerMonth - cached;
  const inputUsd = (uncached * rates.inputPerMTok) / PER_MILLION;
  const cachedInputUsd = (cached * cachedPrice) / PER_MILLION;
  const outputUsd = (volume.outputTokensPerMonth * rates.outputPerMTok) / PER_MILLION;
  return {
    provider: offering.provider,
    providerName: offering.providerName,
    providerModelId: offering.providerModelId,
    inputUsd,
    outputUsd,
    cachedInputUsd,
    totalUsd: inputUsd + cachedInputUsd + outputUsd,
    prices: {
      inputPerMTok: rates.inputPerMTok,
      outputPerMTok: rates.outputPerMTok,
      cachedInputPerMTok: rates.cachedInputPerMTok,
    },
    longContextTier: tier,
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
