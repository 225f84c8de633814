// Where one benchmark result sits on the catalogue-wide scale of a criterion.
//
// A percentile among the models that report a benchmark is a percentile among a selected group:
// SWE-Bench Pro or the Artificial Analysis index are republished mostly for frontier models, so
// the median of those reporters is a strong model, not a middling one. Read raw, a frontier
// model that is average among frontier peers looked weaker than a mid-tier model measured only
// on a broad leaderboard. So each narrow benchmark is placed on the scale of the criterion's
// broadest signal (its anchor, the one most models report): its reporters' anchor percentiles
// are the scale, and a model at the p-th place among them gets that group's p-th anchor value.
// Benchmarks whose reporters barely overlap the anchor keep their plain percentile.
import type { Catalog } from "../catalog/catalog.js";
import type { QualitySignal } from "../catalog/schema.js";

/** The percentile of a middling model: few-peer percentiles are pulled toward it (below). */
export const NEUTRAL_QUALITY_PRIOR = 0.5;
/** A score from weaker evidence, kept at `weight` of its distance from the middle (proxies, votes alone, estimates). */
export const towardMiddle = (score: number, weight: number): number =>
  NEUTRAL_QUALITY_PRIOR + weight * (score - NEUTRAL_QUALITY_PRIOR);
/**
 * Percentiles among few models say little ("best of 2"), so each is pulled toward the middle of
 * its group as if this many more models had scored exactly at it: share' = mid + (share − mid) · n / (n + k).
 */
export const PRIOR_PEERS = 2;
/** Reporters a benchmark must share with its anchor before it is placed on the anchor's scale. */
export const MIN_ANCHOR_OVERLAP = 3;
/**
 * Only narrow benchmarks are placed: reported by fewer than this share of the anchor's reporters.
 * A benchmark nearly every model reports is not a selected group, and its plain percentile holds.
 */
export const NARROW_SHARE = 0.5;

export interface Placement {
  /** Score in [0, 1] on the criterion's catalogue-wide scale. */
  share: number;
  /** How many catalogue models report this signal (including this one). */
  of: number;
  /** The anchor whose scale placed it, when it was not the anchor itself. */
  placedOn?: string;
}

/** Sorted values and reporters per signal name. */
interface SignalEntry {
  values: number[];
  higherIsBetter: boolean;
  reporters: Set<string>;
}
type SignalIndex = Map<string, SignalEntry>;

const indexes = new WeakMap<Catalog, SignalIndex>();

const keyOf = (s: QualitySignal) => s.name.toLowerCase();

function signalIndex(catalog: Catalog): SignalIndex {
  const known = indexes.get(catalog);
  if (known) return known;
  const index: SignalIndex = new Map();
  for (const m of catalog.models) {
    for (const s of m.quality) {
      const entry = index.get(keyOf(s)) ?? { values: [], higherIsBetter: s.higherIsBetter, reporters: new Set() };
      entry.values.push(s.value);
      entry.reporters.add(m.id);
      index.set(keyOf(s), entry);
    }
  }
  for (const e of index.values()) e.values.sort((a, b) => a - b);
  indexes.set(catalog, index);
  return index;
}

/** First index with values[i] >= x (or > x when strict). */
function bound(values: readonly number[], x: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = values[mid] ?? 0;
    if (strict ? v <= x : v < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Share of the other reporters this value beats (ties count half), before any pull to the middle. */
function rawShare(value: number, entry: SignalEntry): { raw: number; others: number } {
  const { values } = entry;
  const others = values.length - 1;
  if (others <= 0) return { raw: NEUTRAL_QUALITY_PRIOR, others: 0 };
  const below = bound(values, value, false);
  const equalOrBelow = bound(values, value, true);
  const ties = equalOrBelow - below - 1;
  const beats = entry.higherIsBetter ? below : values.length - equalOrBelow;
  return { raw: (beats + ties / 2) / others, others };
}

const shrink = (share: number, toward: number, others: number) =>
  toward + ((share - toward) * others) / (others + PRIOR_PEERS);

/** The plain percentile of a signal among all catalogue models reporting it. */
export function plainPlacement(catalog: Catalog, s: QualitySignal): Placement {
  const entry = signalIndex(catalog).get(keyOf(s));
  if (!entry) return { share: NEUTRAL_QUALITY_PRIOR, of: 1 };
  const { raw, others } = rawShare(s.value, entry);
  return { share: shrink(raw, NEUTRAL_QUALITY_PRIOR, others), of: entry.values.length };
}

/** The value at quantile q of sorted values (linear between neighbours). */
function quantile(sorted: readonly number[], q: number): number {
  const pos = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (pos - lo);
}

/** The signal most catalogue models report among those a criterion reads (ties: name order). */
export function anchorOf(catalog: Catalog, reads: (s: QualitySignal) => boolean): QualitySignal | null {
  const index = signalIndex(catalog);
  let best: { s: QualitySignal; n: number } | null = null;
  for (const m of catalog.models)
    for (const s of m.quality) {
      if (!reads(s)) continue;
      const n = index.get(keyOf(s))?.values.length ?? 0;
      if (!best || n > best.n || (n === best.n && s.name < best.s.name)) best = { s, n };
    }
  return best?.s ?? null;
}

/**
 * Places signals on one anchor's scale. Built once per (catalogue, criterion); each call is a
 * map lookup plus a binary search.
 */
export function placer(catalog: Catalog, anchor: QualitySignal | null): (s: QualitySignal) => Placement {
  const index = signalIndex(catalog);
  const anchorKey = anchor ? keyOf(anchor) : null;
  const anchorShare = new Map<string, number>();
  if (anchorKey)
    for (const m of catalog.models) {
      const own = m.quality.find((s) => keyOf(s) === anchorKey);
      if (own) anchorShare.set(m.id, plainPlacement(catalog, own).share);
    }
  // Per signal: its reporters' anchor shares, sorted (null when too few overlap).
  const scales = new Map<string, number[] | null>();
  const anchorCount = anchorKey ? (index.get(anchorKey)?.values.length ?? 0) : 0;
  const scaleOf = (key: string): number[] | null => {
    if (scales.has(key)) return scales.get(key) ?? null;
    const entry = index.get(key);
    const shares = entry ? [...entry.reporters].flatMap((id) => anchorShare.get(id) ?? []) : [];
    const narrow = (entry?.values.length ?? 0) < anchorCount * NARROW_SHARE;
    const scale =
      key !== anchorKey && narrow && shares.length >= MIN_ANCHOR_OVERLAP ? shares.sort((a, b) => a - b) : null;
    scales.set(key, scale);
    return scale;
  };
  return (s) => {
    const key = keyOf(s);
    const entry = index.get(key);
    const scale = scaleOf(key);
    if (!entry || !scale || !anchor) return plainPlacement(catalog, s);
    const { raw, others } = rawShare(s.value, entry);
    const mid = quantile(scale, 0.5);
    return { share: shrink(quantile(scale, raw), mid, others), of: entry.values.length, placedOn: anchor.name };
  };
}
