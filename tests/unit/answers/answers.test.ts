import { describe, expect, it } from "vitest";
import { compareHandler } from "../../../src/answers/compare.js";
import { apiCostHandler } from "../../../src/answers/cost.js";
import { helpHandler } from "../../../src/answers/help.js";
import { modelInfoHandler } from "../../../src/answers/model-info.js";
import { priceHandler } from "../../../src/answers/price.js";
import { sourcesHandler } from "../../../src/answers/sources.js";
import { tradeoffsHandler } from "../../../src/answers/tradeoffs.js";
import { unclearHandler } from "../../../src/answers/unclear.js";
import { unknownModelHandler } from "../../../src/answers/unknown-model.js";
import type { Volume } from "../../../src/costs/volume.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { ctxFor, textOf, withModel } from "./helpers.js";
import { encodeAction, kindOf } from "../../helpers/action-ids.js";

const catalog = miniCatalog();
const volume = (input: number, output: number, splitAssumed = false): Volume => ({
  inputTokensPerMonth: input,
  outputTokensPerMonth: output,
  cachedInputTokensPerMonth: 0,
  splitAssumed,
  description: `${input} in / ${output} out`,
});

describe("price", () => {
  it("shows per-1M prices with source and date, and data for machines", () => {
    const out = priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, ctxFor());
    const text = textOf(out);
    expect(text).toContain("$2.50");
    expect(text).toContain("$10.00");
    expect(text).toMatch(/OpenAI prices: models\.dev, as of 2026-01-01/);
    expect(out.replies[0]?.data).toMatchObject({
      intent: "price",
      models: [{ id: "gpt-4o", name: "GPT-4o" }],
      prices: [{ provider: "openai", inputPerMTok: 2.5, outputPerMTok: 10, source: "models.dev", asOf: "2026-01-01" }],
    });
  });

  it("shows both prices and says so when two price lists disagree", () => {
    const base = catalog.modelById.get("gpt-4o")!;
    const first = base.offerings[0]!;
    const cat = withModel({
      ...base,
      offerings: [first, { ...first, source: "litellm", inputPerMTok: 5, outputPerMTok: 15, asOf: "2026-07-24" }],
    });
    const out = priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, ctxFor(cat));
    const text = textOf(out);
    expect(text).toContain("$2.50");
    expect(text).toContain("$5.00");
    expect(text).toMatch(/Sources disagree on OpenAI's price/);
    expect((out.replies[0]?.data?.disagreements as unknown[]).length).toBe(1);
  });

  it("explains a model without an API price", () => {
    const text = textOf(priceHandler({ kind: "price", modelIds: ["mistral-7b"] }, ctxFor()));
    expect(text).toMatch(/No API price/);
    expect(text).toMatch(/self-host/);
  });
});

