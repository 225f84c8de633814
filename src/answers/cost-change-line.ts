// The "before → after" monthly cost a what-if says for a model that stays in the top 3. A cost is
// only set against an earlier one the team could have had: a pick whose earlier estimate came from
// a host not on record as processing where the thread's data must stay (residency.ts pickUnchecked)
// was never a price its rule allowed, so the new figure is said on its own, with why the earlier one
// is not compared. When the route changes (an API host → self-hosted) both routes are named, so an
// arrow never silently compares a per-token price with a GPU bill.
import type { RankedModel } from "../scoring/rank.js";
import { residencyRule } from "../scoring/residency.js";
import type { Requirements } from "../scoring/requirements.js";
import { formatUsd } from "../render/format.js";

type Priced = Pick<RankedModel, "name" | "monthlyCostUsd" | "costLabel" | "costBasis" | "residencyUnchecked">;

/** The route in a few words: "self-hosted" (its GPUs are in the table below), else the API host. */
const route = (m: Priced): string => (m.costBasis === "self-host" ? "self-hosted" : m.costLabel);

/** The sentence for one model whose monthly cost moved, or null when it did not (or is unpriced). */
export function costChangeLine(old: Priced, now: Priced, before: Requirements): string | null {
  if (old.monthlyCostUsd === null || now.monthlyCostUsd === null) return null;
  if (Math.abs(old.monthlyCostUsd - now.monthlyCostUsd) <= 0.005) return null;
  const place = residencyRule(before)?.said;
  if (old.residencyUnchecked && !now.residencyUnchecked && place !== undefined) {
    const host = old.costLabel.replace(/^API via /, "");
    return `${now.name}: ${formatUsd(now.monthlyCostUsd)} a month (${route(now)}); its earlier ${formatUsd(old.monthlyCostUsd)} was through ${host}, a host not on record as processing in ${place}, so it is not compared.`;
  }
  if (route(old) !== route(now))
    return `${now.name}: ${formatUsd(old.monthlyCostUsd)} (${route(old)}) → ${formatUsd(now.monthlyCostUsd)} (${route(now)}) a month.`;
  return `${now.name}: ${formatUsd(old.monthlyCostUsd)} → ${formatUsd(now.monthlyCostUsd)} a month.`;
}
