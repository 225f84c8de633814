// How much faster a mixture of experts decodes than a dense model of the same total size, from
// memory-bandwidth reasoning (fast-check over model shapes). A decode step reads the weights the
// batch's tokens use: one sequence reads only its active parameters, but each token picks its own
// experts, so a batch of c tokens touches about 1 − (1 − active/total)^c of them (activeWeightsReadGb).
// At the batches a loaded service runs (64-256 sequences) that is nearly every expert: a step
// reads about what a dense model of the same total bytes reads, and the per-token gain is the
// compute one (prefill at 2 × active parameters per input token): 1× with no prompt, 1 + the dense
// model's prefill ÷ decode time at most (2.8× for gpt-oss-120b's shape at 3:1 on an H100), never
// the total ÷ active (23× for gpt-oss-120b) that counting active parameters alone suggests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { activeWeightsReadGb, selfHostEstimate } from "../../../src/costs/self-host.js";
import type { ModelParams } from "../../../src/costs/self-host-types.js";
import { bandwidthThroughput } from "../../../src/costs/sizing.js";
import { volume } from "./fixtures.js";

const moe = (totalB: number, activeB: number): ModelParams => ({
  totalB,
  activeB,
  moe: true,
  source: "test",
  asOf: "2026-12-05",
  verified: true,
});
const dense = (totalB: number): ModelParams => ({ ...moe(totalB, totalB), moe: false });

const shapes = fc.record({
  totalB: fc.double({ min: 20, max: 1000, noNaN: true }),
  // gpt-oss-120b 4.4 %, Qwen3 235B-A22B 9.4 %, Mixtral 8x7B 28 %, Kimi K2 3.2 %.
  activeShare: fc.double({ min: 0.02, max: 0.4, noNaN: true }),
  bytes: fc.constantFrom(0.5, 1, 2),
});

/** One H100 SXM-like replica: 3.35 TB/s at 70 %, 1,979 FP8 TFLOPS at 80 %; 64 KB of KV per token × 4,096. */
function estimate(params: ModelParams, bytes: number, concurrency: number, inputPerOutput: number) {
  return bandwidthThroughput({
    gpus: 1,
    bandwidthTbS: 3.35,
    bandwidthShare: 0.7,
    activeWeightsGb: activeWeightsReadGb(params, bytes, concurrency),
    kvBytesPerToken: 65_536,
    contextTokens: 4096,
    concurrency,
    tflops: 1979,
    flopsShare: 0.8,
    activeParamsB: params.activeB,
    inputPerOutput,
  });
}

const tokensPerSec = (params: ModelParams, bytes: number, concurrency: number, inputPerOutput: number): number =>
  estimate(params, bytes, concurrency, inputPerOutput).outputTokensPerSec;

describe("mixture-of-experts reads per decode step", () => {
  it("one sequence reads its active parameters; more sequences read more, never more than every weight", () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 255 }), ({ totalB, activeShare, bytes }, c) => {
        const p = moe(totalB, totalB * activeShare);
        expect(activeWeightsReadGb(p, bytes, 1)).toBeCloseTo(p.activeB * bytes, 9);
        expect(activeWeightsReadGb(p, bytes, c + 1)).toBeGreaterThanOrEqual(activeWeightsReadGb(p, bytes, c));
        expect(activeWeightsReadGb(p, bytes, c)).toBeLessThanOrEqual(totalB * bytes + 1e-9);
      }),
    );
  });

  it("at a loaded service's batch (256) a step reads nearly every expert: decode alone is no faster than dense", () => {
    fc.assert(
      fc.property(shapes, ({ totalB, activeShare, bytes }) => {
        const ratio =
          tokensPerSec(moe(totalB, totalB * activeShare), bytes, 256, 0) / tokensPerSec(dense(totalB), bytes, 256, 0);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThan(1.01);
      }),
    );
  });

  it("with prompts to prefill, the whole gain is compute's: at most 1 + the dense model's prefill ÷ decode time", () => {
    fc.assert(
      fc.property(shapes, fc.constantFrom(1, 3, 10), ({ totalB, activeShare, bytes }, inputPerOutput) => {
        const m = estimate(moe(totalB, totalB * activeShare), bytes, 256, inputPerOutput);
        const d = estimate(dense(totalB), bytes, 256, inputPerOutput);
        const ratio = m.outputTokensPerSec / d.outputTokensPerSec;
        const decodeMsPerToken = d.decodeStepMs / 256;
        expect(ratio).toBeGreaterThan(1);
        expect(ratio).toBeLessThanOrEqual((1 + d.prefillMsPerOutputToken / decodeMsPerToken) / 0.99);
      }),
    );
  });

  it("a single stream is where active parameters pay: its step reads active ÷ total of the weights", () => {
    fc.assert(
      fc.property(shapes, ({ totalB, activeShare, bytes }) => {
        const ratio =
          tokensPerSec(moe(totalB, totalB * activeShare), bytes, 1, 0) / tokensPerSec(dense(totalB), bytes, 1, 0);
        // (total bytes + one sequence's KV cache) ÷ (active bytes + the same KV cache).
        const kvGb = (65_536 * 4096) / 1e9;
        expect(ratio).toBeCloseTo((totalB * bytes + kvGb) / (totalB * activeShare * bytes + kvGb), 6);
      }),
    );
  });

  it("gpt-oss-120b's shape (5.1B of 117B, MXFP4 ≈ 0.52 bytes) at 256 sequences: 1.0× with no prompt, ~2.8× at 3:1 where a dense 117B spends 2/3 of its time in prefill", () => {
    const at = (inputPerOutput: number) =>
      tokensPerSec(moe(117, 5.1), 0.52, 256, inputPerOutput) / tokensPerSec(dense(117), 0.52, 256, inputPerOutput);
    expect(at(0)).toBeCloseTo(1, 2);
    expect(at(3)).toBeGreaterThan(2.5);
    expect(at(3)).toBeLessThan(3);
    // Counting active parameters alone would say 117 ÷ 5.1 ≈ 23×.
    expect(at(3)).toBeLessThan(117 / 5.1 / 5);
  });

  it("the answer says it: a loaded MoE replica's throughput reads about what a dense model of its size reads", () => {
    const catalog = readCatalog();
    const moes = catalog.models.filter(
      (m) =>
        m.openWeights && typeof m.parameters?.activeB === "number" && m.parameters.activeB < m.parameters.totalB / 4,
    );
    expect(moes.length).toBeGreaterThan(3);
    let loaded = 0;
    for (const m of moes) {
      for (const [tokens, heavy] of [
        [20e9, true],
        [1e6, false],
      ] as const) {
        const e = selfHostEstimate(m, volume(tokens * 0.75, tokens * 0.25), {}, catalog.selfhost);
        if ("unavailable" in e || !e.throughput?.bandwidth) continue;
        const share = e.throughput.bandwidth.activeWeightsGb / e.memory.weightsGb;
        expect(e.throughput.basis, m.id).toContain(`${m.parameters!.activeB}B of ${m.parameters!.totalB}B parameters`);
        if (share >= 0.9) {
          loaded += heavy ? 1 : 0;
          expect(e.throughput.basis, m.id).toContain("the experts save compute");
        } else expect(e.throughput.basis, m.id).not.toContain("the experts save compute");
      }
    }
    expect(loaded).toBeGreaterThan(0);
  });
});
