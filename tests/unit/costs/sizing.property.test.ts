// Monotonicity of the pure sizing and fleet functions (fast-check): more of any input that costs
// memory, load or money never needs fewer GPUs or costs less; more bandwidth never slows a replica.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amortisedUsdPerHour, gpuMonthlyUsd, opsFte, sizeFleet } from "../../../src/costs/fleet.js";
import {
  bandwidthThroughput,
  kvCacheGb,
  replicaSize,
  weightsGb,
  type ThroughputInputs,
} from "../../../src/costs/sizing.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { llama33_70b, loadSelfHost, volume } from "./fixtures.js";

const pos = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const pair = (min: number, max: number) =>
  fc.tuple(pos(min, max), pos(min, max)).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

const tpInputs = fc.record({
  gpus: fc.constantFrom(1, 2, 4, 8, 16),
  bandwidthTbS: pos(0.3, 8),
  bandwidthShare: pos(0.1, 1),
  activeWeightsGb: pos(0.5, 1500),
  kvBytesPerToken: pos(0, 600_000),
  contextTokens: fc.integer({ min: 256, max: 1_000_000 }),
  concurrency: fc.integer({ min: 1, max: 512 }),
  tflops: fc.option(pos(50, 5000), { nil: null }),
  flopsShare: pos(0.3, 1),
  activeParamsB: pos(0.5, 700),
  inputPerOutput: pos(0, 100),
});

describe("sizing is monotonic", () => {
  it("memory grows with parameters, bytes, context and concurrency; GPUs with memory", () => {
    fc.assert(
      fc.property(pair(0.1, 2000), pos(0.5, 4), pair(0, 1e6), fc.integer({ min: 1, max: 512 }), (p, b, ctx, c) => {
        expect(weightsGb(p[1], b)).toBeGreaterThanOrEqual(weightsGb(p[0], b));
        expect(kvCacheGb(131072, ctx[1], c)).toBeGreaterThanOrEqual(kvCacheGb(131072, ctx[0], c));
        expect(kvCacheGb(131072, ctx[0], c + 1)).toBeGreaterThanOrEqual(kvCacheGb(131072, ctx[0], c));
        expect(replicaSize(p[1], 72)).toBeGreaterThanOrEqual(replicaSize(p[0], 72));
        expect(replicaSize(p[0], 72) * 72).toBeGreaterThanOrEqual(p[0] - 1e-6);
      }),
    );
  });

  it("a replica is slower with a longer context or more weights, faster with more bandwidth or GPUs", () => {
    fc.assert(
      fc.property(tpInputs, pos(1, 4), (x: ThroughputInputs, k) => {
        const base = bandwidthThroughput(x).outputTokensPerSec;
        expect(base).toBeGreaterThan(0);
        expect(
          bandwidthThroughput({ ...x, contextTokens: x.contextTokens * k }).outputTokensPerSec,
        ).toBeLessThanOrEqual(base * (1 + 1e-12));
        expect(
          bandwidthThroughput({ ...x, activeWeightsGb: x.activeWeightsGb * k }).outputTokensPerSec,
        ).toBeLessThanOrEqual(base * (1 + 1e-12));
        expect(
          bandwidthThroughput({ ...x, bandwidthTbS: x.bandwidthTbS * k }).outputTokensPerSec,
        ).toBeGreaterThanOrEqual(base * (1 - 1e-12));
        expect(bandwidthThroughput({ ...x, gpus: x.gpus * 2 }).outputTokensPerSec).toBeGreaterThanOrEqual(
          base * (1 - 1e-12),
        );
      }),
    );
  });
});

