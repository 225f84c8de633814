// A wish to avoid some makers ("we'd rather avoid Meta", "no US models if possible") rules nothing
// out (scoring/requirements.ts avoidIfPossible): the picks are ranked on merit alone. So the answer
// says which shown picks the wish covers, and names the best-ranked model it does not cover, for the
// team to weigh its own preference against the scores.
import type { Catalog } from "../catalog/catalog.js";
import { describeRequirements } from "../conversation/slot-labels.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";
import { exclusionReason } from "../scoring/team-filters.js";

/** The note on the shown picks the team would rather avoid, or null when there are none. */
export function avoidedPickNote(
  catalog: Catalog,
  req: Requirements,
  ranked: readonly RankedModel[],
  top: readonly RankedModel[],
): string | null {
  const avoid = req.avoidIfPossible;
  if (!avoid) return null;
  const covered = (r: RankedModel): boolean => {
    const m = catalog.modelById.get(r.id);
    return m !== undefined && exclusionReason(catalog, m, catalog.licenseById.get(m.licenseId), avoid) !== null;
  };
  const hit = top.filter(covered);
  if (hit.length === 0) return null;
  const wish = describeRequirements({ avoidIfPossible: avoid }, catalog)[0] ?? "your preference";
  const names = hit.map((r) => `${r.name} (#${r.rank})`);
  const said = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const one = hit.length === 1;
  const clear = ranked.find((r) => !covered(r));
  const instead = clear
    ? ` The best-ranked model clear of it is ${clear.name} (#${clear.rank}).`
    : " No ranked model is clear of it.";
  return `**Rather avoided:** ${said} ${one ? "is" : "are"} covered by your wish (${wish}); ${one ? "it is" : "they are"} kept, as that is a preference, not a rule.${clear && clear.rank <= top.length ? "" : instead}`;
}
