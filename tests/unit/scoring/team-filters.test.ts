// The constraints teams state every day, each a hard filter with its reason shown: exclusions by
// lab, country, licence family and model; a device or size cap; shipping the weights; own cloud,
// BAA and EU residency; batch prices.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import type { Model } from "../../../src/catalog/schema.js";
import { labCountryOf } from "../../../src/scoring/catalog-facts.js";
import { baaAvailability } from "../../../src/catalog/provider-policies.js";
import { applyConstraints } from "../../../src/scoring/constraints.js";
import { applyHosting } from "../../../src/scoring/hosting.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { ON_DEVICE_MAX_PARAMS_B } from "../../../src/scoring/team-filters.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();
const model = (id: string): Model => {
  const m = catalog.modelById.get(id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};
const reasonFor = (r: ReturnType<typeof applyConstraints>, id: string) => r.excluded.find((e) => e.id === id);
const ids = (r: ReturnType<typeof applyConstraints>) => r.candidates.map((c) => c.model.id);

describe("exclusions named by the team", () => {
  it("a named lab rules out all of its models, by id or by a word of its name", () => {
    for (const lab of ["meta", "Meta", "deepseek", "alibaba", "qwen", "mistral", "mistral-ai"]) {
      const r = applyConstraints(catalog, { exclude: { labs: [lab] } });
      expect(r.candidates.length).toBeGreaterThan(0);
      for (const c of r.candidates)
        expect(c.model.lab.toLowerCase().replace(/[^a-z]/g, "")).not.toContain(lab.toLowerCase().replace(/-ai$/, ""));
    }
    expect(reasonFor(applyConstraints(catalog, { exclude: { labs: ["meta"] } }), "llama-3.3-70b")).toMatchObject({
      constraint: "excluded",
      reason: expect.stringContaining("Meta, a lab you ruled out"),
    });
  });

  it("a named model and a licence family are ruled out, others of the lab stay", () => {
    const r = applyConstraints(catalog, { exclude: { models: ["gpt-4o"], licenses: ["llama"] } });
    expect(reasonFor(r, "gpt-4o")?.reason).toMatch(/you ruled this model out/);
    expect(ids(r)).toContain("gpt-4.1");
    const llamas = catalog.models.filter((m) => m.licenseId.startsWith("llama") && m.kind === "model");
    expect(llamas.length).toBeGreaterThan(3);
    for (const m of llamas) expect(ids(r)).not.toContain(m.id);
    expect(reasonFor(r, "llama-3.3-70b")?.reason).toMatch(/a licence you ruled out \(llama\)/);
  });

  it("a country exclusion never passes a model whose lab's country is unknown, and says so", () => {
    const r = applyConstraints(catalog, { exclude: { countries: ["CN"] } });
    for (const c of r.candidates) {
      const country = labCountryOf(catalog, c.model);
      expect(country).not.toBe("unknown");
      expect(country).not.toBe("CN");
    }
    for (const e of r.excluded.filter((x) => x.constraint === "excluded"))
      expect(e.reason).toMatch(/country of origin is not recorded|no single country of origin|a country you ruled out/);
    const deepseek = reasonFor(r, "deepseek-r1");
    expect(deepseek?.constraint).toBe("excluded");
  });

  it("a lab whose own source names no single country (BigScience) is not passed, and the reason says why, from that source", () => {
    const lab = catalog.labByName?.get("BigScience");
    expect(lab?.country).toBeNull();
    expect(lab?.sourceKind).toBe("primary");
    const r = applyConstraints(catalog, { exclude: { countries: ["CN", "US"] } });
    const bloom = reasonFor(r, "bloom");
    expect(bloom?.constraint).toBe("excluded");
    expect(bloom?.reason).toMatch(
      /BigScience has no single country of origin \(BLOOM's model card calls the workshop international/,
    );
    expect(bloom?.reason).toMatch(/cannot be checked against your exclusion of CN, US/);
    // A lab no source was found for still says the catalogue does not record it.
    const unsourced = catalog.models.find((m) => {
      const l = catalog.labByName?.get(m.lab);
      return (
        m.kind === "model" && !m.strengths.includes("embedding-encoder") && l?.country === null && l.sourceUrl === null
      );
    });
    if (unsourced)
      expect(reasonFor(r, unsourced.id)?.reason).toMatch(/country of origin is not recorded in the catalogue/);
  });
});

describe("size and device", () => {
  it("at most N B parameters keeps only models known to be that small; unknown counts fail, said so", () => {
    const r = applyConstraints(catalog, { maxParamsB: 8 });
    expect(r.candidates.length).toBeGreaterThan(3);
    for (const c of r.candidates) expect(c.model.parameters?.totalB ?? Infinity).toBeLessThanOrEqual(8);
    expect(reasonFor(r, "llama-3.3-70b")?.reason).toMatch(/70B parameters, over your cap of 8B/);
    const unknown = catalog.models.find((m) => m.kind === "model" && m.openWeights && !m.parameters);
    if (unknown) expect(reasonFor(r, unknown.id)?.reason).toMatch(/parameter count is not in the catalogue/);
  });

  it("on-device: open weights only, the default cap applies, and serving costs nothing", () => {
    const rank = rankModels(catalog, { onDevice: true, useCase: "chat", volume: volume(50_000_000) });
    expect(rank.ranked.length).toBeGreaterThan(0);
    for (const m of rank.ranked) {
      const mm = model(m.id);
      expect(mm.openWeights).toBe(true);
      expect(mm.parameters?.totalB ?? Infinity).toBeLessThanOrEqual(ON_DEVICE_MAX_PARAMS_B);
      expect(m.monthlyCostUsd).toBe(0);
      expect(m.costLabel).toMatch(/on-device/);
    }
    expect(rank.excluded.find((e) => e.id === "gpt-4o")?.reason).toMatch(/cannot run on a device/);
  });
});

describe("shipping the weights", () => {
  it("only licences that allow distributing the weights pass; closed and unsettled ones are ruled out", () => {
    const r = applyConstraints(catalog, { redistributeWeights: true });
    for (const c of r.candidates) {
      expect(c.model.openWeights).toBe(true);
      expect(["yes", "conditional"]).toContain(c.license.terms.redistribution);
    }
    // Closed weights: the licence verdict itself says there is nothing to distribute.
    expect(reasonFor(r, "gpt-4o")?.reason).toMatch(/weights/);
    const unsettled = catalog.models.find(
      (m) => m.kind === "model" && catalog.licenseById.get(m.licenseId)?.terms.redistribution === "unknown",
    );
    if (unsettled)
      expect(reasonFor(r, unsettled.id)).toMatchObject({
        constraint: "redistribution",
        reason: expect.stringMatching(/do not settle whether its licence/),
      });
  });
});

describe("where the model runs", () => {
  it("own cloud account: closed models only through that cloud's marketplace, open ones self-hosted there", () => {
    const r = applyConstraints(catalog, { cloudProvider: "azure", deployment: "own-cloud" });
    for (const c of r.candidates) {
      for (const o of c.model.offerings) expect(o.provider).toMatch(/^azure/);
      if (!c.model.openWeights) expect(c.model.offerings.length).toBeGreaterThan(0);
    }
    // Claude Opus 4.7 is not on Azure in the catalogue; Claude Opus 4.5 (models.dev's Azure
    // directory) and GPT-4o are. (Claude Sonnet 4.5 was, until Anthropic retired it on 2026-11-30,
    // a date that covers Microsoft Foundry, and Anthropic calls it deprecated.)
    expect(reasonFor(r, "claude-opus-4.7")).toMatchObject({
      constraint: "cloud",
      reason: expect.stringMatching(/not listed as offered on Azure/),
    });
    expect(ids(r)).toContain("claude-opus-4.5");
    expect(ids(r)).toContain("gpt-4o");
    expect(ids(r)).not.toContain("claude-sonnet-4.5");
    const bedrock = applyConstraints(catalog, { cloudProvider: "aws" });
    expect(ids(bedrock)).toContain("claude-opus-4.5");
    expect(ids(bedrock)).not.toContain("gpt-4o");
  });

  it("BAA and EU residency: an unrecorded fact rules out a closed model with an honest reason", () => {
    const baa = applyConstraints(catalog, { needsBaa: true });
    const eu = applyConstraints(catalog, { euDataResidency: true });
    for (const r of [baa, eu]) {
      for (const c of r.candidates) {
        const known = c.model.offerings.length > 0;
        expect(c.model.openWeights || known).toBe(true);
      }
    }
    // A closed model none of whose providers has a BAA on record: ruled out, saying it is not known.
    const unrecorded = catalog.models.find(
      (m) =>
        m.kind === "model" &&
        !m.openWeights &&
        m.status === "current" &&
        m.offerings.length > 0 &&
        m.offerings.every((o) => baaAvailability(catalog, o.provider) === "unknown"),
    );
    if (unrecorded) expect(reasonFor(baa, unrecorded.id)?.reason).toMatch(/not known to be covered by a HIPAA BAA/);
    // On record ("on request" counts): GPT-4o through OpenAI stays, priced at OpenAI.
    const gpt = baa.candidates.find((c) => c.model.id === "gpt-4o");
    if (baaAvailability(catalog, "openai") !== "unknown")
      expect(gpt?.model.offerings.map((o) => o.provider)).toContain("openai");
  });

  it("offerings that meet a rule are kept, the others dropped; batch prices apply where offered", () => {
    const base = model("gpt-4o");
    const first = base.offerings[0];
    if (!first) throw new Error("offerings");
    const src = { sourceUrl: "https://example.test/terms", sourceKind: "primary" as const, asOf: "2026-12-01" };
    const cat: Catalog = {
      ...catalog,
      providerPolicyById: new Map([
        [
          first.provider,
          {
            provider: first.provider,
            name: first.providerName,
            baa: { ...src, value: "yes" as const },
            euDataResidency: { ...src, value: "yes" as const },
            batchDiscountPct: { ...src, value: 50 },
          },
        ],
      ]),
    };
    const baa = applyHosting(cat, base, { needsBaa: true });
    expect(baa.failure).toBeUndefined();
    expect(baa.model.offerings.map((o) => o.provider)).toEqual([first.provider]);
    const eu = applyHosting(cat, base, { euDataResidency: true });
    expect(eu.model.offerings.map((o) => o.provider)).toContain(first.provider);
    const batch = applyHosting(cat, base, { batchOk: true });
    expect(batch.model.offerings[0]?.inputPerMTok).toBeCloseTo(first.inputPerMTok / 2);
    expect(batch.model.offerings[0]?.providerName).toMatch(/batch API \(−50%\)/);
    const rest = { ...base, offerings: base.offerings.slice(1) };
    expect(applyHosting(cat, rest, { needsBaa: true }).failure?.reason).toMatch(
      /not known to be covered by a HIPAA BAA/,
    );
    const noBaa: Catalog = {
      ...cat,
      providerPolicyById: new Map(
        base.offerings.map((o) => [
          o.provider,
          { provider: o.provider, name: o.providerName, baa: { ...src, value: "no" as const } },
        ]),
      ),
    };
    expect(applyHosting(noBaa, base, { needsBaa: true }).failure?.reason).toMatch(
      /no provider of GPT-4o in the catalogue signs a HIPAA BAA/,
    );
  });

  it("a batch discount lowers the monthly cost used for ranking and budget", () => {
    const base = model("gpt-4o");
    const src = { sourceUrl: "https://example.test/batch", sourceKind: "primary" as const, asOf: "2026-12-01" };
    const cat: Catalog = {
      ...catalog,
      providerPolicyById: new Map(
        base.offerings.map((o) => [
          o.provider,
          { provider: o.provider, name: o.providerName, batchDiscountPct: { ...src, value: 50 } },
        ]),
      ),
    };
    const req = { useCase: "extraction" as const, volume: volume(100_000_000) };
    const full = rankModels(cat, req).ranked.find((m) => m.id === "gpt-4o")?.monthlyCostUsd ?? 0;
    const half = rankModels(cat, { ...req, batchOk: true }).ranked.find((m) => m.id === "gpt-4o")?.monthlyCostUsd ?? 0;
    expect(full).toBeGreaterThan(0);
    expect(half).toBeCloseTo(full / 2, 0);
  });
});
