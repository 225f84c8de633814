// Operations staff scale with what is run (issue 11 item 2): one small model on one card is less to
// keep up than a full 8-GPU node, and a multi-node cluster more; a team's ML-ops experience scales
// that time (no ops staff: contracted on-call at twice it), with no flat floor that prices one
// workstation card like a full node. Over generated teams (open models, volumes, GPUs, owned cards,
// ops capacities): a fleet smaller than a node pays less ops than a full node at the same capacity,
// ops never fall as the fleet grows, 'no ops staff' is exactly twice an experienced team's ops, and
// the GPU chosen for a team that named none is still the cheapest once ops follow the GPUs (fewer
// dollars an hour on twice the cards is no saving when each card takes staff time).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { OpsCapacity } from "../../../src/costs/assumptions.js";
import { GPUS_PER_NODE } from "../../../src/costs/fleet.js";
import { selfHostEstimate, type SelfHostEstimate } from "../../../src/costs/self-host.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const data = catalog.selfhost;
const open = catalog.models.filter((m) => m.openWeights && m.parameters);
const small = open.filter((m) => m.parameters!.totalB <= 15);

const team = fc.record({
  model: fc.constantFrom(...open),
  tokens: fc.double({ min: 1e5, max: 2e10, noNaN: true }),
  gpu: fc.constantFrom<string | undefined>(undefined, "L4", "L40S", "A100 80GB", "H100", "RTX 4090"),
  capacity: fc.constantFrom<OpsCapacity | undefined>(undefined, "strong", "some", "none"),
  owned: fc.constantFrom(0, 1, 2, 4),
});
type Team = typeof team extends fc.Arbitrary<infer T> ? T : never;

function estimateOf(t: Team, capacity: OpsCapacity | undefined = t.capacity): SelfHostEstimate | null {
  const e = selfHostEstimate(
    t.model,
    volume(t.tokens * 0.75, t.tokens * 0.25),
    {
      ...(t.gpu ? { gpu: t.gpu } : {}),
      ...(t.owned > 0 && t.gpu ? { ownedGpuCount: t.owned, ownedGpuType: t.gpu } : {}),
      ...(capacity ? { opsCapacity: capacity } : {}),
    },
    data,
  );
  return "unavailable" in e ? null : e;
}

/** A full node's ops at this capacity (0.25 FTE × the team factor): what every fleet within one node was priced at before. */
const fullNodeUsd = (capacity: OpsCapacity | undefined) => {
  const d = SELF_HOST_DEFAULTS;
  return 0.25 * d.opsCapacityFactor[capacity ?? "strong"] * d.opsStaffMonthlyUsd;
};

describe("operations staff scale with what is run", () => {
  it("a fleet smaller than one node pays less ops than a full node, at the team's capacity", () => {
    fc.assert(
      fc.property(team, (t) => {
        const e = estimateOf(t);
        if (!e || e.gpus >= GPUS_PER_NODE) return;
        expect(e.opsUsd, `${t.model.id}: ${e.gpus}× ${e.gpu.key}`).toBeLessThan(fullNodeUsd(t.capacity) - 1e-6);
        // …and the answer's assumption says what the figure rests on.
        expect(e.assumptions.find((a) => a.key === "opsStaff")?.value).toMatch(/per GPU of the first node/);
      }),
      { numRuns: 60 },
    );
  });

  it("'no ops staff' is twice an experienced team's ops on the same fleet", () => {
    fc.assert(
      fc.property(team, (t) => {
        const strong = estimateOf(t, "strong");
        const none = estimateOf(t, "none");
        if (!strong || !none || none.gpus !== strong.gpus) return;
        expect(none.opsUsd).toBeCloseTo(2 * strong.opsUsd, 6);
      }),
      { numRuns: 60 },
    );
  });

  it("more volume never means less ops: the fleet grows and its staff time with it", () => {
    fc.assert(
      fc.property(team, fc.double({ min: 1, max: 50, noNaN: true }), (t, factor) => {
        const a = estimateOf(t);
        const b = estimateOf({ ...t, tokens: t.tokens * factor });
        if (!a || !b || a.gpu.key !== b.gpu.key) return;
        expect(b.opsUsd).toBeGreaterThanOrEqual(a.opsUsd - 1e-6);
      }),
      { numRuns: 40 },
    );
  });

  it("one small model on one owned card, no ops staff: far less than the old flat half FTE", () => {
    fc.assert(
      fc.property(fc.constantFrom(...small), fc.double({ min: 1e5, max: 5e6, noNaN: true }), (model, tokens) => {
        const e = estimateOf({ model, tokens, gpu: "RTX 4090", capacity: "none", owned: 1 });
        if (!e || e.gpusPerReplica !== 1) return;
        // (0.05 + 0.025 per GPU) × 2 on the GPUs run: 0.15 FTE a card, below 0.5 FTE for one or two.
        expect(e.opsFte).toBeCloseTo((0.05 + 0.025 * e.gpus) * 2, 9);
        expect(e.opsUsd).toBeLessThan(0.5 * SELF_HOST_DEFAULTS.opsStaffMonthlyUsd);
      }),
      { numRuns: 30 },
    );
  });

  it("the GPU chosen when none is named costs no more than any other data-centre GPU the team could name", () => {
    const choices = SELF_HOST_DEFAULTS.gpuChoices;
    fc.assert(
      fc.property(fc.constantFrom(...open), fc.double({ min: 1e6, max: 5e9, noNaN: true }), (model, tokens) => {
        const chosen = estimateOf({ model, tokens, gpu: undefined, capacity: undefined, owned: 0 });
        if (!chosen) return;
        for (const c of choices) {
          const named = estimateOf({ model, tokens, gpu: c.key, capacity: undefined, owned: 0 });
          if (!named || named.gpusPerReplica > c.maxGroup || named.price.dataBasis !== "verified") continue;
          expect(chosen.totalAlwaysOnUsd, `${model.id} on ${chosen.gpu.key} vs ${c.key}`).toBeLessThanOrEqual(
            named.totalAlwaysOnUsd + 0.01,
          );
        }
      }),
      // Mistral Small 3.2 at 500M tokens: 2× L40S ($3,763) beside 4× L4 ($4,323), which was chosen.
      {
        numRuns: 25,
        examples: open.filter((m) => m.id === "mistral-small-3.2").map((m) => [m, 5e8] as [typeof m, number]),
      },
    );
  });
});
