import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiMonthlyCost } from "../../../src/costs/api-cost.js";
import { blendedPerMTok, priceRatio } from "../../../src/costs/price-ratio.js";
import { offering, volume } from "./fixtures.js";

// The 2024 comparison: Llama 3 70B at $0.60 in / $0.70 out vs GPT-4 at $10 / $30 per 1M tokens,
// "about 10 times cheaper".
const llama3 = { inputPerMTok: 0.6, outputPerMTok: 0.7 };
const gpt4 = { inputPerMTok: 10, outputPerMTok: 30 };

describe("priceRatio: the 2024 claim", () => {
  it("3:1 input/output gives 24×, not 10×", () => {
    // 30M in + 10M out. Llama: 30 × 0.60 + 10 × 0.70 = 18 + 7 = $25.
    // GPT-4: 30 × 10 + 10 × 30 = 300 + 300 = $600. 600 / 25 = 24.
    const r = priceRatio(llama3, gpt4, volume(30e6, 10e6));
    expect(r.costA).toBeCloseTo(25, 9);
    expect(r.costB).toBeCloseTo(600, 9);
    expect(r.ratio).toBeCloseTo(24, 9);
    expect(r.inputShare).toBe(0.75);
    expect(r.blendedA).toBeCloseTo(0.625, 9);
    expect(r.blendedB).toBeCloseTo(15, 9);
  });

  it("1:1 gives 30.8×; input only 16.7×; output only 42.9×", () => {
    // 1:1: (10 + 30) / (0.60 + 0.70) = 40 / 1.3 = 30.77.
    expect(priceRatio(llama3, gpt4, volume(1e6, 1e6)).ratio).toBeCloseTo(30.769, 3);
    // Input only: 10 / 0.60 = 16.67; output only: 30 / 0.70 = 42.86.
    expect(priceRatio(llama3, gpt4, volume(1e6, 0)).ratio).toBeCloseTo(16.667, 3);
    expect(priceRatio(llama3, gpt4, volume(0, 1e6)).ratio).toBeCloseTo(42.857, 3);
  });

  it("no mix makes it about 10×: the ratio always lies between the input and output ratios", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (i, o) => {
          fc.pre(i + o >= 1);
          const r = priceRatio(llama3, gpt4, volume(i, o)).ratio!;
          expect(r).toBeGreaterThanOrEqual(10 / 0.6 - 1e-9);
          expect(r).toBeLessThanOrEqual(30 / 0.7 + 1e-9);
        },
      ),
    );
  });

  it("a zero-cost side gives no ratio", () => {
    expect(priceRatio({ inputPerMTok: 0, outputPerMTok: 0 }, gpt4, volume(1e6, 1e6)).ratio).toBeNull();
  });

  it("blended price at a share", () => {
    expect(blendedPerMTok(gpt4, 0.75)).toBeCloseTo(15, 9);
  });
});

describe("API cost properties", () => {
  const price = fc.double({ min: 0, max: 100, noNaN: true });
  it("is monotonic in volume", () => {
    fc.assert(
      fc.property(
        price,
        price,
        fc.option(price, { nil: null }),
        fc.double({ min: 0, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (pin, pout, pcache, i, o, cachedShare, factor) => {
          const off = offering("p", pin, pout, { cachedInputPerMTok: pcache });
          const small = apiMonthlyCost(off, volume(i, o, i * cachedShare));
          const big = apiMonthlyCost(off, volume(i * factor, o * factor, i * factor * cachedShare));
          expect(big.totalUsd).toBeGreaterThanOrEqual(small.totalUsd * (1 - 1e-12));
        },
      ),
    );
  });

  it("matches a hand calculation with cached input", () => {
    // GPT-4o: 10M in of which 4M cached, 2M out at $2.50 / $1.25 cached / $10:
    // 6 × 2.50 + 4 × 1.25 + 2 × 10 = 15 + 5 + 20 = $40.
    const c = apiMonthlyCost(offering("openai", 2.5, 10, { cachedInputPerMTok: 1.25 }), volume(10e6, 2e6, 4e6));
    expect(c.totalUsd).toBeCloseTo(40, 9);
  });
});
