// Long-context rates: providers such as Google (Gemini Pro over 200K) and OpenAI (GPT-5.x over
// 272K) bill a whole request at a higher price once its prompt passes a threshold. A cost answer
// for documents of that size must use it and say so; smaller requests keep the base rate.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { apiMonthlyCost, longContextTierFor } from "../../../src/costs/api-cost.js";
import type { Volume } from "../../../src/costs/volume.js";
import { formatUsd } from "../../../src/render/format.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { offering, volume } from "./fixtures.js";

const catalog = readCatalog();
const tiered = catalog.models.flatMap((m) =>
  m.offerings.filter((o) => o.longContextTiers?.length).map((o) => ({ model: m, offering: o })),
);

/** A month of `count` requests of `prompt` input and `reply` output tokens each. */
function perRequest(count: number, prompt: number, reply: number): Volume {
  return {
    ...volume(count * prompt, count * reply),
    perItem: {
      noun: "requests",
      inputTokens: prompt,
      outputTokens: reply,
      splitAssumed: false,
      countWords: `${count} requests a month`,
      periodLabel: "a month",
    },
  };
}

describe("long-context rates in the catalogue", () => {
  it("are imported for the providers that publish them (else the rest checks nothing)", () => {
    expect(tiered.length).toBeGreaterThan(3);
    expect(tiered.map((t) => t.model.id)).toContain("gemini-2.5-pro");
  });

  it.each(tiered.map((t) => [`${t.model.id} at ${t.offering.provider}`, t] as const))(
    "%s: each rate at or above the base price, thresholds ascending",
    (_, { offering: o }) => {
      const tiers = o.longContextTiers ?? [];
      for (const [i, tier] of tiers.entries()) {
        expect(tier.inputPerMTok).toBeGreaterThanOrEqual(o.inputPerMTok);
        expect(tier.outputPerMTok).toBeGreaterThanOrEqual(o.outputPerMTok);
        if (i > 0) expect(tier.aboveInputTokens).toBeGreaterThan(tiers[i - 1]!.aboveInputTokens);
      }
    },
  );
});

describe("apiMonthlyCost with a long-context rate", () => {
  const tiers = [
    { aboveInputTokens: 32_000, inputPerMTok: 2, outputPerMTok: 8, cachedInputPerMTok: null },
    { aboveInputTokens: 128_000, inputPerMTok: 3, outputPerMTok: 12, cachedInputPerMTok: 0.3 },
  ];
  const o = offering("p", 1, 4, { longContextTiers: tiers });

  it("uses the highest threshold the prompt passes, and the base rate at or below the first", () => {
    expect(longContextTierFor(o, 32_000)).toBeNull();
    expect(longContextTierFor(o, 32_001)?.aboveInputTokens).toBe(32_000);
    expect(longContextTierFor(o, 500_000)?.aboveInputTokens).toBe(128_000);
  });

  it("bills every token of such a month at the tier's prices", () => {
    // 100 requests × 150K in / 1K out: 15M in × $3 = $45 + 0.1M out × $12 = $1.20.
    const cost = apiMonthlyCost(o, perRequest(100, 150_000, 1_000));
    expect(cost.totalUsd).toBeCloseTo(46.2, 9);
    expect(cost.prices).toEqual({ inputPerMTok: 3, outputPerMTok: 12, cachedInputPerMTok: 0.3 });
  });

  it("never prices a month of bigger prompts below the same tokens in smaller ones", () => {
    for (const { offering: real } of tiered) {
      const small = apiMonthlyCost(real, perRequest(1_000, 10_000, 500));
      const big = apiMonthlyCost(real, perRequest(10, 1_000_000, 50_000));
      // Same monthly tokens; the big prompts pass every threshold.
      expect(big.totalUsd).toBeGreaterThanOrEqual(small.totalUsd);
      expect(small.longContextTier).toBeNull();
    }
  });

  it("keeps the base rate for a bare monthly total, whose request sizes are unknown", () => {
    expect(apiMonthlyCost(o, volume(1e9, 1e8)).longContextTier).toBeNull();
  });
});

describe("a cost answer for long documents", () => {
  it("prices Gemini 2.5 Pro above 200K prompt tokens at Google's long-context rate and says why", () => {
    const gemini = catalog.models.find((m) => m.id === "gemini-2.5-pro")!;
    const google = gemini.offerings.find((o) => o.provider === "google")!;
    const tier = google.longContextTiers![0]!;
    const text = textOf(
      chat(catalog).say("cost of gemini 2.5 pro for 1,000 documents a month, 250k input and 2k output tokens each"),
    );
    // 250M in × tier input + 2M out × tier output.
    expect(text).toContain(formatUsd(250 * tier.inputPerMTok + 2 * tier.outputPerMTok));
    expect(text).toMatch(/long-context rate/);
  });

  it("keeps the base rate and says nothing of it for short documents", () => {
    const text = textOf(
      chat(catalog).say("cost of gemini 2.5 pro for 1,000 documents a month, 20k input and 2k output tokens each"),
    );
    expect(text).not.toMatch(/long-context rate/);
  });
});
