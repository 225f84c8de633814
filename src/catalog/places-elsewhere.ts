// Places outside the EU a team may say its data must stay in ("data cannot leave Singapore",
// "must be hosted in india"), each as said back and with the country whose hosting regions
// satisfy it (ISO 3166-1 alpha-2; a city is checked as its country). Read by the residency words
// (src/intents/residency-text.ts) and by the residency check of hosts (src/scoring/residency.ts).

export interface PlaceElsewhere {
  /** How answers say it back: "India", "the UK", "Bengaluru". */
  said: string;
  country: string;
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
  "saudi arabia": { said: "Saudi Arabia", country: "SA" },
  indonesia: { said: "Indonesia", country: "ID" },
  "hong kong": { said: "Hong Kong", country: "HK" },
  taiwan: { said: "Taiwan", country: "TW" },
  israel: { said: "Israel", country: "IL" },
  "south africa": { said: "South Africa", country: "ZA" },
  // Cities a team names for its seat or its data ("HQ in Dubai", "based in Toronto").
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
};

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
