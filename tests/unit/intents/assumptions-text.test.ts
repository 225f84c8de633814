import { describe, expect, it } from "vitest";
import { parseAssumptionEdits, parseContextTokens } from "../../../src/intents/assumptions-text.js";

describe("parseAssumptionEdits", () => {
  it.each([
    ["assume H100 at $2.10/h", { gpu: "H100-SXM-80GB", gpuHourlyUsd: 2.1 }],
    ["H100 PCIe at $1.99 per hour", { gpu: "H100-PCIe-80GB", gpuHourlyUsd: 1.99 }],
    ["use A100 40GB at 1.5 dollars an hour", { gpu: "A100-40GB", gpuHourlyUsd: 1.5 }],
    ["on A100s", { gpu: "A100-80GB" }],
    ["L40S", { gpu: "L40S-48GB" }],
    ["run it on L4s", { gpu: "L4-24GB" }],
    ["H200", { gpu: "H200-SXM-141GB" }],
    ["MI300X", { gpu: "MI300X-192GB" }],
    ["int4", { precision: "int4" }],
    ["4-bit quantization", { precision: "int4" }],
    ["AWQ", { precision: "int4" }],
    ["fp8", { precision: "fp8" }],
    ["int8", { precision: "int8" }],
    ["bf16", { precision: "fp16" }],
    ["50% utilization", { utilization: 0.5 }],
    ["utilization of 70%", { utilization: 0.7 }],
    ["GPUs busy 30% of the time", {}],
    ["no ops staff", { opsCapacity: "none" }],
    ["we have no dedicated ops engineers", { opsCapacity: "none" }],
    ["0 FTE of ops", { opsStaffFte: 0 }],
    ["we own 8 H100s", { ownedGpuCount: 8, ownedGpuType: "h100" }],
    ["we paid $25k per GPU, written off over 3 years", { ownedGpuPurchaseUsd: 25000, ownedLifeYears: 3 }],
    ["peak is 2x average", { peakToAverage: 2 }],
    ["no redundancy", { spareReplicas: 0 }],
    ["we have a strong mlops team", { opsCapacity: "strong" }],
    ["half an FTE", { opsStaffFte: 0.5 }],
    ["0.25 FTE", { opsStaffFte: 0.25 }],
    ["with 2 ops engineers", { opsStaffFte: 2 }],
    ["an FTE costs $12,000/month", { opsStaffMonthlyUsd: 12_000 }],
    ["ops engineer costs $180k a year", { opsStaffMonthlyUsd: 15_000 }],
    ["concurrency 32", { concurrency: 32 }],
    ["32 concurrent requests", { concurrency: 32 }],
    ["8k context", { contextTokens: 8000 }],
    ["a 32k context window", { contextTokens: 32_000 }],
    ["context of 4096 tokens", { contextTokens: 4096 }],
  ])("%s", (text, expected) => {
    const edits = parseAssumptionEdits(text);
    for (const [k, v] of Object.entries(expected)) expect(edits).toHaveProperty(k, v);
  });

  it("reads several edits from one sentence", () => {
    expect(parseAssumptionEdits("what if we use H100 at $2.10/h, int4, 50% utilization and no ops staff?")).toEqual({
      gpu: "H100-SXM-80GB",
      gpuHourlyUsd: 2.1,
      precision: "int4",
      utilization: 0.5,
      opsCapacity: "none",
    });
  });

  it.each(["what is the price of gpt-4o", "llama 3.1 70b", "10M tokens a month", "", "🤖", "under $500 a month"])(
    "%j changes nothing",
    (text) => {
      expect(parseAssumptionEdits(text)).toEqual({});
    },
  );

  it("never throws on hostile input", () => {
    for (const text of ["x".repeat(10_000), "$".repeat(5000), "\u0000h100\u0007", "9".repeat(500) + "% utilization"]) {
      expect(() => parseAssumptionEdits(text)).not.toThrow();
    }
  });
  it("ignores impossible utilization", () => {
    expect(parseAssumptionEdits("250% utilization").utilization).toBeUndefined();
  });
});

describe("parseContextTokens", () => {
  it.each([
    ["128k context", 128_000],
    ["we need a context window of 200k tokens", 200_000],
    ["1M token context", 1_000_000],
    ["needs 32k ctx", 32_000],
  ])("%s", (text, n) => {
    expect(parseContextTokens(text)).toBe(n);
  });
  it("no context stated", () => {
    expect(parseContextTokens("10M tokens a month")).toBeUndefined();
  });
  it.each([
    ["handles 1M token contexts", 1_000_000],
    ["what about with 300k-token contracts?", 300_000],
    ["we summarise 90k-token reports", 90_000],
  ])("the size of the things read: %s", (text, n) => {
    expect(parseContextTokens(text)).toBe(n);
  });
  it("a size per request is a context need only when asked for (no count of requests)", () => {
    expect(parseContextTokens("agents, 300k tokens per request")).toBeUndefined();
    expect(parseContextTokens("agents, 300k tokens per request", true)).toBe(300_000);
    expect(parseContextTokens("each around 20k tokens a month", true)).toBeUndefined();
  });
});

describe("parseAssumptionEdits: a GPU rate without a currency sign", () => {
  it.each([
    ["we pay 0.80 an hour for L4s", 0.8],
    ["on our gpus at 90 cents an hour", 0.9],
    ["if the H100 costs us 2.20 per hour", 2.2],
  ])("%s", (text, rate) => {
    expect(parseAssumptionEdits(text).gpuHourlyUsd).toBe(rate);
  });
  it.each(["we serve 40 requests an hour", "about 12 an hour", "20M tokens per hour"])("not a rate: %s", (text) => {
    expect(parseAssumptionEdits(text).gpuHourlyUsd).toBeUndefined();
  });
});
