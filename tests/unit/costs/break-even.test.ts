import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Precision } from "../../../src/costs/assumptions.js";
import { apiCostAt, breakEven, breakEvenChart, selfHostCostAt } from "../../../src/costs/break-even.js";
import { selfHostPlan, type SelfHostPlan } from "../../../src/costs/self-host.js";
import { llama31_8b, llama33_70b, loadSelfHost } from "./fixtures.js";

const data = loadSelfHost();

function plan(...args: Parameters<typeof selfHostPlan>): SelfHostPlan {
  const p = selfHostPlan(...args);
  if ("unavailable" in p) throw new Error(p.unavailable);
  return p;
}

// One replica of Llama 3.3 70B (2× H100, FP8) makes 1,348.3 output tok/s (see self-host.test.ts).
const TPS_70B =
  1000 / (((91.47483648e9 / (2 * 3.35e12 * 0.7)) * 1000) / 32 + ((3 * 2 * 70e9) / (2 * 1979e12 * 0.803)) * 1000);
// At a 3× peak it carries a third of that on average: tokens a month at 25% output.
const CAP_70B = (TPS_70B * 3600 * 730) / 3 / 0.25;

describe("breakEven (hand calculations)", () => {
  it("Llama 3.3 70B self-hosted vs GPT-4o ($2.50/$10) at 3:1", () => {
    // API at 75% input: 0.75 × 2.50 + 0.25 × 10 = $4.375 per 1M tokens.
    // Self-hosting floor: (1 replica + 1 spare) × 2 H100 × $3.99 × 730 = $11,650.80 + ops
    // (0.05 + 4 GPUs × 0.025 = 0.15 FTE) $2,250 = $13,900.80. One replica carries 4.72B tokens a
    // month, more than the crossing: break-even V = 13,900.80 / 4.375 × 1e6 = 3,177,325,714 tokens a month.
    const p = plan(llama33_70b, 3, {}, data);
    const r = breakEven(p, { inputPerMTok: 2.5, outputPerMTok: 10 }, 0.75);
    expect(r.kind).toBe("at");
    if (r.kind !== "at") return;
    expect(r.tokensPerMonth).toBeCloseTo(3_177_325_714.29, 0);
    expect(r.untilTokensPerMonth).toBeNull();
    expect(r.common.apiUsdPerMTok).toBeCloseTo(4.375, 9);
    expect(r.common.selfHostFloorUsd).toBeCloseTo(13900.8, 6);
    expect(r.common.replicaCapacityTokens).toBeCloseTo(CAP_70B, 0);
  });

  it("Llama 3.1 8B at $2.10/h without an ops budget vs GPT-4o mini ($0.15/$0.60) at 3:1", () => {
    // API: 0.75 × 0.15 + 0.25 × 0.60 = $0.2625 per 1M. Floor: 2 × 2.10 × 730 = $3,066.
    // V = 3,066 / 0.2625 × 1e6 = 11,680,000,000 tokens a month (under one replica's 13.9B).
    const p = plan(llama31_8b, 3, { gpuHourlyUsd: 2.1, opsStaffFte: 0 }, data);
    const r = breakEven(p, { inputPerMTok: 0.15, outputPerMTok: 0.6 }, 0.75);
    expect(r.kind === "at" && r.tokensPerMonth).toBeCloseTo(11.68e9, 0);
  });

  it("says there is none when the API is cheaper per token than the GPUs' marginal cost", () => {
    // DeepInfra's Llama 3.3 70B at $0.23/$0.40: $0.2725 per 1M at 3:1, below self-hosting's
    // marginal 2 × 3.99 × 730 / 4.724e9 × 1e6 = $1.233 per 1M.
    const p = plan(llama33_70b, 3, {}, data);
    const r = breakEven(p, { inputPerMTok: 0.23, outputPerMTok: 0.4 }, 0.75);
    expect(r.kind).toBe("never");
    expect(r.kind === "never" && r.reason).toMatch(/never gets cheaper/);
    expect(r.common.selfHostMarginalUsdPerMTok).toBeCloseTo(((2 * 3.99 * 730) / CAP_70B) * 1e6, 9);
  });

  it("breaks even above one replica's capacity when the floor is low but ops are not", () => {
    // 8B at $0.10/h with 4 FTE ($60,000): selfHost(V) = 60,000 + 73 × (1 spare + V / cap) above cap,
    // so the crossing is V = (60,000 + 73) / (a − b).
    const p = plan(llama31_8b, 3, { gpuHourlyUsd: 0.1, opsStaffFte: 4 }, data);
    const api = { inputPerMTok: 0.0, outputPerMTok: 0.05 };
    const r = breakEven(p, api, 0.75);
    expect(r.kind).toBe("at");
    if (r.kind !== "at") return;
    expect(r.tokensPerMonth).toBeGreaterThan(r.common.replicaCapacityTokens);
    const a = 0.0125 / 1e6;
    const b = r.common.selfHostMarginalUsdPerMTok / 1e6;
    expect(r.tokensPerMonth).toBeCloseTo(60_073 / (a - b), -3);
  });

  it("owned GPUs first: cheaper only inside a range when extra rented replicas cost more than the API", () => {
    // 4 owned H100s at $1.11/h (1.1062 to the cent), no ops budget: floor 4 × 1.11 × 730 = $3,241. API $1.00 per 1M.
    // Crossing 3,241 / 1e-6 = 3.24B (below one replica's 4.72B); beyond it rented replicas cost
    // $1.233 per 1M > $1.00, so the API wins again at 4.72B + (4,724 − 3,241) / 0.233e-6 ≈ 11.1B.
    const p = plan(llama33_70b, 3, { ownedGpuCount: 4, ownedGpuType: "h100", opsStaffFte: 0 }, data);
    const api = { inputPerMTok: 1, outputPerMTok: 1 };
    const r = breakEven(p, api, 0.75);
    expect(r.kind).toBe("at");
    if (r.kind !== "at") return;
    const floor = 4 * 1.11 * 730;
    expect(r.tokensPerMonth).toBeCloseTo(floor / 1e-6, -2);
    const b = (2 * 3.99 * 730) / CAP_70B;
    expect(r.untilTokensPerMonth!).toBeCloseTo(CAP_70B + (CAP_70B * 1e-6 - floor) / (b - 1e-6), -3);
  });

  it("is always cheaper when nothing is paid for the GPUs and staff", () => {
    const p = plan(llama31_8b, 3, { gpuHourlyUsd: 0, opsStaffFte: 0 }, data);
    expect(breakEven(p, { inputPerMTok: 1, outputPerMTok: 2 }, 0.75).kind).toBe("always");
  });

  it("builds a chart with two cost curves and bars at the stated volume", () => {
    const p = plan(llama33_70b, 3, {}, data);
    const api = { inputPerMTok: 2.5, outputPerMTok: 10 };
    const r = breakEven(p, api, 0.75);
    const chart = breakEvenChart({
      plan: p,
      api,
      inputShare: 0.75,
      result: r,
      apiLabel: "GPT-4o API",
      selfHostLabel: "Self-hosted",
      statedTokens: 1e9,
    });
    expect(chart.kind).toBe("chart");
    expect(chart.series).toHaveLength(2);
    expect(chart.title).toMatch(/Break-even at about 3\.18B tokens a month/);
    expect(chart.bars[0]?.value).toBeCloseTo(4375, 2); // 1e9 tokens × $4.375 / 1M
    expect(chart.bars[1]?.value).toBeCloseTo(13900.8, 2);
    const xs = chart.series![0]!.points.map((pt) => pt.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(2 * 3.1e9);
  });
});

describe("properties", () => {
  const gpuKeys = data.prices.map((p) => p.gpuKey).filter((k) => data.gpus.some((g) => g.key === k));
  const precision = fc.constantFrom<Precision>("fp16", "fp8", "int8", "int4");
  const edits = fc.record({
    gpu: fc.constantFrom(...gpuKeys),
    gpuHourlyUsd: fc.double({ min: 0.2, max: 15, noNaN: true }),
    precision,
    utilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
    opsStaffFte: fc.option(fc.double({ min: 0, max: 3, noNaN: true }), { nil: undefined }),
    opsCapacity: fc.option(fc.constantFrom<"none" | "some" | "strong">("none", "some", "strong"), { nil: undefined }),
    ownedGpuCount: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
    peakToAverage: fc.double({ min: 1, max: 10, noNaN: true }),
    spareReplicas: fc.integer({ min: 0, max: 2 }),
    concurrency: fc.integer({ min: 1, max: 256 }),
    contextTokens: fc.integer({ min: 256, max: 131072 }),
  });
  const models = fc.constantFrom(llama33_70b, llama31_8b);

  it("at the break-even volume both costs are equal; below it the API is cheaper, above it self-hosting", () => {
    fc.assert(
      fc.property(
        models,
        edits,
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0.01, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (m, e, pin, pout, share) => {
          const p = selfHostPlan(m, share / (1 - share), e, data);
          if ("unavailable" in p) return;
          const api = { inputPerMTok: pin, outputPerMTok: pout };
          const r = breakEven(p, api, share);
          if (r.kind === "at") {
            const v = r.tokensPerMonth;
            const s = selfHostCostAt(p, v, share);
            expect(Math.abs(apiCostAt(api, v, share) - s)).toBeLessThanOrEqual(1e-6 * Math.max(1, s));
            for (const f of [0.1, 0.5, 0.99])
              expect(apiCostAt(api, v * f, share)).toBeLessThan(selfHostCostAt(p, v * f, share));
            const until = r.untilTokensPerMonth ?? Infinity;
            for (const f of [1.01, 2, 10])
              if (v * f < until * 0.999)
                expect(apiCostAt(api, v * f, share)).toBeGreaterThan(selfHostCostAt(p, v * f, share));
            if (r.untilTokensPerMonth !== null) {
              const u = r.untilTokensPerMonth;
              const su = selfHostCostAt(p, u, share);
              expect(Math.abs(apiCostAt(api, u, share) - su)).toBeLessThanOrEqual(1e-6 * Math.max(1, su));
              expect(apiCostAt(api, u * 1.01, share)).toBeLessThan(selfHostCostAt(p, u * 1.01, share));
            }
          } else if (r.kind === "never") {
            for (const v of [1e6, 1e9, 1e12, 1e14])
              expect(apiCostAt(api, v, share)).toBeLessThanOrEqual(selfHostCostAt(p, v, share) * (1 + 1e-9));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("self-hosting cost never falls as volume grows", () => {
    fc.assert(
      fc.property(
        models,
        edits,
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (m, e, v1, v2, share) => {
          const p = selfHostPlan(m, 3, e, data);
          if ("unavailable" in p) return;
          const [lo, hi] = v1 <= v2 ? [v1, v2] : [v2, v1];
          expect(selfHostCostAt(p, lo, share)).toBeLessThanOrEqual(selfHostCostAt(p, hi, share));
        },
      ),
      { numRuns: 300 },
    );
  });
});
