import { describe, expect, it } from "vitest";
import { toAssumptionEdits } from "../../../src/costs/assumptions.js";
import { replicaSize, resolveGpu, selfHostEstimate, type SelfHostEstimate } from "../../../src/costs/self-host.js";
import { deepseekR1, gemma3_27b, gpt4o, llama31_8b, llama33_70b, loadSelfHost, volume } from "./fixtures.js";

const data = loadSelfHost();

function estimate(...args: Parameters<typeof selfHostEstimate>): SelfHostEstimate {
  const e = selfHostEstimate(...args);
  if ("unavailable" in e) throw new Error(e.unavailable);
  return e;
}

describe("selfHostEstimate: Llama 3.3 70B at the defaults (hand calculation)", () => {
  // Volume: 300M input + 100M output tokens a month.
  // Weights: 70B params × 1 byte (FP8, rule weight_memory) = 70 GB.
  // KV cache: 163,840 B/token (Llama 3.1/3.3 70B row, FP8) × 4,096 context × 32 sequences
  //           = 21,474,836,480 B = 21.47 GB. Need = 91.47 GB.
  // Usable per H100: 80 GB × 0.9 (engine_memory_fraction) = 72 GB -> ceil(91.47 / 72) = 2 -> TP2.
  // Throughput: Llama 3.3 70B, 2× H100 TP2, FP8, 1000/1000: 2,102.5 tok/s per GPU -> 4,205 tok/s.
  // Capacity at 50%: 4,205 × 3,600 × 730 × 0.5 = 5,525,370,000 output tokens -> 1 replica.
  // GPUs: 2 × $6.155 (H100 median) × 730 h = $8,986.30; ops 0.25 × $15,000 = $3,750;
  // total $12,736.30 a month; per 1M tokens: 12,736.30 / 400 = $31.84.
  const e = estimate(llama33_70b, volume(300e6, 100e6), {}, data);

  it("sizes memory and GPUs", () => {
    expect(e.gpu.key).toBe("H100-SXM-80GB");
    expect(e.precision).toBe("fp8");
    expect(e.memory.weightsGb).toBe(70);
    expect(e.memory.kvCacheGb).toBeCloseTo(21.4748, 3);
    expect(e.memory.needGb).toBeCloseTo(91.4748, 3);
    expect(e.memory.kvEstimated).toBe(false);
    expect(e.gpusPerReplica).toBe(2);
    expect(e.replicas).toBe(1);
    expect(e.gpus).toBe(2);
  });

  it("uses the measured TP2 row and says which", () => {
    expect(e.throughput?.replicaOutputTokensPerSec).toBeCloseTo(4205, 6);
    expect(e.throughput?.exact).toBe(true);
    expect(e.throughput?.basis).toContain("Llama 3.3 70B");
    expect(e.throughput?.basis).toContain("TP2");
    expect(e.load).toBeCloseTo(100e6 / (4205 * 3600 * 730), 9);
  });

  it("prices the month always on and per 1M tokens", () => {
    expect(e.price.usdPerGpuHour).toBe(6.155);
    expect(e.price.min).toBe(2.95);
    expect(e.price.max).toBe(12.29);
    expect(e.price.readings.map((r) => r.provider)).toContain("Lambda");
    expect(e.gpuAlwaysOnUsd).toBeCloseTo(8986.3, 6);
    expect(e.opsUsd).toBe(3750);
    expect(e.totalAlwaysOnUsd).toBeCloseTo(12736.3, 6);
    expect(e.usdPerMTok.alwaysOn).toBeCloseTo(31.84075, 6);
    expect(e.hoursPerMonth).toBe(730);
  });

  it("lists every assumption with a source, and marks ops staff as ours", () => {
    const keys = e.assumptions.map((a) => a.key);
    for (const k of [
      "gpu",
      "parameters",
      "precision",
      "contextTokens",
      "concurrency",
      "kvBytesPerToken",
      "memoryFraction",
      "gpusPerReplica",
      "throughput",
      "utilization",
      "gpuHourlyUsd",
      "hoursPerMonth",
      "opsStaff",
    ]) {
      expect(keys).toContain(k);
    }
    for (const a of e.assumptions) expect(a.source.length).toBeGreaterThan(0);
    expect(e.assumptions.find((a) => a.key === "opsStaff")?.source).toMatch(/OUR assumption, not sourced/);
    expect(e.assumptions.find((a) => a.key === "gpuHourlyUsd")?.value).toContain("$2.95–$12.29");
    expect(e.sources.some((s) => s.url?.includes("TensorRT-LLM"))).toBe(true);
    expect(e.sources.every((s) => /^\d{4}-\d{2}/.test(s.asOf))).toBe(true);
  });
});

