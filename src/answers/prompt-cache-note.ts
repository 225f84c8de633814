// A long prompt sent many times ("reads our whole 600k-token codebase in one prompt, 200 questions
// a day") is priced as fresh input every time: 3.6B input tokens a month. A lead asks at once what
// a prompt cache would save, since most of such a prompt is the same text each time and hosts bill
// a cache read at a fraction of input. The answer says it for each API pick at the host that
// priced it, from the catalogue's cache-read price (the long-context rate's, when that priced the
// request), as a ceiling (all of the input cached; the first request after the cache expires pays
// in full, and some hosts charge to write it), and how to re-rank with it. Only for a counted
// volume with nothing cached yet: the picks' own offerings, no catalogue-wide work.
import type { Catalog } from "../catalog/catalog.js";
import { apiMonthlyCost } from "../costs/api-cost.js";
import { itemsPerMonth, type Volume } from "../costs/volume.js";
import { formatCount, formatUsd } from "../render/format.js";
import type { RankedModel } from "../scoring/rank.js";

/** A prompt this long is a document or a codebase, not a question: worth caching when repeated. */
export const LONG_PROMPT_TOKENS = 100_000;
/** Sent at least this many times a month (once a day), a cache has something to reuse. */
const REPEATS_PER_MONTH = 30;

export function promptCacheNote(
  catalog: Catalog,
  volume: Volume | undefined,
  top: readonly RankedModel[],
): string | null {
  const prompt = volume?.perItem?.inputTokens;
  if (!volume || volume.oneOff || volume.cachedInputTokensPerMonth > 0 || prompt === undefined) return null;
  const count = itemsPerMonth(volume);
  if (prompt < LONG_PROMPT_TOKENS || count === undefined || count < REPEATS_PER_MONTH) return null;
  const lines = top.flatMap((m) => {
    if (m.costBasis !== "api" || !m.apiProvider) return [];
    const offering = catalog.modelById.get(m.id)?.offerings.find((o) => o.provider === m.apiProvider);
    if (!offering) return [];
    const now = apiMonthlyCost(offering, volume);
    const price = now.prices.cachedInputPerMTok;
    if (price === null || price >= now.prices.inputPerMTok)
      return [`- **${m.name}** via ${now.providerName}: no cache-read price on file, so no saving can be said`];
    const cached = apiMonthlyCost(offering, { ...volume, cachedInputTokensPerMonth: volume.inputTokensPerMonth });
    return [
      `- **${m.name}** via ${now.providerName}: input ${formatUsd(now.prices.inputPerMTok)} → ${formatUsd(price)} per 1M tokens cached, ${formatUsd(now.totalUsd)} → at least ${formatUsd(cached.totalUsd)} a month (up to ${formatUsd(now.totalUsd - cached.totalUsd)} less)`,
    ];
  });
  if (lines.length === 0) return null;
  const size = `${formatCount(prompt)}-token`;
  return [
    `**Prompt caching, not counted above:** each of the ${Math.round(count).toLocaleString("en-US")} requests a month sends a ${size} prompt. Where most of it is the same text each time (a codebase, a manual), a host's prompt cache bills the repeated part at its cache-read price. At the same host, with all of it cached:`,
    ...lines,
    `These are the most it can save: the first request after the cache expires pays in full, and some hosts charge to write the cache. Say "what if we cache the ${size} prompt?" to re-rank with it.`,
  ].join("\n");
}
