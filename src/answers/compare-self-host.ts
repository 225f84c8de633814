// A comparison inside a thread whose models run on the team's own hardware (on premises, its own
// cloud with no named cloud's marketplace, a device): the monthly cost that matters is the
// self-hosted one, sized and priced as the shortlist sizes it (the thread's owned GPUs, GPU price
// and ops capacity included), not the cheapest third-party API the thread has ruled out.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import { threadCostEdits } from "../costs/assumptions.js";
import { hoursPerMonth } from "../costs/selfhost-data.js";
import type { Volume } from "../costs/volume.js";
import { formatCount, formatUsd } from "../render/format.js";
import { judgedDefaults } from "../scoring/judged-defaults.js";
import { mustSelfHost } from "../scoring/monthly-cost.js";
import type { Requirements } from "../scoring/requirements.js";
import { selfHostQuoter } from "../scoring/self-host-quote.js";

/** A compared model's monthly cost as the thread prices it: the table cell and its working. */
export interface ComparedCost {
  /** Null when the model cannot be priced that way (its line says why). */
  monthlyUsd: number | null;
  /** The table cell. */
  cell: string;
  /** How the figure was worked out, or why there is none. */
  line: string;
}

/** Each model's self-hosted monthly cost when the thread self-hosts, else null (the API view applies). */
export function selfHostedCosts(
  models: readonly Model[],
  volume: Volume,
  stated: Requirements,
  assumptions: Readonly<Record<string, string | number | boolean>>,
  catalog: Catalog,
): Map<string, ComparedCost> | null {
  if (!mustSelfHost(stated) || stated.onDevice) return null;
  const { req } = judgedDefaults(stated);
  const quote = selfHostQuoter(catalog.selfhost, threadCostEdits(req, assumptions));
  const hours = formatCount(hoursPerMonth(catalog.selfhost));
  const out = new Map<string, ComparedCost>();
  for (const m of models) {
    if (!m.openWeights) {
      out.set(m.id, {
        monthlyUsd: null,
        cell: "no weights to self-host",
        line: `**${m.name}** has no downloadable weights, so it cannot run on your own hardware.`,
      });
      continue;
    }
    const q = quote(m, volume);
    if ("unavailable" in q) {
      out.set(m.id, {
        monthlyUsd: null,
        cell: "no self-hosting estimate",
        line: `**${m.name}**: no self-hosting estimate (${q.unavailable}).`,
      });
      continue;
    }
    out.set(m.id, {
      monthlyUsd: q.monthlyUsd,
      cell: `${formatUsd(q.monthlyUsd)} (self-hosted)`,
      line: `**${m.name}** self-hosted, always on (${hours} h a month): ${q.summary} → **${formatUsd(q.monthlyUsd)}** a month`,
    });
  }
  return out;
}
