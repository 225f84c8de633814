import { describe, expect, it } from "vitest";
import { toAssumptionEdits } from "../../../src/costs/assumptions.js";
import { replicaSize, resolveGpu, selfHostEstimate, type SelfHostEstimate } from "../../../src/costs/self-host.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { deepseekR1, gemma3_27b, gpt4o, llama31_8b, llama33_70b, loadSelfHost, volume } from "./fixtures.js";

const data = loadSelfHost();

function estimate(...args: Parameters<typeof selfHostEstimate>): SelfHostEstimate {
  const e = selfHostEstimate(...args);
  if ("unavailable" in e) throw new Error(e.unavailable);
  return e;
}

// Hand calculation, Llama 3.3 70B on H100s (300M input + 100M output tokens a month; at the
// defaults the plan would take the cheapest GPU that fits, see "GPU choice" below):
// Weights: 70B params × 1 byte (FP8, rule weight_memory) = 70 GB.
// Concurrency from the load: 100e6 output ÷ (730 × 3,600) = 38.05 tok/s on average, 114.2 at the
//           3× peak; ÷ 20 tok/s per sequence = 5.7 in flight -> a batch of 8.
// KV cache: 163,840 B/token (Llama 3.1/3.3 70B row, FP8) × 4,096 context × 8 sequences
//           = 5,368,709,120 B = 5.37 GB. Need = 75.37 GB.
// Usable per H100: 80 GB × 0.9 (engine_memory_fraction) = 72 GB -> ceil(75.37 / 72) = 2 -> TP2.
// Decode step: 75.37 GB ÷ (2 × 3.35 TB/s × 0.7) = 16.07 ms for 8 tokens = 2.009 ms per token.
// Prefill: 3 input tokens × 2 × 70e9 FLOPs ÷ (2 × 1,979 TFLOPS FP8 × 0.803) = 0.1321 ms per output token.
// Replica: 1 ÷ 2.141 ms = 467.1 output tok/s (below the measured TP2 ceiling of 4,205), 58 per sequence.
// Peak 114.2 tok/s -> 1 replica + 1 spare = 4 GPUs, 1 node.
// GPUs: 4 × $3.99 (median of Nebius 2.95, RunPod 3.29, Lambda 3.99, AWS 6.88, GCP 11.06) × 730 h
// = $11,650.80; ops 0.05 FTE (serving stack) + 4 GPUs × 0.025 = 0.15 FTE × $15,000 = $2,250;
// total $13,900.80; per 1M tokens $34.752.
const STEP_MS = (75.36870912e9 / (2 * 3.35e12 * 0.7)) * 1000;
const PREFILL_MS = ((3 * 2 * 70e9) / (2 * 1979e12 * 0.803)) * 1000;
const TPS_70B = 1000 / (STEP_MS / 8 + PREFILL_MS);

