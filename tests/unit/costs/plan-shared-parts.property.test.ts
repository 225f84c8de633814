// The self-hosting quoter keeps a plan per open model, GPU and batch (over a million at 100× the
// catalogue), so the parts of a plan that do not depend on the batch (the model as shown, the GPU,
// the price, the operations inputs) are made once and shared, and a plan's throughput keeps only
// what its words are written from. Sharing must never show one team's inputs in another's plan:
// whatever was sized before, a plan shows the facts its own edits state, and its words its own batch.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { AssumptionEdits } from "../../../src/costs/assumptions.js";
import { selfHostPlanAtNeed, type SelfHostPlan } from "../../../src/costs/self-host.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { priceSummary } from "../../../src/costs/selfhost-data.js";

const catalog = readCatalog();
const data = catalog.selfhost;
const open = catalog.models.filter((m) => m.openWeights && m.parameters);
// GPUs a plan can be priced on without a stated rate: rented ones (a workstation card only owned
// or bought answers "tell me a rate", which is not what this property is about).
const gpus = data.gpus.filter((g) => g.bandwidthTbS && priceSummary(data, g.key));

function planOf(...args: Parameters<typeof selfHostPlanAtNeed>): SelfHostPlan {
  const plan = selfHostPlanAtNeed(...args);
  if ("unavailable" in plan) throw new Error(plan.unavailable);
  return plan;
}

const edits: fc.Arbitrary<AssumptionEdits> = fc.record(
  {
    gpuHourlyUsd: fc.constantFrom(0.5, 1.25, 2.1, 4),
    opsCapacity: fc.constantFrom("none" as const, "some" as const, "strong" as const),
    opsStaffMonthlyUsd: fc.constantFrom(9_000, 15_000, 21_500),
    opsStaffFte: fc.constantFrom(0, 0.5, 2),
    concurrency: fc.constantFrom(4, 8, 16, 32, 64),
  },
  { requiredKeys: [] },
);
const ask = fc.record({ model: fc.constantFrom(...open), gpu: fc.constantFrom(...gpus), edits });

describe("the parts a self-hosting plan shares with other plans", () => {
  it("are one object across a model's batches on a GPU: model, GPU, price and operations", () => {
    for (const model of open.slice(0, 12)) {
      const gpu = gpus.find((g) => g.key === "H100-SXM-80GB") ?? gpus[0]!;
      const at4 = planOf(model, 3, { concurrency: 4 }, data, gpu);
      const at32 = planOf(model, 3, { concurrency: 32 }, data, gpu);
      expect(at32.memory.concurrency).not.toBe(at4.memory.concurrency);
      expect(at32.model).toBe(at4.model);
      expect(at32.gpu).toBe(at4.gpu);
      expect(at32.price).toBe(at4.price);
      expect(at32.ops).toBe(at4.ops);
    }
  });

  it("property: whatever was sized before, a plan shows its own edits' price and operations, and its own batch in its words", () => {
    fc.assert(
      fc.property(fc.array(ask, { minLength: 2, maxLength: 10 }), (asks) => {
        const plans = asks.map((a) => planOf(a.model, 3, a.edits, data, a.gpu));
        asks.forEach((a, i) => {
          const p = plans[i]!;
          const e = a.edits;
          const label = `${a.model.id} on ${a.gpu.key} ${JSON.stringify(e)}`;
          expect(p.model, label).toMatchObject({ id: a.model.id, name: a.model.name });
          expect(p.gpu.key, label).toBe(a.gpu.key);
          expect(p.ops.capacity, label).toBe(e.opsCapacity ?? null);
          expect(p.ops.fixedFte, label).toBe(e.opsStaffFte ?? null);
          expect(p.ops.fteMonthlyUsd, label).toBe(e.opsStaffMonthlyUsd ?? SELF_HOST_DEFAULTS.opsStaffMonthlyUsd);
          expect(p.ops.capacityFactor, label).toBe(SELF_HOST_DEFAULTS.opsCapacityFactor[e.opsCapacity ?? "strong"]);
          if (e.gpuHourlyUsd !== undefined) {
            expect(p.price.basis, label).toBe("user");
            expect(Math.abs(p.price.usdPerGpuHour - e.gpuHourlyUsd), label).toBeLessThan(0.006);
          } else expect(p.price.basis, label).toBe("median");
          // The words are written when read, from this plan's own batch.
          if (p.throughput?.bandwidth)
            expect(p.throughput.basis, label).toContain(`${p.memory.concurrency} sequences per`);
        });
      }),
      { numRuns: 60 },
    );
  });
});
