// Reading the catalogue's sourced quality signals by benchmark and by use case. Use-case
// strengths come from where a model stands among the catalogue's models on the evaluations of
// that use case, never from hand tags.
import { BENCHMARKS } from "./benchmarks.js";
import type { BenchmarkId, SignalUseCase } from "./benchmarks.js";
import type { Catalog } from "./catalog.js";
import type { Model, QualitySignal } from "./schema.js";

export { BENCHMARKS } from "./benchmarks.js";
export type { BenchmarkId, SignalUseCase } from "./benchmarks.js";

/** The model's value on one benchmark, with its source, or undefined when none is sourced. */
export function signalFor(model: Model, benchmark: BenchmarkId): QualitySignal | undefined {
  return model.quality.find((q) => q.benchmark === benchmark);
}

/** The model's signals that speak to a use case (coding, multilingual, long-context, ...). */
export function signalsForUseCase(model: Model, useCase: SignalUseCase): QualitySignal[] {
  return model.quality.filter((q) => q.benchmark !== undefined && BENCHMARKS[q.benchmark].useCase === useCase);
}

/**
 * Share (0..1) of the other catalogue models reporting the same benchmark that this value beats
 * (ties count half), with the number of models compared. undefined when the model has no value.
 */
export function benchmarkStanding(
  catalog: Catalog,
  model: Model,
  benchmark: BenchmarkId,
): { share: number; of: number } | undefined {
  const own = signalFor(model, benchmark);
  if (!own) return undefined;
  const values = valuesByBenchmark(catalog).get(benchmark) ?? [];
  const others = values.length - 1;
  if (others <= 0) return { share: 0.5, of: values.length };
  const higher = BENCHMARKS[benchmark].higherIsBetter;
  let beats = 0;
  let ties = 0;
  for (const v of values) {
    if (higher ? own.value > v : own.value < v) beats++;
    else if (v === own.value) ties++;
  }
  // The model's own value is among the ties: take it out.
  return { share: (beats + (ties - 1) / 2) / others, of: values.length };
}

/** Fewer peers than this on a benchmark and a standing says too little to call a strength. */
export const MIN_PEERS_FOR_STRENGTH = 5;
/** A model is strong at a use case when its mean standing there is in the top third. */
export const STRENGTH_SHARE = 2 / 3;

/**
 * Use cases the model is measurably strong at: its mean standing on that use case's benchmarks
 * (each compared with at least MIN_PEERS_FOR_STRENGTH catalogue models) is at least STRENGTH_SHARE.
 */
export function strengthsFromSignals(catalog: Catalog, model: Model): SignalUseCase[] {
  const byUseCase = new Map<SignalUseCase, number[]>();
  for (const q of model.quality) {
    if (q.benchmark === undefined) continue;
    const standing = benchmarkStanding(catalog, model, q.benchmark);
    if (!standing || standing.of < MIN_PEERS_FOR_STRENGTH) continue;
    const useCase = BENCHMARKS[q.benchmark].useCase;
    byUseCase.set(useCase, [...(byUseCase.get(useCase) ?? []), standing.share]);
  }
  const strong: SignalUseCase[] = [];
  for (const [useCase, shares] of byUseCase) {
    if (shares.reduce((a, b) => a + b, 0) / shares.length >= STRENGTH_SHARE) strong.push(useCase);
  }
  return strong.sort();
}

const cache = new WeakMap<Catalog, Map<BenchmarkId, number[]>>();

function valuesByBenchmark(catalog: Catalog): Map<BenchmarkId, number[]> {
  const known = cache.get(catalog);
  if (known) return known;
  const index = new Map<BenchmarkId, number[]>();
  for (const m of catalog.models) {
    for (const q of m.quality) {
      if (q.benchmark !== undefined) index.set(q.benchmark, [...(index.get(q.benchmark) ?? []), q.value]);
    }
  }
  cache.set(catalog, index);
  return index;
}
