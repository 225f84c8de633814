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

// EU member states' regions of the three clouds: any of them keeps processing in the EU.
const EU_REGIONS = new Set([
  "eu-central-1",
  "eu-west-1",
  "eu-west-3",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "francecentral",
  "germanywestcentral",
  "germanynorth",
  "italynorth",
  "polandcentral",
  "spaincentral",
  "swedencentral",
  "westeurope",
  "northeurope",
  "europe-west1",
  "europe-west3",
  "europe-west4",
  "europe-west8",
  "europe-west9",
  "europe-central2",
  "europe-southwest1",
  "europe-north1",
]);

/** The country a region id lies in ("EU" for a region in an EU member state), or undefined when not on file. */
export function countryOfRegion(region: string): PlaceCode | undefined {
  return REGION_COUNTRY[region] ?? (EU_REGIONS.has(region) ? "EU" : undefined);
}

/** The places a list of region ids lies in, each once, in order. */
export function countriesOfRegions(regions: readonly string[]): PlaceCode[] {
  return [...new Set(regions.flatMap((r) => countryOfRegion(r) ?? []))];
}
