// Where Amazon Bedrock keeps a model's processing came only from LiteLLM's region-scoped price keys,
// read through a mirror (34 places the audit listed as secondary: "claude-sonnet-4.5: aws-bedrock in
// AU, JP, US"). AWS's own Regional availability page now answers: its In-Region cells (processing in
// that Region) and its Geo cells (inside a geography: the US, the EU, GovCloud, Japan, Australia).
// A price-list record keeps only the places the page does not give (Llama 3's São Paulo key), and a
// GovCloud Region is on record as in the US, so a team in AWS GovCloud can be told where a model runs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { withoutSuperseded } from "../../../adapters/tools/catalog-import/clouds.js";
import type { CloudAvailability } from "../../../src/catalog/clouds.js";
import { countryOfRegion } from "../../../src/catalog/region-countries.js";
import { cloudResidency } from "../../../src/scoring/residency.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const AWS_PAGE = "https://docs.aws.amazon.com/bedrock/latest/userguide/models-region-compatibility.html";
const MOVED = "https://docs.aws.amazon.com/bedrock/latest/userguide/models-regions.html";
const model = (id: string) => catalog.modelById.get(id)!;
const bedrock = (id: string, country: string) =>
  cloudResidency(model(id), "aws", { said: country, country }, "Amazon Bedrock");

/** Places AWS's tables keep each model's processing in, read off the page by hand: the countries
 *  (and EU member states) of the In-Region cells, and the geographies of the Geo cells. */
const PLACES: Record<string, string[]> = {
  "nova-micro": ["US", "GB", "AU", "EU"],
  "nova-pro": ["US", "GB", "AU", "ID", "AE", "EU"],
  "claude-sonnet-4.5": ["US", "EU", "AU"],
  "claude-haiku-4.5": ["US", "JP", "AU", "EU", "SE", "IE"],
  "claude-opus-4.7": ["US", "JP", "AU", "EU", "SE", "IE"],
  "claude-3-haiku": ["US", "CA", "CH", "GB", "KR", "IN", "SG", "BR", "EU"],
  "llama-3-70b": ["US", "CA", "GB", "IN"],
  "llama-4-maverick": ["US"],
  "deepseek-v3.2": ["US", "GB", "JP", "IN", "AU", "ID", "BR", "SE"],
  "mixtral-8x7b": ["US", "CA", "GB", "IN", "AU", "BR", "IE", "FR"],
  "minimax-m2.1": ["US", "DE", "SE", "IT", "IE", "GB", "JP", "IN", "AU", "ID", "BR"],
};