describe("selfHostEstimate: Llama 3.3 70B on H100s (hand calculation above)", () => {
  const e = estimate(llama33_70b, volume(300e6, 100e6), { gpu: "H100" }, data);

  it("sizes memory and GPUs", () => {
    expect(e.gpu.key).toBe("H100-SXM-80GB");
    expect(e.precision).toBe("fp8");
    expect(e.memory.weightsGb).toBe(70);
    expect(e.memory.concurrency).toBe(8);
    expect(e.memory.kvCacheGb).toBeCloseTo(5.3687, 3);
    expect(e.memory.needGb).toBeCloseTo(75.3687, 3);
    expect(e.memory.kvEstimated).toBe(false);
    expect(e.gpusPerReplica).toBe(2);
    expect(e.replicasForPeak).toBe(1);
    expect(e.replicas).toBe(2);
    expect(e.gpus).toBe(4);
    expect(e.nodes).toBe(1);
  });

  it("derives throughput from memory bandwidth and names the measured ceiling", () => {
    expect(STEP_MS).toBeCloseTo(16.07, 2);
    expect(TPS_70B).toBeCloseTo(467.1, 0);
    expect(e.throughput?.replicaOutputTokensPerSec).toBeCloseTo(TPS_70B, 6);
    expect(e.throughput?.measured?.replicaOutputTokensPerSec).toBeCloseTo(4205, 6);
    expect(e.throughput?.basis).toMatch(/memory bandwidth: 8 sequences per 16\.1 ms decode step/);
    expect(e.throughput?.basis).toMatch(/below the measured ceiling of 4,205/);
    expect(e.load).toBeCloseTo(100e6 / (730 * 3600) / (2 * TPS_70B), 9);
  });

  it("prices the month from the median of verified offers", () => {
    expect(e.price.usdPerGpuHour).toBe(3.99);
    expect(e.price.dataBasis).toBe("verified");
    expect([e.price.min, e.price.max]).toEqual([2.95, 11.0612]);
    const used = e.price.readings.filter((r) => r.used);
    expect(used.map((r) => r.provider)).toEqual(["Nebius", "RunPod", "Lambda", "AWS", "GCP"]);
    expect(used.every((r) => r.verified)).toBe(true);
    // CoreWeave's $6.155 is unverified: listed, not used.
    expect(e.price.readings.find((r) => r.provider === "CoreWeave")).toMatchObject({ used: false, verified: false });
    expect(e.gpuAlwaysOnUsd).toBeCloseTo(11650.8, 6);
    expect(e.opsUsd).toBeCloseTo(2250, 9);
    expect(e.totalAlwaysOnUsd).toBeCloseTo(13900.8, 6);
    expect(e.usdPerMTok.alwaysOn).toBeCloseTo(34.752, 6);
    expect(e.hoursPerMonth).toBe(730);
  });

  it("lists every assumption with a source, and marks ours as unsourced", () => {
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
      "bandwidthShare",
      "peakToAverage",
      "redundancy",
      "gpuHourlyUsd",
      "hoursPerMonth",
      "opsStaff",
    ]) {
      expect(keys).toContain(k);
    }
    for (const a of e.assumptions) expect(a.source.length).toBeGreaterThan(0);
    for (const k of ["opsStaff", "bandwidthShare", "peakToAverage"])
      expect(e.assumptions.find((a) => a.key === k)?.source).toMatch(/OUR assumption, not sourced/);
    const price = e.assumptions.find((a) => a.key === "gpuHourlyUsd")!;
    expect(price.value).toContain("median of 5 verified on-demand offers (range $2.95–$11.06)");
    expect(price.source).toContain("Lambda $3.99 (2026-09-20)");
    expect(price.source).toContain("Nebius $2.95 (undated catalogue row)");
    expect(price.source).toMatch(/not used \(unverified\): .*CoreWeave \$6\.16/);
    expect(e.sources.some((s) => s.url?.includes("TensorRT-LLM"))).toBe(true);
    expect(e.sources.every((s) => /^\d{4}-\d{2}/.test(s.asOf))).toBe(true);
  });
});

