// The quality rows of a comparison: the general quality score, the fit for a use case the
// question names ("for legal docs"), and the rating in each language it names ("german legal
// docs" -> LMArena German). A comparison that shows prices and licences but not the ratings the
// catalogue holds for the team's language leaves out what the choice often turns on.
import type { Catalog } from "../catalog/catalog.js";
import { benchmarkLanguage } from "../catalog/benchmarks.js";
import { languageName } from "../catalog/languages.js";
import type { Model, QualitySignal } from "../catalog/schema.js";
import type { SourceRef } from "../ports.js";
import { qualityOf, useCaseFitOf, type QualityScore } from "../scoring/quality.js";
import { USE_CASE_LABELS, type Requirements } from "../scoring/requirements.js";

export interface RatingRows {
  rows: string[][];
  notes: string[];
  sources: SourceRef[];
}

const EVIDENCE_WORDS: Record<QualityScore["evidence"], string> = {
  measured: "measured",
  proxy: "from other benchmarks",
  estimated: "estimated",
  unmeasured: "no signal",
};

export const ratingCell = (q: QualityScore) =>
  `${q.score.toFixed(2)} (${q.estimatedFrom ? `estimated from ${q.estimatedFrom.name}` : EVIDENCE_WORDS[q.evidence]})`;

/** The model's rating on a one-language leaderboard. */
function languageSignal(m: Model, code: string): QualitySignal | undefined {
  return m.quality.find((s) => s.benchmark !== undefined && benchmarkLanguage(s.benchmark)?.code === code);
}

const sourceOf = (m: Model, s: QualitySignal): SourceRef =>
  /^https?:\/\//.test(s.source)
    ? { label: `${m.name}: ${s.name}`, url: s.source, asOf: s.asOf }
    : { label: `${m.name}: ${s.name} (${s.source})`, asOf: s.asOf };

export function ratingRows(catalog: Catalog, models: readonly Model[], req: Partial<Requirements>): RatingRows {
  const row = (label: string, f: (m: Model) => string) => [label, ...models.map(f)];
  const rows = [row("Quality (0-1)", (m) => ratingCell(qualityOf(catalog, m.id)))];
  const notes: string[] = [];
  const sources: SourceRef[] = [];
  if (req.useCase)
    rows.push(row(`${USE_CASE_LABELS[req.useCase]} fit`, (m) => ratingCell(useCaseFitOf(catalog, m.id, req.useCase))));
  const languages = (req.languages ?? []).filter((c) => /^[a-z]{2,3}$/.test(c) && c !== "en");
  for (const code of languages) {
    const name = languageName(code);
    rows.push(
      row(`${name} rating`, (m) => {
        const s = languageSignal(m, code);
        return s ? `${s.name.replace(/^LMArena /, "LMArena ")} ${s.value}` : `not rated in ${name}`;
      }),
    );
    const rated = models.flatMap((m) => {
      const s = languageSignal(m, code);
      return s ? [{ m, s }] : [];
    });
    sources.push(...rated.map(({ m, s }) => sourceOf(m, s)));
    if (rated.length >= 2) {
      const best = rated.reduce((a, b) => (b.s.value > a.s.value ? b : a));
      const others = rated.filter((x) => x !== best);
      notes.push(
        `In ${name}, ${best.m.name} rates ${others.map((o) => `${best.s.value - o.s.value} points above ${o.m.name}`).join(", ")} on ${best.s.name} (blind votes on prompts written in ${name}; only comparable within that board).`,
      );
    } else if (rated.length === 0)
      notes.push(`Neither model has a ${name} rating in the catalogue, so their ${name} quality is not measured here.`);
  }
  notes.push(
    "Quality and fit are scores from 0 to 1: each model's place among the catalogue models that report the same benchmark (1 = best).",
  );
  return { rows, notes, sources };
}
