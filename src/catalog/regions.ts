// Places a hosting question names ("in Frankfurt", "a UK region", "EU residency") and the region
// ids each cloud uses for them, so an answer can say which id to look for and match it against
// the regions our availability records name. Region ids are the clouds' own, from their region
// lists: AWS https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html,
// Azure https://learn.microsoft.com/en-us/azure/reliability/regions-list, Google Cloud
// https://cloud.google.com/about/locations. A cloud with no region in a place has an empty list.
// Any other country or city a team may name for its data (places-elsewhere.ts: "is gpt-4.1
// available in canada?", "in dammam?") is a place too, with no region ids listed here: the answer
// then checks each host's records against that country, the evidence the ranking reads for "data
// must stay in <country>", rather than guess which region ids to look for.
import { PLACES_ELSEWHERE, PLACE_WORDS_ALTERNATION } from "./places-elsewhere.js";

/** The clouds by the requirements' own names (scoring's CloudProvider; not imported, catalog/ comes first). */
type Cloud = "aws" | "azure" | "gcp";

export interface Place {
  id: string;
  /** How answers name it: "Frankfurt", "the UK". */
  label: string;
  /** Inside the EU: an EU-wide processing scope (EU data zone, EU inference profile) keeps data there. */
  inEu: boolean;
  /** The clouds' region ids in this place; absent for a whole area (the EU), where any EU region counts. */
  regions?: Record<Cloud, readonly string[]>;
}

const P = (
  id: string,
  label: string,
  inEu: boolean,
  aws: string[],
  azure: string[],
  gcp: string[],
  words: string,
): Place & { words: RegExp } => ({
  id,
  label,
  inEu,
  regions: { aws, azure, gcp },
  words: new RegExp(String.raw`\b(?:${words})\b`),
});

// "a German region", "UK data centres": an adjective counts only before a region word (alone it is
// usually a language).
const REGION = String.raw`(?:regions?|data ?cent(?:er|re)s?|servers?|hosting|residency)`;

const PLACES: (Place & { words: RegExp })[] = [
  P(
    "de",
    "Germany (Frankfurt)",
    true,
    ["eu-central-1"],
    ["germanywestcentral", "germanynorth"],
    ["europe-west3"],
    String.raw`frankfurt|germany|deutschland|german ${REGION}|eu-central-1|germanywestcentral|europe-west3`,
  ),
  P(
    "uk",
    "the UK (London)",
    false,
    ["eu-west-2"],
    ["uksouth", "ukwest"],
    ["europe-west2"],
    String.raw`uk|u\.k\.|united kingdom|britain|london|british ${REGION}|eu-west-2|uksouth|ukwest`,
  ),
  P(
    "fr",
    "France (Paris)",
    true,
    ["eu-west-3"],
    ["francecentral"],
    ["europe-west9"],
    String.raw`paris|france|french ${REGION}|eu-west-3|francecentral`,
  ),
  P(
    "ie",
    "Ireland (Dublin)",
    true,
    ["eu-west-1"],
    ["northeurope"],
    [],
    String.raw`ireland|dublin|irish ${REGION}|eu-west-1|northeurope`,
  ),
  P(
    "nl",
    "the Netherlands (Amsterdam)",
    true,
    [],
    ["westeurope"],
    ["europe-west4"],
    String.raw`netherlands|amsterdam|holland|dutch ${REGION}|westeurope|europe-west4`,
  ),
  P(
    "se",
    "Sweden (Stockholm)",
    true,
    ["eu-north-1"],
    ["swedencentral"],
    [],
    String.raw`sweden|stockholm|swedish ${REGION}|eu-north-1|swedencentral`,
  ),
  P(
    "it",
    "Italy (Milan)",
    true,
    ["eu-south-1"],
    ["italynorth"],
    ["europe-west8"],
    String.raw`italy|milan|italian ${REGION}|eu-south-1|italynorth`,
  ),
  P(
    "es",
    "Spain (Madrid)",
    true,
    ["eu-south-2"],
    ["spaincentral"],
    ["europe-southwest1"],
    String.raw`spain|madrid|spanish ${REGION}|eu-south-2|spaincentral`,
  ),
  P(
    "pl",
    "Poland (Warsaw)",
    true,
    [],
    ["polandcentral"],
    ["europe-central2"],
    String.raw`poland|warsaw|polish ${REGION}|polandcentral`,
  ),
  P(
    "ch",
    "Switzerland (Zurich)",
    false,
    ["eu-central-2"],
    ["switzerlandnorth"],
    ["europe-west6"],
    String.raw`switzerland|zurich|swiss ${REGION}|z[uü]rich`,
  ),
  P(
    "br",
    "Brazil (São Paulo)",
    false,
    ["sa-east-1"],
    ["brazilsouth"],
    ["southamerica-east1"],
    String.raw`brazil|s[aã]o paulo|sa-east-1|brazilsouth`,
  ),
  P(
    "jp",
    "Japan (Tokyo)",
    false,
    ["ap-northeast-1"],
    ["japaneast"],
    ["asia-northeast1"],
    String.raw`japan|tokyo|japanese ${REGION}|ap-northeast-1|japaneast`,
  ),
  P(
    "us",
    "the US",
    false,
    ["us-east-1", "us-east-2", "us-west-2"],
    ["eastus", "eastus2", "westus", "westus3"],
    ["us-central1", "us-east4", "us-east5"],
    String.raw`the us|u\.s\.|usa|united states|us(?:-east|-west)?[- ]${REGION}|american ${REGION}`,
  ),
];

