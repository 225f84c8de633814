// The catalogue's models numbered once: slot i is the i-th model by id. Per-model values that a
// ranking reads for every candidate (cost estimates, quality scores) are kept in arrays indexed
// by slot, so a pass reads an array element per candidate instead of hashing its id into a map
// (at 100× today's catalogue the map lookups, each a few cache misses, were most of a pass).
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";

export interface ModelSlots {
  /** The models sorted by id: catalogue order is not meaningful, and every ranking walks them in this order. */
  models: readonly Model[];
  /** A model's slot by id (hosting rules hand the engine narrowed copies, so never by object). */
  slotOf: ReadonlyMap<string, number>;
}

const numbered = new WeakMap<Catalog, ModelSlots>();

export function modelSlots(catalog: Catalog): ModelSlots {
  let slots = numbered.get(catalog);
  if (!slots) {
    const models = [...catalog.models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    slots = { models, slotOf: new Map(models.map((m, i) => [m.id, i])) };
    numbered.set(catalog, slots);
  }
  return slots;
}
