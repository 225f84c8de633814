// Cloud availability (Azure, Bedrock, Vertex; EU processing) and providers' data terms in the
// committed catalogue, read through the accessors the ranking uses.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { cloudAvailability, cloudsOf, offeredInCloud } from "../../../src/catalog/clouds.js";
import {
  baaAvailability,
  batchDiscountPct,
  euDataResidency,
  providerPolicy,
} from "../../../src/catalog/provider-policies.js";

const catalog = readCatalog();
const model = (id: string) => {
  const found = catalog.modelById.get(id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe("cloud availability", () => {
  it("shows first-party closed models inside the clouds that list them, with a source", () => {
    expect(offeredInCloud(model("claude-sonnet-4.5"), "aws-bedrock")).toBe(true);
    expect(offeredInCloud(model("claude-sonnet-4.5"), "google-vertex")).toBe(true);
    expect(offeredInCloud(model("gpt-4o"), "azure")).toBe(true);
    expect(offeredInCloud(model("gemini-2.5-pro"), "google-vertex")).toBe(true);
    expect(cloudsOf(model("gpt-4o"))).not.toContain("aws-bedrock");
    for (const m of catalog.models)
      for (const c of m.clouds ?? []) {
        expect(c.sourceUrl, m.id).toMatch(/^https:\/\//);
        expect(c.asOf, m.id).toMatch(/^\d{4}-\d{2}/);
      }
  });

  it("tells EU processing apart from mere availability", () => {
    expect(offeredInCloud(model("claude-sonnet-4.5"), "aws-bedrock", { eu: true })).toBe(true);
    expect(offeredInCloud(model("gpt-4o"), "azure", { eu: true })).toBe(true);
    expect(offeredInCloud(model("gemini-2.5-pro"), "google-vertex", { eu: true })).toBe(false);
    const eu = cloudAvailability(model("claude-sonnet-4.5"), "aws-bedrock").find((c) => c.euProcessing);
    // AWS's own Regional availability page: the EU geography's inference profile.
    expect(eu?.regions).toContain("EU geographic cross-Region inference");
    expect(eu?.sourceKind).toBe("primary");
    // Microsoft's own availability table names the EU regions of a data-zone deployment.
    const azure = cloudAvailability(model("gpt-5"), "azure").find((c) => c.sourceKind === "primary");
    expect(azure?.regions).toEqual(expect.arrayContaining(["swedencentral", "germanywestcentral"]));
    expect(azure?.euProcessing).toBe(true);
  });
});

describe("provider data terms", () => {
  it("record each fact with its source, kind and date", () => {
    const openai = providerPolicy(catalog, "openai");
    expect(openai?.retentionDays).toMatchObject({ value: 30, sourceKind: "primary" });
    expect(openai?.trainsOnCustomerData?.value).toBe("no");
    for (const p of catalog.providerPolicyById?.values() ?? [])
      // A list of facts (who processes which lab's models) carries a source on each entry.
      for (const fact of Object.values(p as Record<string, unknown>).flatMap((f) => (Array.isArray(f) ? f : [f])))
        if (typeof fact === "object" && fact !== null)
          expect((fact as { sourceUrl: string }).sourceUrl, p.provider).toMatch(/^https?:\/\//);
  });

  it("answer batch discount, BAA and EU residency, and 'unknown' where nothing is sourced", () => {
    expect(batchDiscountPct(catalog, { provider: "anthropic" })).toBe(50);
    expect(batchDiscountPct(catalog, { provider: "deepinfra" })).toBeNull();
    expect(baaAvailability(catalog, "anthropic")).toBe("on-request");
    expect(baaAvailability(catalog, "xai")).toBe("unknown");
    expect(euDataResidency(catalog, "amazon-bedrock")).toBe("yes");
    expect(euDataResidency(catalog, "deepseek")).toBe("no");
  });

  it("say explicitly that DeepSeek's training use and retention are not settled, and why", () => {
    const deepseek = providerPolicy(catalog, "deepseek");
    // Only third-party readings of DeepSeek's terms are on file, and they disagree: never a guessed "no".
    expect(deepseek?.trainsOnCustomerData).toMatchObject({ value: "unknown", sourceKind: "secondary" });
    expect(deepseek?.trainsOnCustomerData?.note).toMatch(/disagree/);
    expect(deepseek?.retentionDays).toMatchObject({ value: null, sourceKind: "secondary" });
  });
});
