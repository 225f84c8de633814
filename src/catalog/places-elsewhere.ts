// Places a team may say its data must stay in, other than the EU as a whole ("data cannot leave
// Singapore", "must be hosted in india", "Data must stay in Germany"), each as said back and with
// the country whose hosting regions satisfy it (ISO 3166-1 alpha-2; a city is checked as its
// country). An EU member state is narrower than the EU: a host in Ireland keeps data in the EU but
// not in Germany. Read by the residency words (src/intents/residency-text.ts) and by the residency
// check of hosts (src/scoring/residency.ts).

export interface PlaceElsewhere {
  /** How answers say it back: "India", "the UK", "Bengaluru". */
  said: string;
  country: string;
  /** A member state of the EU: inside the EU, so no seat outside it. */
  inEu?: true;
}

/** Folded words -> the place. These are where data lives, not where a lab comes from (lab-words.ts
 *  COUNTRY_WORDS reads "no Chinese labs"), so adjectives are not places here. */
export const PLACES_ELSEWHERE: Readonly<Record<string, PlaceElsewhere>> = {
  india: { said: "India", country: "IN" },
  singapore: { said: "Singapore", country: "SG" },
  japan: { said: "Japan", country: "JP" },
  korea: { said: "South Korea", country: "KR" },
  "south korea": { said: "South Korea", country: "KR" },
  australia: { said: "Australia", country: "AU" },
  "new zealand": { said: "New Zealand", country: "NZ" },
  // Its te reo Māori name, on its own and beside the English one.
  "aotearoa new zealand": { said: "New Zealand", country: "NZ" },
  aotearoa: { said: "New Zealand", country: "NZ" },
  canada: { said: "Canada", country: "CA" },
  uk: { said: "the UK", country: "GB" },
  "united kingdom": { said: "the UK", country: "GB" },
  britain: { said: "the UK", country: "GB" },
  switzerland: { said: "Switzerland", country: "CH" },
  usa: { said: "the US", country: "US" },
  "the us": { said: "the US", country: "US" },
  "the united states": { said: "the US", country: "US" },
  "united states": { said: "the US", country: "US" },
  china: { said: "China", country: "CN" },
  "mainland china": { said: "China", country: "CN" },
  brazil: { said: "Brazil", country: "BR" },
  uae: { said: "the UAE", country: "AE" },
  // Countries are also written out in full: "must remain in the United Arab Emirates".
  "united arab emirates": { said: "the UAE", country: "AE" },
  "saudi arabia": { said: "Saudi Arabia", country: "SA" },
  ksa: { said: "Saudi Arabia", country: "SA" },
  qatar: { said: "Qatar", country: "QA" },
  indonesia: { said: "Indonesia", country: "ID" },
  "hong kong": { said: "Hong Kong", country: "HK" },
  taiwan: { said: "Taiwan", country: "TW" },
  israel: { said: "Israel", country: "IL" },
  "south africa": { said: "South Africa", country: "ZA" },
  turkey: { said: "Turkey", country: "TR" },
  türkiye: { said: "Turkey", country: "TR" },
  turkiye: { said: "Turkey", country: "TR" },
  vietnam: { said: "Vietnam", country: "VN" },
  "viet nam": { said: "Vietnam", country: "VN" },
  nigeria: { said: "Nigeria", country: "NG" },
  mexico: { said: "Mexico", country: "MX" },
  egypt: { said: "Egypt", country: "EG" },
  kenya: { said: "Kenya", country: "KE" },
  philippines: { said: "the Philippines", country: "PH" },
  "the philippines": { said: "the Philippines", country: "PH" },
  thailand: { said: "Thailand", country: "TH" },
  malaysia: { said: "Malaysia", country: "MY" },
  norway: { said: "Norway", country: "NO" },
  pakistan: { said: "Pakistan", country: "PK" },
  bangladesh: { said: "Bangladesh", country: "BD" },
  "sri lanka": { said: "Sri Lanka", country: "LK" },
  nepal: { said: "Nepal", country: "NP" },
  morocco: { said: "Morocco", country: "MA" },
  casablanca: { said: "Casablanca", country: "MA" },
  rabat: { said: "Rabat", country: "MA" },
  marrakech: { said: "Marrakech", country: "MA" },
  marrakesh: { said: "Marrakesh", country: "MA" },
  tangier: { said: "Tangier", country: "MA" },
  ghana: { said: "Ghana", country: "GH" },
  argentina: { said: "Argentina", country: "AR" },
  chile: { said: "Chile", country: "CL" },
  colombia: { said: "Colombia", country: "CO" },
  peru: { said: "Peru", country: "PE" },
  kazakhstan: { said: "Kazakhstan", country: "KZ" },
  uzbekistan: { said: "Uzbekistan", country: "UZ" },
  iceland: { said: "Iceland", country: "IS" },
  liechtenstein: { said: "Liechtenstein", country: "LI" },
  // EU member states: a rule narrower than the EU's.
  germany: { said: "Germany", country: "DE", inEu: true },
  france: { said: "France", country: "FR", inEu: true },
  italy: { said: "Italy", country: "IT", inEu: true },
  spain: { said: "Spain", country: "ES", inEu: true },
  netherlands: { said: "the Netherlands", country: "NL", inEu: true },
  "the netherlands": { said: "the Netherlands", country: "NL", inEu: true },
  ireland: { said: "Ireland", country: "IE", inEu: true },
  sweden: { said: "Sweden", country: "SE", inEu: true },
  poland: { said: "Poland", country: "PL", inEu: true },
  finland: { said: "Finland", country: "FI", inEu: true },
  belgium: { said: "Belgium", country: "BE", inEu: true },
  austria: { said: "Austria", country: "AT", inEu: true },
  denmark: { said: "Denmark", country: "DK", inEu: true },
  portugal: { said: "Portugal", country: "PT", inEu: true },
  greece: { said: "Greece", country: "GR", inEu: true },
  czechia: { said: "Czechia", country: "CZ", inEu: true },
  "czech republic": { said: "Czechia", country: "CZ", inEu: true },
  romania: { said: "Romania", country: "RO", inEu: true },
  hungary: { said: "Hungary", country: "HU", inEu: true },
  luxembourg: { said: "Luxembourg", country: "LU", inEu: true },
  malta: { said: "Malta", country: "MT", inEu: true },
  cyprus: { said: "Cyprus", country: "CY", inEu: true },
  croatia: { said: "Croatia", country: "HR", inEu: true },
  bulgaria: { said: "Bulgaria", country: "BG", inEu: true },
  slovakia: { said: "Slovakia", country: "SK", inEu: true },
  slovenia: { said: "Slovenia", country: "SI", inEu: true },
  estonia: { said: "Estonia", country: "EE", inEu: true },
  latvia: { said: "Latvia", country: "LV", inEu: true },
  lithuania: { said: "Lithuania", country: "LT", inEu: true },
  // Cities a team names for its seat or its data ("HQ in Dubai", "based in Toronto").
  istanbul: { said: "Istanbul", country: "TR" },
  lagos: { said: "Lagos", country: "NG" },
  nairobi: { said: "Nairobi", country: "KE" },
  cairo: { said: "Cairo", country: "EG" },
  hanoi: { said: "Hanoi", country: "VN" },
  "ho chi minh city": { said: "Ho Chi Minh City", country: "VN" },
  "mexico city": { said: "Mexico City", country: "MX" },
  monterrey: { said: "Monterrey", country: "MX" },
  dubai: { said: "Dubai", country: "AE" },
  "abu dhabi": { said: "Abu Dhabi", country: "AE" },
  riyadh: { said: "Riyadh", country: "SA" },
  doha: { said: "Doha", country: "QA" },
  london: { said: "London", country: "GB" },
  "new york": { said: "New York", country: "US" },
  nyc: { said: "New York", country: "US" },
  "san francisco": { said: "San Francisco", country: "US" },
  seattle: { said: "Seattle", country: "US" },
  boston: { said: "Boston", country: "US" },
  toronto: { said: "Toronto", country: "CA" },
  vancouver: { said: "Vancouver", country: "CA" },
  montreal: { said: "Montreal", country: "CA" },
  sydney: { said: "Sydney", country: "AU" },
  melbourne: { said: "Melbourne", country: "AU" },
  tokyo: { said: "Tokyo", country: "JP" },
  seoul: { said: "Seoul", country: "KR" },
  mumbai: { said: "Mumbai", country: "IN" },
  bangalore: { said: "Bangalore", country: "IN" },
  bengaluru: { said: "Bengaluru", country: "IN" },
  jakarta: { said: "Jakarta", country: "ID" },
  manila: { said: "Manila", country: "PH" },
  "sao paulo": { said: "São Paulo", country: "BR" },
  "são paulo": { said: "São Paulo", country: "BR" },
  "tel aviv": { said: "Tel Aviv", country: "IL" },
  zurich: { said: "Zurich", country: "CH" },
  geneva: { said: "Geneva", country: "CH" },
  basel: { said: "Basel", country: "CH" },
  oslo: { said: "Oslo", country: "NO" },
  bergen: { said: "Bergen", country: "NO" },
  stockholm: { said: "Stockholm", country: "SE", inEu: true },
  gothenburg: { said: "Gothenburg", country: "SE", inEu: true },
  goteborg: { said: "Gothenburg", country: "SE", inEu: true },
  malmo: { said: "Malmö", country: "SE", inEu: true },
  copenhagen: { said: "Copenhagen", country: "DK", inEu: true },
  aarhus: { said: "Aarhus", country: "DK", inEu: true },
  lahore: { said: "Lahore", country: "PK" },
  karachi: { said: "Karachi", country: "PK" },
  islamabad: { said: "Islamabad", country: "PK" },
  colombo: { said: "Colombo", country: "LK" },
  almaty: { said: "Almaty", country: "KZ" },
  astana: { said: "Astana", country: "KZ" },
  tashkent: { said: "Tashkent", country: "UZ" },
  kathmandu: { said: "Kathmandu", country: "NP" },
  shenzhen: { said: "Shenzhen", country: "CN" },
  shanghai: { said: "Shanghai", country: "CN" },
  beijing: { said: "Beijing", country: "CN" },
  guangzhou: { said: "Guangzhou", country: "CN" },
  hangzhou: { said: "Hangzhou", country: "CN" },
};

