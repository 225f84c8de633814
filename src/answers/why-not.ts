// "Why not X?" in a recommendation thread. X is one model: its exclusion reason, or its rank and
// the criteria that keep it behind #1. X is a family ("why not deepseek?" after "no chinese
// labs"): where its members stand, the rule that ruled them out said once. X is a name the
// catalogue does not hold ("why not deepl?"): said so, since it was never weighed. X is an
// assistant product ("why not copilot?"): what it is and whose, and that a product is weighed apart.
import { assistantProductNamed, type AssistantProduct } from "../catalog/assistant-products.js";
import type { Catalog } from "../catalog/catalog.js";
import { COMMON_WORDS } from "../catalog/common-words.js";
import { hostIn } from "../catalog/hosts.js";
import { resolveModel } from "../catalog/lookup.js";
import { foldCase } from "../catalog/normalize.js";
import { andList } from "../scoring/quality.js";
import { fmtScore, gapParts, laterGroupWhy } from "../scoring/explain.js";
import { rankTier } from "../scoring/rank-groups.js";
import { costCell, verdictLabel, type Recommendation } from "./recommend-shortlist.js";

/** "Why not X?": X's exclusion reason, or its rank, score and the criteria that keep it behind #1. */
export function whyNotText(rec: Recommendation, id: string, catalog: Catalog): string {
  const name = catalog.modelById.get(id)?.name ?? id;
  const excluded = rec.ranking.excluded.find((e) => e.id === id);
  if (excluded) return `**Why not ${name}?** It was ruled out before scoring: ${excluded.reason}.`;
  const first = rec.ranking.ranked[0];
  const m = rec.ranking.ranked.find((x) => x.id === id);
  if (!m || !first) return `**${name}** is not in this ranking.`;
  if (m.id === first.id) return `**${name}** is already #1 (score ${fmtScore(m.score)}).`;
  const parts = gapParts(first, m, rec.ranking.weights)
    .filter((p) => p.contribution > 1e-9)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 3);
  const lines = parts.map(
    (p) =>
      `- **${p.label}** (weight ${fmtScore(p.weight)}): ${first.name} ${fmtScore(p.first)} vs ${m.name} ${fmtScore(p.second)}, −${p.contribution.toFixed(3)} for ${m.name}`,
  );
  if (rankTier(m) > rankTier(first))
    return `**Why not ${name}?** It ranks #${m.rank} of ${rec.ranking.ranked.length} with ${fmtScore(m.score)} (${first.name}, #1, ${fmtScore(first.score)}): ${laterGroupWhy(first, m, rec.ranking)}. Monthly cost ${costCell(m)}.`;
  return [
    `**Why not ${name}?** It ranks #${m.rank} of ${rec.ranking.ranked.length} with ${fmtScore(m.score)}, ${(first.score - m.score).toFixed(3)} behind ${first.name} (${fmtScore(first.score)}). Monthly cost ${costCell(m)}; licence ${verdictLabel(m)}. Where it loses most:`,
    ...lines,
  ].join("\n");
}

/** A name in "why not …" is a model's name: a few words, not a change put as a question. */
const MAX_NAME_WORDS = 3;
/** How many of a family's ruled-out members to name for one reason. */
const NAMED = 4;

/** The words the family's members start with ("DeepSeek-V3", "DeepSeek-R1" → "DeepSeek"), else the words said. */
function familyLabel(names: readonly string[], said: string): string {
  let prefix = names[0] ?? "";
  for (const n of names) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const label = prefix.replace(/[\s\-.\d]+$/, "");
  return label.length >= 3 ? label : said;
}

/**
 * The ruled-out members by rule: a rule said once, with the first member's name in it, and the
 * others it rules out after it ("DeepSeek-R1 comes from DeepSeek (CN), … (the same for DeepSeek-V3
 * and DeepSeek-V3.2)"). A reason names its model, so the rule is the reason without the name.
 */
function rulesFor(out: readonly { name: string; reason: string }[]): string[] {
  const byRule = new Map<string, { name: string; reason: string }[]>();
  for (const e of out) {
    const rule = e.reason.split(e.name).join("\u0000");
    byRule.set(rule, [...(byRule.get(rule) ?? []), e]);
  }
  return [...byRule.values()].map(([first, ...rest]) => {
    const others = rest.map((e) => e.name);
    const shown = others.length > NAMED ? [...others.slice(0, NAMED), `${others.length - NAMED} more`] : others;
    return `${first!.reason}${others.length > 0 ? ` (the same for ${andList(shown)})` : ""}`;
  });
}

/** "Why not deepseek?": the best-placed member's standing, and the members ruled out, by rule. */
function familyText(rec: Recommendation, ids: readonly string[], said: string, catalog: Catalog): string {
  const label = familyLabel(
    ids.map((id) => catalog.modelById.get(id)?.name ?? id),
    said,
  );
  const members = new Set(ids);
  const ranked = rec.ranking.ranked.filter((m) => members.has(m.id));
  const rules = rulesFor(rec.ranking.excluded.filter((e) => members.has(e.id)));
  const best = ranked[0];
  if (best) {
    const lines = [
      `The best-placed ${label} model in this ranking is ${best.name}, #${best.rank}.`,
      whyNotText(rec, best.id, catalog),
    ];
    if (rules.length > 0) lines.push(`Ruled out before scoring: ${rules.join("; ")}.`);
    return lines.join("\n");
  }
  if (rules.length === 0) return `**Why not ${label}?** No ${label} model is in this ranking.`;
  if (rules.length === 1)
    return `**Why not ${label}?** Every ${label} model was ruled out before scoring: ${rules[0]}.`;
  return [
    `**Why not ${label}?** Every ${label} model was ruled out before scoring:`,
    ...rules.map((r) => `- ${r}`),
  ].join("\n");
}

/**
 * "Why not deepseek?", "why not deepl?": the answer for a family or a name the catalogue does not
 * hold, or null when the words name one model, a host, or something that is no name.
 */
export function whyNotNamedText(rec: Recommendation, said: string, catalog: Catalog): string | null {
  const name = said.trim();
  const product = assistantProductNamed(foldCase(name));
  if (product) return productText(product, catalog);
  const words = foldCase(name).split(/\s+/);
  // "why not go cheaper?", "why not local models?": ordinary words put a change, not a name.
  if (words.length > MAX_NAME_WORDS || words.some((w) => COMMON_WORDS.has(w)) || hostIn(name, catalog)) return null;
  const r = resolveModel(name, catalog, {}, { fuzzy: "strict" });
  if (r.status === "ambiguous") return familyText(rec, r.candidates, name, catalog);
  if (r.status === "found") return null;
  return `**Why not ${name}?** No model called "${name}" is in the catalogue (${catalog.models.length} models), so it was never weighed in this ranking. If you meant a change to the thread, say it as one: "what if we self-host?", "only open models".`;
}

/** "Why not Copilot?": a product, not a model, so never weighed here; the thread stays as it was. */
function productText(p: AssistantProduct, catalog: Catalog): string {
  return [
    `**Why not ${p.name}?** ${p.name} is ${p.what} (${p.source.label}, as of ${p.source.asOf}: ${p.source.url}). It is a product, not a model: the catalogue holds models (${catalog.models.length}), so ${p.name} was never weighed in this ranking, and nothing in this thread changes.`,
    `If a ready-made assistant suits you better than building on a model, weigh it apart: its price, its data terms and where it processes your data are ${p.vendor}'s, and none of them is in this catalogue.`,
  ].join("\n");
}
