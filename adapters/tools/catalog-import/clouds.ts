// Where a model runs inside the big clouds, from the price lists: an offering at Azure, Bedrock
// or Vertex shows the model is offered there; LiteLLM's region-scoped keys (Bedrock "eu." / "au."
// geographic inference profiles and "bedrock/ap-south-1/…" regional keys, Azure "azure/eu/" data-
// zone deployments) show where processing can stay in the EU or in one country. Both lists are third-party
// aggregations, so every record is "secondary"; curation/clouds-docs.ts adds the clouds' own pages.
import { CLOUD_HOSTS, cloudOfProviderId } from "../../../src/catalog/cloud-hosts.js";
import type { Offering } from "../../../src/catalog/schema.js";
import { countryOfRegion, type PlaceCode } from "../../../src/catalog/region-countries.js";
import type { CloudAvailability, CloudId } from "../../../src/catalog/signals-schema.js";
import type { LiteLlmFile } from "./source-types.js";
import { placeOfBedrockGeography } from "../curation/clouds-bedrock.js";

/** The cloud an offering's exact provider id is the marketplace of, as availability records name it. */
function cloudTarget(provider: string): { cloud: CloudId; service: string } | null {
  const key = cloudOfProviderId(provider);
  return key ? { cloud: CLOUD_HOSTS[key].cloudId, service: CLOUD_HOSTS[key].service } : null;
}

