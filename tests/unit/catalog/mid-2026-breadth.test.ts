// The spring-2026 models teams shortlist (MiMo-V2.5-Pro, MiMo-V2.5, GPT-5.4 Pro, Qwen3.7-Max) are in
// the committed catalogue with the facts as sourced, each marked as secondary where only a copy or a
// list gives it; and the big US labs' countries rest on their own SEC filings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { isFromCountry, labOf } from "../../../src/catalog/labs.js";

const catalog = readCatalog();
const model = (id: string) => {
  const found = catalog.modelById.get(id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe("spring-2026 breadth", () => {
  it("carries Xiaomi's open MiMo-V2.5 pair with their counts and 1M context, read in copies (secondary)", () => {
    const pro = model("mimo-v2.5-pro");
    expect(pro.openWeights).toBe(true);
    expect(pro.parameters).toMatchObject({ totalB: 1020, activeB: 42, sourceKind: "secondary", verified: false });
    const v25 = model("mimo-v2.5");
    expect(v25.parameters).toMatchObject({ totalB: 310, activeB: 15, sourceKind: "secondary", verified: false });
    expect(v25.inputModalities).toEqual(expect.arrayContaining(["image", "audio", "video"]));
    for (const m of [pro, v25]) {
      expect(m.contextWindow, m.id).toBe(1_000_000);
      expect(m.contextWindowSource).toMatchObject({ sourceKind: "secondary", verified: false });
      expect(m.releaseDate, m.id).toBe("2026-04-22");
    }
  });

  it("prices MiMo through Xiaomi's own API as the July 2026 list gives it, marked first party", () => {
    const xiaomi = model("mimo-v2.5-pro").offerings.find((o) => o.provider === "xiaomi");
    expect(xiaomi).toMatchObject({ firstParty: true, inputPerMTok: 0.435, outputPerMTok: 0.87, source: "models.dev" });
    const small = model("mimo-v2.5").offerings.find((o) => o.provider === "xiaomi");
    expect(small).toMatchObject({ firstParty: true, inputPerMTok: 0.14, outputPerMTok: 0.28 });
  });

  it("says MiMo's MIT licence is reported, not verified, with no primary clause", () => {
    const licence = catalog.licenseById.get(model("mimo-v2.5-pro").licenseId);
    expect(licence).toMatchObject({ id: "mimo-v2.5-reported", spdx: "MIT", verified: false });
    expect(licence?.clauses.length).toBeGreaterThan(0);
    expect(licence?.clauses.every((c) => !c.primary)).toBe(true);
  });

  it("places Xiaomi in China, so a 'no Chinese labs' rule excludes MiMo", () => {
    const lab = labOf(catalog, model("mimo-v2.5"));
    expect(lab).toMatchObject({ id: "xiaomi", country: "CN", sourceKind: "secondary" });
    expect(isFromCountry(catalog, model("mimo-v2.5-pro"), ["CN"])).toBe(true);
  });

  it("adds GPT-5.4 Pro at OpenAI's list price and Qwen3.7-Max as an API-only model", () => {
    const gpt = model("gpt-5.4-pro");
    expect(gpt.offerings.find((o) => o.provider === "openai")).toMatchObject({
      firstParty: true,
      inputPerMTok: 30,
      outputPerMTok: 180,
    });
    expect(gpt.releaseDate).toBe("2026-03-05");
    const qwen = model("qwen3.7-max");
    expect(qwen.openWeights).toBe(false);
    expect(qwen.licenseId).toBe("alibaba-model-studio-terms");
    expect(qwen.offerings.find((o) => o.provider === "alibaba")).toMatchObject({ firstParty: true, inputPerMTok: 2.5 });
  });
});

describe("lab countries from the labs' own filings", () => {
  it("places Google, Meta, Microsoft, Amazon, IBM and NVIDIA by an SEC filing of their own (primary)", () => {
    for (const name of ["Google", "Meta", "Microsoft", "Amazon", "IBM", "NVIDIA"]) {
      const lab = catalog.labByName?.get(name);
      expect(lab, name).toMatchObject({ country: "US", sourceKind: "primary" });
      expect(lab?.sourceUrl, name).toMatch(/^https:\/\/(www\.)?sec\.gov\/Archives\/edgar\/data\//);
    }
  });
});