describe("selfHostEstimate: assumption edits", () => {
  it("H100 at $2.10/h, int4, no ops staff (hand calculation)", () => {
    // Weights 70 × 0.5 = 35 GB; KV stays 16-bit: 327,680 × 4,096 × 32 = 42.95 GB; need 77.95 GB
    // -> ceil(77.95 / 72) = 2 GPUs. Cost: 2 × $2.10 × 730 = $3,066; no ops.
    const e = estimate(
      llama33_70b,
      volume(300e6, 100e6),
      { gpu: "H100", gpuHourlyUsd: 2.1, precision: "int4", opsStaffFte: 0 },
      data,
    );
    expect(e.memory.weightsGb).toBe(35);
    expect(e.memory.kvCacheGb).toBeCloseTo(42.9497, 3);
    expect(e.gpus).toBe(2);
    expect(e.totalAlwaysOnUsd).toBeCloseTo(3066, 6);
    expect(e.opsUsd).toBe(0);
    expect(e.throughput?.exact).toBe(false);
    expect(e.throughput?.basis).toMatch(/INT4 assumed no faster/);
    expect(e.assumptions.find((a) => a.key === "gpuHourlyUsd")?.origin).toBe("user");
    expect(e.assumptions.find((a) => a.key === "opsStaff")?.value).toBe("none");
  });

  it("adds replicas when one cannot serve the volume at the target utilization", () => {
    // Llama 3.1 8B on 1× H100: 15,244.78 tok/s; at 50%: 15,244.78 × 3,600 × 730 × 0.5
    // = 20,031,640,920 output tokens a month per replica. 50B output tokens -> 3 replicas.
    const e = estimate(llama31_8b, volume(150e9, 50e9), {}, data);
    expect(e.gpusPerReplica).toBe(1);
    expect(e.replicas).toBe(3);
    expect(e.gpus).toBe(3);
    // At utilization: 50e9 / 20,031,640,920 = 2.496 replicas of GPU-hours.
    expect(e.gpuAtUtilizationUsd).toBeCloseTo((50e9 / 20_031_640_920) * 6.155 * 730, 4);
    expect(e.gpuAtUtilizationUsd).toBeLessThan(e.gpuAlwaysOnUsd);
  });

  it("moves to a larger GPU when the default does not fit one node (DeepSeek R1, MoE: total params)", () => {
    // 671 GB of FP8 weights + MLA KV: more than 8 × 72 GB of H100, fits 8 × 126.9 GB of H200.
    const e = estimate(deepseekR1, volume(300e6, 100e6), {}, data);
    expect(e.memory.weightsGb).toBe(671);
    expect(e.gpu.key).toBe("H200-SXM-141GB");
    expect(e.gpusPerReplica).toBe(8);
    expect(e.model.architecture).toBe("moe");
  });

  it("says when the KV cache and throughput are estimated from another model", () => {
    const e = estimate(gemma3_27b, volume(300e6, 100e6), {}, data);
    expect(e.memory.kvEstimated).toBe(true);
    expect(e.memory.kvBasis).toMatch(/estimated/);
    expect(e.throughput?.exact).toBe(false);
    expect(e.throughput?.basis).toMatch(/scaled from|not raised for the smaller/);
    expect(e.warnings.join(" ")).toMatch(/KV cache estimated/);
  });

  it("a closed model is unavailable, with a reason", () => {
    const e = selfHostEstimate(gpt4o, volume(1e6, 1e6), {}, data);
    expect(e).toEqual({ unavailable: expect.stringMatching(/weights are not published/) });
  });
});

describe("helpers", () => {
  it("replica sizes are powers of two up to 8, whole nodes beyond", () => {
    expect(replicaSize(10, 72)).toBe(1);
    expect(replicaSize(73, 72)).toBe(2);
    expect(replicaSize(150, 72)).toBe(4);
    expect(replicaSize(400, 72)).toBe(8);
    expect(replicaSize(700, 72)).toBe(16);
  });

  it("resolves loose GPU names", () => {
    expect(resolveGpu(data, "H100")?.key).toBe("H100-SXM-80GB");
    expect(resolveGpu(data, "h200")?.key).toBe("H200-SXM-141GB");
    expect(resolveGpu(data, "A100 80GB")?.key).toBe("A100-80GB");
    expect(resolveGpu(data, "L40S-48GB")?.key).toBe("L40S-48GB");
    expect(resolveGpu(data, "TPU v5")).toBeUndefined();
  });

  it("reads session assumptions, dropping bad values", () => {
    expect(
      toAssumptionEdits({
        gpu: "H100",
        gpuHourlyUsd: "2.10",
        precision: "int4",
        utilization: 50,
        opsStaffFte: 0,
        concurrency: -3,
        contextTokens: "x",
      }),
    ).toEqual({
      gpu: "H100",
      gpuHourlyUsd: 2.1,
      precision: "int4",
      utilization: 0.5,
      opsStaffFte: 0,
    });
    expect(toAssumptionEdits({ precision: "fp3", utilization: 0 })).toEqual({});
  });
});
