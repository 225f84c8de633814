// The order of a ranking's rows without a comparator call per comparison: at 100× today's
// catalogue, sorting ~14,000 rows with a JavaScript comparator (~190,000 calls) was a fifth of a
// ranking. Each row's tier, score and row number are packed into one integer-valued
// double, so one native numeric sort puts them in order; only runs of rows whose scores are
// close enough for the tie-breakers to matter are then sorted with the full comparison.

import { RANK_TIER_BITS } from "./rank-groups.js";

/**
 * Row numbers 0..n-1 in ranking order: by tier, lowest first (below 2^RANK_TIER_BITS, see
 * rank-groups.ts rankTier), then by score, highest first. Rows whose scores may be within `tie` of each other are ordered by
 * `compare` (the full comparison: the same tiers and scores first, then tie-breakers), so when
 * `compare` is a consistent order the result is exactly what sorting every row with it gives.
 */
export function orderByScore(
  totals: Float64Array,
  tier: Uint8Array,
  tie: number,
  compare: (i: number, j: number) => number,
): Uint32Array {
  const n = totals.length;
  const all = () => Uint32Array.from({ length: n }, (_, i) => i).sort(compare);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = totals[i] as number;
    if (!Number.isFinite(s)) return all();
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  if (n < 2) return all();
  // The tiers present, numbered densely in their order: a ranking meets a few of the
  // 2^RANK_TIER_BITS groups, so the key spends bits on those only and leaves the rest to the
  // score's quantum (each group flag added would otherwise halve it).
  const rank = new Int32Array(2 ** RANK_TIER_BITS);
  for (let i = 0; i < n; i++) rank[tier[i] as number] = 1;
  let present = 0;
  for (let t = 0; t < rank.length; t++) if (rank[t] === 1) rank[t] = present++;
  // Key = ((dense tier · levels) + quantised distance below the top score) · 2^rowBits + row: with
  // a dense tier below 2^tierBits, an integer below 2^53, so exact in a double, and its order is
  // the tier, then the score, then the row.
  const tierBits = Math.ceil(Math.log2(present));
  const rowBits = Math.max(1, Math.ceil(Math.log2(n)));
  const levels = 2 ** (53 - tierBits - rowBits);
  const rows = 2 ** rowBits;
  const range = hi - lo;
  const step = range / (levels - 1);
  // Too many rows for a fine enough quantum (never for a catalogue of any plausible size).
  if (step > tie / 16) return all();
  const scale = range > 0 ? (levels - 1) / range : 0;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Monotone in the score: a higher score never gets a larger quantum.
    const q = Math.min(levels - 1, Math.floor((hi - (totals[i] as number)) * scale));
    keys[i] = ((rank[tier[i] as number] as number) * levels + q) * rows + i;
  }
  keys.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const key = keys[k] as number;
    order[k] = key - Math.floor(key / rows) * rows;
  }
  // Rows in one quantum are within a step of each other, and rows in order are at most a step out
  // of score order; so where two neighbours are more than tie + 2 steps apart (with room for
  // rounding), every row before them scores more than `tie` above every row after, and `compare`
  // orders them by score as this does. Between such gaps, `compare` decides.
  const gap = tie + 4 * step;
  let start = 0;
  for (let k = 1; k <= n; k++) {
    const a = order[k - 1] as number;
    const b = order[k];
    const split = b === undefined || tier[a] !== tier[b] || (totals[a] as number) - (totals[b] as number) > gap;
    if (!split) continue;
    if (k - start > 1) order.subarray(start, k).sort(compare);
    start = k;
  }
  return order;
}
