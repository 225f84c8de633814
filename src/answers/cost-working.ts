// How each shortlisted model's monthly cost was worked out, so a figure in the shortlist can be
// checked by hand: the API's prices times the volume, or the self-hosted fleet (GPUs, $/GPU-hour,
// operations). The ranking keeps only the total and the offering it chose; the prices are taken
// again from that offering, never from another one.
import type { Catalog } from "../catalog/catalog.js";
import { apiMonthlyCost } from "../costs/api-cost.js";
import { hoursPerMonth } from "../costs/selfhost-data.js";
import type { Volume } from "../costs/volume.js";
import { formatCount, formatTokens, formatUsd } from "../render/format.js";
import type { RankedModel } from "../scoring/rank.js";
import { apiCostWorking } from "./cost.js";
import { withBatchPrice } from "../scoring/hosting.js";
import { batchNote } from "./batch-prices.js";
import { sourceLabel } from "./common.js";
import { billedVolume } from "../scoring/hidden-reasoning.js";
import { hiddenReasoningNotes } from "./reasoning-notes.js";
import { REASONING_TOKENS_HIGH } from "../scoring/latency-target.js";

const SELF_HOSTED = "self-hosted: ";
// Totals are recomputed from the catalogue; a difference above a cent means another offering.
const SAME_TOTAL_USD = 0.005;

/**
 * One line per priced model ("- **X** via Deep Infra: 30M tokens in × $0.27 = … → $12.10 a month"),
 * and, when the ranking priced APIs at batch rates, which hosts have a batch discount and which not.
 */
export function costWorkingLines(
  models: RankedModel[],
  catalog: Catalog,
  volume: Volume | undefined,
  batchRates = false,
): string[] {
  // With no volume only a fixed fleet has a cost (the GPUs a team named, always on): its working.
  if (!volume) {
    const fleets = models.flatMap((m) => {
      const line = selfHostedWorking(m, catalog);
      return line ? [`- **${m.name}** ${line}`] : [];
    });
    return fleets.length > 0
      ? [...fleets, "- No volume was stated, so each is the fleet's cost whatever it carries; say a volume to size it."]
      : [];
  }
  const lines = models.flatMap((m) => {
    const line = workingOf(m, catalog, volume);
    if (!line) return [];
    // A model that reasons first: the other end of its hidden reasoning, where its budget is checked (hidden-reasoning.ts).
    const high = m.reasoningHighUsd;
    const top =
      high === undefined
        ? ""
        : `; at ${REASONING_TOKENS_HIGH.toLocaleString("en-US")} reasoning tokens a request, the longest published trace, ${high === null ? "not priced" : `**${formatUsd(high)}** a month`}`;
    return [`- **${m.name}** ${line}${top}`];
  });
  const hosts = models.flatMap((m) =>
    m.costBasis === "api" && m.apiProvider
      ? (catalog.modelById.get(m.id)?.offerings.filter((o) => o.provider === m.apiProvider) ?? [])
      : [],
  );
  if (batchRates && hosts.length > 0) lines.push(`- ${batchNote(hosts, catalog)}`);
  const priced = models.flatMap((m) =>
    m.monthlyCostUsd !== null && m.monthlyCostUsd > 0 ? (catalog.modelById.get(m.id) ?? []) : [],
  );
  for (const line of hiddenReasoningNotes(priced, volume)) lines.push(`- ${line}`);
  return lines;
}

/** The self-hosted fleet a cost was priced on, as a line that can be checked by hand. */
function selfHostedWorking(m: RankedModel, catalog: Catalog): string | null {
  const total = m.monthlyCostUsd;
  if (total === null || total === 0 || m.costBasis !== "self-host" || !m.costLabel.startsWith(SELF_HOSTED)) return null;
  return `self-hosted, always on (${formatCount(hoursPerMonth(catalog.selfhost))} h a month): ${m.costLabel.slice(SELF_HOSTED.length)} → **${formatUsd(total)}** a month`;
}

function workingOf(m: RankedModel, catalog: Catalog, volume: Volume): string | null {
  const total = m.monthlyCostUsd;
  if (total === null || total === 0) return null;
  const fleet = selfHostedWorking(m, catalog);
  if (fleet) return fleet;
  if (m.costBasis !== "api" || !m.apiProvider) return null;
  const model = catalog.modelById.get(m.id);
  // The ranking may have priced the offering at its batch rate (work that waits, or "batch APIs are fine").
  if (!model) return null;
  // A model that reasons first was priced with its hidden reasoning as output (hidden-reasoning.ts).
  const billed = billedVolume(model, volume);
  const cost = model.offerings
    .filter((o) => o.provider === m.apiProvider)
    .flatMap((o) => [o, withBatchPrice(catalog, o)])
    .map((o) => apiMonthlyCost(o, billed))
    .find((c) => Math.abs(c.totalUsd - total) < SAME_TOTAL_USD);
  if (!cost) return null;
  const reasoning =
    billed === volume
      ? ""
      : ` (out includes ${formatTokens(billed.outputTokensPerMonth - volume.outputTokensPerMonth)} of hidden reasoning)`;
  return `via ${cost.providerName}: ${apiCostWorking(cost, billed)}${reasoning} (${sourceLabel(cost.source)}, ${cost.asOf})`;
}
