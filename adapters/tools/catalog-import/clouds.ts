// Where a model runs inside the big clouds, from the price lists: an offering at Azure, Bedrock
// or Vertex shows the model is offered there; LiteLLM's region-scoped keys (Bedrock "eu." cross-
// region inference profiles and "bedrock/eu-…/" regional keys, Azure "azure/eu/" data-zone
// deployments) show where processing can stay in the EU. Both lists are third-party
// aggregations, so every record is "secondary"; curation/clouds-docs.ts adds the clouds' own pages.
import type { Offering } from "../../../src/catalog/schema.js";
import type { CloudAvailability, CloudId } from "../../../src/catalog/signals-schema.js";
import type { LiteLlmFile } from "./source-types.js";

const CLOUD_OF_PROVIDER: Readonly<Record<string, { cloud: CloudId; service: string }>> = {
  azure: { cloud: "azure", service: "Azure OpenAI / Azure AI Foundry" },
  "amazon-bedrock": { cloud: "aws-bedrock", service: "Amazon Bedrock" },
  "google-vertex": { cloud: "google-vertex", service: "Vertex AI" },
};

/** Provider-model id without LiteLLM's routing prefixes ("bedrock/converse/…", "azure/…"). */
function bareId(id: string): string {
  return id.replace(/^(bedrock\/(converse\/)?|azure\/|azure_ai\/|vertex_ai\/)/, "");
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface EuKeyIndex {
  keys: readonly string[];
  sourceUrl: string;
  asOf: string;
}

export function euKeyIndex(litellm: LiteLlmFile, asOf: string): EuKeyIndex {
  return {
    keys: litellm.models.map((r) => r.key).filter((k) => /^(eu\.|azure\/eu\/|bedrock\/eu-)/.test(k)),
    sourceUrl: `https://github.com/${litellm.obtained_via.mirror_repo}/tree/${litellm.obtained_via.mirror_commit}`,
    asOf,
  };
}

export function cloudsFromOfferings(offerings: readonly Offering[], eu: EuKeyIndex): CloudAvailability[] {
  const out: CloudAvailability[] = [];
  const seen = new Set<string>();
  for (const o of offerings) {
    const target = CLOUD_OF_PROVIDER[o.provider];
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
    const euRegions = euRegionsFor(target.cloud, id, eu.keys);
    if (euRegions.length > 0) {
      out.push({
        cloud: target.cloud,
        service: target.service,
        cloudModelId: id,
        regions: euRegions,
        euProcessing: true,
        sourceUrl: eu.sourceUrl,
        sourceKind: "secondary",
        asOf: eu.asOf,
        note: "LiteLLM's price map has an EU-scoped entry for this model (EU inference profile, EU region or EU data zone)",
      });
    }
  }
  return out;
}

function euRegionsFor(cloud: CloudId, id: string, keys: readonly string[]): string[] {
  const regions = new Set<string>();
  if (cloud === "aws-bedrock") {
    for (const k of keys) {
      if (k === `eu.${id}`) regions.add("EU cross-region inference profile");
      const regional = k.match(/^bedrock\/(eu-[a-z]+-\d)\/(.+)$/);
      if (regional && regional[2] === id) regions.add(regional[1]!);
    }
  }
  if (cloud === "azure") {
    const pattern = new RegExp(`^azure/eu/${escape(id)}(-\\d{4}-\\d{2}-\\d{2})?$`);
    if (keys.some((k) => pattern.test(k))) regions.add("EU data zone");
  }
  return [...regions].sort();
}
