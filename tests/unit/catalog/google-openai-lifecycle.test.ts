// Google's and OpenAI's own lifecycle pages against the catalogue (issue 12): a status the answers
// print must agree with the lab's own last day on file. Gemini 2.0 Flash and Flash-Lite were shut
// down on 2026-06-01 and Gemini 3 Pro (preview) on 2026-03-09 (the catalogue said "deprecated", per
// models.dev); GPT-5, GPT-5 mini and GPT-5 nano were deprecated on 2026-06-11 for 2026-12-11 (the
// catalogue said "current"). The audit flags any status that contradicts a retirement record.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { auditCatalog, statusAgainstRetirement } from "../../../adapters/tools/catalog-audit/checks.js";
import type { Model } from "../../../src/catalog/schema.js";

const catalog = readCatalog();
const TODAY = new Date("2026-12-08T00:00:00Z");
const byId = (id: string) => catalog.modelById.get(id)!;

const retirement = (retiresOn: string) => ({
  deprecatedOn: null,
  retiresOn,
  replacement: null,
  label: "the lab's deprecations page",
  sourceUrl: "https://example.org/deprecations",
  sourceKind: "primary" as const,
  asOf: "2026-12-01",
});
const base: Model = { ...byId("gpt-4o"), id: "m-1", name: "Lab M 1", lab: "Lab", statusSource: undefined };
const contradictions = (models: Model[]) =>
  auditCatalog({ models, licenses: [] }, TODAY).findings.filter((f) => f.kind === "status-contradicts-retirement");

describe("the audit on a status against the lab's retirement date", () => {
  it("flags a model still called current or deprecated after the lab's last day", () => {
    for (const status of ["current", "legacy", "deprecated"] as const)
      expect(contradictions([{ ...base, status, retirement: retirement("2026-06-01") }]).map((f) => f.detail)).toEqual([
        `${status}, while the lab's deprecations page gives 2026-06-01 as its last day on the lab's API`,
      ]);
  });

  it("flags a model called retired before the lab's last day, and passes the agreeing statuses", () => {
    expect(contradictions([{ ...base, status: "retired", retirement: retirement("2027-01-14") }])).toHaveLength(1);
    expect(contradictions([{ ...base, status: "retired", retirement: retirement("2026-06-01") }])).toEqual([]);
    expect(contradictions([{ ...base, status: "deprecated", retirement: retirement("2027-01-14") }])).toEqual([]);
    expect(contradictions([{ ...base, status: "current" }])).toEqual([]);
  });
});

describe("Google's and OpenAI's models in the committed catalogue", () => {
  it("no Google or OpenAI model's status contradicts its lab's retirement date", () => {
    const labs = catalog.models.filter((m) => m.lab === "Google" || m.lab === "OpenAI");
    expect(labs.map((m) => statusAgainstRetirement(m, TODAY)).filter((c) => c !== null)).toEqual([]);
  });

  it("Gemini 2.0 Flash and Flash-Lite are retired since 2026-06-01 and Gemini 3 Pro (preview) since 2026-03-09, per Google", () => {
    for (const id of ["gemini-2.0-flash", "gemini-2.0-flash-lite"]) {
      const m = byId(id);
      expect(m.status).toBe("retired");
      expect(m.retirement?.retiresOn).toBe("2026-06-01");
      expect(m.statusSource?.sourceKind).toBe("primary");
      expect(m.retirement?.sourceUrl).toMatch(/^https:\/\/firebase\.google\.com\//);
    }
    const preview = byId("gemini-3-pro-preview");
    expect([preview.status, preview.retirement?.retiresOn, preview.retirement?.replacement]).toEqual([
      "retired",
      "2026-03-09",
      "Gemini 3.1 Pro (preview)",
    ]);
    expect(catalog.models.some((m) => m.name === preview.retirement?.replacement)).toBe(true);
  });
});
