import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Precision } from "../../../src/costs/assumptions.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { loadSelfHost, model, volume } from "./fixtures.js";

const data = loadSelfHost();

describe("GPU count covers the memory need (property)", () => {
  it("for any model size, precision, context, concurrency, GPU and volume", () => {
    const gpuKeys = data.prices.map((p) => p.gpuKey).filter((k) => data.gpus.some((g) => g.key === k));
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1000, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.option(fc.constantFrom(...gpuKeys), { nil: undefined }),
        fc.constantFrom<Precision>("fp16", "fp8", "int8", "int4"),
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 128, max: 262_144 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (totalB, activeShare, gpu, precision, concurrency, contextTokens, out) => {
          const m = model({
            id: "test-model",
            name: "Test Model",
            parameters: { totalB, activeB: Math.max(0.1, totalB * activeShare), source: "test", asOf: "2026-01-01" },
          });
          const e = selfHostEstimate(m, volume(out * 3, out), { gpu, precision, concurrency, contextTokens }, data);
          if ("unavailable" in e) throw new Error(e.unavailable);
          const memory = data.gpus.find((g) => g.key === e.gpu.key)!.memoryGb;
          // Each replica holds the weights and its KV cache within the engine's usable share.
          expect(e.gpusPerReplica * memory * 0.9).toBeGreaterThanOrEqual(e.memory.needGb - 1e-9);
          expect(e.gpus * memory).toBeGreaterThanOrEqual(e.memory.needGb);
          expect(e.gpus % e.gpusPerReplica).toBe(0);
          expect(e.memory.weightsGb).toBeCloseTo(totalB * { fp16: 2, fp8: 1, int8: 1, int4: 0.5 }[precision], 9);
          // Enough replicas for the volume at the target utilization.
          if (e.throughput)
            expect(
              e.replicas * e.throughput.replicaOutputTokensPerSec * 3600 * 730 * e.utilization,
            ).toBeGreaterThanOrEqual(out * (1 - 1e-9));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Rarely (about 1 pair in 20,000) the cost falls as volume grows: when a replica cannot give each
  // stream its 20 tokens/s even at the least batch (a 70B model on 2 L40S), the load's batch is
  // still counted at 20 tokens/s, so a volume just below a batch step runs 2 replicas of batch 4
  // where one of batch 8 (what the next volume gets) would carry it for less.
  it.todo("the sequences in flight are counted at the stream rate a replica gives, when below 20 tokens/s");

  it("self-hosting cost is monotonic in volume", () => {
    const m = model({
      id: "test-model",
      name: "Test Model",
      parameters: { totalB: 70, activeB: 70, source: "test", asOf: "2026-01-01" },
    });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        (out, factor) => {
          const a = selfHostEstimate(m, volume(out * 3, out), {}, data);
          const b = selfHostEstimate(m, volume(out * 3 * factor, out * factor), {}, data);
          if ("unavailable" in a || "unavailable" in b) throw new Error("unavailable");
          expect(b.totalAlwaysOnUsd).toBeGreaterThanOrEqual(a.totalAlwaysOnUsd);
          expect(b.totalAtUtilizationUsd).toBeGreaterThanOrEqual(a.totalAtUtilizationUsd * (1 - 1e-12));
        },
      ),
    );
  });
});
