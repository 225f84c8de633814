import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { qualityOf } from "../../../src/scoring/quality.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { COST_FLOOR_USD } from "../../../src/scoring/cost-floor.js";
import { CRITERIA } from "../../../src/scoring/requirements.js";
import { USE_CASE_QUALITY_SHARE, weightsFor } from "../../../src/scoring/weights.js";
import { rebuild, scoringCatalog, volume } from "./scoring-fixture.js";

const catalog = scoringCatalog();

describe("criteria", () => {
  it("quality reads general signals and use-case fit the use case's benchmarks, as percentiles, and names them", () => {
    const r = rankModels(catalog, { useCase: "coding" });
    const claude = r.ranked.find((m) => m.id === "claude-sonnet-4.5");
    // General quality: best Arena Elo of the 7 fixture models: beats all 6 others (raw 1), pulled
    // toward the 0.5 prior as if 2 more models sat at it: 0.5 + 0.5 × 6/8 = 0.875.
    expect(qualityOf(catalog, "claude-sonnet-4.5").score).toBeCloseTo(0.875, 12);
    expect(qualityOf(catalog, "claude-sonnet-4.5").note).toMatch(
      /^Arena Elo 1300 \(6 other models report it; percentile score 0.88\)/,
    );
    // Best SWE-bench of the 4 that report it: 0.5 + 0.5 × 3/5 = 0.8.
    expect(claude?.breakdown.useCaseFit).toBeCloseTo(0.8, 12);
    // Quality for coding: the coding share from the coding benchmarks, the rest general.
    const share = USE_CASE_QUALITY_SHARE.coding;
    expect(claude?.breakdown.quality).toBeCloseTo(share * 0.8 + (1 - share) * 0.875, 12);
    expect(claude?.notes.quality).toMatch(/^for coding: 80% coding benchmarks \(0\.80.*Arena Elo 1300/);
    expect(claude?.notes.useCaseFit).toMatch(/^SWE-bench Verified 70/);
    expect(claude?.evidence).toMatchObject({ quality: "measured", useCaseFit: "measured" });
    const qwen = r.ranked.find((m) => m.id === "qwen2.5-72b");
    expect(qwen?.breakdown.useCaseFit).toBeCloseTo(0.2, 12);
  });

  it("no quality from absence: without signals or a measured relative a model scores below every measured one, and says so", () => {
    const r = rankModels(catalog, { useCase: "coding" });
    const mixtral = r.ranked.find((m) => m.id === "mixtral-8x7b");
    const measured = r.ranked.filter((m) => m.evidence.quality === "measured");
    expect(measured.length).toBeGreaterThan(3);
    for (const m of measured) expect(mixtral?.breakdown.quality).toBeLessThan(m.breakdown.quality);
    expect(mixtral?.evidence.quality).toBe("unmeasured");
    expect(mixtral?.notes.quality).toMatch(
      /no quality signal and no measured model of its family or line: ranked below every measured model/,
    );
  });

  it("a smaller tier without a use-case benchmark does not take its larger sibling's, and says so", () => {
    // GPT-4o mini has an Arena Elo but no coding benchmark; GPT-4o (same family, a larger tier, no
    // published sizes) has one: its score says nothing of the mini's, so it is not borrowed.
    const r = rankModels(catalog, { useCase: "coding" });
    const mini = r.ranked.find((m) => m.id === "gpt-4o-mini");
    const big = r.ranked.find((m) => m.id === "gpt-4o");
    expect(mini?.evidence.useCaseFit).toBe("unmeasured");
    expect(mini?.notes.useCaseFit).toMatch(/GPT-4o is a larger tier, so its score is not borrowed/);
    expect(mini?.breakdown.useCaseFit).toBeLessThan(big?.breakdown.useCaseFit ?? 0);
  });

  it("an estimate prefers a relative of the same kind: a general model is not estimated from a coder sibling", () => {
    const real = readCatalog();
    for (const m of real.models) {
      const q = qualityOf(real, m.id);
      if (q.evidence !== "estimated" || !q.estimatedFrom) continue;
      const isCoder = (id: string) => /coder|codestral|code/.test(id);
      const sameKindMeasured = real.models.some(
        (o) =>
          o.family === m.family &&
          isCoder(o.id) === isCoder(m.id) &&
          qualityOf(real, o.id).evidence !== "estimated" &&
          qualityOf(real, o.id).evidence !== "unmeasured",
      );
      if (sameKindMeasured)
        expect(isCoder(q.estimatedFrom.id), `${m.id} from ${q.estimatedFrom.id}`).toBe(isCoder(m.id));
    }
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
    const twin = { ...base, family: "Twin" };
    const measuredStrong = { ...twin, id: "twin-strong", name: "Twin strong", quality: [signal(75)] };
    const measuredMiddling = { ...twin, id: "twin-middling", name: "Twin middling", quality: [signal(40)] };
    const unmeasured = { ...base, id: "twin-unmeasured", name: "Twin unmeasured", family: "Lone", quality: [] };
    const cat = rebuild([...catalog.models, measuredStrong, measuredMiddling, unmeasured], catalog.licenses, catalog);
    const r = rankModels(cat, { useCase: "coding", volume: volume(20_000_000) });
    const pos = (id: string) => r.ranked.findIndex((m) => m.id === id);
    expect(pos("twin-strong")).toBeLessThan(pos("twin-unmeasured"));
    expect(pos("twin-middling")).toBeLessThan(pos("twin-unmeasured"));
    const b = (id: string) => r.ranked.find((m) => m.id === id)?.breakdown;
    expect(b("twin-middling")?.quality).toBeGreaterThan(b("twin-unmeasured")?.quality ?? 1);
    expect(b("twin-middling")?.useCaseFit).toBeGreaterThan(b("twin-unmeasured")?.useCaseFit ?? 1);
    // Everything but quality and use-case fit is identical.
    for (const c of ["cost", "customization", "dataControl", "integration", "operations", "contextFit"] as const) {
      expect(b("twin-strong")?.[c]).toBe(b("twin-unmeasured")?.[c]);
    }
  });

  it("the cheapest candidate scores 1 on cost; each 10× the cost (above a floor) halves it", () => {
    const r = rankModels(catalog, { volume: volume(100_000_000) });
    const costs = r.ranked.map((m) => m.monthlyCostUsd).filter((c): c is number => c !== null);
    const cheapest = Math.min(...costs);
    const top = r.ranked.find((m) => m.monthlyCostUsd === cheapest);
    expect(top?.breakdown.cost).toBe(1);
    // No budget: the floor is COST_FLOOR_USD ($100 a month).
    const gpt4o = r.ranked.find((m) => m.id === "gpt-4o");
    const decades = Math.log10(((gpt4o?.monthlyCostUsd ?? 0) + COST_FLOOR_USD) / (cheapest + COST_FLOOR_USD));
    expect(gpt4o?.breakdown.cost).toBeCloseTo(0.5 ** decades, 10);
    // A budget is the scale: gaps within 10 % of it from the cheapest tie, and beyond that each
    // share of the budget takes half that share off (cost-floor.ts BUDGET_TIE_SHARE, BUDGET_SLOPE).
    const budgeted = rankModels(catalog, { volume: volume(100_000_000), monthlyBudgetUsd: 2000 });
    const cheapestInBudget = Math.min(
      ...budgeted.ranked.map((m) => m.monthlyCostUsd).filter((c): c is number => c !== null),
    );
    for (const m of budgeted.ranked.filter((x) => x.monthlyCostUsd !== null)) {
      const beyond = Math.max(0, (m.monthlyCostUsd! - cheapestInBudget - 200) / 2000);
      expect(m.breakdown.cost, m.id).toBeCloseTo(1 - 0.5 * beyond, 10);
    }
    // Dearer always scores lower: 100× and 1,000× the cheapest are told apart, never both 0.
    const priced = r.ranked.filter((m) => m.monthlyCostUsd !== null);
    for (const a of priced)
      for (const b of priced)
        if (a.monthlyCostUsd! > b.monthlyCostUsd! + 1e-6)
          expect(a.breakdown.cost, `${a.id} vs ${b.id}`).toBeLessThan(b.breakdown.cost);
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