// The EU as a whole: "EU residency", "in Europe", "an EU region".
const EU: Place & { words: RegExp } = {
  id: "eu",
  label: "the EU",
  inEu: true,
  words: /\b(?:eu|e\.u\.|europe|european|european union)\b/,
};

// The other places, longest words first ("south korea" before "korea"), as one alternation.
const ELSEWHERE_WORDS = new RegExp(String.raw`\b(${PLACE_WORDS_ALTERNATION})\b`);

// Cities a cloud region is named after that a team asks about but does not keep its data "in" as a
// rule (so not in places-elsewhere.ts, whose words are residency rules): Google Cloud's me-central2
// is in Dammam, Saudi Arabia (Google's regional-endpoints page,
// https://docs.cloud.google.com/sovereign-controls-by-partners/docs/regional-endpoints, 2026-12).
// The clouds' own ids of regions in those countries ("is the top pick available in ca-central-1?"),
// from the region lists cited at the top: AWS ca-central-1 (Canada Central) and ca-west-1
// (Calgary), Azure canadacentral (Toronto) and canadaeast (Quebec City), Google Cloud
// northamerica-northeast1 (Montréal) and northamerica-northeast2 (Toronto).
const REGION_CITIES: Readonly<Record<string, { said: string; country: string }>> = {
  dammam: { said: "Dammam", country: "SA" },
  "ca-central-1": { said: "Canada (ca-central-1)", country: "CA" },
  "ca-west-1": { said: "Canada (ca-west-1)", country: "CA" },
  canadacentral: { said: "Canada (canadacentral)", country: "CA" },
  canadaeast: { said: "Canada (canadaeast)", country: "CA" },
  "northamerica-northeast1": { said: "Canada (northamerica-northeast1)", country: "CA" },
  "northamerica-northeast2": { said: "Canada (northamerica-northeast2)", country: "CA" },
};
const REGION_CITY_WORDS = new RegExp(String.raw`\b(${Object.keys(REGION_CITIES).join("|")})\b`);

/** A place of the wider tables: its id is the country code, the label its name as a team says it back. */
function placeElsewhere(lower: string): Place | null {
  const word = ELSEWHERE_WORDS.exec(lower)?.[1];
  const city = REGION_CITY_WORDS.exec(lower)?.[1];
  const p = word !== undefined ? PLACES_ELSEWHERE[word] : city !== undefined ? REGION_CITIES[city] : undefined;
  return p ? { id: p.country.toLowerCase(), label: p.said, inEu: "inEu" in p && p.inEu === true } : null;
}

/**
 * The first place a (folded) message names, or null; a named country beats "EU" ("an EU region in
 * Germany"), and the places with their region ids listed above beat the wider table.
 */
export function placeIn(lower: string): Place | null {
  for (const place of PLACES) if (place.words.test(lower)) return strip(place);
  return placeElsewhere(lower) ?? (EU.words.test(lower) ? strip(EU) : null);
}

function strip({ words: _words, ...place }: Place & { words: RegExp }): Place {
  return place;
}
