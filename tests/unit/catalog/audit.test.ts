// The catalogue audit: its CI check (no fact marked verified may rest on a secondary source) on the
// real catalogue, and each kind of finding on small hand-made entries.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ageDays, auditCatalog, FINDING_SEVERITY } from "../../../adapters/tools/catalog-audit/checks.js";
import { formatAudit } from "../../../adapters/tools/catalog-audit.js";
import { newerPriceLookup } from "../../../adapters/tools/catalog-audit/newer-prices.js";
import type { LiteLlmFile, ModelsDevFile } from "../../../adapters/tools/catalog-import/source-types.js";
import { isKnownSecondary } from "../../../adapters/tools/catalog-audit/source-kind.js";
import { idCarriesDate, releaseDateFact } from "../../../adapters/tools/catalog-import/provenance.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { License, Model } from "../../../src/catalog/schema.js";

const catalog = readCatalog();
const TODAY = new Date("2026-12-04T00:00:00Z");

describe("catalogue audit on the committed catalogue", () => {
  it("takes first-party prices only from the lab's current line-up", () => {
    // DeepSeek's API no longer lists R1 or V3 (its aliases serve V4): LiteLLM's older prices are not current.
    for (const id of ["deepseek-r1", "deepseek-v3", "mistral-large-2"]) {
      const m = catalog.modelById.get(id)!;
      expect(
        m.offerings.filter((o) => o.firstParty),
        id,
      ).toEqual([]);
    }
  });

  it("finds no fact marked verified whose source is secondary", () => {
    const { failures } = auditCatalog(catalog, TODAY);
    expect(failures).toEqual([]);
  });

  it("reports the other classes without failing", () => {
    const { findings } = auditCatalog(catalog, TODAY);
    const kinds = new Set(findings.map((f) => f.kind));
    // Prices in the committed snapshot are from July 2026: older than 90 days on this date.
    expect(kinds.has("price-not-reverified")).toBe(true);
    expect(findings.filter((f) => f.kind === "context-differs-from-card")).toEqual([]);
    // Every quote read on one checkpoint's card speaks for a model on its licence, or says whose it is.
    expect(findings.filter((f) => f.kind === "clause-other-checkpoint")).toEqual([]);
    const text = formatAudit(findings, "2026-12-04", false);
    expect(text).toMatch(/^Catalogue audit as of 2026-12-04/);
    expect(text).toMatch(
      /Prices older than 90 days, the newest we hold \(no newer list or lab page on file\), shown as not re-verified: \d+/,
    );
  });

  it("lists every lab whose country rests on a secondary source or a copy, Databricks' included", () => {
    const labs = auditCatalog(catalog, TODAY).findings.filter((f) => f.kind === "lab-country-secondary");
    const subjects = labs.map((f) => f.subject);
    expect(subjects).toContain("lab databricks");
    expect(subjects).toContain("lab openai");
    // A lab placed by its own filing (Snowflake's SEC report) is not listed.
    expect(subjects).not.toContain("lab snowflake");
    const unsourced = [...(catalog.labByName?.values() ?? [])].filter(
      (l) => l.country !== null && l.sourceKind !== "primary",
    );
    expect(labs).toHaveLength(unsourced.length);
    expect(FINDING_SEVERITY["lab-country-secondary"]).toBe("warning");
  });

  const DATA = resolve(__dirname, "../../../../shared/data");
  it.skipIf(!existsSync(join(DATA, "models-dev.json")))(
    "has no stale price that the price lists on file give newer (the catalogue is refreshed from what we hold)",
    () => {
      const read = (f: string): unknown => JSON.parse(readFileSync(join(DATA, f), "utf8"));
      const lookup = newerPriceLookup({
        modelsDev: read("models-dev.json") as ModelsDevFile,
        litellm: read("litellm-prices.json") as LiteLlmFile,
      });
      const { findings } = auditCatalog(catalog, TODAY, lookup);
      expect(findings.filter((f) => f.kind === "price-newer-source")).toEqual([]);
    },
  );

  it("states where release dates and context windows come from", () => {
    const scout = catalog.modelById.get("llama-4-scout")!;
    expect(scout.releaseDateSource).toMatchObject({ sourceKind: "primary", verified: true });
    expect(scout.contextWindow).toBe(10_000_000);
    expect(scout.contextWindowSource?.sourceUrl).toMatch(
      /llama-models\/blob\/[0-9a-f]{40}\/models\/llama4\/MODEL_CARD\.md$/,
    );
    // Claude 3.5 Haiku: the only date on file repeats the snapshot in its id, so no release date
    // is shown; the source says why.
    const haiku35 = catalog.modelById.get("claude-3.5-haiku")!;
    expect(haiku35.releaseDate).toBeNull();
    expect(haiku35.releaseDateSource).toMatchObject({ derived: "model-id", verified: false });
    expect(haiku35.releaseDateSource?.label).toMatch(/not on file: the only date, 2024-10-22, is the snapshot date/);
    // Mistral Small 3.2: Mistral's own card dates it (the id 2506 is only the month).
    const small32 = catalog.modelById.get("mistral-small-3.2")!;
    expect(small32.releaseDate).toBe("2025-06-20");
    expect(small32.releaseDateSource).toMatchObject({ sourceKind: "primary", verified: true });
    expect(small32.parameters).toMatchObject({ totalB: 24, activeB: 24, verified: true });
    // Claude 3 Opus: its id says 2024-02-29; a dated report of the announcement gives 2024-03-04,
    // shown as secondary and unverified rather than as the id's date.
    const opus3 = catalog.modelById.get("claude-3-opus")!;
    expect(opus3.releaseDate).toBe("2024-03-04");
    expect(opus3.releaseDateSource).toMatchObject({ sourceKind: "secondary", verified: false });
    expect(opus3.releaseDateSource?.derived).toBeUndefined();
    // Claude Opus 4.5: the undated record gives the release (2025-11-24), not the id's 2025-11-01.
    const opus45 = catalog.modelById.get("claude-opus-4.5")!;
    expect(opus45.releaseDate).toBe("2025-11-24");
    expect(opus45.releaseDateSource?.derived).toBeUndefined();
    for (const m of catalog.models) {
      if (m.releaseDate !== null) expect(m.releaseDateSource, m.id).toBeTruthy();
      if (m.contextWindow !== null) expect(m.contextWindowSource, m.id).toBeTruthy();
    }
  });
});

