// Quality from the catalogue's sourced signals (benchmarks, arena ratings). Raw numbers from
// different benchmarks are not comparable, so each signal becomes a percentile among the
// catalogue models that report the same signal; signals relevant to the use case are preferred.
// A model without any signal gets a documented neutral prior, and the answer says so.
import type { Catalog } from "../catalog/catalog.js";
import type { Model, QualitySignal } from "../catalog/schema.js";
import type { UseCase } from "./requirements.js";

/** The percentile of a middling model: few-peer percentiles are pulled toward it (below). */
export const NEUTRAL_QUALITY_PRIOR = 0.5;
/**
 * Score of a model with no sourced quality signal: the 25th percentile of the measured ones.
 * Conservative on purpose: unknown quality must not beat evidence, so an unmeasured model only
 * outranks measured ones in the bottom quarter (or on other criteria).
 */
export const UNMEASURED_QUALITY_PRIOR = 0.25;
/**
 * Percentiles among few models say little ("best of 2"), so each is pulled toward the middle as
 * if this many more models had scored exactly at it: share' = 0.5 + (share − 0.5) · n / (n + k).
 */
export const PRIOR_PEERS = 2;
/** Weight of benchmarks that do not speak to the use case (see qualityScore). */
export const PROXY_WEIGHT = 0.5;

/** Signal names that speak to each use case (matched case-insensitively against signal names). */
const RELEVANT_SIGNALS: Record<UseCase, RegExp> = {
  chat: /arena|mt-?bench|mmlu|ifeval|gpqa|humanity/i,
  coding: /swe|humaneval|livecode|aider|code|mbpp/i,
  rag: /mmlu|arena|gpqa|long|ruler|needle|mrcr/i,
  extraction: /ifeval|mmlu|bfcl|json|extract/i,
  agents: /swe|tau\d?|bfcl|tool|agent|terminal/i,
  creative: /arena|creative|writing|mt-?bench/i,
  summarization: /mmlu|arena|long|ruler|mrcr|summ/i,
  translation: /mmlu|arena|multilingual|mgsm|flores|wmt/i,
};

export interface QualityScore {
  score: number;
  /** The signals used, e.g. "SWE-bench Verified 49 (85th percentile of 12)". */
  note: string;
  signals: QualitySignal[];
}

/** Percentile of one value among all values of the same signal: share of the others it beats. */
function percentile(signal: QualitySignal, peers: readonly QualitySignal[]): { share: number; of: number } {
  const others = peers.length - 1;
  if (others <= 0) return { share: NEUTRAL_QUALITY_PRIOR, of: peers.length };
  let beats = 0;
  let ties = 0;
  for (const p of peers) {
    if (p === signal) continue;
    const better = signal.higherIsBetter ? signal.value > p.value : signal.value < p.value;
    if (better) beats++;
    else if (p.value === signal.value) ties++;
  }
  const raw = (beats + ties / 2) / others;
  return {
    share: NEUTRAL_QUALITY_PRIOR + ((raw - NEUTRAL_QUALITY_PRIOR) * others) / (others + PRIOR_PEERS),
    of: peers.length,
  };
}

const indexes = new WeakMap<Catalog, Map<string, QualitySignal[]>>();

/** Signals by name across the catalogue (built once per catalogue object). */
export function signalIndex(catalog: Catalog): Map<string, QualitySignal[]> {
  const known = indexes.get(catalog);
  if (known) return known;
  const index = new Map<string, QualitySignal[]>();
  indexes.set(catalog, index);
  for (const m of catalog.models) {
    for (const s of m.quality) {
      const key = s.name.toLowerCase();
      index.set(key, [...(index.get(key) ?? []), s]);
    }
  }
  return index;
}

export function qualityScore(
  model: Model,
  useCase: UseCase | undefined,
  index: Map<string, QualitySignal[]>,
): QualityScore {
  if (model.quality.length === 0) {
    return {
      score: UNMEASURED_QUALITY_PRIOR,
      note: `no sourced quality signal in the catalogue; conservative prior ${UNMEASURED_QUALITY_PRIOR} (the 25th percentile of measured models)`,
      signals: [],
    };
  }
  const pattern = useCase ? RELEVANT_SIGNALS[useCase] : undefined;
  const relevant = pattern ? model.quality.filter((s) => pattern.test(s.name)) : [];
  const used = relevant.length > 0 ? relevant : model.quality;
  const parts = used.map((s) => ({ s, p: percentile(s, index.get(s.name.toLowerCase()) ?? [s]) }));
  const mean = parts.reduce((sum, x) => sum + x.p.share, 0) / parts.length;
  // Benchmarks of another kind (coding results for a chat use case) are only a proxy of general
  // capability: they count half, measured from the unmeasured prior.
  const score =
    relevant.length > 0 || !useCase
      ? mean
      : UNMEASURED_QUALITY_PRIOR + PROXY_WEIGHT * (mean - UNMEASURED_QUALITY_PRIOR);
  // Sources and dates of each signal go to the answer's sources block; the note stays short.
  const shown = parts
    .slice(0, 3)
    .map(
      (x) =>
        `${x.s.name} ${x.s.value} (${x.p.of - 1} other model${x.p.of === 2 ? "" : "s"} report it; percentile score ${x.p.share.toFixed(2)})`,
    );
  const described = parts.length > 3 ? [...shown, `and ${parts.length - 3} more`] : shown;
  const scope =
    relevant.length > 0 || !useCase
      ? ""
      : ` (no ${useCase} benchmark for this model: these count half, as a proxy of general capability)`;
  return { score, note: described.join("; ") + scope, signals: used };
}
