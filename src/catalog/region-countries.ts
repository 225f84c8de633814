// The country each cloud region (or regional processing scope) keeps processing in, so a sourced
// record that names regions ("australiaeast", "ap-south-1", an "au." inference profile) can be
// checked against a team's "data must stay in Australia". Region ids and their cities are the
// clouds' own: AWS https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html,
// Azure https://learn.microsoft.com/en-us/azure/reliability/regions-list, Google Cloud
// https://cloud.google.com/about/locations. "EU" stands for a scope that stays inside the EU as a
// whole (an EU data zone or inference profile), not for one member state.

/** ISO 3166-1 alpha-2, or "EU" for an EU-wide scope. */
export type PlaceCode = string;

const REGION_COUNTRY: Readonly<Record<string, PlaceCode>> = {
  // AWS
  "us-east-1": "US",
  "us-east-2": "US",
  "us-west-1": "US",
  "us-west-2": "US",
  // AWS GovCloud (US): isolated Regions for US government workloads, in the US.
  "us-gov-east-1": "US",
  "us-gov-west-1": "US",
  "ca-central-1": "CA",
  "sa-east-1": "BR",
  "eu-west-2": "GB",
  "eu-central-2": "CH",
  "ap-south-1": "IN",
  "ap-south-2": "IN",
  "ap-southeast-1": "SG",
  "ap-southeast-2": "AU",
  "ap-southeast-3": "ID",
  "ap-southeast-4": "AU",
  "ap-northeast-1": "JP",
  "ap-northeast-2": "KR",
  "ap-northeast-3": "JP",
  "me-central-1": "AE",
  // Azure
  australiaeast: "AU",
  australiasoutheast: "AU",
  canadaeast: "CA",
  canadacentral: "CA",
  brazilsouth: "BR",
  centralus: "US",
  eastus: "US",
  eastus2: "US",
  northcentralus: "US",
  southcentralus: "US",
  westus: "US",
  westus3: "US",
  // Azure Government: a separate cloud for US government agencies and their contractors.
  usgovarizona: "US",
  usgovvirginia: "US",
  japaneast: "JP",
  koreacentral: "KR",
  southindia: "IN",
  southeastasia: "SG",
  uksouth: "GB",
  switzerlandnorth: "CH",
  norwayeast: "NO",
  uaenorth: "AE",
  southafricanorth: "ZA",
  // Google Cloud
  "australia-southeast1": "AU",
  "asia-south1": "IN",
  "asia-southeast1": "SG",
  "asia-northeast1": "JP",
  "asia-northeast3": "KR",
  "northamerica-northeast1": "CA",
  "southamerica-east1": "BR",
  "europe-west2": "GB",
  "europe-west6": "CH",
  "us-central1": "US",
  "us-east4": "US",
  "us-east5": "US",
};

// EU member states' regions of the three clouds, each with its member state (the clouds' own
// region lists above): any of them keeps processing in the EU, and in that one state, which a
// rule narrower than the EU ("data must stay in Germany") checks.
const EU_REGION_STATES: Readonly<Record<string, PlaceCode>> = {
  "eu-central-1": "DE",
  "eu-west-1": "IE",
  "eu-west-3": "FR",
  "eu-north-1": "SE",
  "eu-south-1": "IT",
  "eu-south-2": "ES",
  francecentral: "FR",
  germanywestcentral: "DE",
  germanynorth: "DE",
  italynorth: "IT",
  polandcentral: "PL",
  spaincentral: "ES",
  swedencentral: "SE",
  westeurope: "NL",
  northeurope: "IE",
  "europe-west1": "BE",
  "europe-west3": "DE",
  "europe-west4": "NL",
  "europe-west8": "IT",
  "europe-west9": "FR",
  "europe-central2": "PL",
  "europe-southwest1": "ES",
  "europe-north1": "FI",
};

/** The country a region id lies in ("EU" for a region in an EU member state), or undefined when not on file. */
export function countryOfRegion(region: string): PlaceCode | undefined {
  return REGION_COUNTRY[region] ?? (region in EU_REGION_STATES ? "EU" : undefined);
}

/** The EU member state a region lies in ("europe-west3" -> "DE"), or undefined for a region outside the EU. */
export function memberStateOfRegion(region: string): PlaceCode | undefined {
  return EU_REGION_STATES[region];
}

/** The places a list of region ids lies in, each once, in order. */
export function countriesOfRegions(regions: readonly string[]): PlaceCode[] {
  return [...new Set(regions.flatMap((r) => countryOfRegion(r) ?? []))];
}
