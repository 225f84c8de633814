// Quality and use-case fit from the catalogue's sourced signals (benchmarks, arena ratings), never
// from absence. Raw numbers from different benchmarks are not comparable, so each signal becomes a
// percentile among the catalogue models that report the same signal.
//
// Two criteria read signals:
// - quality: general capability (arena ratings, intelligence indexes, MMLU-Pro, GPQA, ...); a model
//   with only other benchmarks is scored from them as a weaker proxy (pulled toward the middle);
// - use-case fit: the benchmarks of the team's use case (coding -> SWE-bench, Aider, ...), blended
//   with multilingual benchmarks when the team needs languages other than English.
//
// A model with no signal for a criterion takes its nearest measured relative's score (same family,
// nearest size; lowered when the relative is larger) and is marked "estimated from <relative>".
// With no measured relative it scores below every measured model, and the note says so.
// Scores for a whole catalogue are computed once per (catalogue, use case, languages) and looked
// up, so a ranking costs one lookup per candidate and percentiles use binary search.
import type { Catalog } from "../catalog/catalog.js";
import { BENCHMARKS, type SignalUseCase } from "../catalog/benchmarks.js";
import type { Model, QualitySignal } from "../catalog/schema.js";
import type { UseCase } from "./requirements.js";

/** The percentile of a middling model: few-peer percentiles are pulled toward it (below). */
export const NEUTRAL_QUALITY_PRIOR = 0.5;
/**
 * Percentiles among few models say little ("best of 2"), so each is pulled toward the middle as
 * if this many more models had scored exactly at it: share' = 0.5 + (share − 0.5) · n / (n + k).
 */
export const PRIOR_PEERS = 2;
/** Benchmarks of another kind (coding results for general quality) count this much of their distance from the middle. */
export const PROXY_WEIGHT = 0.5;
/** An estimate from a larger relative loses this much per halving of size (never gains from a smaller one). */
export const ESTIMATE_PENALTY_PER_HALVING = 0.05;
/** An estimate from a relative of unknown relative size loses this much. */
export const ESTIMATE_PENALTY_UNKNOWN_SIZE = 0.05;
/** A model with no signal and no measured relative scores this far below the lowest measured one. */
export const UNMEASURED_MARGIN = 0.05;

/**
 * Which signals speak to a criterion: by the benchmark's declared use case when the signal names
 * its benchmark (src/catalog/benchmarks.ts), else by its name (older models.dev rows).
 */
export interface SignalClass {
  kinds: readonly SignalUseCase[];
  names: RegExp;
}

const GENERAL: SignalClass = {
  kinds: ["general", "reasoning"],
  names: /arena|elo|intelligence index|mmlu|gpqa|humanity|\bhle\b|ifeval|mt-?bench|bbh|simpleqa/i,
};

const USE_CASE_SIGNALS: Record<UseCase, SignalClass> = {
  chat: { kinds: ["general", "instruction-following"], names: /arena|elo|mt-?bench|ifeval|alpaca|chatbot/i },
  coding: { kinds: ["coding"], names: /swe|humaneval|livecode|aider|coding|code|mbpp|terminal|scicode/i },
  rag: { kinds: ["long-context"], names: /long|ruler|needle|mrcr|loft|frames|rag|retriev/i },
  extraction: { kinds: ["instruction-following"], names: /ifeval|bfcl|json|extract|structured/i },
  agents: { kinds: ["coding"], names: /tau\d?|bfcl|tool|agent|terminal|swe/i },
  creative: { kinds: ["creative"], names: /creative|writing/i },
  summarization: { kinds: ["long-context"], names: /summ|long|ruler|mrcr|longbench/i },
  translation: { kinds: ["multilingual"], names: /multilingual|mgsm|flores|wmt|mmmlu|translat|global/i },
};
const MULTILINGUAL_SIGNALS = USE_CASE_SIGNALS.translation;

function speaksTo(s: QualitySignal, cls: SignalClass): boolean {
  return s.benchmark !== undefined ? cls.kinds.includes(BENCHMARKS[s.benchmark].useCase) : cls.names.test(s.name);
}

export type Evidence = "measured" | "proxy" | "estimated" | "unmeasured";

export interface QualityScore {
  score: number;
  /** What the number rests on, e.g. "SWE-bench Verified 49 (11 other models report it; percentile score 0.71)". */
  note: string;
  /** The signals used (for an estimate, the relative's), each with its source. */
  signals: QualitySignal[];
  evidence: Evidence;
  /** For an estimate: the relative it was taken from. */
  estimatedFrom?: { id: string; name: string };
}

/** Sorted values per signal name, for percentiles by binary search. */
type SignalIndex = Map<string, { values: number[]; higherIsBetter: boolean }>;

const indexes = new WeakMap<Catalog, SignalIndex>();

