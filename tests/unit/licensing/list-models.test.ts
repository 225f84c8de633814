import { describe, expect, it } from "vitest";
import { groupLabel, listModelsForFacts } from "../../../src/licensing/list-models.js";
import { fixtureCatalog, makeModel } from "../../fixtures/licenses/fixtures.js";

describe("listModelsForFacts", () => {
  const catalog = fixtureCatalog();
  const list = listModelsForFacts(catalog, { fineTune: true, monthlyActiveUsers: 1_000_000_000 });
  const labels = (level: "allowed" | "conditional" | "blocked") => list[level].map((e) => e.label);

  it("lists only open-weights models, never libraries, unreleased or closed ones", () => {
    const all = [...list.allowed, ...list.conditional, ...list.blocked].flatMap((e) => e.modelIds);
    expect(all).not.toContain("gpt-4");
    expect(all).not.toContain("claude-sonnet-4.5");
    expect(all).not.toContain("turing-nlg");
    expect(all).not.toContain("hf-transformers");
    expect(all).toContain("mistral-7b");
  });

  it("blocks every licence with a user threshold below 1B and allows Apache models", () => {
    expect(labels("blocked")).toEqual(expect.arrayContaining(["Llama 3.1 70B", "Qwen2.5 72B"]));
    expect(labels("allowed")).toContain("Mistral 7B");
    for (const e of list.blocked) expect(e.verdict.reasons.length).toBeGreaterThan(0);
  });

  it("collapses Apache Qwen2.5 sizes into one line but keeps 3B and 72B on their own", () => {
    const qwenApache = list.allowed.find((e) => e.label.startsWith("Qwen2.5") && e.modelIds.length > 1);
    expect(qwenApache?.label).toBe("Qwen2.5 0.5B, 7B, 14B");
    expect(qwenApache?.modelIds).toEqual(["qwen2.5-0.5b", "qwen2.5-7b", "qwen2.5-14b"]);
    expect(labels("blocked")).toContain("Qwen2.5 72B");
    expect(labels("conditional")).toContain("Qwen2.5 3B");
  });

  it("keeps a text and a vision model of one family apart", () => {
    const eu = listModelsForFacts(catalog, { inEu: true });
    expect(eu.blocked.map((e) => e.label)).toContain("Llama 3.2 11B Vision");
    expect(eu.conditional.map((e) => e.label)).toContain("Llama 3.2 1B");
  });

  it("labels a group by the shared prefix", () => {
    const m = (n: string) => makeModel(n.toLowerCase().replace(/ /g, "-"), n, "apache-2.0");
    expect(groupLabel([m("Falcon 7B"), m("Falcon 40B")])).toBe("Falcon 7B, 40B");
    expect(groupLabel([m("Alpha"), m("Beta")])).toBe("Alpha, Beta");
  });
});