describe("fleet and money are monotonic", () => {
  it("more load or a higher peak never means fewer GPUs; every replica set covers the peak", () => {
    fc.assert(
      fc.property(
        pair(0, 1e6),
        pos(1, 10),
        pos(1, 50_000),
        fc.constantFrom(1, 2, 4, 8, 16),
        fc.integer({ min: 0, max: 2 }),
        (load, peak, tps, gpr, spare) => {
          const a = sizeFleet({
            averageOutputTokensPerSec: load[0],
            peakToAverage: peak,
            replicaOutputTokensPerSec: tps,
            gpusPerReplica: gpr,
            spareReplicas: spare,
          });
          const b = sizeFleet({
            averageOutputTokensPerSec: load[1],
            peakToAverage: peak,
            replicaOutputTokensPerSec: tps,
            gpusPerReplica: gpr,
            spareReplicas: spare,
          });
          const c = sizeFleet({
            averageOutputTokensPerSec: load[0],
            peakToAverage: peak * 1.5,
            replicaOutputTokensPerSec: tps,
            gpusPerReplica: gpr,
            spareReplicas: spare,
          });
          expect(b.gpus).toBeGreaterThanOrEqual(a.gpus);
          expect(c.gpus).toBeGreaterThanOrEqual(a.gpus);
          expect(b.nodes).toBeGreaterThanOrEqual(a.nodes);
          expect(a.replicasForPeak * tps).toBeGreaterThanOrEqual(load[0] * peak * (1 - 1e-9));
          expect(a.replicas).toBe(a.replicasForPeak + spare);
        },
      ),
    );
  });

  it("GPU cost grows with GPUs and rates; owned GPUs at a lower rate never cost more", () => {
    fc.assert(
      fc.property(pair(0, 500), pos(0, 15), pos(0, 15), fc.integer({ min: 0, max: 100 }), (g, rented, owned, count) => {
        const rates = { rentedUsdPerHour: rented, ownedGpus: count, ownedUsdPerHour: owned };
        expect(gpuMonthlyUsd(g[1], rates, 730)).toBeGreaterThanOrEqual(gpuMonthlyUsd(g[0], rates, 730));
        const cheaper = { ...rates, ownedUsdPerHour: Math.min(owned, rented) };
        expect(gpuMonthlyUsd(g[0], cheaper, 730)).toBeLessThanOrEqual(
          gpuMonthlyUsd(g[0], { ...rates, ownedGpus: 0 }, 730) + 1e-6,
        );
      }),
    );
  });

  it("ops time grows with GPUs and with a weaker team; amortisation falls with a longer life", () => {
    fc.assert(
      fc.property(
        pair(0, 512),
        pos(0, 1),
        pos(0, 0.1),
        pos(0, 1),
        pair(1, 3),
        pair(1, 10),
        (gpus, base, perGpu, per, factor, life) => {
          const x = {
            baseFte: base,
            perGpuFte: perGpu,
            perExtraNodeFte: per,
            capacityFactor: factor[0],
            fteMonthlyUsd: 15000,
          };
          expect(opsFte(gpus[1], x)).toBeGreaterThanOrEqual(opsFte(gpus[0], x));
          expect(opsFte(gpus[0], { ...x, capacityFactor: factor[1] })).toBeGreaterThanOrEqual(opsFte(gpus[0], x));
          expect(amortisedUsdPerHour(30000, life[1], 0.25)).toBeLessThanOrEqual(
            amortisedUsdPerHour(30000, life[0], 0.25),
          );
        },
      ),
    );
  });

  it("the whole estimate never falls when the GPU price, peak, context or team penalty goes up", () => {
    const data = loadSelfHost();
    const v = volume(3e9, 1e9);
    const cost = (e: Parameters<typeof selfHostEstimate>[2]): number => {
      const r = selfHostEstimate(llama33_70b, v, e, data);
      if ("unavailable" in r) throw new Error(r.unavailable);
      return r.totalAlwaysOnUsd;
    };
    fc.assert(
      fc.property(
        pair(0.5, 12),
        pair(1, 8),
        fc.tuple(fc.integer({ min: 512, max: 200_000 }), fc.integer({ min: 512, max: 200_000 })),
        (price, peak, ctx) => {
          const [c0, c1] = ctx[0] <= ctx[1] ? ctx : [ctx[1], ctx[0]];
          expect(cost({ gpuHourlyUsd: price[1] })).toBeGreaterThanOrEqual(cost({ gpuHourlyUsd: price[0] }));
          expect(cost({ peakToAverage: peak[1] })).toBeGreaterThanOrEqual(cost({ peakToAverage: peak[0] }));
          expect(cost({ contextTokens: c1, gpu: "H100" })).toBeGreaterThanOrEqual(
            cost({ contextTokens: c0, gpu: "H100" }),
          );
          expect(cost({ opsCapacity: "none" })).toBeGreaterThanOrEqual(cost({ opsCapacity: "strong" }));
        },
      ),
      { numRuns: 60 },
    );
  });
});