describe("Bedrock residency from AWS's own Regional availability page", () => {
  for (const [id, places] of Object.entries(PLACES)) {
    it(`${id}: every place AWS's table gives is answered from that page`, () => {
      for (const country of places) {
        const e = bedrock(id, country);
        expect(e.state, `${id} ${country}`).toBe("yes");
        expect(e.sourceKind, `${id} ${country}`).toBe("primary");
        expect(e.sourceUrl, `${id} ${country}`).toBe(AWS_PAGE);
      }
    });
  }

  // Anthropic's own Bedrock guide marks Bedrock's jp profile Yes for Sonnet 4.5 and 4.6 and only the us
  // profile for Opus 4.1: places only LiteLLM's price keys gave before (secondary, in the audit).
  it.each([
    ["claude-sonnet-4.5", "JP"],
    ["claude-sonnet-4.6", "JP"],
    ["claude-opus-4.1", "US"],
  ])("%s on Bedrock in %s is answered from Anthropic's Bedrock guide (primary)", (id, country) => {
    const e = bedrock(id, country);
    expect(e.state).toBe("yes");
    expect(e.sourceKind).toBe("primary");
    expect(e.sourceUrl).toBe("https://platform.claude.com/docs/ja/build-with-claude/claude-on-amazon-bedrock");
    const secondary = (model(id).clouds ?? []).filter((r) => r.cloud === "aws-bedrock" && r.sourceKind === "secondary");
    expect(secondary.some((r) => r.countries?.includes(country))).toBe(false);
  });

  // The guide's row for Opus 4.1 marks the eu profile No; LiteLLM's "eu." key said Yes. The lab's page
  // wins: no record says Bedrock keeps Opus 4.1 in the EU, and the row's No is on record.
  it("claude-opus-4.1 on Bedrock is not said to run in the EU: Anthropic's guide marks its eu profile No", () => {
    const records = (model("claude-opus-4.1").clouds ?? []).filter((r) => r.cloud === "aws-bedrock");
    expect(records.some((r) => r.countries?.includes("EU") || r.euProcessing)).toBe(false);
    expect(bedrock("claude-opus-4.1", "EU").state).not.toBe("yes");
    const guide = records.find((r) => r.sourceKind === "primary")!;
    expect(guide.tableRegions).toEqual([
      "US geographic cross-Region inference",
      "EU geographic cross-Region inference",
      "Japan geographic cross-Region inference",
    ]);
    expect(guide.note).toMatch(/us inference profile Yes .* eu, jp profiles No/);
  });

  it("a geographic profile keeps processing in the EU, not in one member state", () => {
    // Claude Sonnet 4.5 has no In-Region cell: its EU geography may route to any EU Region.
    expect(bedrock("claude-sonnet-4.5", "EU").state).toBe("yes");
    expect(bedrock("claude-sonnet-4.5", "DE").state).not.toBe("yes");
  });

  it("GovCloud Regions are on record, in the US", () => {
    const llama = bedrock("llama-3-70b", "US");
    expect(llama.detail).toContain("us-gov-west-1");
    const sonnet = (model("claude-sonnet-4.5").clouds ?? []).filter((r) => r.sourceUrl === AWS_PAGE);
    expect(sonnet.some((r) => r.regions.some((g) => /GovCloud/.test(g)) && r.countries?.includes("US"))).toBe(true);
  });

  it("the hosting answer points to the same AWS page the records cite, not the one AWS moved it from", () => {
    const answer = textOf(chat(catalog).say("is nova micro available on bedrock in the uk?"));
    expect(answer).toContain(AWS_PAGE);
    expect(answer).not.toContain(MOVED);
  });

  it("no price-list record repeats a place the cloud's own page gives", () => {
    for (const m of catalog.models) {
      const records = m.clouds ?? [];
      for (const r of records.filter((x) => x.sourceKind === "secondary")) {
        const own = records
          .filter((p) => p.cloud === r.cloud && p.sourceKind === "primary")
          .flatMap((p) => p.countries ?? []);
        for (const c of r.countries ?? []) expect(own, `${m.id}: ${r.sourceUrl} ${c}`).not.toContain(c);
      }
    }
    // Llama 3 70B: LiteLLM's keys in five countries and Ireland, AWS's table in four of the countries:
    // Ireland (the EU) and São Paulo are left to the price list.
    const left = (model("llama-3-70b").clouds ?? []).filter((r) => r.sourceKind === "secondary" && r.countries?.length);
    expect(left.map((r) => r.regions)).toEqual([["eu-west-1"], ["sa-east-1"]]);
  });
});

