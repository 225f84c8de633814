// The three clouds where a team's own account can run labs' closed models, and every id each goes by:
// the key a team's requirements use ("aws"), the catalogue's availability records (`model.clouds`,
// "aws-bedrock"), the offering provider id of its model marketplace and policy record
// ("amazon-bedrock"), and the service name the import writes into availability records. One table,
// so scoring, answers, the end-of-life rules and the importer cannot pair them differently.
import type { CloudId } from "./signals-schema.js";

export const CLOUD_KEYS = ["azure", "aws", "gcp"] as const;
export type CloudKey = (typeof CLOUD_KEYS)[number];

interface CloudHost {
  cloudId: CloudId;
  /** The offering provider id of the cloud's own marketplace, and of its data-terms record. */
  provider: string;
  service: string;
}

export const CLOUD_HOSTS: Readonly<Record<CloudKey, CloudHost>> = {
  azure: { cloudId: "azure", provider: "azure", service: "Azure OpenAI / Azure AI Foundry" },
  aws: { cloudId: "aws-bedrock", provider: "amazon-bedrock", service: "Amazon Bedrock" },
  gcp: { cloudId: "google-vertex", provider: "google-vertex", service: "Vertex AI" },
};

/** The cloud whose marketplace is exactly this provider id ("amazon-bedrock" → aws), else null. */
export function cloudOfProviderId(provider: string): CloudKey | null {
  return CLOUD_KEYS.find((k) => CLOUD_HOSTS[k].provider === provider) ?? null;
}

/**
 * The cloud this provider id belongs to, also for its sub-listings ("azure-…", "google-vertex-…",
 * as price lists name a cloud's partner catalogues); "amazon-nova" is Amazon's API, not Bedrock.
 */
export function cloudOfHost(provider: string): CloudKey | null {
  return (
    CLOUD_KEYS.find(
      (k) => provider === CLOUD_HOSTS[k].provider || provider.startsWith(`${CLOUD_HOSTS[k].provider}-`),
    ) ?? null
  );
}
