// A quality bar set by naming a model ("no worse than GPT-4o"): every pick's quality for the
// team's job and languages, from the same sourced signals the quality criterion reads (before the
// job's need flattens the surplus, quality-need.ts), is at least the named model's. A model whose
// quality is estimated is judged on its estimate and said to be uncertain against the bar.
import type { Catalog } from "../catalog/catalog.js";
import { languageName } from "../catalog/languages.js";
import type { Model } from "../catalog/schema.js";
import { qualityBySlot, type QualityScore } from "./quality.js";
import { USE_CASE_LABELS, type Requirements } from "./requirements.js";

/**
 * A model this little below the bar still meets it: the scores are percentiles of public ratings
 * whose own confidence intervals span a few places (LMArena shows ±5–10 Elo at the top).
 */
export const QUALITY_FLOOR_MARGIN = 0.02;

/** How a score's evidence is said beside it. */
function evidenceWords(q: QualityScore): string {
  if (q.evidence === "measured") return "measured";
  if (q.evidence === "estimated" && q.estimatedFrom) return `estimated from ${q.estimatedFrom.name}`;
  if (q.evidence === "proxy") return "from benchmarks of another kind";
  return "no rating of its own";
}

export interface QualityBar {
  id: string;
  name: string;
  /** The named model's own quality for the job (its score is the bar). */
  quality: QualityScore;
  /** "for chat assistant in French", or "" with no job stated. */
  scope: string;
  /** The bar's score against a candidate's (slot -1: looked up by id). */
  of: (model: Model, slot: number) => QualityScore;
}

/** The bar of these requirements, or undefined without one (or when its model is not in the catalogue). */
export function qualityBarOf(catalog: Catalog, req: Requirements): QualityBar | undefined {
  const named = req.qualityFloor;
  const model = named ? catalog.modelById.get(named.id) : undefined;
  if (!named || !model) return undefined;
  const languages = req.languages ?? [];
  const of = qualityBySlot(catalog, req.useCase, languages);
  const bar = of({ model, slot: -1 });
  const others = languages.filter((l) => !/^(en|english)$/i.test(l));
  const scope = [
    req.useCase ? `for ${USE_CASE_LABELS[req.useCase]}` : "",
    others.length > 0 ? `in ${others.map((l) => languageName(l.toLowerCase())).join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    id: model.id,
    name: model.name,
    quality: bar,
    scope,
    of: (m, slot) => of({ model: m, slot }),
  };
}

/** Why a model falls below the bar, or null when it clears it (the bar's own model always does). */
export function belowBarReason(bar: QualityBar, model: Model, slot: number): string | null {
  if (model.id === bar.id) return null;
  const q = bar.of(model, slot);
  if (q.score >= bar.quality.score - QUALITY_FLOOR_MARGIN) return null;
  const scope = bar.scope ? ` ${bar.scope}` : "";
  return `${model.name}'s quality${scope} (${q.score.toFixed(2)}, ${evidenceWords(q)}) is below ${bar.name}'s (${bar.quality.score.toFixed(2)}, ${evidenceWords(bar.quality)}), the bar you set`;
}

/**
 * Said under the shortlist: the bar as applied, and which picks clear it only on an estimate (or
 * when the bar itself is one), so the team tests them against the named model before deciding.
 */
export function qualityBarNote(
  bar: QualityBar,
  picks: readonly { name: string; evidence: { quality: QualityScore["evidence"] } }[],
): string {
  const scope = bar.scope ? ` ${bar.scope}` : "";
  const uncertain = picks.filter((p) => p.evidence.quality !== "measured").map((p) => p.name);
  const parts = [
    `**Quality bar:** no worse than ${bar.name}${scope} (${bar.quality.score.toFixed(2)}, ${evidenceWords(bar.quality)}; within ${QUALITY_FLOOR_MARGIN} counts as level); every model below it is ruled out.`,
  ];
  if (bar.quality.evidence !== "measured")
    parts.push(`${bar.name} has no measured quality of its own here, so the bar itself is an estimate.`);
  if (uncertain.length > 0)
    parts.push(
      `Uncertain against the bar: ${uncertain.join(", ")} (quality not measured directly); compare ${uncertain.length === 1 ? "it" : "them"} with ${bar.name} on your own material.`,
    );
  return parts.join(" ");
}
