// A memo of per-model values under a shared key (licence verdicts per fact set, costs per cost
// inputs, self-hosting plans per assumptions). A ranking pass looks up every model under one
// key, so the memo is a table per key, found once per pass, then one lookup per model in a
// table that stays in the CPU cache (a table per model cost a cache miss per lookup, and that
// dominated the ranking's profile at 10× today's catalogue). The owner picks the table: a map
// by model id, or an array by model slot (see model-slots.ts) where every pass reads it.
//
// Bounded by the number of keys, never by a fixed number of entries: a fixed entry limit is
// reached sooner the bigger the catalogue, and past it every ranking recomputed everything (at
// 100× today's catalogue the old limits were cleared several times per recommendation).
// Memory is at most `maxKeys` tables of at most one entry per model; the owner keeps one memo
// per catalogue.
export class KeyedMemo<T> {
  private readonly tables = new Map<string, T>();

  constructor(
    private readonly maxKeys: number,
    private readonly create: () => T,
  ) {}

  /** The table under `key` (created empty; the oldest key goes when full). */
  table(key: string): T {
    let t = this.tables.get(key);
    if (!t) {
      if (this.tables.size >= this.maxKeys) {
        const oldest = this.tables.keys().next();
        if (!oldest.done) this.tables.delete(oldest.value);
      }
      t = this.create();
      this.tables.set(key, t);
    }
    return t;
  }
}

/**
 * How many keys a memo of one table per key, a slot per model, keeps on a catalogue of `models`
 * models: `most` while their tables hold at most `slots` slots in all, fewer on a bigger
 * catalogue, never fewer than `least` (what a bot repeating a few kinds of team uses, so they
 * never push each other out). Counted in keys alone, a catalogue 100× today's made every key a
 * hundred times dearer, and after a few hundred different teams the full memos were most of the heap.
 */
export function keysWithin(slots: number, models: number, least: number, most: number): number {
  return Math.max(least, Math.min(most, Math.floor(slots / Math.max(1, models))));
}
