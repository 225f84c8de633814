import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volume } from "./scoring-fixture.js";

describe("self-host quotes for scoring", () => {
  it("equal the cost engine's estimate (the peak-sized fleet always on + ops) at every volume, with memoized plans", () => {
    const catalog = readCatalog();
    const quote = selfHostQuoter(catalog.selfhost, { utilization: 0.6 });
    let compared = 0;
    for (const total of [1e6, 2e7, 4e7, 2e9]) {
      const v = volume(total);
      for (const model of catalog.models.filter((m) => m.openWeights)) {
        const expected = selfHostEstimate(model, v, { utilization: 0.6 }, catalog.selfhost);
        const got = quote(model, v);
        if ("unavailable" in expected) {
          expect(got).toEqual({ unavailable: expected.unavailable });
          continue;
        }
        compared++;
        if ("unavailable" in got) throw new Error(`${model.id}: ${got.unavailable}`);
        expect(got.monthlyUsd).toBeCloseTo(expected.totalAlwaysOnUsd, 9);
        expect(got.summary).toContain(expected.gpu.name);
        expect(got.sources).toEqual(expected.sources);
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
