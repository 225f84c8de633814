// Speed, scored only when a team said latency matters (its weight is 0 otherwise). The catalogue
// holds no measured tokens-per-second or time-to-first-token for any host, so the score rests on
// the one derivable fact: the parameters a model computes per generated token (active ones for a
// mixture of experts). Fewer of them generate faster on the same hardware, and a short answer
// (a label, a few tokens) is dominated by that per-token work and the time to the first token.
// A closed model publishes no size; its lab's own tier word (Flash, Mini, Haiku; Lite, Nano) is
// the lab's claim of a smaller, faster tier, and is read as such, said as such.
import type { Model } from "../catalog/schema.js";
import type { Say } from "./noted.js";
import { tierStep } from "./quality.js";

/** Active parameters at or below this generate fast enough for any interactive target. */
export const FAST_ACTIVE_B = 8;
/** Each doubling of active parameters above FAST_ACTIVE_B costs this much of the speed score. */
export const SPEED_PENALTY_PER_DOUBLING = 0.2;
/** A closed model's speed by its lab's tier word (0: none, flagship; 1: Flash/Mini/Haiku; 2: Lite/Nano). */
export const SPEED_BY_TIER: Record<number, number> = { 0: 0.4, 1: 0.7, 2: 0.9 };
/** No size and no tier word, open weights: as slow as a flagship until shown otherwise. */
export const SPEED_UNKNOWN = 0.4;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function speedValue(model: Model, say?: Say): number {
  const p = model.parameters;
  const active = p ? (p.activeB ?? p.totalB) : undefined;
  if (active !== undefined && active > 0) {
    say?.(
      `${active}B parameters computed per token${p && p.activeB !== undefined && p.activeB !== p.totalB ? ` (of ${p.totalB}B)` : ""}; at most ${FAST_ACTIVE_B}B is fast, each doubling above it slower (a proxy: no measured speed in the catalogue)`,
    );
    return clamp01(1 - SPEED_PENALTY_PER_DOUBLING * Math.max(0, Math.log2(active / FAST_ACTIVE_B)));
  }
  if (!model.openWeights) {
    const step = tierStep(model);
    say?.(
      step > 0
        ? `size not published; its lab names it a smaller tier (${model.name}), which labs offer as faster (a proxy: no measured speed in the catalogue)`
        : `size not published and named as the lab's full-size tier: scored as slow as a flagship (no measured speed in the catalogue)`,
    );
    return SPEED_BY_TIER[Math.min(step, 2)] ?? SPEED_UNKNOWN;
  }
  say?.("parameter count not in the catalogue: scored as slow as a flagship (no measured speed in the catalogue)");
  return SPEED_UNKNOWN;
}
