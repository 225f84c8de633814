// The sensitivity search anchors cost scores on candidateCostRange: one pass over the cached
// admissions and the cached tables of monthly figures and list prices, with nothing built per
// model. It must find exactly the range that the candidates of a full constraint pass span (their
// cheapest and dearest month, their cheapest and dearest list price, and the cheapest of those good enough for the job), budgets and unknown prices
// included, whatever cost inputs earlier passes left in the shared caches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { editsFromRequirements } from "../../../src/costs/assumptions.js";
import {
  applyConstraints,
  candidateCostRange,
  costRangeOfCandidates,
  newScoringCache,
  sharedScoringCache,
} from "../../../src/scoring/constraints.js";
import { goodEnoughTest } from "../../../src/scoring/quality-minimum.js";
import { USE_CASES, type Requirements } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { scaledCatalog } from "../../bench/scale-bench.js";
import { volume } from "./scoring-fixture.js";

const requirementsArb: fc.Arbitrary<Requirements> = fc.record(
  {
    useCase: fc.constantFrom(...USE_CASES),
    deployment: fc.constantFrom("any-api", "own-cloud", "on-prem"),
    // Few volumes and budgets, so that later cases read figures earlier ones cached.
    volume: fc.constantFrom(2, 20, 300, 5_000).map((m) => volume(m * 1_000_000)),
    monthlyBudgetUsd: fc.constantFrom(20, 500, 5_000, 200_000),
    openWeightsOnly: fc.boolean(),
    dataSensitivity: fc.constantFrom("public", "internal", "regulated"),
    contextTokens: fc.constantFrom(8_000, 200_000),
    batchOk: fc.boolean(),
    fineTuning: fc.boolean(),
  },
  { requiredKeys: [] },
);

function checkSameRange(catalog: Catalog, runs: number): void {
  fc.assert(
    fc.property(requirementsArb, (req) => {
      const edits = editsFromRequirements(req);
      const quoter = selfHostQuoter(catalog.selfhost, edits);
      // One shared cache per set of self-hosting assumptions, as recommendations keep them.
      const shared = sharedScoringCache(catalog, `cost-range-pass ${JSON.stringify(Object.entries(edits).sort())}`);
      const full = applyConstraints(catalog, req, quoter, newScoringCache());
      const plain = costRangeOfCandidates(full.candidates, goodEnoughTest(catalog, req));
      expect(full.costRange).toEqual(plain);
      expect(candidateCostRange(catalog, req, quoter, shared)).toEqual(plain);
      // Again, now reading every figure from the tables the first pass filled.
      expect(candidateCostRange(catalog, req, quoter, shared)).toEqual(plain);
    }),
    { numRuns: runs },
  );
}

describe("the cost range of the candidates, found without building them", () => {
  const real = readCatalog();

  it("is the range a full constraint pass's candidates span (real catalogue)", { timeout: 60_000 }, () => {
    checkSameRange(real, 80);
  });

  it("is the same on a catalogue of generated copies", { timeout: 60_000 }, () => {
    checkSameRange(scaledCatalog(real, 2), 20);
  });
});
