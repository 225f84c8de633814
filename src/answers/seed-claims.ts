// The 2024 open-vs-closed article this product grew from claimed "Llama 3 70B at $0.60/$0.70 per
// 1M tokens is about 10 times cheaper than GPT-4 at $10/$30". Cost answers about that pair work
// the claim out for the user's input/output mix and say where it went wrong.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { Volume } from "../costs/volume.js";
import { formatRatio, formatTokens, formatUsd } from "../render/format.js";

export const SEED_PRICE_CLAIM = {
  closed: { pattern: /^gpt-4(-0613|-0314)?$/, label: "GPT-4", input: 10, output: 30 },
  open: { pattern: /^(meta-)?llama-?3-70b/, label: "Llama 3 70B", input: 0.6, output: 0.7 },
  claimedRatio: 10,
  source: "Open-vs-closed LLM comparison blog post (2024-07-31)",
  asOf: "2024-07-31",
} as const;

export interface SeedClaimCheck {
  claimedRatio: number;
  ratioAtClaimedPrices: number;
  note: string;
}

/** Whether two models are the pair the 2024 claim was about (GPT-4 and Llama 3 70B, not 3.1). */
export function isSeedClaimPair(models: Model[]): boolean {
  const ids = models.map((m) => m.id);
  return (
    ids.some((id) => SEED_PRICE_CLAIM.closed.pattern.test(id)) &&
    ids.some((id) => SEED_PRICE_CLAIM.open.pattern.test(id) && !/3\.[1-9]/.test(id))
  );
}

/** The claim worked out at the user's mix: the prices it quoted give this ratio, not "about 10". */
export function checkSeedClaim(
  volume: Volume,
  turbo?: { inputPerMTok: number; outputPerMTok: number; source: string; asOf: string },
): SeedClaimCheck {
  const { closed, open } = SEED_PRICE_CLAIM;
  const mtok = (n: number) => n / 1_000_000;
  const closedCost =
    mtok(volume.inputTokensPerMonth) * closed.input + mtok(volume.outputTokensPerMonth) * closed.output;
  const openCost = mtok(volume.inputTokensPerMonth) * open.input + mtok(volume.outputTokensPerMonth) * open.output;
  const ratio = openCost > 0 ? closedCost / openCost : Number.POSITIVE_INFINITY;
  const note =
    `The 2024 comparison said Llama 3 70B at $0.60 / $0.70 is "about 10 times cheaper" than GPT-4 at $10 / $30 per 1M tokens. ` +
    `At this mix (${formatTokens(volume.inputTokensPerMonth)} in, ${formatTokens(volume.outputTokensPerMonth)} out) those prices give ` +
    `${formatUsd(closedCost)} vs ${formatUsd(openCost)}: ${formatRatio(ratio)}, not 10×. ` +
    `The ratio grows with the share of output tokens (30/0.70 ≈ 43× on output alone, 10/0.60 ≈ 17× on input alone). ` +
    `Also, $10 / $30 was GPT-4 Turbo's price, not GPT-4's: the original GPT-4 cost more (see the table)` +
    (turbo
      ? `; GPT-4 Turbo is listed at ${formatUsd(turbo.inputPerMTok)} / ${formatUsd(turbo.outputPerMTok)} (${turbo.source}, ${turbo.asOf}).`
      : ".");
  return { claimedRatio: SEED_PRICE_CLAIM.claimedRatio, ratioAtClaimedPrices: ratio, note };
}

/** GPT-4 Turbo's first-party price in the catalogue, to show what $10 / $30 really was. */
export function gpt4TurboPrice(
  catalog: Catalog,
): { inputPerMTok: number; outputPerMTok: number; source: string; asOf: string } | undefined {
  const turbo = catalog.modelById.get("gpt-4-turbo");
  const offering = turbo?.offerings.find((o) => o.firstParty) ?? turbo?.offerings[0];
  return offering
    ? {
        inputPerMTok: offering.inputPerMTok,
        outputPerMTok: offering.outputPerMTok,
        source: offering.source,
        asOf: offering.asOf,
      }
    : undefined;
}
