// Facts stated beside a side question are kept for the recommendation that follows (issue 10,
// item 4: a conversation never loses a fact), in the terminal over the real catalogue.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { transcript } from "./console-transcript.js";

const catalog = readCatalog();
const rankingOf = (data: unknown) => ((data as { ranking?: { id: string }[] })?.ranking ?? []).map((r) => r.id);

describe("facts stated beside a side question", () => {
  it("regulated data stated in a trade-off question weighs the next recommendation", async () => {
    const t = await transcript([
      "we handle card payments data, is a hosted LLM a security risk?",
      "ok, which model would you pick for extracting fields from the dispute forms?",
    ]);
    expect(t.turns[0]?.data?.intent).toBe("tradeoffs");
    expect(t.turns[1]?.data?.intent).toBe("recommend");
    expect(t.printed).toMatch(/From earlier in this thread: regulated data\./);
    expect(t.printed).toMatch(/Based on: .*regulated data/);
    expect(t.printed).toMatch(/data control ×3 \(regulated data\)/);
  }, 60_000);

  it("on-device use stated in a comparison caps the size of what is recommended next", async () => {
    const t = await transcript([
      "phi-4 vs gemma 3 12b vs qwen3 14b for on-device stuff",
      "what would you pick for autocomplete in our editor?",
    ]);
    expect(t.turns[0]?.data?.intent).toBe("compare");
    const ranked = rankingOf(t.turns[1]?.data);
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    for (const id of ranked.slice(0, 3)) {
      const model = catalog.modelById.get(id);
      expect(model?.openWeights, id).toBe(true);
      expect(model?.parameters?.totalB ?? Infinity, id).toBeLessThanOrEqual(8);
    }
  }, 60_000);

  it("a recommendation's own words win over a noted fact", async () => {
    const t = await transcript([
      "we handle card payments data, is a hosted LLM a security risk?",
      "for the marketing team it's all public copy: which model for a writing assistant?",
    ]);
    expect(t.printed).toMatch(/Based on: .*public data/);
    expect(t.printed).not.toMatch(/Based on: .*regulated data/);
  }, 60_000);
});