/** Provider-model id without LiteLLM's routing prefixes ("bedrock/converse/…", "azure/…"). */
function bareId(id: string): string {
  return id.replace(/^(bedrock\/(converse\/)?|azure\/|azure_ai\/|vertex_ai\/)/, "");
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** LiteLLM keys scoped to where processing happens (an inference profile, a region, a data zone). */
export interface RegionKeyIndex {
  keys: readonly string[];
  sourceUrl: string;
  asOf: string;
}

// Bedrock geographic inference profiles that stay in one place: "eu." in the EU, "us." in the US,
// "au." in Australia, "jp." in Japan (AWS names each profile's area:
// https://docs.aws.amazon.com/cdk/api/v2/docs/@aws-cdk_aws-bedrock-alpha.CrossRegionInferenceProfileRegion.html).
// "apac." and "global." span many countries, so they keep nothing in one.
const PROFILES: Readonly<Record<string, { place: PlaceCode; label: string }>> = {
  eu: { place: "EU", label: "EU cross-region inference profile" },
  us: { place: "US", label: "US cross-region inference profile" },
  au: { place: "AU", label: "Australia cross-region inference profile" },
  jp: { place: "JP", label: "Japan cross-region inference profile" },
};
// Azure data zones in LiteLLM's keys ("azure/eu/…", "azure/us/…").
const DATA_ZONES: Readonly<Record<string, { place: PlaceCode; label: string }>> = {
  eu: { place: "EU", label: "EU data zone" },
  us: { place: "US", label: "US data zone" },
};

export function regionKeyIndex(litellm: LiteLlmFile, asOf: string): RegionKeyIndex {
  return {
    keys: litellm.models
      .map((r) => r.key)
      .filter((k) => /^((eu|us|au|jp)\.|azure\/(eu|us)\/|bedrock\/[a-z]+-[a-z]+-\d\/)/.test(k)),
    sourceUrl: `https://github.com/${litellm.obtained_via.mirror_repo}/tree/${litellm.obtained_via.mirror_commit}`,
    asOf,
  };
}

export function cloudsFromOfferings(offerings: readonly Offering[], scoped: RegionKeyIndex): CloudAvailability[] {
  const out: CloudAvailability[] = [];
  const seen = new Set<string>();
  for (const o of offerings) {
    const target = cloudTarget(o.provider);
    if (!target) continue;
    const id = bareId(o.providerModelId);
    const key = `${target.cloud}:${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      cloud: target.cloud,
      service: target.service,
      cloudModelId: id,
      regions: [],
      euProcessing: false,
      sourceUrl: o.sourceUrl ?? o.source,
      sourceKind: "secondary",
      asOf: o.asOf,
      note: `listed with a price at ${o.providerName} in ${o.source}; regions not stated there`,
    });
    const scopes = scopesFor(target.cloud, id, scoped.keys);
    const record = (regions: string[], euProcessing: boolean, note: string): CloudAvailability => ({
      cloud: target.cloud,
      service: target.service,
      cloudModelId: id,
      regions,
      euProcessing,
      countries: [...new Set(regions.map((r) => scopes.get(r)!))],
      sourceUrl: scoped.sourceUrl,
      sourceKind: "secondary",
      asOf: scoped.asOf,
      note,
    });
    const eu = [...scopes.keys()].filter((r) => scopes.get(r) === "EU").sort();
    const elsewhere = [...scopes.keys()].filter((r) => scopes.get(r) !== "EU").sort();
    if (eu.length > 0)
      out.push(
        record(
          eu,
          true,
          "LiteLLM's price map has an EU-scoped entry for this model (EU inference profile, EU region or EU data zone)",
        ),
      );
    if (elsewhere.length > 0)
      out.push(
        record(
          elsewhere,
          false,
          "LiteLLM's price map has entries for this model scoped to these regions, inference profiles or data zones, each keeping processing in one country",
        ),
      );
  }
  return out;
}

/** The region-scoped keys of one model: each region or scope label with the place it keeps processing in. */
function scopesFor(cloud: CloudId, id: string, keys: readonly string[]): Map<string, PlaceCode> {
  const scopes = new Map<string, PlaceCode>();
  if (cloud === "aws-bedrock") {
    for (const k of keys) {
      const profile = /^([a-z]+)\.(.+)$/.exec(k);
      const area = profile && profile[2] === id ? PROFILES[profile[1]!] : undefined;
      if (area) scopes.set(area.label, area.place);
      const regional = /^bedrock\/([a-z]+-[a-z]+-\d)\/(.+)$/.exec(k);
      const place = regional && regional[2] === id ? countryOfRegion(regional[1]!) : undefined;
      if (place) scopes.set(regional![1]!, place);
    }
  }
  if (cloud === "azure") {
    for (const [zone, { place, label }] of Object.entries(DATA_ZONES)) {
      const pattern = new RegExp(`^azure/${zone}/${escape(id)}(-\\d{4}-\\d{2}-\\d{2})?$`);
      if (keys.some((k) => pattern.test(k))) scopes.set(label, place);
    }
  }
  return scopes;
}

/** The place a scope of a third-party record keeps processing in: a Region's country, or the place
 *  of an inference profile or data zone by its label ("Japan cross-region inference profile"). */
function placeOfScope(scope: string): PlaceCode | undefined {
  const labelled = [...Object.values(PROFILES), ...Object.values(DATA_ZONES)].find((p) => p.label === scope);
  return labelled?.place ?? countryOfRegion(scope);
}

/** A scope as the kind of deployment it is and its place: a geographic inference profile (LiteLLM's
 *  label or AWS's and Anthropic's), a data zone, or a Region. */
function deploymentOf(scope: string): string | undefined {
  const profile = Object.values(PROFILES).find((p) => p.label === scope)?.place ?? placeOfBedrockGeography(scope);
  if (profile) return `profile:${profile}`;
  const zone = Object.values(DATA_ZONES).find((p) => p.label === scope)?.place;
  if (zone) return `zone:${zone}`;
  const region = countryOfRegion(scope);
  return region && `region:${region}`;
}

/**
 * A model's cloud records, each third-party record keeping only the places no page of that cloud's
 * own names for it (dropped when none is left): a place the cloud's own table gives adds nothing
 * from a price list, and would be cited (unverified) where the cloud's own page says the same.
 * LiteLLM's Bedrock keys in five countries for Llama 3 70B, four of which AWS's own table names,
 * leave one secondary record, for Brazil.
 */
export function withoutSuperseded(records: readonly CloudAvailability[]): CloudAvailability[] {
  const primary = (cloud: string) => records.filter((r) => r.cloud === cloud && r.sourceKind === "primary");
  const named = (cloud: string) => new Set(primary(cloud).flatMap((r) => r.countries ?? []));
  // A cloud's or lab's own table that has a column for a place and leaves the model out of it says
  // No there, for that kind of deployment: a price list's key saying Yes is contradicted and dropped
  // (the lab's page wins), rather than cited as unverified beside it.
  const ruledOut = (cloud: string) =>
    new Set(
      primary(cloud).flatMap((r) => (r.tableRegions ?? []).filter((t) => !r.regions.includes(t)).map(deploymentOf)),
    );
  return records.flatMap((r): CloudAvailability[] => {
    if (r.sourceKind === "primary" || !(r.countries ?? []).length) return [r];
    const own = named(r.cloud);
    const denied = ruledOut(r.cloud);
    const regions = r.regions.filter((g) => {
      const place = placeOfScope(g);
      return place === undefined || (!own.has(place) && !denied.has(deploymentOf(g)));
    });
    const countries = [...new Set(regions.flatMap((g) => placeOfScope(g) ?? []))];
    if (countries.length === 0) return [];
    return [{ ...r, regions, countries, euProcessing: r.euProcessing && countries.includes("EU") }];
  });
}
