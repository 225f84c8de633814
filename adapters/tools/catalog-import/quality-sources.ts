// Quality signals from sourced public evaluations beyond the models.dev benchmark rows:
// LMArena ratings (curation/lmarena-snapshot.ts via curation/quality-lmarena-map.ts) and single
// published results (curation/quality-published.ts). Each signal carries its benchmark id,
// source URL, kind and date.
import { BENCHMARKS } from "../../../src/catalog/benchmarks.js";
import type { BenchmarkId } from "../../../src/catalog/benchmarks.js";
import type { QualitySignal } from "../../../src/catalog/schema.js";
import { LMARENA_SNAPSHOTS, LMARENA_RATINGS } from "../curation/lmarena-snapshot.js";
import { LMARENA_MAP } from "../curation/quality-lmarena-map.js";
import { PUBLISHED_RESULTS } from "../curation/quality-published.js";

/** models.dev benchmark rows whose name always means the same evaluation and metric, so the row
 *  can carry a benchmark id (its name stays as it was, so name-keyed comparisons are unchanged). */
const MODELS_DEV_BENCHMARKS: Readonly<Record<string, BenchmarkId>> = {
  "Aider Polyglot (percent correct)": "aider-polyglot",
  "SWE-Bench Pro [dataset public] (resolve rate)": "swe-bench-pro-public",
  "Artificial Analysis Coding Index (index)": "aa-coding-index",
  "SciCode (percent correct)": "scicode",
  "Terminal-Bench Hard (success rate)": "terminal-bench-hard",
  "SWE-Bench Verified (resolved)": "swe-bench-verified",
};

/** Hosts that republish another party's results (secondary); any other cited page is the
 *  benchmark owner's leaderboard or the lab's own report (primary). */
const REPUBLISHERS = new Set(["openrouter.ai"]);

/** Gives a models.dev benchmark row its benchmark id, source URL and source kind, when known. */
export function tagModelsDevSignal(q: QualitySignal): QualitySignal {
  const benchmark = MODELS_DEV_BENCHMARKS[q.name];
  if (!benchmark || !/^https?:\/\//.test(q.source)) return q;
  const host = new URL(q.source).hostname.replace(/^www\./, "");
  return {
    ...q,
    benchmark,
    sourceUrl: q.source,
    sourceKind: REPUBLISHERS.has(host) ? "secondary" : "primary",
    note: "as cited by models.dev's benchmark record",
  };
}

export function sourcedQuality(modelId: string, errors: string[]): QualitySignal[] {
  const out: QualitySignal[] = [];
  const mapping = LMARENA_MAP[modelId];
  for (const board of ["text", "vision"] as const) {
    const name = mapping?.[board];
    if (!name) continue;
    const ratings = LMARENA_RATINGS[name];
    if (!ratings) {
      errors.push(`${modelId}: no LMArena ${board} entry "${name}" in lmarena-snapshot.ts`);
      continue;
    }
    for (const [benchmark, [rating, halfInterval]] of Object.entries(ratings)) {
      const id = benchmark as BenchmarkId;
      if ((board === "vision") !== (id === "lmarena-vision")) continue;
      const info = BENCHMARKS[id];
      out.push({
        name: info.label,
        value: rating,
        higherIsBetter: info.higherIsBetter,
        source: `LMArena leaderboard, ${board} (style control)`,
        asOf: LMARENA_SNAPSHOTS[board].asOf,
        benchmark: id,
        sourceUrl: LMARENA_SNAPSHOTS[board].url,
        sourceKind: "primary",
        sourceModel: name,
        note: `95% interval ±${halfInterval}${mapping?.note ? `; ${mapping.note}` : ""}`,
      });
    }
  }
  for (const r of PUBLISHED_RESULTS[modelId] ?? []) {
    const info = BENCHMARKS[r.benchmark];
    out.push({
      name: info.label,
      value: r.value,
      higherIsBetter: info.higherIsBetter,
      source: r.source,
      asOf: r.asOf,
      benchmark: r.benchmark,
      sourceUrl: r.sourceUrl,
      sourceKind: r.sourceKind,
      ...(r.sourceModel ? { sourceModel: r.sourceModel } : {}),
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return out;
}
