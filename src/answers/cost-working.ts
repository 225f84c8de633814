// How each shortlisted model's monthly cost was worked out, so a figure in the shortlist can be
// checked by hand: the API's prices times the volume, or the self-hosted fleet (GPUs, $/GPU-hour,
// operations). The ranking keeps only the total and the offering it chose; the prices are taken
// again from that offering, never from another one.
import type { Catalog } from "../catalog/catalog.js";
import { apiMonthlyCost } from "../costs/api-cost.js";
import { hoursPerMonth } from "../costs/selfhost-data.js";
import type { Volume } from "../costs/volume.js";
import { formatCount, formatUsd } from "../render/format.js";
import type { RankedModel } from "../scoring/rank.js";
import { apiCostWorking } from "./cost.js";
import { withBatchPrice } from "../scoring/hosting.js";
import { batchNote } from "./batch-prices.js";
import { sourceLabel } from "./common.js";
import { REASONING_SOURCE, REASONING_TRACE_RANGE, thinksBeforeAnswering } from "../scoring/latency-target.js";
import { andList } from "../scoring/quality.js";

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
  if (!volume) return [];
  const lines = models.flatMap((m) => {
    const line = workingOf(m, catalog, volume);
    return line ? [`- **${m.name}** ${line}`] : [];
  });
  const hosts = models.flatMap((m) =>
    m.costBasis === "api" && m.apiProvider
      ? (catalog.modelById.get(m.id)?.offerings.filter((o) => o.provider === m.apiProvider) ?? [])
      : [],
  );
  if (batchRates && hosts.length > 0) lines.push(`- ${batchNote(hosts, catalog)}`);
  const thinking = reasoningNotCounted(models, catalog);
  if (thinking) lines.push(`- ${thinking}`);
  return lines;
}

/** How the line about uncounted reasoning opens (the shortlist cites its source when it is there). */
export const NOT_COUNTED = "Not counted: ";

/**
 * A model that always reasons before answering writes hidden tokens the volume does not hold: paid
 * as output through an API, decoded before the answer when self-hosted. The catalogue holds no
 * sourced count of them for any model, so they are said to be left out of the figures, with the
 * published range to show how far off the figures may be, rather than guessed into them.
 */
function reasoningNotCounted(models: RankedModel[], catalog: Catalog): string | null {
  const names = models
    .filter((m) => m.monthlyCostUsd !== null && m.monthlyCostUsd > 0)
    .flatMap((m) => {
      const model = catalog.modelById.get(m.id);
      return model && thinksBeforeAnswering(model) ? [m.name] : [];
    });
  if (names.length === 0) return null;
  return `${NOT_COUNTED}${andList(names)} ${names.length === 1 ? "reasons" : "reason"} before answering, and the tokens of that hidden reasoning are in neither the cost nor the throughput above (paid as output through an API, decoded before the answer when self-hosted). The catalogue holds no sourced count of them; published accounts put a reasoning trace at ${REASONING_TRACE_RANGE} tokens a request (${REASONING_SOURCE.label}, in the sources), so measure them on your own prompts before you compare.`;
}

function workingOf(m: RankedModel, catalog: Catalog, volume: Volume): string | null {
  const total = m.monthlyCostUsd;
  if (total === null || total === 0) return null;
  if (m.costBasis === "self-host" && m.costLabel.startsWith(SELF_HOSTED))
    return `self-hosted, always on (${formatCount(hoursPerMonth(catalog.selfhost))} h a month): ${m.costLabel.slice(SELF_HOSTED.length)} → **${formatUsd(total)}** a month`;
  if (m.costBasis !== "api" || !m.apiProvider) return null;
  const model = catalog.modelById.get(m.id);
  // The ranking may have priced the offering at its batch rate (work that waits, or "batch APIs are fine").
  const cost = model?.offerings
    .filter((o) => o.provider === m.apiProvider)
    .flatMap((o) => [o, withBatchPrice(catalog, o)])
    .map((o) => apiMonthlyCost(o, volume))
    .find((c) => Math.abs(c.totalUsd - total) < SAME_TOTAL_USD);
  if (!cost) return null;
  return `via ${cost.providerName}: ${apiCostWorking(cost, volume)} (${sourceLabel(cost.source)}, ${cost.asOf})`;
}
