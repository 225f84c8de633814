// "compare the top 2" in a thread that has shown a shortlist: each model the shortlist ranks is
// compared at the monthly cost the shortlist used for it (the host the thread's rules allow, or
// self-hosted where no API meets them), not at the cheapest API anywhere. Eleventh tryout round:
// Osaka's Mistral Large 3 was $58,861 a month self-hosted on the shortlist (no API keeps the data
// in Japan) and $47.85 on Mistral's own API in the comparison, a host that thread may not use.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { Session } from "../conversation/session.js";
import { formatUsd } from "../render/format.js";
import type { ComparedCost } from "./compare-self-host.js";

/** A pick's cost as its shortlist priced it; `api` when that was an API's per-token prices. */
export interface ShortlistCost extends ComparedCost {
  api: boolean;
}
import { costCell, rankOnly } from "./recommend-shortlist.js";
import { HOST_NOT_CHECKED } from "./passed-over.js";
import { shortlistShown } from "../conversation/session.js";

/**
 * The shortlist's monthly cost of each compared model it ranks, by id; null when the thread has
 * shown no shortlist or ranks none of them (the comparison then prices them as anywhere).
 */
export function shortlistCosts(
  models: readonly Model[],
  session: Session,
  catalog: Catalog,
): Map<string, ShortlistCost> | null {
  if (!shortlistShown(session) || !session.requirements.volume) return null;
  const ranked = rankOnly(catalog, session.requirements, session.assumptions).ranking.ranked;
  const out = new Map<string, ShortlistCost>();
  for (const m of models) {
    const row = ranked.find((r) => r.id === m.id);
    if (!row || row.monthlyCostUsd === null) continue;
    // A price at a host not on record where the data must stay is no price the thread's rule
    // allows yet (São Paulo: Llama 3.3 70B at $320 via Deep Infra beside DeepSeek on Bedrock in
    // Brazil): said beside the figure, as the shortlist says it.
    const unchecked = row.residencyUnchecked && row.costBasis === "api";
    out.set(m.id, {
      monthlyUsd: row.monthlyCostUsd,
      cell: unchecked ? `${costCell(row)}, host not checked` : costCell(row),
      line: `**${row.name}** (#${row.rank} on this thread's shortlist): ${row.costLabel} → **${formatUsd(row.monthlyCostUsd)}** a month${unchecked ? `, ${HOST_NOT_CHECKED}` : ""}`,
      api: row.costBasis === "api",
    });
  }
  return out.size > 0 ? out : null;
}
