// What the team's users under 18 did to a shortlist (scoring/age-terms.ts): the picks whose terms
// for minors are known are listed first, and the others on the shortlist are named, with whom to
// ask. Said only when some candidate's terms are not known, so a ranking that the rule left alone
// carries no note (the licence verdicts already say each known duty).
import type { RankedModel, Ranking } from "../scoring/rank.js";
import { passedOverList } from "./passed-over.js";

/** A pick not known, with whom to ask: its host as the cost line names it, or that none applies. */
function askWhom(m: RankedModel): string {
  if (m.costBasis === "self-host") return `${m.name} (self-hosted: no provider's terms, so the duty is yours)`;
  return `${m.name} via ${m.costLabel.startsWith("API via ") ? m.costLabel.slice("API via ".length) : "its hosts"} (ask the host whether its terms allow a product used by children)`;
}

/** The note, or null when the team named no users under 18 or every candidate's terms are known. */
export function ageTermsNote(ranking: Ranking, top: readonly RankedModel[]): string | null {
  if (ranking.requirements.minorUsers !== true) return null;
  const uncheckedCount = ranking.ranked.filter((m) => m.noKnownAgeTerms).length;
  if (uncheckedCount === 0) return null;
  const known = top.filter((m) => !m.noKnownAgeTerms);
  const unchecked = top.filter((m) => m.noKnownAgeTerms);
  const which = `open models on API hosts whose age terms are not in the catalogue, self-hosted ones, closed models whose terms on file say nothing on age`;
  const parts = [
    uncheckedCount === ranking.ranked.length
      ? `**Users under 18:** none of the ${uncheckedCount} candidates is served under terms known to address minors (${which}), so they stay in score order.`
      : `**Users under 18:** picks served under their lab's own terms that address minors come first (their duties are in the licence verdicts); the other ${uncheckedCount} of the ${ranking.ranked.length} candidates (${which}) are listed after them, in score order.`,
  ];
  if (known.length > 0) parts.push(`Known: ${known.map((m) => m.name).join(", ")}.`);
  if (unchecked.length > 0) parts.push(`**Not checked:** ${unchecked.map(askWhom).join("; ")}.`);
  // A pick not checked on the shortlist while candidates under known terms rank after it: which, and
  // why (passed-over.ts). The K-12 edtech at double its volume had three unchecked picks, and "picks
  // under terms that address minors come first" read as if there were none.
  const shown = new Set(top.map((m) => m.id));
  const passed = ranking.ranked.filter((m) => !shown.has(m.id) && !m.noKnownAgeTerms);
  if (unchecked.length > 0 && passed.length > 0)
    parts.push(`Under terms known to address minors but ranked after the picks above: ${passedOverList(passed)}.`);
  return parts.join(" ");
}