const baseLicense: License = {
  id: "x",
  name: "X licence",
  family: "x",
  developer: "Lab",
  kind: "open-weights-custom",
  spdx: null,
  osiApproved: null,
  weightsAvailable: true,
  verified: true,
  verificationNote: null,
  summary: "s",
  terms: catalog.licenses[0]!.terms,
  clauses: [
    {
      topic: "commercial-use",
      quote: "q",
      source: "https://law.stackexchange.com/questions/1",
      checkedAt: "2026-11-29",
      primary: true,
    },
  ],
  history: null,
  seedCorrection: null,
};

const baseModel: Model = {
  ...catalog.modelById.get("llama-4-scout")!,
  id: "m",
  releaseDate: "2025-11-01",
  releaseDateSource: {
    label: "a list",
    sourceUrl: "https://github.com/sst/models.dev",
    sourceKind: "secondary",
    asOf: "2026-07-02",
    verified: true,
  },
  parameters: null,
  quality: [],
  offerings: [
    {
      provider: "p",
      providerName: "P",
      providerModelId: "m",
      firstParty: false,
      inputPerMTok: 1,
      outputPerMTok: 2,
      cachedInputPerMTok: null,
      source: "models.dev",
      sourceUrl: null,
      asOf: "2026-07-02",
    },
  ],
};

