// The shared cost caches are bounded in model slots as well as in keys: each set of cost inputs
// is a table with a slot per model, so on a catalogue 100× today's the old bounds (256 sets of
// inputs per cache, 64 caches per catalogue) let a bot's heap grow past a gigabyte after a hundred
// different teams. A small catalogue keeps the old bounds; a big one keeps fewer sets, but never
// fewer than the 6 kinds of team of the scale bench use (3 caches, about 55 sets in the busiest).
import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { sharedScoringCache } from "../../../src/scoring/constraints.js";

/** A catalogue of `n` models as the caches see it: only the ids are read (model-slots.ts). */
function catalogOf(n: number): Catalog {
  const models = Array.from({ length: n }, (_, i) => ({ id: `m${String(i).padStart(6, "0")}` }));
  return { models } as unknown as Catalog;
}

describe("shared cost caches", () => {
  it("keep 64 sets of assumptions on today's catalogue", () => {
    const catalog = catalogOf(231);
    const first = sharedScoringCache(catalog, "a0");
    for (let i = 1; i < 64; i++) sharedScoringCache(catalog, `a${i}`);
    expect(sharedScoringCache(catalog, "a0")).toBe(first);
  });

  it("keep 4 sets of assumptions on a catalogue 100× today's, the oldest going first", () => {
    const catalog = catalogOf(23_100);
    const caches = Array.from({ length: 5 }, (_, i) => sharedScoringCache(catalog, `a${i}`));
    // The last four are kept, a0 went (a new, empty cache under its key).
    for (let i = 1; i < 5; i++) expect(sharedScoringCache(catalog, `a${i}`)).toBe(caches[i]);
    expect(sharedScoringCache(catalog, "a0")).not.toBe(caches[0]);
  });

  it("keep 256 sets of cost inputs per cache on today's catalogue, 64 on one 100× its size", () => {
    for (const [n, kept] of [
      [231, 256],
      [23_100, 64],
    ] as const) {
      const catalog = catalogOf(n);
      const cache = sharedScoringCache(catalog, "inputs");
      const first = cache.monthly(catalog, "k0");
      first[0] = 1;
      for (let i = 1; i < kept; i++) cache.monthly(catalog, `k${i}`);
      expect(cache.monthly(catalog, "k0")).toBe(first);
      cache.monthly(catalog, `k${kept}`);
      // One more set of inputs: k0, the oldest, went; its table is made again, empty.
      const again = cache.monthly(catalog, "k0");
      expect(again).not.toBe(first);
      expect(Number.isNaN(again[0])).toBe(true);
    }
  });
});