/** The table's words, longest first ("south korea" before "korea"), as one regex alternation. */
export const PLACE_WORDS_ALTERNATION = Object.keys(PLACES_ELSEWHERE)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * Places a rule names as one ("processing must stay in the EEA"), each with the places it is made
 * of, any one of which keeps the data inside it ("EU" is the EU as a whole). The EEA is the EU
 * with Iceland, Liechtenstein and Norway (the EEA Agreement, EFTA's own page
 * https://www.efta.int/eea): a host in Norway keeps data in the EEA but not in the EU.
 */
export const PLACE_GROUPS: Readonly<Record<string, { said: string; countries: readonly string[] }>> = {
  eea: { said: "the EEA", countries: ["EU", "IS", "LI", "NO"] },
  "european economic area": { said: "the EEA", countries: ["EU", "IS", "LI", "NO"] },
};

/** How a rule that offers several places says them back: "Switzerland or the EU". */
export const EITHER_PLACE = " or ";

/**
 * The place codes a residency rule as said back allows, any one of them enough ("Switzerland or
 * the EU" -> CH, EU; "the EEA" -> EU, IS, LI, NO; "Bengaluru" -> IN); undefined when a part of it
 * is no place the table knows, so the rule cannot be checked.
 */
export function countriesOfRule(said: string): string[] | undefined {
  const codes: string[] = [];
  for (const part of said.split(EITHER_PLACE)) {
    const group = Object.values(PLACE_GROUPS).find((g) => g.said === part);
    const own = part === countryName("EU") ? ["EU"] : (group?.countries ?? [countryOfPlace(part)]);
    for (const code of own) {
      if (code === undefined) return undefined;
      if (!codes.includes(code)) codes.push(code);
    }
  }
  return codes;
}

/**
 * Whether a rule as said back keeps the data inside the EU wherever it allows ("Germany", "Germany
 * or France", "the EU"); "Switzerland", "the EEA" or "Switzerland or the EU" let it leave.
 */
export function ruleInsideEu(said: string): boolean {
  return said
    .split(EITHER_PLACE)
    .every((part) => part === countryName("EU") || Object.values(PLACES_ELSEWHERE).find((p) => p.said === part)?.inEu);
}

/** The country of a place as said back ("Bengaluru" -> "IN"), or undefined for a place not in the table. */
export function countryOfPlace(said: string): string | undefined {
  return Object.values(PLACES_ELSEWHERE).find((p) => p.said === said)?.country;
}

/** A country code in words, as the table says it back ("IN" -> "India", "EU" -> "the EU"); the code when not in it. */
export function countryName(code: string): string {
  if (code === "EU") return "the EU";
  // Countries come before their cities in the table, so the first match is the country's own name.
  return Object.values(PLACES_ELSEWHERE).find((p) => p.country === code)?.said ?? code;
}