describe("catalogue audit checks", () => {
  it("fails a verified licence quoted from a law Q&A site, and a verified fact with a secondary source", () => {
    const { failures } = auditCatalog({ models: [baseModel], licenses: [baseLicense] }, TODAY);
    expect(failures.map((f) => f.subject).sort()).toEqual(["licence x", "licence x", "model m"]);
  });

  it("passes the same facts once they are primary or marked unverified", () => {
    const license = {
      ...baseLicense,
      clauses: [{ ...baseLicense.clauses[0]!, source: "https://github.com/lab/x/blob/abc/LICENSE" }],
    };
    const model = { ...baseModel, releaseDateSource: { ...baseModel.releaseDateSource!, verified: false } };
    expect(auditCatalog({ models: [model], licenses: [license] }, TODAY).failures).toEqual([]);
  });

  it("fails a retirement date that is not the lab's own announcement", () => {
    const retirement = {
      deprecatedOn: null,
      retiresOn: "2027-01-31",
      replacement: null,
      label: "a forum thread",
      sourceUrl: "https://www.reddit.com/r/x",
      sourceKind: "primary" as const,
      asOf: "2026-12-01",
    };
    // (baseModel's release date is itself a failure; only the retirement findings matter here.)
    const aboutRetirement = (m: Model) =>
      auditCatalog({ models: [m], licenses: [] }, TODAY)
        .failures.map((f) => f.detail)
        .filter((d) => d.startsWith("retirement"));
    expect(aboutRetirement({ ...baseModel, retirement })).toEqual([
      "retirement date 2027-01-31 not read in the lab's own text (https://www.reddit.com/r/x)",
    ]);
    const lab = { ...retirement, label: "the lab's page", sourceUrl: "https://example.org/deprecations" };
    expect(aboutRetirement({ ...baseModel, retirement: lab })).toEqual([]);
    expect(aboutRetirement({ ...baseModel, retirement: { ...lab, sourceKind: "secondary" } })).toHaveLength(1);
  });

  it("errs on a clause read on another checkpoint's card, and lists one the curation assigned to it", () => {
    const license: License = {
      ...baseLicense,
      id: baseModel.licenseId,
      verified: false,
      clauses: [
        {
          topic: "relicensing",
          quote: "license: mit",
          source: "https://huggingface.co/lab/M-2-Base/blob/main/README.md",
          checkedAt: "2026-11-29",
          primary: true,
        },
        { ...baseLicense.clauses[0]!, source: "https://huggingface.co/lab/M/blob/main/README.md" },
      ],
    };
    const kinds = (l: License) =>
      auditCatalog({ models: [{ ...baseModel, name: "M" }], licenses: [l] }, TODAY)
        .findings.filter((f) => f.kind.startsWith("clause-"))
        .map((f) => `${FINDING_SEVERITY[f.kind]} ${f.detail.split(" (")[0]}`);
    expect(kinds(license)).toEqual(["error relicensing: read for M-2-Base"]);
    const assigned = { ...license, clauses: [{ ...license.clauses[0]!, checkpoint: "M-2" }, license.clauses[1]!] };
    expect(kinds(assigned)).toEqual(["warning relicensing: read for M-2"]);
  });

  it("reports stale prices relative to --today, missing parameters and quality", () => {
    const kinds = (today: Date) =>
      auditCatalog({ models: [baseModel], licenses: [] }, today).findings.map((f) => f.kind);
    expect(kinds(TODAY)).toEqual(
      expect.arrayContaining(["price-not-reverified", "no-parameters", "no-quality", "price-secondary"]),
    );
    expect(kinds(new Date("2026-08-01T00:00:00Z"))).not.toContain("price-not-reverified");
    expect(ageDays("2026-07-02", TODAY)).toBe(155);
  });

  it("counts id-derived dates, host caps and missing counts as errors, dated prices as warnings", () => {
    const model: Model = {
      ...baseModel,
      releaseDateSource: { ...baseModel.releaseDateSource!, verified: false, derived: "model-id" },
      contextWindowSource: { ...baseModel.releaseDateSource!, verified: false, derived: "host-cap" },
    };
    const { findings, errors, failures } = auditCatalog({ models: [model], licenses: [] }, TODAY);
    expect(failures).toEqual([]);
    expect(errors.map((f) => f.kind).sort()).toEqual(["context-host-cap", "no-parameters", "release-date-from-id"]);
    expect(findings.filter((f) => f.kind === "price-not-reverified").map((f) => FINDING_SEVERITY[f.kind])).toEqual([
      "warning",
    ]);
    const text = formatAudit(findings, "2026-12-04", false);
    expect(text).toMatch(/0 failure\(s\), 3 error\(s\), \d+ warning\(s\)/);
    // Sections in order of severity, each class under its own.
    expect(text.indexOf("== ERRORS")).toBeLessThan(text.indexOf("Release dates that repeat"));
    expect(text.indexOf("== WARNINGS")).toBeLessThan(text.indexOf("Prices older than 90 days, the newest we hold"));
  });

  it("leaves out a list date that only repeats the id's snapshot, and keeps one that does not", () => {
    const origin = { kind: "base" as const, label: "a list", url: "https://example.org/x", asOf: "2026-07-02" };
    const fromId = releaseDateFact(undefined, "2025-08-05", origin, ["claude-opus-4-1-20250805"]);
    expect(fromId.date).toBeNull();
    expect(fromId.source).toMatchObject({ derived: "model-id", verified: false });
    const listed = releaseDateFact(undefined, "2025-08-07", origin, ["gpt-5"]);
    expect(listed).toMatchObject({ date: "2025-08-07", source: { sourceKind: "secondary", verified: false } });
    expect(listed.source?.derived).toBeUndefined();
  });

  it("recognises snapshot dates in model ids", () => {
    expect(idCarriesDate("claude-opus-4-5-20251101", "2025-11-01")).toBe(true);
    expect(idCarriesDate("kimi-k2-0905-preview", "2025-09-05")).toBe(true);
    expect(idCarriesDate("mistral-large-2411", "2024-11-18")).toBe(true);
    expect(idCarriesDate("claude-3-haiku-20240307", "2024-03-13")).toBe(false);
    expect(idCarriesDate("gpt-4o", "2024-05-13")).toBe(false);
  });

  it("tells a stale price a newer list on file gives (an error) from one that is the newest we hold", () => {
    const gpt4o = catalog.modelById.get("gpt-4o")!;
    const fromModelsDev = gpt4o.offerings.find((o) => o.source === "models.dev" && o.firstParty)!;
    const only = { models: [{ ...gpt4o, offerings: [fromModelsDev] }], licenses: [] };
    const listing = (commitDate: string, input: number) =>
      ({
        commit: "0".repeat(40),
        commit_date: commitDate,
        providers: [],
        base_models: [],
        models: [
          {
            provider: fromModelsDev.provider,
            model_id: fromModelsDev.providerModelId,
            cost_input_per_mtok: input,
            cost_output_per_mtok: fromModelsDev.outputPerMTok,
          },
        ],
      }) as unknown as ModelsDevFile;
    const kinds = (lookup: Parameters<typeof auditCatalog>[2]) =>
      auditCatalog(only, TODAY, lookup).findings.filter(
        (f) => f.kind.startsWith("price-") && f.kind !== "price-secondary",
      );

    // A newer models.dev snapshot lists the offering at a new price: the catalogue was not refreshed.
    const newer = kinds(newerPriceLookup({ modelsDev: listing("2026-11-20T00:00:00Z", 2) }));
    expect(newer.map((f) => f.kind)).toEqual(["price-newer-source"]);
    expect(FINDING_SEVERITY["price-newer-source"]).toBe("error");
    expect(newer[0]!.detail).toContain(`models.dev as of 2026-11-20 gives 2/${fromModelsDev.outputPerMTok}`);
    expect(newer[0]!.detail).toContain(`(was ${fromModelsDev.inputPerMTok}/`);
    // The same snapshot date as the price, or no list at all: the price is the newest we hold.
    for (const lookup of [newerPriceLookup({ modelsDev: listing(`${fromModelsDev.asOf}T00:00:00Z`, 2) }), undefined])
      expect(kinds(lookup).map((f) => f.kind)).toEqual(["price-not-reverified"]);
    // Another aggregator's newer list is no evidence for a models.dev price.
    const litellm = {
      obtained_via: { mirror_repo: "x", mirror_commit: "y", upstream_fetched_at: "2026-11-20T00:00:00Z" },
      models: [{ key: fromModelsDev.providerModelId, input_per_mtok: 2, output_per_mtok: 10 }],
    } as unknown as LiteLlmFile;
    expect(kinds(newerPriceLookup({ litellm })).map((f) => f.kind)).toEqual(["price-not-reverified"]);
  });

  it("knows which pages can never speak for a lab", () => {
    expect(isKnownSecondary("https://law.stackexchange.com/questions/88547")).toBe(true);
    expect(isKnownSecondary("https://huggingface.co/mradermacher/Mistral-Large-Instruct-2407-GGUF")).toBe(true);
    expect(isKnownSecondary("https://huggingface.co/mistralai/Mistral-Large-Instruct-2411")).toBe(false);
    expect(isKnownSecondary("not a url")).toBe(false);
  });
});
