import { describe, expect, it } from "vitest";
import { rankModels } from "../../../src/scoring/rank.js";
import { COST_FLOOR_USD } from "../../../src/scoring/criteria.js";
import { UNMEASURED_QUALITY_PRIOR } from "../../../src/scoring/quality.js";
import { CRITERIA } from "../../../src/scoring/requirements.js";
import { weightsFor } from "../../../src/scoring/weights.js";
import { rebuild, scoringCatalog, volume } from "./scoring-fixture.js";

const catalog = scoringCatalog();

describe("criteria", () => {
  it("quality for coding uses the coding signal, as a percentile, and names it", () => {
    const r = rankModels(catalog, { useCase: "coding" });
    const claude = r.ranked.find((m) => m.id === "claude-sonnet-4.5");
    // Best SWE-bench of the 4 fixture models that report it: beats all 3 others (raw 1), pulled
    // toward the 0.5 prior as if 2 more models sat at it: 0.5 + 0.5 × 3/5 = 0.8.
    expect(claude?.breakdown.quality).toBeCloseTo(0.8, 12);
    expect(claude?.notes.quality).toMatch(/^SWE-bench Verified 70 \(3 other models report it; percentile score 0.80\)/);
    const qwen = r.ranked.find((m) => m.id === "qwen2.5-72b");
    expect(qwen?.breakdown.quality).toBeCloseTo(0.2, 12);
  });

  it("a model without signals gets the documented conservative prior and says so", () => {
    const r = rankModels(catalog, { useCase: "coding" });
    const mixtral = r.ranked.find((m) => m.id === "mixtral-8x7b");
    expect(mixtral?.breakdown.quality).toBe(UNMEASURED_QUALITY_PRIOR);
    expect(mixtral?.notes.quality).toMatch(
      /no sourced quality signal.*conservative prior 0.25 \(the 25th percentile of measured models\)/,
    );
  });

  it("benchmarks of another kind count half, as a proxy, and the note says so", () => {
    // gpt-4o-mini has only an Arena Elo: for coding that is a proxy. Arena 1260 beats 3 of the
    // 6 others (percentile 0.5), so quality = 0.25 + 0.5 × (0.5 − 0.25) = 0.375.
    const r = rankModels(catalog, { useCase: "coding" });
    const mini = r.ranked.find((m) => m.id === "gpt-4o-mini");
    expect(mini?.breakdown.quality).toBeCloseTo(0.375, 12);
    expect(mini?.notes.quality).toMatch(/no coding benchmark for this model: these count half/);
  });

  it("unknown quality does not beat evidence: a measured model outranks an unmeasured twin at equal cost and licence", () => {
    const base = catalog.modelById.get("qwen2.5-72b");
    if (!base) throw new Error("fixture");
    const signal = (value: number) => ({
      name: "SWE-bench Verified",
      value,
      higherIsBetter: true,
      source: "test fixture",
      asOf: "2026-01-01",
    });
    const measuredStrong = { ...base, id: "twin-strong", name: "Twin strong", quality: [signal(75)] };
    const measuredMiddling = { ...base, id: "twin-middling", name: "Twin middling", quality: [signal(40)] };
    const unmeasured = { ...base, id: "twin-unmeasured", name: "Twin unmeasured", quality: [] };
    const cat = rebuild([...catalog.models, measuredStrong, measuredMiddling, unmeasured], catalog.licenses, catalog);
    const r = rankModels(cat, { useCase: "coding", volume: volume(20_000_000) });
    const pos = (id: string) => r.ranked.findIndex((m) => m.id === id);
    expect(pos("twin-strong")).toBeLessThan(pos("twin-unmeasured"));
    expect(pos("twin-middling")).toBeLessThan(pos("twin-unmeasured"));
    const q = (id: string) => r.ranked.find((m) => m.id === id)?.breakdown.quality ?? -1;
    expect(q("twin-middling")).toBeGreaterThan(UNMEASURED_QUALITY_PRIOR);
    // Everything but quality is identical.
    for (const c of [
      "cost",
      "customization",
      "dataControl",
      "integration",
      "operations",
      "contextFit",
      "useCaseFit",
    ] as const) {
      expect(r.ranked.find((m) => m.id === "twin-strong")?.breakdown[c]).toBe(
        r.ranked.find((m) => m.id === "twin-unmeasured")?.breakdown[c],
      );
    }
  });

  it("the cheapest candidate scores 1 on cost; 10× the cost (above a floor) loses half", () => {
    const r = rankModels(catalog, { volume: volume(100_000_000) });
    const costs = r.ranked.map((m) => m.monthlyCostUsd).filter((c): c is number => c !== null);
    const cheapest = Math.min(...costs);
    const top = r.ranked.find((m) => m.monthlyCostUsd === cheapest);
    expect(top?.breakdown.cost).toBe(1);
    // No budget: the floor is COST_FLOOR_USD ($100 a month).
    const gpt4o = r.ranked.find((m) => m.id === "gpt-4o");
    const expected =
      1 - 0.5 * Math.log10(((gpt4o?.monthlyCostUsd ?? 0) + COST_FLOOR_USD) / (cheapest + COST_FLOOR_USD));
    expect(gpt4o?.breakdown.cost).toBeCloseTo(Math.max(0, expected), 10);
    // With a budget the floor is 10% of it.
    const budgeted = rankModels(catalog, { volume: volume(100_000_000), monthlyBudgetUsd: 2000 });
    const inBudget = budgeted.ranked.find((m) => m.id === "gpt-4o-mini");
    const cheapest2 = Math.min(...budgeted.ranked.map((m) => m.monthlyCostUsd ?? Infinity));
    expect(inBudget?.breakdown.cost).toBeCloseTo(
      1 - 0.5 * Math.log10(((inBudget?.monthlyCostUsd ?? 0) + 200) / (cheapest2 + 200)),
      10,
    );
  });

  it("small monthly amounts do not look like a big gap, large ones do", () => {
    // At 20M tokens GPT-4o costs $87.50 vs a few dollars for the cheapest: close on cost.
    const small = rankModels(catalog, { volume: volume(20_000_000) }).ranked.find((m) => m.id === "gpt-4o");
    expect(small?.breakdown.cost).toBeGreaterThan(0.8);
    // At 20B tokens the same ratio is thousands of dollars a month: far apart.
    const large = rankModels(catalog, { volume: volume(20_000_000_000) }).ranked.find((m) => m.id === "gpt-4o");
    expect(large?.breakdown.cost).toBeLessThan(0.4);
  });

  it("customization rewards open weights, fine-tuning and derivative rights", () => {
    const r = rankModels(catalog, {});
    const mixtral = r.ranked.find((m) => m.id === "mixtral-8x7b");
    const gpt = r.ranked.find((m) => m.id === "gpt-4o");
    expect(mixtral?.breakdown.customization).toBeGreaterThan(gpt?.breakdown.customization ?? 1);
    expect(mixtral?.notes.customization).toMatch(/open weights/);
  });

  it("operations: self-hosting weighs on a team without ML-ops experience, not on API users", () => {
    const quoter = () => ({ monthlyUsd: 100, summary: "test GPU", sources: [] });
    const none = rankModels(
      catalog,
      { deployment: "own-cloud", mlOpsExperience: "none", volume: volume(1e6) },
      { selfHost: quoter },
    );
    const strong = rankModels(
      catalog,
      { deployment: "own-cloud", mlOpsExperience: "strong", volume: volume(1e6) },
      { selfHost: quoter },
    );
    const opsOf = (r: typeof none) => r.ranked.find((m) => m.id === "mixtral-8x7b")?.breakdown.operations ?? -1;
    expect(opsOf(none)).toBeLessThan(opsOf(strong));
    const api = rankModels(catalog, { volume: volume(1e6) });
    expect(api.ranked.find((m) => m.id === "gpt-4o")?.breakdown.operations).toBe(1);
  });

  it("every score and every criterion is within [0, 1]", () => {
    const r = rankModels(catalog, {
      useCase: "agents",
      volume: volume(5e7),
      languages: ["German"],
      contextTokens: 16000,
    });
    for (const m of r.ranked) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      for (const c of CRITERIA) {
        expect(m.breakdown[c]).toBeGreaterThanOrEqual(0);
        expect(m.breakdown[c]).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("weights", () => {
  it("are normalized and shown", () => {
    const w = weightsFor({ useCase: "rag" }).weights;
    expect(CRITERIA.reduce((s, c) => s + w[c], 0)).toBeCloseTo(1, 12);
  });

  it("'cost matters most' makes cost the heaviest weight", () => {
    const { weights, adjustments } = weightsFor({ useCase: "coding", priorities: ["cost"] });
    const max = Math.max(...CRITERIA.map((c) => weights[c]));
    expect(weights.cost).toBe(max);
    expect(adjustments).toContain("cost ×3 (your priority)");
  });

  it("regulated data raises data control; no ML-ops experience raises operations", () => {
    const base = weightsFor({}).weights;
    const w = weightsFor({ dataSensitivity: "regulated", mlOpsExperience: "none" }).weights;
    expect(w.dataControl).toBeGreaterThan(base.dataControl);
    expect(w.operations).toBeGreaterThan(base.operations);
  });
});
