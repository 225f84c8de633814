import { describe, expect, it } from "vitest";
import { applyConstraints } from "../../../src/scoring/constraints.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { rebuild, scoringCatalog, volume } from "./scoring-fixture.js";

const catalog = scoringCatalog();
const reasonFor = (result: ReturnType<typeof applyConstraints>, id: string) => result.excluded.find((e) => e.id === id);

describe("hard constraints", () => {
  it("open-weights only rules out closed models, saying why", () => {
    const r = applyConstraints(catalog, { openWeightsOnly: true });
    expect(r.candidates.every((c) => c.model.openWeights)).toBe(true);
    expect(reasonFor(r, "gpt-4o")).toMatchObject({
      constraint: "open-weights",
      reason: expect.stringContaining("GPT-4o has no downloadable weights"),
    });
  });

  it("on-prem and own-cloud rule out models without weights", () => {
    const r = applyConstraints(catalog, { deployment: "on-prem" });
    expect(reasonFor(r, "claude-sonnet-4.5")?.reason).toMatch(/cannot run on your premises/);
    expect(reasonFor(applyConstraints(catalog, { deployment: "own-cloud" }), "gpt-4o")?.reason).toMatch(
      /in your own cloud/,
    );
  });

  it("a licence that blocks the stated use excludes the model with the licence's reason", () => {
    const r = applyConstraints(catalog, { monthlyActiveUsers: 800_000_000 });
    const llama = reasonFor(r, "llama-3.1-70b");
    expect(llama?.constraint).toBe("license");
    expect(llama?.reason).toMatch(/800M monthly active users is over .*700M threshold/);
    // Apache-2.0 has no threshold: still in.
    expect(r.candidates.some((c) => c.model.id === "mixtral-8x7b")).toBe(true);
  });

  it("EU teams lose multimodal Llama 3.2 (regional exclusion) but keep text-only models", () => {
    const r = applyConstraints(catalog, { inEu: true });
    expect(reasonFor(r, "llama-3.2-11b-vision")).toMatchObject({
      constraint: "license",
      reason: expect.stringMatching(/EU/),
    });
    expect(r.candidates.some((c) => c.model.id === "llama-3.1-8b")).toBe(true);
  });

  it("a context need larger than the window excludes the model with both numbers", () => {
    const r = applyConstraints(catalog, { contextTokens: 150_000 });
    expect(reasonFor(r, "gpt-4o")?.reason).toBe(
      "GPT-4o's context window of 128K tokens is smaller than the 150K tokens you need",
    );
    expect(r.candidates.some((c) => c.model.id === "claude-sonnet-4.5")).toBe(true);
  });

  it("an unknown context window does not pass a stated context need, and is said as unknown", () => {
    const base = catalog.modelById.get("mixtral-8x7b");
    if (!base) throw new Error("fixture");
    const unknown = { ...base, id: "no-window", name: "No Window", contextWindow: null };
    const cat = rebuild([...catalog.models, unknown], catalog.licenses, catalog);
    expect(reasonFor(applyConstraints(cat, { contextTokens: 16_000 }), "no-window")).toMatchObject({
      constraint: "context-unknown",
      reason:
        "No Window's context window is not in the catalogue, so it cannot be checked against the 16K tokens you need",
    });
    expect(applyConstraints(cat, {}).candidates.some((c) => c.model.id === "no-window")).toBe(true);
  });

  it("over budget at the stated volume: excluded with its cheapest monthly cost", () => {
    // 20M tokens: GPT-4o = 15M × $2.50 + 5M × $10 = $87.50.
    const r = applyConstraints(catalog, { monthlyBudgetUsd: 50, volume: volume(20_000_000) });
    expect(reasonFor(r, "gpt-4o")?.reason).toBe(
      "GPT-4o would cost about $87.50/month at your volume (cheapest option: API via OpenAI), over your $50.00 budget",
    );
    expect(r.candidates.find((c) => c.model.id === "gpt-4o-mini")?.cost.monthlyUsd).toBeCloseTo(15 * 0.15 + 5 * 0.6, 6);
  });

  it("libraries and unreleased models never rank, and every exclusion names its model", () => {
    const r = rankModels(catalog, {});
    expect(r.ranked.some((m) => m.id === "hf-transformers")).toBe(false);
    for (const e of r.excluded) expect(e.reason).toContain(e.name);
  });

  it("assumes commercial use unless told otherwise: a non-commercial licence is out, then back in", () => {
    const assumed = applyConstraints(catalog, {});
    expect(reasonFor(assumed, "qwen2.5-3b")).toMatchObject({
      constraint: "license",
      reason: expect.stringMatching(/non-commercial/),
    });
    const research = applyConstraints(catalog, { commercial: false });
    expect(research.candidates.some((c) => c.model.id === "qwen2.5-3b")).toBe(true);
  });
});
