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
import type { Evidence } from "./quality.js";

/** One release in one order of its line (see ReleaseLine). */
interface Entry {
  /** Its place in the line's slots. */
  member: number;
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
  const release = slots.map((slot, member) => {
    const m = models[slot] as Model;
    const line = lineOf(m);
    return {
      slot,
      member,
      date: m.releaseDate || null,
      version: line?.version ?? 0,
      offers: m.status === "current" && !isPreview(m),
    };
  });
  const ordinal = release.filter((r) => r.version < CALENDAR_VERSION);
  const orders: Entry[][] = [
    // Dated releases against each other, by date.
    release
      .filter((r) => r.date)
      .map((r) => ({ member: r.member, key: r.date as string, asks: true, offers: r.offers })),
    // Dated releases against undated ones, by version.
    ordinal.map((r) => ({
      member: r.member,
      key: r.version,
      asks: r.date !== null,
      offers: r.date === null && r.offers,
    })),
    // Undated releases against all, by version.
    ordinal.map((r) => ({ member: r.member, key: r.version, asks: r.date === null, offers: r.offers })),
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

/**
 * What a pass knows of the releases of a line, by slot. `cost`, `good` and `group` are asked only
 * of a release that `asks` or is `usable`, each at most once per release and line walk, and the
 * walk asks `good` and `group` only when the cheaper tests before them pass (the group is the
 * dear one). None of them may walk a line itself (the walk keeps its memo in shared scratch).
 */
export interface LinePass {
  /** Is this release to be answered (a candidate of the pass, not withdrawn by its lab)? */
  asks(slot: number): boolean;
  /** Could it supersede an earlier release in this pass (admitted, within the budget)? */
  usable(slot: number): boolean;
  cost(slot: number): Priced;
  /** Quality and fit for the job. */
  good(slot: number): number;
  /** Its rank group (rank-groups.ts): lower is earlier. */
  group(slot: number): number;
}

// Flags of a release in the walk's memo (see Walk).
const ASKS_KNOWN = 1;
const ASKS = 2;
const USABLE_KNOWN = 4;
const USABLE = 8;
const GOOD_KNOWN = 16;
const GROUP_KNOWN = 32;
const DONE = 64;

/**
 * The memo of one line walk, by the release's place in its line: flags, cost, quality, group.
 * One shared scratch, grown to the longest line walked: a pass walks every line of the catalogue
 * and a memo per line was most of what the walk allocated.
 */
class Walk {
  flags = new Uint8Array(16);
  goods = new Float64Array(16);
  groups = new Float64Array(16);
  // Filled with undefined up front and never shortened: emptied with `length = 0` and refilled
  // out of order, the array gave up its backing store and grew a new one on every line walk (at
  // 100× today's catalogue a tenth of what a recommendation allocated).
  costs: (Priced | undefined)[] = new Array<Priced | undefined>(16).fill(undefined);
  /** The successors not beaten yet (see supersededInLine), reused by every walk: room for a whole line. */
  front = new Int32Array(16);
  slots: readonly number[] = [];
  pass!: LinePass;

  start(line: ReleaseLine, pass: LinePass): void {
    const n = line.slots.length;
    if (this.flags.length < n) {
      this.flags = new Uint8Array(2 * n);
      this.goods = new Float64Array(2 * n);
      this.groups = new Float64Array(2 * n);
      this.costs = new Array<Priced | undefined>(2 * n).fill(undefined);
      this.front = new Int32Array(2 * n);
    }
    this.flags.fill(0, 0, n);
    this.costs.fill(undefined, 0, n);
    this.slots = line.slots;
    this.pass = pass;
  }

  private flag(i: number, known: number, yes: number, test: (slot: number) => boolean): boolean {
    const f = this.flags[i] as number;
    if (f & known) return (f & yes) !== 0;
    const answer = test.call(this.pass, this.slots[i] as number);
    this.flags[i] = f | known | (answer ? yes : 0);
    return answer;
  }

  asks(i: number): boolean {
    return this.flag(i, ASKS_KNOWN, ASKS, this.pass.asks);
  }

  usable(i: number): boolean {
    return this.flag(i, USABLE_KNOWN, USABLE, this.pass.usable);
  }

  done(i: number): boolean {
    return ((this.flags[i] as number) & DONE) !== 0;
  }

  markDone(i: number): void {
    this.flags[i] = (this.flags[i] as number) | DONE;
  }

  cost(i: number): Priced {
    return (this.costs[i] ??= this.pass.cost(this.slots[i] as number));
  }

  good(i: number): number {
    const f = this.flags[i] as number;
    if (!(f & GOOD_KNOWN)) {
      this.goods[i] = this.pass.good(this.slots[i] as number);
      this.flags[i] = f | GOOD_KNOWN;
    }
    return this.goods[i] as number;
  }

  group(i: number): number {
    const f = this.flags[i] as number;
    if (!(f & GROUP_KNOWN)) {
      this.groups[i] = this.pass.group(this.slots[i] as number);
      this.flags[i] = f | GROUP_KNOWN;
    }
    return this.groups[i] as number;
  }

  /** Is release `s` a successor to `a`: no dearer, as good, in no later group (each found only when needed)? */
  supersedes(s: number, a: number): boolean {
    return noDearer(this.cost(s), this.cost(a)) && !(this.good(s) < this.good(a)) && this.group(s) <= this.group(a);
  }

  /**
   * Does `x` supersede every release that `y` does? Its costs are known where y's are and no
   * higher, it is as good and in no later group (a NaN compares false: nothing is dropped for it).
   */
  beats(x: number, y: number): boolean {
    const cx = this.cost(x);
    const cy = this.cost(y);
    const xm = cx.monthlyUsd;
    const ym = cy.monthlyUsd;
    const xb = cx.blendedPerMTok;
    const yb = cy.blendedPerMTok;
    return (
      (xm === null) === (ym === null) &&
      (xb === null) === (yb === null) &&
      (xm === null || xm <= (ym as number)) &&
      (xb === null || xb <= (yb as number)) &&
      this.good(x) >= this.good(y) &&
      this.group(x) <= this.group(y)
    );
  }
}

const walk = new Walk();

/** A front this long is pruned of successors another beats (a real line's never is: it stays lazy). */
const PRUNE_AT = 8;

/**
 * Which releases of the line a later one supersedes in this pass: `superseded(slot)` is called
 * for each release the pass `asks` about that a later `usable` one supersedes.
 */
export function supersededInLine(line: ReleaseLine, pass: LinePass, superseded: (slot: number) => void): void {
  walk.start(line, pass);
  // A line's front holds each of its releases at most once (walk.front has room for them all).
  const front = walk.front;
  // Indexed loops: a for-of here made an iterator per order and line walk.
  for (let o = 0; o < line.orders.length; o++) {
    const order = line.orders[o] as readonly Entry[];
    let open = 0;
    for (let i = 0; i < order.length; i++) {
      const e = order[i] as Entry;
      if (e.asks && walk.asks(e.member) && !walk.done(e.member)) open++;
    }
    let size = 0;
    let pruneAt = PRUNE_AT;
    // From the latest key back; releases of one key are answered before any of them joins the front.
    for (let end = order.length; end > 0 && open > 0;) {
      const key = (order[end - 1] as Entry).key;
      let start = end - 1;
      while (start > 0 && (order[start - 1] as Entry).key === key) start--;
      for (let i = start; i < end; i++) {
        const a = (order[i] as Entry).member;
        if (!(order[i] as Entry).asks || walk.done(a) || !walk.asks(a)) continue;
        open--;
        for (let j = 0; j < size; j++)
          if (walk.supersedes(front[j] as number, a)) {
            walk.markDone(a);
            superseded(line.slots[a] as number);
            break;
          }
      }
      if (open > 0)
        for (let i = start; i < end; i++) {
          const e = order[i] as Entry;
          if (e.offers && walk.usable(e.member)) front[size++] = e.member;
        }
      if (size >= pruneAt) {
        size = prune(front, size);
        pruneAt = Math.max(PRUNE_AT, 2 * size);
      }
      end = start;
    }
  }
}

/**
 * Drops from the first `size` of the front every successor another in it beats (of two alike, the
 * later-placed one stays); returns how many are kept, moved to the front's start in their order.
 */
function prune(front: Int32Array, size: number): number {
  let kept = 0;
  for (let i = 0; i < size; i++) {
    const y = front[i] as number;
    let beaten = false;
    for (let j = 0; j < size && !beaten; j++) {
      const x = front[j] as number;
      // Of two that beat each other (alike), keep the one placed first.
      beaten = j !== i && walk.beats(x, y) && (j < i || !walk.beats(y, x));
    }
    if (!beaten) front[kept++] = y;
  }
  return kept;
}

/**
 * Has a release a signal of its own for the job (its quality or its use-case fit measured, or
 * read from benchmarks of another kind)? A successor without one does not supersede: an estimate
 * taken from a relative of its line (quality.ts) is that relative's evidence, not the successor's.
 */
export function ownSignalForJob(quality: Evidence, useCaseFit: Evidence): boolean {
  return [quality, useCaseFit].some((e) => e === "measured" || e === "proxy");
}