describe("API cost", () => {
  it("computes a monthly cost with the prices, the volume and the split", () => {
    const out = apiCostHandler(
      {
        kind: "cost",
        modelIds: ["gpt-4o"],
        volume: volume(10_000_000, 2_000_000),
        selfHost: false,
        assumptionEdits: {},
      },
      ctxFor(),
    );
    const text = textOf(out);
    // 10M × $2.50 + 2M × $10 = $25 + $20 = $45
    expect(text).toContain("$45.00");
    expect(text).toContain("10M tokens in × $2.50 = $25.00");
    expect(text).toMatch(/83% in \/ 17% out/);
    const data = out.replies[0]!.data!;
    expect(data.intent).toBe("cost");
    expect(data.costs).toEqual([
      expect.objectContaining({
        modelId: "gpt-4o",
        role: "first-party",
        totalUsd: 45,
        prices: { inputPerMTok: 2.5, outputPerMTok: 10, cachedInputPerMTok: 1.25 },
        volume: { inputTokensPerMonth: 10_000_000, outputTokensPerMonth: 2_000_000, cachedInputTokensPerMonth: 0 },
      }),
    ]);
  });

  it("assumes and shows a volume when none is given", () => {
    const out = apiCostHandler(
      { kind: "cost", modelIds: ["gpt-4o"], volume: null, selfHost: false, assumptionEdits: {} },
      ctxFor(),
    );
    expect(textOf(out)).toMatch(/split assumed: 75% in \/ 25% out/);
    expect(out.replies[0]?.data?.volume).toMatchObject({ assumed: true, inputTokensPerMonth: 7_500_000 });
  });

  it("uses the cheapest host for open models and gives the ratio between two models", () => {
    const out = apiCostHandler(
      {
        kind: "cost",
        modelIds: ["gpt-4", "llama-3-70b"],
        volume: volume(3_000_000, 1_000_000),
        selfHost: false,
        assumptionEdits: {},
      },
      ctxFor(),
    );
    const text = textOf(out);
    // GPT-4: 3 × 30 + 1 × 60 = $150; Llama 3 70B at Together: 3 × 0.88 + 1 × 0.88 = $3.52; 150 / 3.52 = 42.6
    expect(text).toContain("$150.00");
    expect(text).toContain("$3.52");
    expect(text).toMatch(/GPT-4 costs \*?\*?43×/);
    expect(out.replies[0]?.data?.ratio).toMatchObject({ cheaper: "llama-3-70b", dearer: "gpt-4" });
    // The 2024 claim, worked out at this mix: (3×10 + 1×30) / (3×0.6 + 1×0.7) = 60 / 2.5 = 24×.
    expect(text).toMatch(/24×, not 10×/);
    expect(text).toMatch(/GPT-4 Turbo's price/);
  });
});

describe("compare", () => {
  it("puts 2 to 4 models side by side with licence, weights, context and prices", () => {
    const out = compareHandler(
      { kind: "compare", modelIds: ["gpt-4o", "llama-3.1-70b", "deepseek-v3"], volume: volume(10_000_000, 2_000_000) },
      ctxFor(),
    );
    const text = textOf(out);
    for (const row of ["Licence", "Open weights", "Context", "Input / 1M", "Output / 1M", "Monthly cost"])
      expect(text).toContain(row);
    expect(text).toContain("$45.00");
    expect(out.replies[0]?.data).toMatchObject({ intent: "compare", list: ["gpt-4o", "llama-3.1-70b", "deepseek-v3"] });
    expect(text).toMatch(/Sources:/);
  });

  it("asks to narrow more than four models", () => {
    const out = compareHandler(
      { kind: "compare", modelIds: ["gpt-4o", "gpt-4", "llama-3-70b", "llama-3.1-70b", "deepseek-v3"], volume: null },
      ctxFor(),
    );
    expect(textOf(out)).toMatch(/up to 4/);
    expect(out.replies[0]?.data?.tooMany).toBe(true);
  });
});

describe("model info, help, trade-offs, sources, unknown", () => {
  it("says Hugging Face Transformers is a library", () => {
    const text = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["hf-transformers"] }, ctxFor()));
    expect(text).toMatch(/library, not a model/);
  });

  it("names the model and shows sources with dates", () => {
    const out = modelInfoHandler({ kind: "model-info", modelIds: ["llama-3.1-70b"] }, ctxFor());
    const text = textOf(out);
    expect(text).toContain("Llama 3.1 70B");
    expect(text).toMatch(/Sources:[\s\S]*as of \d{4}-\d{2}/);
    expect(out.replies[0]?.data?.models).toEqual([{ id: "llama-3.1-70b", name: "Llama 3.1 70B" }]);
  });

  it("help offers ask: buttons", () => {
    const blocks = helpHandler({ kind: "help" }, ctxFor()).replies[0]!.blocks;
    const choices = blocks.find((b) => b.kind === "choices");
    expect(
      choices &&
        choices.kind === "choices" &&
        choices.options.every((o) => kindOf(o.id) === "ask" && o.id.length <= 90 && !o.id.includes(" ")),
    ).toBe(true);
  });

  it("trade-offs go criterion by criterion with catalogue numbers", () => {
    const out = tradeoffsHandler({ kind: "tradeoffs", modelIds: [] }, ctxFor());
    const text = textOf(out);
    for (const c of [
      "Customization",
      "Cost",
      "Data security",
      "Integration",
      "Implementation effort",
      "IP rights",
      "Transparency",
      "Support",
      "Scalability",
    ])
      expect(text).toContain(c);
    expect(text).toMatch(/Cheapest open: .+ at \$/);
    expect(text).toMatch(/Cheapest closed \(first-party\): .+ at \$/);
  });

  it("sources lists the price lists, licences and self-hosting data with dates", () => {
    const text = textOf(sourcesHandler({ kind: "sources" }, ctxFor()));
    expect(text).toMatch(/models\.dev/);
    expect(text).toMatch(/Licences/);
    expect(text).toMatch(/Self-hosting/);
  });

  it("an unknown model gets suggestions as pick: buttons and a pending question", () => {
    const out = unknownModelHandler(
      { kind: "unknown-model", query: "gpt-5o <@U123>", suggestions: ["gpt-4o", "gpt-4o-mini"] },
      ctxFor(),
    );
    const text = textOf(out);
    expect(text).not.toContain("<@U123>");
    expect(out.session?.pending?.candidates).toEqual(["gpt-4o", "gpt-4o-mini"]);
    const blocks = out.replies[0]!.blocks;
    expect(
      blocks.some(
        (b) => b.kind === "choices" && b.options[0]?.id === encodeAction({ kind: "pick", modelId: "gpt-4o" }),
      ),
    ).toBe(true);
  });

  it("unclear input never echoes the text", () => {
    const text = textOf(unclearHandler({ kind: "unclear", text: "@everyone <!channel>" }, ctxFor()));
    expect(text).not.toMatch(/everyone|channel/);
  });
});
