// Scoring arithmetic of the understanding evaluation, pure so it can be unit-tested on tiny
// inputs. A slot counts as one unit: right value = true positive; a value the label does not
// have = false positive; a labelled value not read = false negative; a wrong value = both.
// Numbers match within 1 %, arrays as sets, everything else exactly (tests/corpus/README.md).

/** The gate on the held-out test part; defined once, printed with every report. */
export const TARGETS = { intentAccuracy: 0.97, slotMicroF1: 0.95, exclusionFlips: 0 } as const;

export const NUMBER_TOLERANCE = 0.01;

export type Slots = Record<string, unknown>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function numbersMatch(expected: number, got: number): boolean {
  if (expected === got) return true;
  return Math.abs(got - expected) <= NUMBER_TOLERANCE * Math.abs(expected);
}

/** Equal as the corpus defines it: numbers within 1 %, arrays as sets, objects field by field. */
export function valuesMatch(expected: unknown, got: unknown): boolean {
  if (typeof expected === "number" && typeof got === "number") return numbersMatch(expected, got);
  if (Array.isArray(expected) && Array.isArray(got)) {
    const e = new Set(expected.map(canonical));
    const g = new Set(got.map(canonical));
    return e.size === g.size && [...e].every((v) => g.has(v));
  }
  if (isPlainObject(expected) && isPlainObject(got)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(got)]);
    return [...keys].every((k) => valuesMatch(expected[k], got[k]));
  }
  return expected === got;
}

/** Per-slot outcome of one record. */
export function compareSlots(expected: Slots, got: Slots): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const slot of new Set([...Object.keys(expected), ...Object.keys(got)])) {
    const e = expected[slot];
    const g = got[slot];
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    if (e !== undefined && g !== undefined) {
      if (valuesMatch(e, g)) c.tp = 1;
      else {
        c.fp = 1;
        c.fn = 1;
      }
    } else if (g !== undefined) c.fp = 1;
    else if (e !== undefined) c.fn = 1;
    out.set(slot, c);
  }
  return out;
}

/** Forbidden values that were read: each element of an array slot, or a scalar slot's value. */
export function exclusionFlips(forbid: Slots, got: Slots): { slot: string; value: unknown }[] {
  const flips: { slot: string; value: unknown }[] = [];
  for (const [slot, forbidden] of Object.entries(forbid)) {
    const g = got[slot];
    if (g === undefined) continue;
    if (Array.isArray(forbidden)) {
      const read = Array.isArray(g) ? new Set(g.map(canonical)) : new Set([canonical(g)]);
      for (const value of forbidden) if (read.has(canonical(value))) flips.push({ slot, value });
    } else if (valuesMatch(forbidden, g)) flips.push({ slot, value: forbidden });
  }
  return flips;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

/** The p-th percentile (0..1) by the nearest-rank method; 0 for no samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

export interface RecordOutcome {
  id: string;
  split: string;
  text: string;
  expectedIntent: string;
  gotIntent: string;
  expected: Slots;
  got: Slots;
  forbid: Slots;
  ms: number;
}

export interface Report {
  records: number;
  intentAccuracy: number;
  slots: Record<string, Prf & Counts>;
  micro: Prf & Counts;
  flips: { id: string; slot: string; value: unknown }[];
  /** Records whose intent or any slot differs, or that read a forbidden value. */
  confusions: RecordOutcome[];
  /** Expected → got intent pairs, most frequent first. */
  intentConfusions: { expected: string; got: string; count: number }[];
  msAverage: number;
  msP99: number;
}

export function score(outcomes: RecordOutcome[]): Report {
  const perSlot = new Map<string, Counts>();
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const flips: Report["flips"] = [];
  const confusions: RecordOutcome[] = [];
  const pairs = new Map<string, number>();
  let intentRight = 0;
  for (const o of outcomes) {
    const intentOk = o.expectedIntent === o.gotIntent;
    if (intentOk) intentRight++;
    else
      pairs.set(
        `${o.expectedIntent}\u0000${o.gotIntent}`,
        (pairs.get(`${o.expectedIntent}\u0000${o.gotIntent}`) ?? 0) + 1,
      );
    let slotsOk = true;
    for (const [slot, c] of compareSlots(o.expected, o.got)) {
      addCounts(perSlot.get(slot) ?? perSlot.set(slot, { tp: 0, fp: 0, fn: 0 }).get(slot)!, c);
      addCounts(micro, c);
      if (c.fp || c.fn) slotsOk = false;
    }
    const recordFlips = exclusionFlips(o.forbid, o.got);
    for (const f of recordFlips) flips.push({ id: o.id, ...f });
    if (!intentOk || !slotsOk || recordFlips.length > 0) confusions.push(o);
  }
  const slots: Report["slots"] = {};
  for (const [slot, c] of [...perSlot].sort(([a], [b]) => a.localeCompare(b))) slots[slot] = { ...c, ...prf(c) };
  const times = outcomes.map((o) => o.ms);
  return {
    records: outcomes.length,
    intentAccuracy: outcomes.length === 0 ? 1 : intentRight / outcomes.length,
    slots,
    micro: { ...micro, ...prf(micro) },
    flips,
    confusions,
    intentConfusions: [...pairs]
      .map(([key, count]) => {
        const [expected, got] = key.split("\u0000") as [string, string];
        return { expected, got, count };
      })
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    msAverage: times.length === 0 ? 0 : times.reduce((a, b) => a + b, 0) / times.length,
    msP99: percentile(times, 0.99),
  };
}

/** Which targets a report misses (empty = all met). */
export function missedTargets(report: Report): string[] {
  const missed: string[] = [];
  if (report.intentAccuracy < TARGETS.intentAccuracy) missed.push("intent accuracy");
  if (report.micro.f1 < TARGETS.slotMicroF1) missed.push("slot micro-F1");
  if (report.flips.length > TARGETS.exclusionFlips) missed.push("exclusion flips");
  return missed;
}

function canonical(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