describe("selfHostEstimate: assumption edits", () => {
  it("H100 at $2.10/h, int4, no ops budget (hand calculation)", () => {
    // Weights 70 × 0.5 = 35 GB; KV stays 16-bit: 327,680 × 4,096 × 8 (the load's batch) = 10.74 GB;
    // need 45.74 GB -> 1 GPU; + a spare replica = 2. Cost: 2 × $2.10 × 730 = $3,066; no ops.
    const e = estimate(
      llama33_70b,
      volume(300e6, 100e6),
      { gpu: "H100", gpuHourlyUsd: 2.1, precision: "int4", opsStaffFte: 0 },
      data,
    );
    expect(e.memory.weightsGb).toBe(35);
    expect(e.memory.kvCacheGb).toBeCloseTo(10.7374, 3);
    expect(e.gpus).toBe(2);
    expect(e.totalAlwaysOnUsd).toBeCloseTo(3066, 6);
    expect(e.opsUsd).toBe(0);
    expect(e.throughput?.exact).toBe(false);
    expect(e.assumptions.find((a) => a.key === "gpuHourlyUsd")?.origin).toBe("user");
    expect(e.assumptions.find((a) => a.key === "opsStaff")?.value).toBe("none budgeted");
  });

  it("adds replicas for the peak, plus the spare (hand calculation)", () => {
    // Llama 3.1 8B FP8 on 1× H100: 50B output ÷ 2,628,000 s = 19,026 tok/s average, peak 57,078
    // ÷ 20 tok/s = 2,854 sequences in flight: more than one replica holds, so it serves what the
    // memory left after the weights holds: (72 − 8) GB ÷ (65,536 B × 4,096) = 238 sequences.
    // Step (8 + 63.89) GB ÷ (3.35 TB/s × 0.7) = 30.66 ms / 238 = 0.1288 ms (each stream 32.6 tok/s);
    // prefill 3 × 2 × 8e9 ÷ (1,979e12 × 0.803) = 0.0302 ms -> 6,288.9 tok/s per replica.
    const e = estimate(llama31_8b, volume(150e9, 50e9), { gpu: "H100" }, data);
    expect(e.memory.concurrency).toBe(238);
    expect(e.memory.concurrencyBound).toBe("memory");
    const stepBytes = 8e9 + 65_536 * 4_096 * 238;
    const tps = 1000 / (((stepBytes / (3.35e12 * 0.7)) * 1000) / 238 + ((3 * 2 * 8e9) / (1979e12 * 0.803)) * 1000);
    expect(e.throughput?.replicaOutputTokensPerSec).toBeCloseTo(tps, 6);
    expect(e.gpusPerReplica).toBe(1);
    expect(e.replicasForPeak).toBe(Math.ceil(((50e9 / 2_628_000) * 3) / tps));
    expect(e.replicas).toBe(e.replicasForPeak + 1);
    expect(e.nodes).toBe(Math.ceil(e.gpus / 8));
    // Ops grow with what is run: 0.05 + 0.025 per GPU of the first node (0.25 full), + 0.1 per extra node.
    expect(e.opsFte).toBeCloseTo(0.05 + 0.025 * Math.min(8, e.gpus) + 0.1 * (e.nodes - 1), 9);
    expect(e.gpuAtUtilizationUsd).toBeLessThanOrEqual(e.gpuAlwaysOnUsd);
  });

  it("a 200k-token context is not priced as if it fit on one card", () => {
    // At 32 sequences: KV 163,840 B × 200,000 × 32 = 1,048.6 GB + 70 GB weights = 1,118.6 GB: more
    // than 8 H100s (576 GB usable) or 8 H200s (1,015 GB), so 8 B200s (1,296 GB) per replica.
    const e = estimate(llama33_70b, volume(300e6, 100e6), { contextTokens: 200_000, concurrency: 32 }, data);
    expect(e.memory.needGb).toBeCloseTo(1118.58, 1);
    expect(e.gpu.key).toBe("B200-180GB");
    expect(e.gpusPerReplica).toBe(8);
    expect(e.gpus).toBe(16);
    const short = estimate(llama33_70b, volume(300e6, 100e6), { concurrency: 32 }, data);
    expect(e.totalAlwaysOnUsd).toBeGreaterThan(5 * short.totalAlwaysOnUsd);
  });

  it("holds the sequences the volume keeps in flight, not a fixed 32 (hand calculation)", () => {
    // 20M tokens a month at 3:1 → 5M output ÷ 2,628,000 s = 1.90 tok/s; 3× peak 5.71 tok/s ÷ 20 tok/s
    // per sequence = 0.29 in flight → 4, the least a service batches. 60K-token documents: KV
    // 163,840 B × 60,000 × 4 = 39.3 GB, not 32 × 60K = 314.6 GB.
    const e = estimate(llama33_70b, volume(15e6, 5e6), { contextTokens: 60_000, gpu: "H100" }, data);
    expect(e.memory.concurrency).toBe(4);
    expect(e.memory.kvCacheGb).toBeCloseTo((163_840 * 60_000 * 4) / 1e9, 6);
    const c = e.assumptions.find((a) => a.key === "concurrency")!;
    expect(c.value).toMatch(
      /^4 per replica: your peak 5\.71 output tokens\/s .* ÷ 20 tokens\/s per sequence = 0\.29 in flight/,
    );
    expect(c.source).toMatch(/OUR assumptions/);
    // 10× the volume: peak 57.1 tok/s → 2.85 in flight → still 4; 100×: 28.5 → 32 at most per replica.
    expect(
      estimate(llama33_70b, volume(15e8, 5e8), { contextTokens: 60_000, gpu: "H100" }, data).memory.concurrency,
    ).toBe(32);
    // A stated concurrency wins and is credited to the team.
    const said = estimate(llama33_70b, volume(15e6, 5e6), { contextTokens: 60_000, concurrency: 16 }, data);
    expect(said.memory.concurrency).toBe(16);
    expect(said.assumptions.find((a) => a.key === "concurrency")?.source).toBe("you said");
  });

  it("owned GPUs are amortised, the rest rented (hand calculation)", () => {
    // 2 owned H100s at $30,000 (a secondary street price: NVIDIA publishes none) ÷ (4 years × 8,760 h) + $0.25/h = $1.1062/h, quoted
    // and used to the cent: $1.11. With the spare said ("N+1"), 4 GPUs: 2 × $1.11 + 2 × $3.99 = $10.20/h × 730 = $7,446.
    // (Unsaid, no spare is rented beside the owned pair: owned-spare.property.test.ts.)
    const e = estimate(
      llama33_70b,
      volume(300e6, 100e6),
      { ownedGpuCount: 2, ownedGpuType: "h100", spareReplicas: 1 },
      data,
    );
    expect(e.owned?.usdPerGpuHour).toBe(1.11);
    expect(e.gpuAlwaysOnUsd).toBeCloseTo((2 * 1.11 + 2 * 3.99) * 730, 6);
    // The count is what the team said; the rate rests on our purchase price, life and power.
    const count = e.assumptions.find((x) => x.key === "ownedGpus")!;
    expect(count).toMatchObject({ origin: "user", source: "you said" });
    const rate = e.assumptions.find((x) => x.key === "ownedGpuRate")!;
    expect(rate.origin).toBe("default");
    expect(rate.source).toMatch(
      /purchase price \$30,000\.00 per card: .*secondary \(https:\/\/www\.aiinframap\.com\/.*, read 2026-12-05; NVIDIA publishes no list price\), card only/,
    );
    expect(rate.source).toMatch(/power and hosting: OUR assumption/);
    expect(e.warnings.join(" ")).toMatch(/other 2 are priced as rented/);
    const stated = estimate(
      llama33_70b,
      volume(300e6, 100e6),
      { ownedGpuCount: 8, ownedGpuType: "h100", ownedGpuPurchaseUsd: 25_000, ownedLifeYears: 3 },
      data,
    );
    // $25,000 ÷ (3 × 8,760 h) + $0.25 = $1.2013/h → $1.20.
    expect(stated.owned?.usdPerGpuHour).toBe(1.2);
    expect(stated.gpuAlwaysOnUsd).toBeCloseTo(4 * 1.2 * 730, 6);
    const statedRate = stated.assumptions.find((x) => x.key === "ownedGpuRate")!;
    expect(statedRate.source).toMatch(/purchase price: you said; life: you said; power and hosting: OUR assumption/);
    expect(statedRate.origin).toBe("default");
  });

  it("no ops staff: a stated penalty, doubled effort on what is run", () => {
    const e = estimate(llama33_70b, volume(300e6, 100e6), { opsCapacity: "none", gpu: "H100" }, data);
    expect(e.gpus).toBe(4);
    expect(e.opsFte).toBeCloseTo(0.3, 9); // (0.05 + 4 × 0.025) × 2
    expect(e.opsUsd).toBeCloseTo(4500, 9);
    expect(e.assumptions.find((a) => a.key === "opsStaff")?.value).toMatch(/no ops staff: ×2, contracted on-call/);
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

describe("selfHostEstimate: GPU choice when the team names none", () => {
  const choices = SELF_HOST_DEFAULTS.gpuChoices;
  const cases = [
    [llama31_8b, volume(15e6, 5e6)],
    [llama31_8b, volume(150e9, 50e9)],
    [llama33_70b, volume(300e6, 100e6)],
    [llama33_70b, volume(30e9, 10e9)],
    [gemma3_27b, volume(3e6, 1e6)],
    [deepseekR1, volume(300e6, 100e6)],
  ] as const;

  it.each(cases)(
    "%s: costs no more than any data-centre GPU that holds a replica (within its group limit)",
    (model, v) => {
      const chosen = estimate(model, v, {}, data);
      expect(choices.map((c) => c.key)).toContain(chosen.gpu.key);
      for (const c of choices) {
        const on = selfHostEstimate(model, v, { gpu: c.key }, data);
        if ("unavailable" in on || on.gpusPerReplica > c.maxGroup) continue;
        expect(chosen.totalAlwaysOnUsd, `${chosen.gpu.key} vs ${c.key}`).toBeLessThanOrEqual(
          on.totalAlwaysOnUsd + 1e-6,
        );
      }
      // The choice is said, never passed off as the team's own.
      const gpu = chosen.assumptions.find((a) => a.key === "gpu")!;
      expect(gpu.source).toMatch(/cheapest NVIDIA data-centre GPU/);
      expect(gpu.origin).not.toBe("user");
    },
  );

  it("a budget team's 8B model at a small volume is not sized on an H100", () => {
    const small = estimate(llama31_8b, volume(15e6, 5e6), {}, data);
    const h100 = estimate(llama31_8b, volume(15e6, 5e6), { gpu: "H100" }, data);
    expect(small.gpu.key).not.toMatch(/^H100|^H200|^B200/);
    expect(small.gpuAlwaysOnUsd).toBeLessThan(h100.gpuAlwaysOnUsd);
  });

  it("a named GPU, price or owned hardware is kept: nothing is chosen for the team", () => {
    expect(estimate(llama31_8b, volume(15e6, 5e6), { gpu: "H100" }, data).gpu.key).toBe("H100-SXM-80GB");
    expect(estimate(llama31_8b, volume(15e6, 5e6), { gpuHourlyUsd: 2.1 }, data).gpu.key).toBe("H100-SXM-80GB");
    expect(estimate(llama31_8b, volume(15e6, 5e6), { ownedGpuCount: 2, ownedGpuType: "a100" }, data).gpu.key).toMatch(
      /^A100/,
    );
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
    // A whole chip name is that chip, not a longer one it prefixes.
    expect(resolveGpu(data, "L4")?.key).toBe("L4-24GB");
    expect(resolveGpu(data, "l40s")?.key).toBe("L40S-48GB");
    expect(resolveGpu(data, "TPU v5")).toBeUndefined();
  });

  it("never resolves a name inside another chip's number: A10 is the A10G row, never an A100", () => {
    expect(resolveGpu(data, "A10")?.key).toBe("A10G-24GB");
    expect(resolveGpu(data, "a10g")?.key).toBe("A10G-24GB");
    expect(resolveGpu(data, "A100")?.key).toMatch(/^A100-/);
    expect(resolveGpu(data, "a100 40gb")?.key).toBe("A100-40GB");
    expect(resolveGpu(data, "h100 pcie")?.key).toBe("H100-PCIe-80GB");
    // Every GPU in the data is found by its own chip name, and a shorter number never lands on it.
    for (const g of data.gpus) {
      const chip = g.key.split("-")[0]!;
      expect(resolveGpu(data, chip)?.key.split("-")[0], chip).toBe(chip);
      const shorter = chip.replace(/\d$/, "");
      if (shorter !== chip && /\d$/.test(shorter)) expect(resolveGpu(data, shorter)?.key.split("-")[0]).not.toBe(chip);
    }
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