function signalIndex(catalog: Catalog): SignalIndex {
  const known = indexes.get(catalog);
  if (known) return known;
  const index: SignalIndex = new Map();
  for (const m of catalog.models) {
    for (const s of m.quality) {
      const key = s.name.toLowerCase();
      const entry = index.get(key) ?? { values: [], higherIsBetter: s.higherIsBetter };
      entry.values.push(s.value);
      index.set(key, entry);
    }
  }
  for (const e of index.values()) e.values.sort((a, b) => a - b);
  indexes.set(catalog, index);
  return index;
}

/** First index with values[i] >= x (or > x when strict). */
function bound(values: readonly number[], x: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = values[mid] ?? 0;
    if (strict ? v <= x : v < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Percentile of one value among all values of the same signal: share of the others it beats. */
function percentile(signal: QualitySignal, index: SignalIndex): { share: number; of: number } {
  const entry = index.get(signal.name.toLowerCase());
  const values = entry?.values ?? [signal.value];
  const others = values.length - 1;
  if (others <= 0) return { share: NEUTRAL_QUALITY_PRIOR, of: values.length };
  const below = bound(values, signal.value, false);
  const equalOrBelow = bound(values, signal.value, true);
  const ties = equalOrBelow - below - 1;
  const beats = signal.higherIsBetter ? below : values.length - equalOrBelow;
  const raw = (beats + ties / 2) / others;
  return {
    share: NEUTRAL_QUALITY_PRIOR + ((raw - NEUTRAL_QUALITY_PRIOR) * others) / (others + PRIOR_PEERS),
    of: values.length,
  };
}

function describe(parts: { s: QualitySignal; p: { share: number; of: number } }[]): string {
  const shown = parts
    .slice(0, 3)
    .map(
      (x) =>
        `${x.s.name} ${x.s.value} (${x.p.of - 1} other model${x.p.of === 2 ? "" : "s"} report it; percentile score ${x.p.share.toFixed(2)})`,
    );
  return (parts.length > 3 ? [...shown, `and ${parts.length - 3} more`] : shown).join("; ");
}

/** A model's own score from the signals of class `cls`; with `proxyFallback`, other signals count as a weak proxy. */
function ownScore(
  model: Model,
  cls: SignalClass,
  index: SignalIndex,
  proxyFallback: string | null,
): QualityScore | null {
  const relevant = model.quality.filter((s) => speaksTo(s, cls));
  const proxy = relevant.length === 0 && proxyFallback !== null && model.quality.length > 0;
  const used = relevant.length > 0 ? relevant : proxy ? model.quality : [];
  if (used.length === 0) return null;
  const parts = used.map((s) => ({ s, p: percentile(s, index) }));
  const mean = parts.reduce((sum, x) => sum + x.p.share, 0) / parts.length;
  const score = proxy ? NEUTRAL_QUALITY_PRIOR + PROXY_WEIGHT * (mean - NEUTRAL_QUALITY_PRIOR) : mean;
  const note = describe(parts) + (proxy ? ` (${proxyFallback}: these count half, pulled toward the middle)` : "");
  return { score, note, signals: used, evidence: proxy ? "proxy" : "measured" };
}

const releaseDay = (m: Model) =>
  m.releaseDate ? Date.parse(m.releaseDate.length === 7 ? `${m.releaseDate}-01` : m.releaseDate) : NaN;

/** Specialised variants (a coder, a vision model) are poor stand-ins for a general sibling. */
const SPECIALISATION = /coder|codestral|code|math|vision|vl\b|reasoning|guard|embed/i;
const specialisation = (m: Model) => (SPECIALISATION.exec(m.id)?.[0] ?? "").toLowerCase();

/** Same family, measured, same specialisation first, nearest in size (then in release date, then id). */
function nearestRelative(model: Model, family: readonly Model[]): Model | null {
  let best: { m: Model; d: number; days: number } | null = null;
  const size = model.parameters?.totalB;
  const spec = specialisation(model);
  for (const other of family) {
    if (other.id === model.id) continue;
    const otherSize = other.parameters?.totalB;
    const sizeDistance = size !== undefined && otherSize !== undefined ? Math.abs(Math.log2(otherSize / size)) : 1e6;
    const d = sizeDistance + (specialisation(other) === spec ? 0 : 1e7);
    const days = Math.abs(releaseDay(other) - releaseDay(model));
    const dd = Number.isNaN(days) ? 1e12 : days;
    if (!best || d < best.d || (d === best.d && (dd < best.days || (dd === best.days && other.id < best.m.id))))
      best = { m: other, d, days: dd };
  }
  return best?.m ?? null;
}

export interface CriterionTable {
  scores: Map<string, QualityScore>;
  /** Lowest measured score (null when no model is measured for this criterion). */
  lowestMeasured: number | null;
}

function buildTable(catalog: Catalog, cls: SignalClass, proxyFallback: string | null, what: string): CriterionTable {
  const index = signalIndex(catalog);
  const measured = new Map<string, QualityScore>();
  for (const m of catalog.models) {
    const own = ownScore(m, cls, index, proxyFallback);
    if (own) measured.set(m.id, own);
  }
  let lowest: number | null = null;
  for (const q of measured.values()) lowest = lowest === null ? q.score : Math.min(lowest, q.score);
  const floor = lowest === null ? NEUTRAL_QUALITY_PRIOR : Math.max(0, lowest - UNMEASURED_MARGIN);
  const scores = new Map(measured);
  // Measured models by family, so estimates look only at relatives (linear in the catalogue).
  const families = new Map<string, Model[]>();
  for (const m of catalog.models)
    if (measured.has(m.id)) families.set(m.family, [...(families.get(m.family) ?? []), m]);
  for (const m of catalog.models) {
    if (scores.has(m.id)) continue;
    if (lowest === null) {
      scores.set(m.id, {
        score: NEUTRAL_QUALITY_PRIOR,
        note: `no model in the catalogue has a ${what} signal, so this criterion does not separate them`,
        signals: [],
        evidence: "unmeasured",
      });
      continue;
    }
    const relative = nearestRelative(m, families.get(m.family) ?? []);
    const rq = relative ? measured.get(relative.id) : undefined;
    if (relative && rq) {
      const own = m.parameters?.totalB;
      const theirs = relative.parameters?.totalB;
      const penalty =
        own !== undefined && theirs !== undefined
          ? ESTIMATE_PENALTY_PER_HALVING * Math.max(0, Math.log2(theirs / own))
          : ESTIMATE_PENALTY_UNKNOWN_SIZE;
      const score = Math.max(floor, rq.score - penalty);
      const sizeWords =
        own !== undefined && theirs !== undefined
          ? theirs > own
            ? `, lowered by ${penalty.toFixed(2)} because ${relative.name} is larger`
            : ""
          : `, lowered by ${penalty.toFixed(2)} because the sizes cannot be compared`;
      scores.set(m.id, {
        score,
        note: `estimated from ${relative.name} (same family, nearest measured size: ${rq.score.toFixed(2)}${sizeWords}); no ${what} signal of its own`,
        signals: rq.signals,
        evidence: "estimated",
        estimatedFrom: { id: relative.id, name: relative.name },
      });
      continue;
    }
    scores.set(m.id, {
      score: floor,
      note: `no ${what} signal and no measured model of its family: ranked below every measured model on this (${floor.toFixed(2)})`,
      signals: [],
      evidence: "unmeasured",
    });
  }
  return { scores, lowestMeasured: lowest };
}

const tables = new WeakMap<Catalog, Map<string, CriterionTable>>();

function table(catalog: Catalog, key: string, build: () => CriterionTable): CriterionTable {
  let byKey = tables.get(catalog);
  if (!byKey) {
    byKey = new Map();
    tables.set(catalog, byKey);
  }
  let t = byKey.get(key);
  if (!t) {
    t = build();
    byKey.set(key, t);
  }
  return t;
}

export function qualityTable(catalog: Catalog): CriterionTable {
  return table(catalog, "quality", () =>
    buildTable(catalog, GENERAL, "no general-capability signal for this model; other benchmarks used", "quality"),
  );
}

export function useCaseTable(catalog: Catalog, useCase: UseCase): CriterionTable {
  return table(catalog, `use:${useCase}`, () =>
    buildTable(catalog, USE_CASE_SIGNALS[useCase], null, `${useCase} benchmark`),
  );
}

export function multilingualTable(catalog: Catalog): CriterionTable {
  return table(catalog, "multilingual", () =>
    buildTable(catalog, MULTILINGUAL_SIGNALS, null, "multilingual benchmark"),
  );
}

const MISSING: QualityScore = {
  score: 0,
  note: "not in the catalogue's quality tables",
  signals: [],
  evidence: "unmeasured",
};

export function qualityOf(catalog: Catalog, modelId: string): QualityScore {
  return qualityTable(catalog).scores.get(modelId) ?? MISSING;
}

/** Use-case fit from the use case's benchmarks, blended half and half with multilingual ones when languages other than English are needed. */
export function useCaseFitOf(
  catalog: Catalog,
  modelId: string,
  useCase: UseCase | undefined,
  languages: readonly string[] = [],
): QualityScore {
  const others = languages.filter((l) => !/^(en|english)$/i.test(l.trim()));
  const base: QualityScore = useCase
    ? (useCaseTable(catalog, useCase).scores.get(modelId) ?? MISSING)
    : { score: NEUTRAL_QUALITY_PRIOR, note: "use case not stated", signals: [], evidence: "unmeasured" };
  if (others.length === 0 || useCase === "translation") return base;
  const ml = multilingualTable(catalog).scores.get(modelId) ?? MISSING;
  return {
    score: (base.score + ml.score) / 2,
    note: `${base.note}; for ${others.join(", ")}: ${ml.note}`,
    signals: [...base.signals, ...ml.signals],
    evidence: base.evidence === "measured" && ml.evidence === "measured" ? "measured" : base.evidence,
  };
}