// Scopes a third-party record names, with the place each keeps processing in.
const LABELS: Record<string, string> = {
  "US cross-region inference profile": "US",
  "EU cross-region inference profile": "EU",
  "Japan cross-region inference profile": "JP",
  "Australia cross-region inference profile": "AU",
  "EU data zone": "EU",
  "US data zone": "US",
};
const REGIONS = ["us-east-1", "eu-west-2", "ap-south-1", "sa-east-1", "eu-central-1", "australiaeast", "japaneast"];
const placeOf = (scope: string) => LABELS[scope] ?? countryOfRegion(scope)!;
const scopes = fc.uniqueArray(fc.constantFrom(...REGIONS, ...Object.keys(LABELS)), { minLength: 1, maxLength: 5 });
const record = (
  cloud: "aws-bedrock" | "azure",
  regions: string[],
  kind: "primary" | "secondary",
): CloudAvailability => {
  const countries = [...new Set(regions.map(placeOf))];
  return {
    cloud,
    service: kind,
    cloudModelId: "m",
    regions,
    euProcessing: countries.includes("EU"),
    countries,
    sourceUrl: kind,
    sourceKind: kind,
    asOf: "2026-12-07",
  };
};
const records = fc.array(
  fc
    .tuple(fc.constantFrom("aws-bedrock" as const, "azure" as const), scopes, fc.constantFrom("primary", "secondary"))
    .map(([cloud, regions, kind]) => record(cloud, regions, kind as "primary" | "secondary")),
  { maxLength: 6 },
);

describe("withoutSuperseded", () => {
  it("keeps a third-party record's places the cloud's own records do not name, and only those", () => {
    fc.assert(
      fc.property(records, (input) => {
        const out = withoutSuperseded(input);
        const own = (cloud: string) =>
          new Set(input.filter((r) => r.cloud === cloud && r.sourceKind === "primary").flatMap((r) => r.countries!));
        expect(out.filter((r) => r.sourceKind === "primary")).toEqual(input.filter((r) => r.sourceKind === "primary"));
        for (const r of out.filter((x) => x.sourceKind === "secondary")) {
          expect(r.countries!.length).toBeGreaterThan(0);
          expect(r.countries!.some((c) => own(r.cloud).has(c))).toBe(false);
          expect(r.countries).toEqual([...new Set(r.regions.map(placeOf))]);
          expect(r.euProcessing).toBe(r.countries!.includes("EU"));
        }
        // Every place a third party alone gives is still on record for its cloud.
        for (const r of input.filter((x) => x.sourceKind === "secondary")) {
          for (const c of r.countries!.filter((x) => !own(r.cloud).has(x)))
            expect(
              out.some((o) => o.cloud === r.cloud && o.sourceKind === "secondary" && o.countries!.includes(c)),
            ).toBe(true);
        }
      }),
    );
  });
});

describe("withoutSuperseded: a primary table's No", () => {
  const profile = (regions: string[], kind: "primary" | "secondary", tableRegions?: string[]): CloudAvailability => ({
    ...record("aws-bedrock", [], kind),
    regions,
    countries: [...new Set(regions.map((g) => (/^EU /.test(g) ? "EU" : /^US /.test(g) ? "US" : placeOf(g))))],
    euProcessing: regions.some((g) => /^EU /.test(g) || placeOf(g) === "EU"),
    ...(tableRegions ? { tableRegions } : {}),
  });
  const guideRow = profile(["US geographic cross-Region inference"], "primary", [
    "US geographic cross-Region inference",
    "EU geographic cross-Region inference",
  ]);

  it("drops a price list's profile in a place the row marks No, and keeps another kind of deployment there", () => {
    const euKey = profile(["EU cross-region inference profile"], "secondary");
    const euRegion = profile(["eu-central-1"], "secondary");
    const out = withoutSuperseded([guideRow, euKey, euRegion]);
    expect(out).toContainEqual(guideRow);
    expect(out.some((r) => r.regions.includes("EU cross-region inference profile"))).toBe(false);
    // An In-Region key in Frankfurt is not a geographic profile: the row says nothing of it.
    expect(out.some((r) => r.regions.includes("eu-central-1"))).toBe(true);
  });

  it("keeps the price list's profile when no table of the cloud has a column for the place", () => {
    const euKey = profile(["EU cross-region inference profile"], "secondary");
    const { tableRegions: _, ...noTable } = guideRow;
    expect(withoutSuperseded([noTable, euKey])).toContainEqual(euKey);
  });
});
