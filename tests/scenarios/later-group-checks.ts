// Shared check for the rank groups that put a kind of model after the others (built for code,
// withdrawn by its lab): inside each group the other rules make, no such model is listed above one
// that is not, and the rule really reorders something (a later model out-scored one listed before it).
import { expect } from "vitest";
import type { RankedModel } from "../../src/scoring/rank.js";

/** Asserts the order within each of `otherGroups`' groups; returns how many groups the rule reordered. */
export function expectLaterWithinGroups(
  ranked: readonly RankedModel[],
  isLater: (m: RankedModel) => boolean,
  otherGroups: (m: RankedModel) => string,
  label: string,
): number {
  let moved = 0;
  for (const group of new Set(ranked.map(otherGroups))) {
    const inGroup = ranked.filter((m) => otherGroups(m) === group);
    const first = inGroup.findIndex(isLater);
    if (first < 0) continue;
    expect(
      inGroup
        .slice(first)
        .filter((m) => !isLater(m))
        .map((m) => m.id),
      label,
    ).toEqual([]);
    // Moved by the rule, not by the score: a model listed before the later one scores less.
    const best = Math.max(...inGroup.filter(isLater).map((m) => m.score));
    if (inGroup.some((m) => !isLater(m) && m.score < best)) moved++;
  }
  return moved;
}

/** The later models listed below #3 that out-score #3 in its group: the ones the rule kept out of the top 3. */
export function keptOutOfTopThree(
  ranked: readonly RankedModel[],
  isLater: (m: RankedModel) => boolean,
  otherGroups: (m: RankedModel) => string,
): RankedModel[] {
  const third = ranked[2];
  if (!third) return [];
  return ranked.slice(3).filter((m) => isLater(m) && otherGroups(m) === otherGroups(third) && m.score > third.score);
}
