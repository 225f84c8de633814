// orderByScore must give exactly the order of sorting every row with the full comparison, when
// that comparison is a consistent order: scores here sit on levels far apart, each row jittered
// by less than half the tie margin, so rows on one level are all tied and the tie-breaker decides.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RANK_TIER_BITS } from "../../../src/scoring/rank-groups.js";
import { orderByScore } from "../../../src/scoring/score-order.js";

const TIE = 1e-9;
/** Every group rankTier can make (rank-groups.ts: one bit per flag), the last one included. */
const TIERS = 2 ** RANK_TIER_BITS;

const rowsArb = fc.array(
  fc.record({
    level: fc.integer({ min: 0, max: 6 }),
    jitter: fc.double({ min: -0.4, max: 0.4, noNaN: true }),
    // The ranking's groups (rank-groups.ts rankTier).
    tier: fc.integer({ min: 0, max: TIERS - 1 }),
    breaker: fc.integer({ min: 0, max: 3 }),
  }),
  { minLength: 0, maxLength: 400 },
);

function check(rows: { level: number; jitter: number; tier: number; breaker: number }[]) {
  const totals = Float64Array.from(rows, (r) => 0.1 + r.level * 0.1 + r.jitter * TIE);
  const tier = Uint8Array.from(rows, (r) => r.tier);
  const compare = (i: number, j: number): number => {
    if (tier[i] !== tier[j]) return (tier[i] as number) > (tier[j] as number) ? 1 : -1;
    const d = (totals[i] as number) - (totals[j] as number);
    if (Math.abs(d) > TIE) return d > 0 ? -1 : 1;
    const b = (rows[j]?.breaker ?? 0) - (rows[i]?.breaker ?? 0);
    if (b !== 0) return b > 0 ? -1 : 1;
    // Like the ranking's last resort (ids): the later row first, so row order alone never passes.
    return j - i;
  };
  const expected = Array.from(rows, (_, i) => i).sort(compare);
  expect([...orderByScore(totals, tier, TIE, compare)]).toEqual(expected);
}

describe("orderByScore", () => {
  it("orders rows exactly as sorting them all with the full comparison does", () => {
    fc.assert(fc.property(rowsArb, check), { numRuns: 200 });
  });

  it("does so for a ranking the size of a large catalogue, ties included", () => {
    const next = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const r = next(7);
    check(
      Array.from({ length: 20_000 }, () => ({
        level: Math.floor(r() * 5000),
        jitter: r() - 0.5,
        tier: Math.floor(r() * TIERS),
        breaker: Math.floor(r() * 4),
      })),
    );
  });

  it("takes the packed path (no comparison per pair) for a large ranking however many groups exist, when few are present", () => {
    // 30,000 rows over the whole score range in four of the groups, the last group included: keys
    // spent on every possible group left too coarse a score quantum here, and the sort fell back
    // to a comparator call per comparison (~450,000).
    const n = 30_000;
    const present = [0, 3, TIERS / 2 + 1, TIERS - 1];
    const totals = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n);
    const tier = Uint8Array.from({ length: n }, (_, i) => present[i % present.length] as number);
    let calls = 0;
    const compare = (i: number, j: number): number => {
      calls++;
      if (tier[i] !== tier[j]) return (tier[i] as number) > (tier[j] as number) ? 1 : -1;
      return (totals[j] as number) - (totals[i] as number) || i - j;
    };
    const order = orderByScore(totals, tier, TIE, compare);
    expect(calls).toBe(0);
    const expected = Array.from({ length: n }, (_, i) => i).sort(compare);
    expect([...order]).toEqual(expected);
  });

  it("keeps scores that are not finite in comparison order", () => {
    const totals = Float64Array.from([0.5, Number.NaN, 0.7]);
    const tier = new Uint8Array(3);
    const compare = (i: number, j: number) => i - j;
    expect([...orderByScore(totals, tier, TIE, compare)]).toEqual([0, 1, 2]);
  });
});
