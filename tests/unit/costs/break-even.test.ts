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

describe("breakEven (hand calculations)", () => {
  it("Llama 3.3 70B self-hosted vs GPT-4o ($2.50/$10) at 3:1", () => {
    // API at 75% input: 0.75 × 2.50 + 0.25 × 10 = $4.375 per 1M tokens.
    // Self-hosting floor: 2 H100 × $6.155 × 730 = $8,986.30 + ops $3,750 = $12,736.30.
    // One replica serves 4,205 × 3,600 × 730 × 0.5 = 5,525,370,000 output tokens
    //   = 22,101,480,000 tokens at 25% output, more than the crossing:
    // break-even V = 12,736.30 / 4.375 × 1e6 = 2,911,154,286 tokens a month.
    const p = plan(llama33_70b, 3, {}, data);
    const r = breakEven(p, { inputPerMTok: 2.5, outputPerMTok: 10 }, 0.75);
    expect(r.kind).toBe("at");
    if (r.kind !== "at") return;
    expect(r.tokensPerMonth).toBeCloseTo(2_911_154_285.7, 0);
    expect(r.common.apiUsdPerMTok).toBeCloseTo(4.375, 9);
    expect(r.common.selfHostFloorUsd).toBeCloseTo(12736.3, 6);
    expect(r.common.replicaCapacityTokens).toBeCloseTo(22_101_480_000, 0);
  });

  it("Llama 3.1 8B at $2.10/h without ops vs GPT-4o mini ($0.15/$0.60) at 3:1", () => {
    // API: 0.75 × 0.15 + 0.25 × 0.60 = $0.2625 per 1M. Floor: 1 × 2.10 × 730 = $1,533.
    // V = 1,533 / 0.2625 × 1e6 = 5,840,000,000 tokens a month.
    const p = plan(llama31_8b, 3, { gpuHourlyUsd: 2.1, opsStaffFte: 0 }, data);
    const r = breakEven(p, { inputPerMTok: 0.15, outputPerMTok: 0.6 }, 0.75);
    expect(r.kind === "at" && r.tokensPerMonth).toBeCloseTo(5.84e9, 0);
  });

  it("says there is none when the API is cheaper per token than the GPUs' marginal cost", () => {
    // DeepInfra's Llama 3.3 70B at $0.23/$0.40: $0.2725 per 1M at 3:1, below self-hosting's
    // marginal 8,986.30 / 22,101,480,000 × 1e6 = $0.4066 per 1M.
    const p = plan(llama33_70b, 3, {}, data);
    const r = breakEven(p, { inputPerMTok: 0.23, outputPerMTok: 0.4 }, 0.75);
    expect(r.kind).toBe("never");
    expect(r.kind === "never" && r.reason).toMatch(/never gets cheaper/);
    expect(r.common.selfHostMarginalUsdPerMTok).toBeCloseTo(0.40659, 4);
  });

  it("breaks even above one replica's capacity when the floor is low but ops are not", () => {
    // Free GPUs' floor would be ops only; use a cheap GPU price and a pricey API instead:
    // crossing in the linear part: V = ops / (a - b).
    const p = plan(llama31_8b, 3, { gpuHourlyUsd: 0.5, opsStaffFte: 4 }, data);
    const api = { inputPerMTok: 0.0, outputPerMTok: 0.05 };
    const r = breakEven(p, api, 0.75);
    expect(r.kind).toBe("at");
    if (r.kind !== "at") return;
    expect(r.tokensPerMonth).toBeGreaterThan(r.common.replicaCapacityTokens);
    const a = 0.0125 / 1e6;
    const b = r.common.selfHostMarginalUsdPerMTok / 1e6;
    expect(r.tokensPerMonth).toBeCloseTo(60_000 / (a - b), -3);
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
    expect(chart.title).toMatch(/Break-even at about 2.9B/);
    expect(chart.bars[0]?.value).toBeCloseTo(4375, 2); // 1e9 tokens × $4.375 / 1M
    expect(chart.bars[1]?.value).toBeCloseTo(12736.3, 2);
    const xs = chart.series![0]!.points.map((pt) => pt.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(2 * 2.9e9);
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
    opsStaffFte: fc.double({ min: 0, max: 3, noNaN: true }),
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
            for (const f of [1.01, 2, 10])
              expect(apiCostAt(api, v * f, share)).toBeGreaterThan(selfHostCostAt(p, v * f, share));
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
