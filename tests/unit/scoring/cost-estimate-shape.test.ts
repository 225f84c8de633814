// Every cost estimate has one shape (the same own fields in the same order, whichever way the
// model is priced), so the ranking's reads of `cost.monthlyUsd` and `cost.basis` stay
// monomorphic; its label and sources are written when read and say what the pricing found.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { estimateMonthlyCost, ON_DEVICE_LABEL } from "../../../src/scoring/monthly-cost.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();
const quoter = selfHostQuoter(catalog.selfhost);

/** Requirement sets that take every pricing path: API, self-hosted, none, no volume, on-device, a fixed fleet. */
const SETS: Requirements[] = [
  { volume: volume(50_000_000) },
  { volume: volume(5_000_000_000) },
  { volume: volume(50_000_000), deployment: "on-prem" },
  { volume: volume(50_000_000), deployment: "any-api" },
  {},
  { onDevice: true },
  { namedGpus: { type: "h100", count: 8 } },
];

describe("cost estimates", () => {
  const estimates = SETS.flatMap((req) =>
    catalog.models.map((m) => ({ m, req, e: estimateMonthlyCost(m, req, quoter) })),
  );

  it("take every pricing path in this sample", () => {
    const bases = new Set(estimates.map(({ e }) => `${e.basis}`));
    expect([...bases].sort()).toEqual(["api", "null", "self-host"]);
    expect(estimates.some(({ e }) => e.label === ON_DEVICE_LABEL)).toBe(true);
    expect(estimates.some(({ e }) => e.basis === "api" && e.selfHost !== undefined)).toBe(true);
    expect(estimates.some(({ e }) => e.basis === "self-host" && e.api !== undefined)).toBe(true);
    expect(estimates.some(({ e }) => e.basis === null && e.selfHostUnavailable !== undefined)).toBe(true);
  });

  it("all have one shape: the same own fields in the same order, whichever path priced them", () => {
    const shapes = new Set(estimates.map(({ e }) => Object.keys(e).join(",")));
    expect(shapes.size).toBe(1);
  });

  it("say the host or the fleet they priced, with its sources, the same list every time they are read", () => {
    for (const { m, e } of estimates) {
      expect(e.sources, m.id).toBe(e.sources);
      if (e.label === ON_DEVICE_LABEL) {
        expect(e.sources).toEqual([]);
      } else if (e.basis === "api") {
        const api = e.api!;
        expect(e.label).toBe(`API via ${api.providerName}`);
        expect(e.monthlyUsd).toBe(api.totalUsd);
        expect(e.sources).toEqual([{ label: `${api.providerName} prices (${api.source})`, asOf: api.asOf }]);
      } else if (e.basis === "self-host") {
        const quote = e.selfHost!;
        expect(e.label).toBe(`self-hosted: ${quote.summary}`);
        expect(e.monthlyUsd).toBe(quote.monthlyUsd);
        expect(e.sources).toBe(quote.sources);
      } else {
        expect(e.monthlyUsd).toBeNull();
        expect(e.label.length).toBeGreaterThan(0);
        expect(e.sources).toEqual([]);
      }
    }
  });
});
