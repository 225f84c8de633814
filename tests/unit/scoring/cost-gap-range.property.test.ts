// The sensitivity search decides most requirement edits without the cost anchor (the cheapest
// candidate's figures, a pass over the whole catalogue's admissions and prices): it bounds the
// gap between #1's and #2's cost scores over every anchor (criteria.ts costScoreGapRange). The
// bound must hold whatever the pool's cost range, on a ratio and on a budget, for monthly figures
// and for list prices alone, or a swap could be offered that ranking would not make.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Candidate, CostRange } from "../../../src/scoring/constraints.js";
import { costScoreGapRange, costValue } from "../../../src/scoring/criteria.js";
import { poolWith } from "../../../src/scoring/rank.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();
// Figures from a short list too, so that anchors often sit on a candidate's figure (where a gap is widest).
const figure = fc.oneof(
  fc.constantFrom(0, 0.2, 1, 3, 15, 100, 900, 20_000),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null });

/** A candidate as the cost score reads it: its monthly figure, list price and basis. */
const candidateArb = fc.record({ monthly: maybe(figure), blended: maybe(figure), selfHosted: fc.boolean() }).map(
  ({ monthly, blended, selfHosted }) =>
    ({
      cost: {
        monthlyUsd: monthly,
        blendedPerMTok: blended,
        basis: selfHosted ? "self-host" : null,
        label: "test",
        sources: [],
      },
    }) as unknown as Candidate,
);

const rangeArb: fc.Arbitrary<CostRange> = fc.record({
  cheapestMonthly: maybe(figure),
  priciestMonthly: maybe(figure),
  cheapestGoodMonthly: maybe(figure),
  cheapestGoodBlended: maybe(figure),
  cheapestBlended: maybe(figure),
  priciestBlended: maybe(figure),
});

/** Teams on a ratio (with or without cost first) and on budgets of several sizes. */
const requirementsArb: fc.Arbitrary<Requirements> = fc.record(
  {
    volume: fc.constantFrom(2e6, 3e8).map(volume),
    monthlyBudgetUsd: fc.constantFrom(20, 2_000, 200_000),
    priorities: fc.constantFrom(["cost"], ["quality"]) as fc.Arbitrary<Requirements["priorities"]>,
  },
  { requiredKeys: [] },
);

describe("costScoreGapRange", () => {
  it("holds the cost scores' gap under every cost range", () => {
    fc.assert(
      fc.property(requirementsArb, candidateArb, candidateArb, rangeArb, (req, a, b, range) => {
        const pool = poolWith(catalog, req, range);
        const gap = costScoreGapRange(a, b, pool);
        if (!gap) return;
        const d = costValue(b, pool) - costValue(a, pool);
        expect(d).toBeGreaterThanOrEqual(gap[0] - 1e-12);
        expect(d).toBeLessThanOrEqual(gap[1] + 1e-12);
      }),
      { numRuns: 5000 },
    );
  });

  it("is reached: with the anchor at the cheaper figure the gap is the bound (on a ratio)", () => {
    const a = {
      cost: { monthlyUsd: 900, blendedPerMTok: 3, basis: null, label: "", sources: [] },
    } as unknown as Candidate;
    const b = {
      cost: { monthlyUsd: 100, blendedPerMTok: 1, basis: null, label: "", sources: [] },
    } as unknown as Candidate;
    const range = {
      cheapestMonthly: 100,
      priciestMonthly: 900,
      cheapestGoodMonthly: null,
      cheapestGoodBlended: null,
      cheapestBlended: 1,
      priciestBlended: 3,
    };
    const pool = poolWith(catalog, { volume: volume(3e8) }, range);
    const gap = costScoreGapRange(a, b, pool);
    expect(gap?.[0]).toBe(0);
    expect(gap?.[1]).toBeCloseTo(costValue(b, pool) - costValue(a, pool), 12);
  });
});
