import { describe, expect, it } from "vitest";
import {
  estimatedShape,
  FINE_TUNE_METHODS,
  fineTuneFit,
  fineTuneNeed,
  type FineTuneInputs,
} from "../../../src/costs/fine-tune-memory.js";

const qwen8b: FineTuneInputs = { totalParamsB: 8.2, activeParamsB: 8.2, rank: 16, tokensPerMicroBatch: 2048 };

describe("fine-tune memory", () => {
  it("golden case: Qwen3 8B LoRA on one 24 GB card (the file's worked example)", () => {
    const shape = estimatedShape(8.2);
    expect(shape.layers).toBeCloseTo(34.7, 1);
    expect(shape.width).toBeCloseTo(4438, -1);
    const lora = fineTuneFit(fineTuneNeed("lora", qwen8b), 1, 24);
    expect(lora.weightsGb).toBeCloseTo(16.4, 5);
    expect(lora.trainedParams / 1e6).toBeCloseTo(53, 0);
    expect(lora.trainedStateGb).toBeCloseTo(0.95, 1);
    expect(lora.activationsGb).toBeCloseTo(0.94, 1);
    expect(lora.oneCardGb).toBeCloseTo(18.3, 1);
    expect(lora.usableGbPerCard).toBeCloseTo(21.6, 5);
    expect(lora.fit).toBe("one-card");
  });

  it("full fine-tune holds 18 bytes per parameter; QLoRA's frozen weights about half a byte", () => {
    const full = fineTuneNeed("full", qwen8b);
    expect(full.weightsGb + full.trainedStateGb).toBeCloseTo(8.2 * 18, 5);
    const qlora = fineTuneNeed("qlora", qwen8b);
    expect(qlora.weightsGb).toBeCloseTo((8.2 * 4.127) / 8, 5);
  });

  it("each method needs less than the one before, and more cards never fit worse", () => {
    const needs = FINE_TUNE_METHODS.map((m) => fineTuneNeed(m, { ...qwen8b, totalParamsB: 32.8, activeParamsB: 32.8 }));
    const totals = needs.map((n) => n.weightsGb + n.trainedStateGb + n.activationsGb);
    expect(totals[0]!).toBeGreaterThan(totals[1]!);
    expect(totals[1]!).toBeGreaterThan(totals[2]!);
    const rank = { no: 0, sharded: 1, "one-card": 2 } as const;
    for (const need of needs)
      for (let cards = 1; cards < 8; cards++)
        expect(rank[fineTuneFit(need, cards + 1, 48).fit]).toBeGreaterThanOrEqual(
          rank[fineTuneFit(need, cards, 48).fit],
        );
  });

  it("a run too big for one card fits split across enough of them, and says how many", () => {
    // Qwen3 32B LoRA: 65.6 GB of 16-bit weights; two 48 GB cards hold it split, one does not.
    const lora32 = fineTuneNeed("lora", { ...qwen8b, totalParamsB: 32.8, activeParamsB: 32.8 });
    expect(fineTuneFit(lora32, 1, 48).fit).toBe("no");
    expect(fineTuneFit(lora32, 2, 48).fit).toBe("sharded");
    expect(fineTuneFit(lora32, 1, 48).cardsNeeded).toBe(2);
  });
});
