// How many times more one per-token price list costs than another for a given input/output mix.
// A ratio of per-token prices depends on the mix: "$0.60/$0.70 vs $10/$30" is 16.7× on input
// alone, 42.9× on output alone, and 24× for 3 input tokens per output token.

export interface PricePair {
  inputPerMTok: number;
  outputPerMTok: number;
}

export interface PriceRatio {
  /** Monthly cost of the volume at prices a and b. */
  costA: number;
  costB: number;
  /** costB / costA: "b costs `ratio` times as much as a"; null when a costs nothing. */
  ratio: number | null;
  /** Share of input tokens in the volume. */
  inputShare: number;
  /** USD per 1M tokens, input and output together, at this mix. */
  blendedA: number;
  blendedB: number;
}

const PER_MILLION = 1_000_000;

export function priceRatio(
  a: PricePair,
  b: PricePair,
  volume: { inputTokensPerMonth: number; outputTokensPerMonth: number },
): PriceRatio {
  const i = volume.inputTokensPerMonth;
  const o = volume.outputTokensPerMonth;
  const costA = (i * a.inputPerMTok + o * a.outputPerMTok) / PER_MILLION;
  const costB = (i * b.inputPerMTok + o * b.outputPerMTok) / PER_MILLION;
  const total = i + o;
  const mtok = total / PER_MILLION;
  return {
    costA,
    costB,
    ratio: costA > 0 ? costB / costA : null,
    inputShare: total > 0 ? i / total : 0,
    blendedA: mtok > 0 ? costA / mtok : 0,
    blendedB: mtok > 0 ? costB / mtok : 0,
  };
}

/** Blended USD per 1M tokens for an input share s (0..1). */
export function blendedPerMTok(p: PricePair, inputShare: number): number {
  return inputShare * p.inputPerMTok + (1 - inputShare) * p.outputPerMTok;
}
