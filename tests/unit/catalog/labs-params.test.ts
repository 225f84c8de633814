// Labs (country of origin) and parameter counts in the committed catalogue: every model has a
// lab record, countries are sourced or honestly unknown, and every count names its source.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { isFromCountry, isFromLab, labCountry, labOf } from "../../../src/catalog/labs.js";
import { CatalogError, parseCatalog } from "../../../src/catalog/load.js";

const catalog = readCatalog();
const model = (id: string) => {
  const found = catalog.modelById.get(id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe("labs", () => {
  it("gives every model a lab record, and every known country a source", () => {
    for (const m of catalog.models) {
      const lab = labOf(catalog, m);
      expect(lab, m.id).toBeDefined();
      if (lab?.country) {
        expect(lab.country, lab.id).toMatch(/^[A-Z]{2}$/);
        expect(lab.sourceUrl, lab.id).toMatch(/^https?:\/\//);
        expect(lab.asOf, lab.id).toMatch(/^\d{4}-\d{2}/);
      }
    }
  });

  it("tells Chinese labs apart, and says 'unknown' where no source settles the country", () => {
    expect(labCountry(catalog, model("qwen3-235b-a22b"))).toBe("CN");
    expect(isFromCountry(catalog, model("deepseek-r1"), ["cn"])).toBe(true);
    expect(isFromCountry(catalog, model("mistral-large-3"), ["CN"])).toBe(false);
    expect(labCountry(catalog, model("mistral-large-3"))).toBe("FR");
    expect(isFromCountry(catalog, model("bloom"), ["CN"])).toBe("unknown");
    expect(isFromLab(catalog, model("kimi-k2"), ["moonshot-ai"])).toBe(true);
    expect(isFromLab(catalog, model("kimi-k2"), ["Meta"])).toBe(false);
  });

  it("places DBRX and Arctic by their companies' own pages, and says why EleutherAI and LMSYS have no one country", () => {
    for (const id of ["dbrx", "snowflake-arctic"]) expect(labCountry(catalog, model(id)), id).toBe("US");
    expect(labOf(catalog, model("snowflake-arctic"))?.sourceKind).toBe("primary");
    // Databricks' page was read only in a dated copy: a copy is secondary, whoever's page it copies.
    expect(labOf(catalog, model("dbrx"))?.sourceKind).toBe("secondary");
    expect(labOf(catalog, model("dbrx"))?.sourceUrl).toMatch(/^https:\/\/www\.databricks\.com\//);
    expect(labOf(catalog, model("snowflake-arctic"))?.sourceUrl).toMatch(/sec\.gov\/Archives\/edgar\/data\/1640147\//);
    // A collective or a multi-university collaboration has no headquarters: null, from its own page.
    for (const id of ["gpt-j-6b", "gpt-neo-2.7b", "vicuna-13b"]) {
      const lab = labOf(catalog, model(id));
      expect(lab?.country, id).toBeNull();
      expect(lab?.sourceKind, id).toBe("primary");
      expect(lab?.note, id).toMatch(/community|collaboration/);
    }
  });

  it("refuses a models file whose labs table misses a model's lab", () => {
    const read = (f: string): unknown => JSON.parse(readFileSync(`catalog/${f}`, "utf8"));
    const models = read("models.json") as { labs: { name: string }[] };
    models.labs = models.labs.filter((l) => l.name !== "DeepSeek");
    expect(() => parseCatalog({ licenses: read("licenses.json"), models, selfhost: read("selfhost.json") })).toThrow(
      CatalogError,
    );
  });
});

describe("parameter counts", () => {
  it("are sourced, dated and consistent (active at most total)", () => {
    for (const m of catalog.models) {
      const p = m.parameters;
      if (!p) continue;
      expect(p.source, m.id).not.toBe("");
      expect(p.asOf, m.id).toMatch(/^\d{4}-\d{2}/);
      if (p.activeB !== null) expect(p.activeB, m.id).toBeLessThanOrEqual(p.totalB);
    }
  });

  it("are read from the lab's card for recent open models (not parsed from names)", () => {
    expect(model("llama-3.2-3b").parameters).toMatchObject({ totalB: 3.21, activeB: 3.21, sourceKind: "primary" });
    expect(model("kimi-k2").parameters).toMatchObject({ totalB: 1000, activeB: 32 });
    expect(model("mistral-large-3").parameters).toMatchObject({ totalB: 675, activeB: 41, sourceKind: "primary" });
  });

  it("carry total and active counts for open models, unverified where only a copy or a third party states them", () => {
    // Read in a capture of DeepSeek's V4-Pro card (its comparison with V3.2-Base), not the card itself.
    expect(model("deepseek-v3.2").parameters).toMatchObject({ totalB: 671, activeB: 37, verified: false });
    expect(model("kimi-k2.6").parameters).toMatchObject({ totalB: 1000, activeB: 32, verified: false });
    expect(model("minimax-m2.7").parameters).toMatchObject({ totalB: 229.9, activeB: 9.8, verified: false });
    expect(model("qwen3.6-35b-a3b").parameters).toMatchObject({ totalB: 35, activeB: 3, verified: false });
    // Added for breadth: the most widely hosted open model of the models.dev snapshot that was missing;
    // a later edition of Z.ai's GLM-5 README lists it (744B-A40B), so its count is primary.
    expect(model("glm-5.2").parameters).toMatchObject({ totalB: 744, activeB: 40, sourceKind: "primary" });
    expect(model("glm-5.2").parameters?.source).toMatch(/^https:\/\/github\.com\/zai-org\/GLM-5\/blob\/[0-9a-f]{40}\//);
    expect(model("glm-5.2").offerings.length).toBeGreaterThanOrEqual(3);
    // Granite 4.0-H Small is a mixture of experts: IBM's own Granite 4.0 page gives its active count.
    expect(model("granite-4.0-h-small").parameters).toMatchObject({ totalB: 32, activeB: 9, sourceKind: "primary" });
    // Added for breadth: GLM-4.7-Flash from Z.ai's download table; MiniMax-M2.1 and Qwen3-VL only from third parties.
    expect(model("glm-4.7-flash").parameters).toMatchObject({ totalB: 30, activeB: 3, sourceKind: "primary" });
    expect(model("minimax-m2.1").parameters).toMatchObject({ totalB: 230, activeB: 10, verified: false });
    expect(model("qwen3-vl-235b-a22b").parameters).toMatchObject({ totalB: 235, activeB: 22, verified: false });
    // Every open-weights model has a count, and a mixture of experts its active count.
    const noActive = catalog.models.filter((m) => m.openWeights && m.parameters && m.parameters.activeB === null);
    expect(noActive.map((m) => m.id)).toEqual(["grok-1"]);
    // Every open-weights model has a count (the audit's error class "no-parameters" is empty).
    const missing = catalog.models.filter((m) => m.kind === "model" && m.openWeights && !m.parameters);
    expect(missing.map((m) => m.id)).toEqual([]);
  });

  it("give a fine-tune its base model's count, and a named checkpoint its own count", () => {
    // Nemotron 3 Nano from NVIDIA's own notes, not a third-party page's rounded 30B/3B.
    expect(model("nemotron-3-nano").parameters).toMatchObject({ totalB: 31.6, activeB: 3.2, sourceKind: "primary" });
    // Vicuna v1.5 13B is a full fine-tune of Llama 2 13B: Meta's card gives the size.
    expect(model("vicuna-13b").parameters).toMatchObject({ totalB: 13, activeB: 13, sourceKind: "primary" });
    expect(model("vicuna-13b").parameters?.source).toContain("llama2/MODEL_CARD.md");
    // BERT and RoBERTa carry their base checkpoints' counts; the large checkpoints are entries of their own.
    expect(model("bert").parameters?.totalB).toBe(0.11);
    expect(model("bert-large").parameters).toMatchObject({ totalB: 0.34, sourceKind: "primary" });
    expect(model("roberta-large").parameters).toMatchObject({ totalB: 0.355, sourceKind: "primary" });
    // Added for breadth (widely hosted in the snapshot): counts only third parties give, shown unverified.
    expect(model("kimi-k2.7-code").parameters).toMatchObject({ totalB: 1000, activeB: 32, verified: false });
    expect(model("minimax-m3").parameters).toMatchObject({ totalB: 428, activeB: 23, verified: false });
    // Devstral 2 from Mistral's own card: 123B dense.
    expect(model("devstral-2").parameters).toMatchObject({ totalB: 123, activeB: 123, sourceKind: "primary" });
  });
});

describe("context windows", () => {
  it("come from a statement about the model, not one host's serving cap", () => {
    expect(model("cohere-command")).toMatchObject({ contextWindow: 4_096 });
    expect(model("cohere-command").contextWindowSource).toMatchObject({ sourceKind: "primary", verified: true });
    for (const id of ["deepseek-v3.2", "granite-4.0-h-micro"]) {
      expect(model(id).contextWindow, id).toBe(131_072);
      expect(model(id).contextWindowSource, id).toMatchObject({ sourceKind: "secondary", verified: false });
    }
    expect(catalog.models.filter((m) => m.contextWindowSource?.derived === "host-cap").map((m) => m.id)).toEqual([]);
  });
});
