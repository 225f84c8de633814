// A release its lab has superseded in the same line (catalog/model-line.ts): Claude Opus 4.1 once
// Claude Opus 4.5 is offered where the team runs at no higher cost. A lead shortlists one release
// of a line, the later one: same lab, same tier, fixes and support going to it. The older stays a
// candidate (the lab still sells it) and is ranked after every release not superseded
// (rank-groups.ts), unless it is cheaper at the team's volume or its successor cannot be used
// where the team runs (ruled out, over budget, or in a later rank group): then it is a real
// choice, not a stale one. constraints.ts decides it per pass, as it knows who is admitted and at
// what cost; this file says which releases can supersede which, and answers a whole line at once.
//
// Why a whole line at once: asking each release about each later one is quadratic in the line,
// and a pass asks every candidate. Here a line is walked from its latest release back, keeping
// only the later releases no other one beats as a successor (cheaper or as cheap, as good, in no
// later group), so each release is checked against that short front, not the whole line.
import type { Catalog } from "../catalog/catalog.js";
import { CALENDAR_VERSION, lineOf } from "../catalog/model-line.js";
import type { Model } from "../catalog/schema.js";
import { modelSlots } from "./model-slots.js";
import { isPreview } from "./model-traits.js";

/** One release in one order of its line (see ReleaseLine). */
interface Entry {
  slot: number;
  /** Release date (ISO text) or version: later is greater. */
  key: string | number;
  /** Its later releases in this order are the entries after it with a greater key. */
  asks: boolean;
  /** It can supersede the entries before it: current, not a preview. */
  offers: boolean;
}

/**
 * A line's releases in the orders laterInLine reads (model-line.ts): two dated releases by date,
 * any other pair by version unless either is a calendar version. So a dated release's later ones
 * are the later-dated ones plus the undated ones of a higher version, and an undated release's
 * are those of a higher version, dated or not: each a tail of one sorted order.
 */
export interface ReleaseLine {
  /** Its releases' slots. */
  slots: readonly number[];
  orders: readonly (readonly Entry[])[];
}

interface ReleaseLines {
  /** The line of each catalogue slot (model-slots.ts), or undefined (no version, not a model, or alone). */
  lineOfSlot: readonly (ReleaseLine | undefined)[];
}

const linesOf = new WeakMap<Catalog, ReleaseLines>();

const byKey = (x: Entry, y: Entry) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

function releaseLine(models: readonly Model[], slots: readonly number[]): ReleaseLine | undefined {
  const release = slots.map((slot) => {
    const m = models[slot] as Model;
    const line = lineOf(m);
    return {
      slot,
      date: m.releaseDate || null,
      version: line?.version ?? 0,
      offers: m.status === "current" && !isPreview(m),
    };
  });
  const ordinal = release.filter((r) => r.version < CALENDAR_VERSION);
  const orders: Entry[][] = [
    // Dated releases against each other, by date.
    release.filter((r) => r.date).map((r) => ({ slot: r.slot, key: r.date as string, asks: true, offers: r.offers })),
    // Dated releases against undated ones, by version.
    ordinal.map((r) => ({ slot: r.slot, key: r.version, asks: r.date !== null, offers: r.date === null && r.offers })),
    // Undated releases against all, by version.
    ordinal.map((r) => ({ slot: r.slot, key: r.version, asks: r.date === null, offers: r.offers })),
  ]
    .filter((order) => order.some((e) => e.asks) && order.some((e) => e.offers))
    .map((order) => order.sort(byKey));
  return orders.length > 0 ? { slots, orders } : undefined;
}

/** The catalogue's release lines by slot, found once per catalogue. */
export function releaseLines(catalog: Catalog): ReleaseLines {
  let found = linesOf.get(catalog);
  if (!found) {
    const { models } = modelSlots(catalog);
    const byLine = new Map<string, number[]>();
    models.forEach((m, slot) => {
      const line = m.kind === "model" ? lineOf(m) : null;
      if (!line) return;
      const slots = byLine.get(line.key);
      if (slots) slots.push(slot);
      else byLine.set(line.key, [slot]);
    });
    const lineOfSlot: (ReleaseLine | undefined)[] = models.map(() => undefined);
    for (const slots of byLine.values()) {
      const line = slots.length > 1 ? releaseLine(models, slots) : undefined;
      for (const slot of slots) lineOfSlot[slot] = line;
    }
    found = { lineOfSlot };
    linesOf.set(catalog, found);
  }
  return found;
}

