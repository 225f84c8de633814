// What an infra engineer expects of any sizing, over the real catalogue (sampled): a replica's GPUs
// hold its weights and the KV cache of the sequences it is sized for; more traffic never needs
// fewer GPUs or fewer concurrent sequences on the same hardware; the sequences held follow the
// load (Little's law), so a small volume is not sized for a full batch of long documents.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import {
  planMonthlyCost,
  selfHostEstimate,
  selfHostPlanAtNeed,
  withLoadConcurrency,
} from "../../../src/costs/self-host.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const open = catalog.models.filter((m) => m.openWeights && m.parameters);
const sample = fc.record({
  model: fc.constantFrom(...open),
  tokens: fc.double({ min: 1e5, max: 2e10, noNaN: true }),
  more: fc.double({ min: 1, max: 50, noNaN: true }),
  gpu: fc.constantFrom("H100", "L40S", "A100 80GB", "H200"),
  contextTokens: fc.integer({ min: 1_000, max: 128_000 }),
});
type Sample = typeof sample extends fc.Arbitrary<infer T> ? T : never;
const at = (s: Sample, tokens: number) =>
  selfHostEstimate(
    s.model,
    volume(tokens * 0.75, tokens * 0.25),
    { gpu: s.gpu, contextTokens: s.contextTokens },
    catalog.selfhost,
  );

describe("self-hosting sizing follows the load (sampled over the catalogue)", () => {
  it("memory fits weights + KV; more volume never needs fewer GPUs or sequences on the same GPU", () => {
    fc.assert(
      fc.property(sample, (s) => {
        const small = at(s, s.tokens);
        const big = at(s, s.tokens * s.more);
        if ("unavailable" in small || "unavailable" in big) return;
        for (const e of [small, big]) {
          expect(e.memory.needGb).toBeCloseTo(e.memory.weightsGb + e.memory.kvCacheGb, 6);
          expect(e.gpusPerReplica * e.memory.usableGbPerGpu).toBeGreaterThanOrEqual(e.memory.needGb - 1e-6);
          expect(e.memory.concurrency).toBeGreaterThanOrEqual(SELF_HOST_DEFAULTS.minConcurrency);
          // A replica serves no more than its KV memory holds (checked above), nor the engine's batch limit.
          expect(e.memory.concurrency).toBeLessThanOrEqual(SELF_HOST_DEFAULTS.maxConcurrency);
        }
        expect(big.memory.concurrency).toBeGreaterThanOrEqual(small.memory.concurrency);
        expect(big.gpus).toBeGreaterThanOrEqual(small.gpus);
        expect(big.totalAlwaysOnUsd).toBeGreaterThanOrEqual(small.totalAlwaysOnUsd - 1e-6);
      }),
      { numRuns: 80 },
    );
  });

  it("the sequences held cover the peak's streams, up to what a replica's memory holds", () => {
    fc.assert(
      fc.property(sample, (s) => {
        const e = at(s, s.tokens);
        if ("unavailable" in e) return;
        const peak = (e.volume.outputTokensPerMonth / (e.hoursPerMonth * 3600)) * e.peakToAverage;
        const inFlight = peak / SELF_HOST_DEFAULTS.streamTokensPerSec;
        expect(e.memory.concurrency).toBeGreaterThanOrEqual(Math.min(inFlight, SELF_HOST_DEFAULTS.concurrency) - 1e-9);
        // Fewer than the streams in flight only when the replica's memory, the engine or each
        // stream's rate bounds it, and then the fleet's replicas carry the rest.
        if (e.memory.concurrency < inFlight) {
          expect(e.memory.concurrencyBound).not.toBe("load");
          expect(e.replicasForPeak * (e.throughput?.replicaOutputTokensPerSec ?? Infinity)).toBeGreaterThanOrEqual(
            peak * 0.999,
          );
        }
        // Never more than twice the streams in flight at the rate each stream gets (a batch of 4,
        // 8, 16, 32), beyond the floor; a replica slower than 20 tokens/s keeps more in flight.
        const atItsRate = peak / e.memory.streamTokensPerSec;
        expect(e.memory.streamTokensPerSec).toBeLessThanOrEqual(SELF_HOST_DEFAULTS.streamTokensPerSec);
        if (e.memory.concurrency > SELF_HOST_DEFAULTS.minConcurrency)
          expect(e.memory.concurrency).toBeLessThan(2 * atItsRate + 1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it("at the batch boundary the fleet adds a replica of the same group rather than doubling the batch onto twice the GPUs", () => {
    // Devstral Small 2 on L40S at 121K context: one card holds a batch of 4 and streams each at
    // 16.6 tokens/s; a peak of 4.5 streams in flight at that rate once doubled the batch to 8 on 2
    // cards per replica (3.7 in flight there). Two replicas of one card carry it on fewer GPUs.
    const devstral = open.find((m) => m.id === "devstral-small-2")!;
    const e = selfHostEstimate(
      devstral,
      volume(2.6e8 * 0.75, 2.6e8 * 0.25),
      { gpu: "L40S", contextTokens: 121_179 },
      catalog.selfhost,
    );
    if ("unavailable" in e) throw new Error(e.unavailable);
    expect(e.gpusPerReplica).toBe(1);
    expect(e.memory.concurrency).toBe(4);
    expect(e.memory.concurrencyBound).toBe("group");
    expect(e.replicasForPeak).toBe(2);
    expect(e.gpus).toBe(3);
    const why = e.assumptions.find((a) => a.key === "concurrency")?.value ?? "";
    expect(why).toMatch(/larger GPU group per replica/);
  });

  it("a batch's larger GPU group is taken only when it carries the peak on fewer GPUs (sampled)", () => {
    fc.assert(
      fc.property(sample, (s) => {
        const e = at(s, s.tokens);
        if ("unavailable" in e) return;
        // The replica the load's batch at the target stream rate was sized on, before any re-count.
        const edits = { gpu: s.gpu, contextTokens: s.contextTokens };
        const sized = withLoadConcurrency(edits, e.volume.outputTokensPerMonth, e.hoursPerMonth);
        const first = selfHostPlanAtNeed(s.model, 3, sized, catalog.selfhost, undefined);
        if ("unavailable" in first || e.gpusPerReplica <= first.gpusPerReplica) return;
        expect(e.gpus).toBeLessThan(planMonthlyCost(first, e.volume.outputTokensPerMonth).gpus);
      }),
      { numRuns: 80 },
    );
  });
  it.todo(
    "the first replica is sized for the load's batch at 20 tokens/s, not for the group that carries the peak on the fewest GPUs: gpt-oss-120b on H100 at a volume that keeps 8 streams in flight is sized on 2 H100 per replica (4 GPUs with the spare) where one H100 holding the batch its memory allows (about 4 sequences, each decoded well above 20 tokens/s) carries the same peak on 2 GPUs; seen by sizing7 with a sampled property comparing each plan with the same load on half the group",
  );
});
