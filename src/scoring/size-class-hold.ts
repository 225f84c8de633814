// An estimate is held under what was measured at its size (issue 11, twenty-third round). A model
// no board rated borrows a measured relative's score (quality.ts); Gemma 3 1B, estimated from Gemma
// 3 4B, stood at 0.24 above every measured model from 0.5B to 3B (Gemma 2 2B 0.12, Llama 3.2 3B
// 0.11), and Qwen3 0.6B, estimated from Qwen3 30B-A3B, at 0.25. The cap on larger siblings holds
// only within a make; across makes a lead bounds a guess by the measurements of its size.
//
// The first hold (21f51410, reverted in 28b01fb9) held every estimate at the best measured score
// of its class, one value for all: Qwen3 0.6B, Qwen3 1.7B, Qwen2.5 1.5B and Gemma 3 1B all stood at
// Gemma 2 2B's 0.124 and the 0.6B won a 2 GB shortlist on its size. Here each measured model of
// the class bounds an estimate lowered by the size step an estimate itself takes per halving
// (ESTIMATE_PENALTY_PER_HALVING): a measured 2B says less of a 0.6B than of a 1.7B, so the held
// estimates keep their order by size (1.7B above 1.5B above 1B above 0.6B) instead of tying.
import type { Model } from "../catalog/schema.js";
import { fieldsOf, noteLater } from "./later-note.js";

/** A model's size class: from half to twice its total parameters. */
const SIZE_CLASS_FACTOR = 2;

interface SizedScore {
  model: Model;
  sizeB: number;
  score: number;
}

/** The measured models with a known size, smallest first, that bound estimates (sizeClassBound). */
type MeasuredBySize = readonly SizedScore[];

export function measuredBySize(
  models: readonly Model[],
  measured: ReadonlyMap<string, { score: number }>,
): MeasuredBySize {
  const out: SizedScore[] = [];
  for (const m of models) {
    const q = measured.get(m.id);
    const sizeB = m.parameters?.totalB;
    if (q && sizeB !== undefined) out.push({ model: m, sizeB, score: q.score });
  }
  return out.sort((a, b) => a.sizeB - b.sizeB);
}

interface Bound {
  /** The measured model that bounds the estimate. */
  by: SizedScore;
  /** Its score lowered by the size step for each halving from its size to the estimate's. */
  score: number;
}

/**
 * The bound of a model `sizeB` large: over the measured models of its size class (not `id` itself),
 * each one's score lowered by `stepPerHalving` for each halving from its size down to the model's,
 * the highest. When none of its class is measured, the class of the next measured size up (a larger
 * model bounds a smaller one: Qwen3 0.6B, with no measured model under 1.2B, by the 1.2B–2.5B
 * class). Null when nothing that size or larger is measured.
 */
function sizeClassBound(id: string, sizeB: number, bySize: MeasuredBySize, stepPerHalving: number): Bound | null {
  const within = (low: number, high: number): Bound | null => {
    let best: Bound | null = null;
    for (const o of bySize) {
      if (o.sizeB > high) break;
      if (o.sizeB < low || o.model.id === id) continue;
      const score = o.score - stepPerHalving * Math.max(0, Math.log2(o.sizeB / sizeB));
      if (!best || score > best.score) best = { by: o, score };
    }
    return best;
  };
  const own = within(sizeB / SIZE_CLASS_FACTOR, sizeB * SIZE_CLASS_FACTOR);
  if (own) return own;
  const next = bySize.find((o) => o.sizeB > sizeB * SIZE_CLASS_FACTOR);
  return next ? within(next.sizeB, next.sizeB * SIZE_CLASS_FACTOR) : null;
}

const formatB = (b: number): string => `${Number(b.toPrecision(3))}B`;

/**
 * An estimate held at or below its size-class bound (never below `floor`, where a model with no
 * signal at all stands), the reason said in its note.
 */
export function heldBySizeClass<T extends { score: number; note: string }>(
  m: Model,
  estimate: T,
  bySize: MeasuredBySize,
  stepPerHalving: number,
  floor: number,
): T {
  const sizeB = m.parameters?.totalB;
  if (sizeB === undefined) return estimate;
  const bound = sizeClassBound(m.id, sizeB, bySize, stepPerHalving);
  if (!bound) return estimate;
  const held = Math.max(floor, bound.score);
  if (estimate.score <= held) return estimate;
  const { by } = bound;
  const lowered = by.sizeB > sizeB ? `, less ${(by.score - bound.score).toFixed(2)} for its smaller size` : "";
  return noteLater<T>(
    { ...fieldsOf(estimate), score: held },
    () =>
      `${estimate.note}; held at ${held.toFixed(2)} by the measured ${by.model.name} (${formatB(by.sizeB)}, ${by.score.toFixed(2)}${lowered}): an estimate does not pass what was measured at its size`,
  );
}
