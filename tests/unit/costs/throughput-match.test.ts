import { describe, expect, it } from "vitest";
import { MIXES_KEPT, chooseThroughput, mixesKept } from "../../../src/costs/throughput-match.js";
import { keysOfModel } from "../../../src/costs/model-key.js";
import { loadSelfHost } from "./fixtures.js";

const data = loadSelfHost();
const gpu = (key: string) => data.gpus.find((g) => g.key === key)!;
const llama31_70b = keysOfModel({ id: "llama-3.1-70b", name: "Llama 3.1 70B", aliases: [] });

describe("chooseThroughput", () => {
  it("uses the exact row when model, GPU, precision and GPU count match", () => {
    // TensorRT-LLM 0.17, Llama 3.1 70B, 2× H100 TP2, FP8, 1000/1000: 4,390.53 output tok/s in total.
    const c = chooseThroughput(data, {
      modelKeys: llama31_70b,
      activeB: 70,
      moe: false,
      gpu: gpu("H100-SXM-80GB"),
      gpusPerReplica: 2,
      precision: "fp8",
      inputPerOutput: 1,
    })!;
    expect(c.exact).toBe(true);
    expect(c.replicaOutputTokensPerSec).toBeCloseTo(4390.53, 2);
    expect(c.row.parallelism).toBe("TP2");
  });

  it("prefers the row whose input/output mix is closest", () => {
    // 2048 in / 128 out (16:1) for a prompt-heavy workload: 386.3 tok/s per GPU at TP2.
    const c = chooseThroughput(data, {
      modelKeys: llama31_70b,
      activeB: 70,
      moe: false,
      gpu: gpu("H100-SXM-80GB"),
      gpusPerReplica: 2,
      precision: "fp8",
      inputPerOutput: 16,
    })!;
    expect([c.row.inputTokens, c.row.outputTokens]).toEqual([2048, 128]);
  });

  it("halves an FP8 row for FP16 weights and says so", () => {
    const c = chooseThroughput(data, {
      modelKeys: llama31_70b,
      activeB: 70,
      moe: false,
      gpu: gpu("H100-SXM-80GB"),
      gpusPerReplica: 4,
      precision: "fp16",
      inputPerOutput: 1,
    })!;
    if (c.row.precisionClass === "fp8") {
      expect(c.exact).toBe(false);
      expect(c.basis).toMatch(/× 0.5 for FP16/);
      expect(c.replicaOutputTokensPerSec).toBeCloseTo(c.row.outputTokensPerSecPerGpu * 0.5 * 4, 6);
    } else {
      expect(c.row.precisionClass).toBe("fp16");
    }
  });

  it("scales by memory bandwidth when the GPU has no row for the model", () => {
    const l4 = gpu("L4-24GB");
    const c = chooseThroughput(data, {
      modelKeys: llama31_70b,
      activeB: 70,
      moe: false,
      gpu: l4,
      gpusPerReplica: 8,
      precision: "fp8",
      inputPerOutput: 1,
    })!;
    expect(c.exact).toBe(false);
    expect(c.basis).toMatch(/by memory bandwidth/);
    const rowBw = gpu(c.row.gpuKey).bandwidthTbS!;
    expect(c.replicaOutputTokensPerSec).toBeLessThan(
      (c.row.outputTokensPerSecPerGpu * 8 * l4.bandwidthTbS!) / rowBw + 1e-6,
    );
  });

  it("keeps a bounded number of input/output mixes per deployment, and a mix let go is chosen alike again", () => {
    // Every volume has its own ratio (a long-lived bot hears thousands): the memo keeps the last
    // MIXES_KEPT per model and deployment, never one per ratio ever asked.
    const keys = keysOfModel({ id: "llama-3.1-8b", name: "Llama 3.1 8B", aliases: [] });
    const need = (inputPerOutput: number) => ({
      modelKeys: keys,
      activeB: 8,
      moe: false,
      gpu: gpu("A100-80GB"),
      gpusPerReplica: 1,
      precision: "fp16" as const,
      inputPerOutput,
    });
    const mixes = Array.from({ length: MIXES_KEPT * 3 }, (_, i) => 0.25 + i * 0.37);
    const first = mixes.map((m) => chooseThroughput(data, need(m)));
    expect(mixesKept(data, need(mixes[0]!))).toBe(MIXES_KEPT);
    // The first mixes were let go: chosen again, they are the same rows at the same rates.
    for (const [i, m] of mixes.slice(0, 5).entries()) {
      const again = chooseThroughput(data, need(m))!;
      expect(again.row).toBe(first[i]!.row);
      expect(again.replicaOutputTokensPerSec).toBe(first[i]!.replicaOutputTokensPerSec);
      expect(again.basis).toBe(first[i]!.basis);
    }
    expect(mixesKept(data, need(mixes[0]!))).toBe(MIXES_KEPT);
  });
});