/** Costs as the pass compares them: the month at the team's volume, else the blended list price. */
export interface Priced {
  monthlyUsd: number | null;
  blendedPerMTok: number | null;
}

/** Does the successor cost no more than the release it would supersede? Unknown on either side: no. */
function noDearer(successor: Priced, release: Priced): boolean {
  if (successor.monthlyUsd !== null && release.monthlyUsd !== null) return successor.monthlyUsd <= release.monthlyUsd;
  if (successor.blendedPerMTok !== null && release.blendedPerMTok !== null)
    return successor.blendedPerMTok <= release.blendedPerMTok;
  return false;
}

/** A later release usable in this pass (admitted, within the budget), as a successor. */
export interface Successor {
  cost: Priced;
  /** Quality and fit for the job. */
  good: number;
  /** Its rank group (rank-groups.ts): lower is earlier. */
  group: number;
}

/** A release asked about in this pass: its cost, its quality and group found when first needed. */
export interface Asked {
  cost: Priced;
  good: () => number;
  group: () => number;
}

/**
 * Does `x` supersede every release that `y` does? Its costs are known where y's are and no
 * higher, it is as good and in no later group (a NaN compares false: never drops anything).
 */
function beats(x: Successor, y: Successor): boolean {
  const xm = x.cost.monthlyUsd;
  const ym = y.cost.monthlyUsd;
  const xb = x.cost.blendedPerMTok;
  const yb = y.cost.blendedPerMTok;
  return (
    (xm === null) === (ym === null) &&
    (xb === null) === (yb === null) &&
    (xm === null || xm <= (ym as number)) &&
    (xb === null || xb <= (yb as number)) &&
    x.good >= y.good &&
    x.group <= y.group
  );
}

/** Is one of the front's successors no dearer, at least as good and in no later group? */
function supersededBy(front: readonly Successor[], asked: Asked): boolean {
  let good: number | undefined;
  let group: number | undefined;
  for (let i = 0; i < front.length; i++) {
    const s = front[i] as Successor;
    if (!noDearer(s.cost, asked.cost)) continue;
    good ??= asked.good();
    if (s.good < good) continue;
    group ??= asked.group();
    if (s.group <= group) return true;
  }
  return false;
}

/**
 * Which releases of the line a later one supersedes in this pass: `superseded(slot)` is called
 * for each slot `ask` answers (undefined: not asked, say ruled out), `offer` gives a later
 * release's pass facts (undefined: not usable, say over budget), found only while a release
 * before it is still to be answered.
 */
export function supersededInLine(
  line: ReleaseLine,
  ask: (slot: number) => Asked | undefined,
  offer: (slot: number) => Successor | undefined,
  superseded: (slot: number) => void,
): void {
  const asked = new Map<number, Asked | undefined>();
  const askOnce = (slot: number) => {
    if (!asked.has(slot)) asked.set(slot, ask(slot));
    return asked.get(slot);
  };
  const offered = new Map<number, Successor | undefined>();
  const offerOnce = (slot: number) => {
    if (!offered.has(slot)) offered.set(slot, offer(slot));
    return offered.get(slot);
  };
  const done = new Set<number>();
  for (const order of line.orders) {
    let open = 0;
    for (const e of order) if (e.asks && askOnce(e.slot) && !done.has(e.slot)) open++;
    const front: Successor[] = [];
    // From the latest key back; entries of one key are answered before any of them joins the front.
    for (let end = order.length; end > 0 && open > 0;) {
      const key = (order[end - 1] as Entry).key;
      let start = end - 1;
      while (start > 0 && (order[start - 1] as Entry).key === key) start--;
      for (let i = start; i < end; i++) {
        const e = order[i] as Entry;
        const a = e.asks && !done.has(e.slot) ? asked.get(e.slot) : undefined;
        if (!a) continue;
        open--;
        if (front.length > 0 && supersededBy(front, a)) {
          done.add(e.slot);
          superseded(e.slot);
        }
      }
      for (let i = start; i < end && open > 0; i++) {
        const e = order[i] as Entry;
        const s = e.offers ? offerOnce(e.slot) : undefined;
        if (!s || front.some((f) => beats(f, s))) continue;
        for (let j = front.length - 1; j >= 0; j--) if (beats(s, front[j] as Successor)) front.splice(j, 1);
        front.push(s);
      }
      end = start;
    }
  }
}
