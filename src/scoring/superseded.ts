// A release its lab has superseded in the same line (catalog/model-line.ts): Claude Opus 4.1 once
// Claude Opus 4.5 is offered where the team runs at no higher cost. A lead shortlists one release
// of a line, the later one: same lab, same tier, fixes and support going to it. The older stays a
// candidate (the lab still sells it) and is ranked after every release not superseded
// (rank-groups.ts), unless it is cheaper at the team's volume or its successor cannot be used
// where the team runs (ruled out, over budget, or in a later rank group): then it is a real
// choice, not a stale one. constraints.ts decides it per pass, as it knows who is admitted and at
// what cost; this file says which releases can supersede which.
import type { Catalog } from "../catalog/catalog.js";
import { laterInLine, lineOf } from "../catalog/model-line.js";
import { modelSlots } from "./model-slots.js";
import { isPreview } from "./model-traits.js";

const laterBySlot = new WeakMap<Catalog, readonly (readonly number[] | undefined)[]>();

/**
 * For each catalogue slot (model-slots.ts), the slots of the later releases of its line that a lab
 * offers as its current pick (status current, not a preview); undefined when there are none.
 * Found once per catalogue.
 */
export function laterReleaseSlots(catalog: Catalog): readonly (readonly number[] | undefined)[] {
  let later = laterBySlot.get(catalog);
  if (!later) {
    const { models } = modelSlots(catalog);
    const byLine = new Map<string, number[]>();
    models.forEach((m, slot) => {
      const line = m.kind === "model" ? lineOf(m) : null;
      if (line) byLine.set(line.key, [...(byLine.get(line.key) ?? []), slot]);
    });
    const table: (readonly number[] | undefined)[] = models.map(() => undefined);
    for (const slots of byLine.values())
      for (const slot of slots) {
        const m = models[slot];
        const after = slots.filter((s) => {
          const n = models[s];
          return m && n && n.status === "current" && !isPreview(n) && laterInLine(n, m);
        });
        if (after.length > 0) table[slot] = after;
      }
    later = table;
    laterBySlot.set(catalog, later);
  }
  return later;
}

/** Costs as the pass compares them: the month at the team's volume, else the blended list price. */
interface Priced {
  monthlyUsd: number | null;
  blendedPerMTok: number | null;
}

/** Does the successor cost no more than the release it would supersede? Unknown on either side: no. */
export function noDearer(successor: Priced, release: Priced): boolean {
  if (successor.monthlyUsd !== null && release.monthlyUsd !== null) return successor.monthlyUsd <= release.monthlyUsd;
  if (successor.blendedPerMTok !== null && release.blendedPerMTok !== null)
    return successor.blendedPerMTok <= release.blendedPerMTok;
  return false;
}
