// "Why is Devstral Small 2 on the list?" in a recommendation thread: why the ranking put it there
// (how few models pass the thread's hard rules, what it scores on, where it trails #1, a weak fit
// for the job said plainly), not its model card.
import type { Catalog } from "../catalog/catalog.js";
import { CRITERIA, CRITERION_LABELS, USE_CASE_LABELS } from "../scoring/requirements.js";
import { fmtScore, gapParts } from "../scoring/explain.js";
import type { Recommendation } from "./recommend-shortlist.js";
import { costCell, excludedGroups, verdictLabel } from "./recommend-shortlist.js";

/** A use-case fit below this is a weak fit: the answer says the model is listed for want of better. */
const WEAK_FIT = 0.5;
/** How many criteria to name on each side. */
const SHOWN = 3;

export function whyListedText(rec: Recommendation, id: string, catalog: Catalog): string {
  const name = catalog.modelById.get(id)?.name ?? id;
  const { ranked, excluded, weights, requirements } = rec.ranking;
  const ruledOut = excluded.find((e) => e.id === id);
  if (ruledOut) return `**${name}** is not on the list: it was ruled out before scoring: ${ruledOut.reason}.`;
  const m = ranked.find((x) => x.id === id);
  if (!m) return `**${name}** is not in this ranking.`;
  const lines: string[] = [];
  const all = excludedGroups(rec.ranking);
  const groups = all.slice(0, SHOWN).map((g) => `${g.label.toLowerCase()}: ${g.count}`);
  lines.push(
    `**Why ${name} is on the list:** it ranks #${m.rank} of the ${ranked.length} models that pass every hard rule of this thread${excluded.length > 0 ? `; the other ${excluded.length} are ruled out (${groups.join("; ")}${groups.length < all.length ? "; …" : ""})` : ""}. Score ${fmtScore(m.score)}, monthly cost ${costCell(m)}, licence ${verdictLabel(m)}.`,
  );
  const strengths = CRITERIA.filter((c) => weights[c] > 0)
    .map((c) => ({ c, contribution: weights[c] * m.breakdown[c] }))
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, SHOWN);
  lines.push(
    `- **Scores most on:** ${strengths.map((s) => `${CRITERION_LABELS[s.c]} ${fmtScore(m.breakdown[s.c])} (weight ${fmtScore(weights[s.c])})`).join(", ")}.`,
  );
  const first = ranked[0];
  if (first && first.id !== m.id) {
    const behind = gapParts(first, m, weights)
      .filter((p) => p.contribution > 1e-9)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, SHOWN);
    if (behind.length > 0)
      lines.push(
        `- **Behind #1 ${first.name} on:** ${behind.map((p) => `${p.label} ${fmtScore(p.second)} vs ${fmtScore(p.first)}`).join(", ")}.`,
      );
  } else if (ranked[1]) {
    const ahead = gapParts(m, ranked[1], weights)
      .filter((p) => p.contribution > 1e-9)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, SHOWN);
    if (ahead.length > 0)
      lines.push(
        `- **Ahead of #2 ${ranked[1].name} on:** ${ahead.map((p) => `${p.label} ${fmtScore(p.first)} vs ${fmtScore(p.second)}`).join(", ")}.`,
      );
  }
  const fit = m.breakdown.useCaseFit;
  if (requirements.useCase && fit < WEAK_FIT)
    lines.push(
      `- Its fit for ${USE_CASE_LABELS[requirements.useCase]} is low (${fmtScore(fit)}): it is listed because ${ranked.length <= 10 ? `only ${ranked.length} models pass your rules` : "the models that fit better score lower elsewhere"}, not because it suits the job. Loosening a rule (say "what if …") widens the pool.`,
    );
  return lines.join("\n");
}
