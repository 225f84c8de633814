// The spare replica beside cards the team owns, over generated teams (issue 11: owned hardware
// priced as owned). Owned cards that hold the serving replica but not a spare get no spare rented
// or bought beside them: the answer says so and what a spare would take ("N+1" prices it). Owned
// cards that hold a spare keep it on the team's own cards; owned cards too few for one replica
// rent the rest of it anyway (off premises), and the spare with it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const data = catalog.selfhost;
const open = catalog.models.filter((m) => m.openWeights && m.parameters && m.parameters.totalB <= 400);
const GPUS = ["RTX 4090", "L4", "L40S", "A100 80GB", "H100"] as const;

const team = fc.record({
  model: fc.constantFrom(...open),
  gpu: fc.constantFrom(...GPUS),
  cards: fc.constantFrom(1, 2, 3, 4, 6, 8),
  // Small monthly volumes (a side project to a team tool): one replica carries the peak.
  tokens: fc.double({ min: 1e5, max: 3e7, noNaN: true }),
  onPremises: fc.boolean(),
});

describe("no spare beside owned cards that hold only the serving replicas", () => {
  it("a spare the owned cards cannot hold is left out and said (renting beside them off premises, buying on premises); one they hold is kept on them", () => {
    let leftOut = 0;
    let kept = 0;
    fc.assert(
      fc.property(team, (s) => {
        const e = selfHostEstimate(
          s.model,
          volume(s.tokens * 0.75, s.tokens * 0.25),
          { ownedGpuCount: s.cards, ownedGpuType: s.gpu, ...(s.onPremises ? { onPremises: true } : {}) },
          data,
        );
        if ("unavailable" in e || e.owned === null || e.owned.count === 0) return;
        const label = `${s.model.id} on ${s.cards}× ${s.gpu} (${s.onPremises ? "on premises" : "off"}), ${e.gpusPerReplica} per replica`;
        const withSpare = e.gpusPerReplica * 2;
        if (!s.onPremises && s.cards < e.gpusPerReplica) {
          // Renting part of the replica anyway: the rented spare beside it is ordinary.
          expect(e.spareReplicas, label).toBe(1);
          return;
        }
        if (s.cards >= withSpare) {
          expect(e.spareReplicas, label).toBe(1);
          expect(e.spareLeftOut, label).toBeNull();
          kept++;
          return;
        }
        expect(e.spareReplicas, label).toBe(0);
        expect(e.spareLeftOut, label).toMatch(s.onPremises ? /buying \d+ more/ : /renting \d+ more beside yours/);
        expect(e.assumptions.find((a) => a.key === "redundancy")?.value, label).toMatch(
          /^none: .*a failure takes the service down$/,
        );
        // A peak the owned cards carry runs on them alone: nothing rented or bought beside them.
        if (e.replicasForPeak * e.gpusPerReplica <= s.cards) {
          leftOut++;
          expect(e.gpus, label).toBeLessThanOrEqual(s.cards);
          expect(e.gpuAlwaysOnUsd, label).toBeCloseTo(e.gpus * e.owned.usdPerGpuHour * e.hoursPerMonth, 2);
        }
      }),
      { numRuns: 250 },
    );
    // The generator reaches both cases, so neither expectation is vacuous.
    expect(leftOut).toBeGreaterThan(20);
    expect(kept).toBeGreaterThan(5);
  });

  it("'N+1' said puts the spare back beside the owned card (rented off premises)", () => {
    const qwen = catalog.modelById.get("qwen3-14b")!;
    const e = selfHostEstimate(
      qwen,
      volume(2.25e6, 0.75e6),
      { ownedGpuCount: 1, ownedGpuType: "RTX 4090", spareReplicas: 1 },
      data,
    );
    if ("unavailable" in e) throw new Error(e.unavailable);
    expect(e.gpus).toBe(2);
    expect(e.spareLeftOut).toBeNull();
  });
});
