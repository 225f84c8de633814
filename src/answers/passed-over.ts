// Models a shortlist's rule prefers (on record in the residency country, under terms that address
// minors) but that rank after its picks: said with why, since a lead reading "not checked" on the
// shortlist asks first whether anything that passes the rule was left out. Only a group ranked
// before the rule's own (rank-groups.ts) puts such a model behind a pick the rule flags.
import type { RankedModel } from "../scoring/rank.js";

/** How many passed-over models are named before the rest are counted. */
const NAMED = 3;

/** Said of a pick whose API host has no region record for the place the data must stay. */
export const HOST_NOT_CHECKED = "with its host not checked for where your data must stay";

/** Why a model sits in an earlier-ranked group, as said; "" for none of them. */
function whyAfter(m: RankedModel): string {
  if (m.licenceUnread) return "with its licence text not on file";
  if (m.belowQualityMinimum) return "below the job's quality minimum";
  if (m.residencyUnchecked) return HOST_NOT_CHECKED;
  return "";
}

const named = (m: RankedModel) =>
  m.costBasis === "api" ? `${m.name} via ${m.costLabel.replace(/^API via /, "")}` : `${m.name} (self-hosted)`;

/**
 * "Claude 3 Haiku via Amazon Bedrock, GPT-4o via Azure and 4 more, each below the job's quality
 * minimum": the first few in ranking order, a reason said once when they share it, else each's own.
 */
export function passedOverList(rows: readonly RankedModel[]): string {
  const reasons = new Set(rows.map(whyAfter));
  const shared = reasons.size === 1 ? [...reasons][0]! : "";
  const names = rows
    .slice(0, NAMED)
    .map((m) => `${named(m)}${shared === "" && whyAfter(m) !== "" ? ` (${whyAfter(m)})` : ""}`);
  const more = rows.length > NAMED ? ` and ${rows.length - NAMED} more` : "";
  return `${names.join(", ")}${more}${shared === "" ? "" : `, each ${shared}`}`;
}
