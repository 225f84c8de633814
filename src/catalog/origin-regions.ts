// Regions a team names as where its models' labs must come from ("only models from European labs",
// "EU-made models only"), each with the countries it is made of (ISO 3166-1 alpha-2), for the
// allow-list of labs' home countries (Exclusions.originsOutside). These are where a lab is from,
// not where data lives (places-elsewhere.ts PLACE_GROUPS holds those).
//
// The EU's 27 member states are the EU's own list
// (https://european-union.europa.eu/principles-countries-history/eu-countries_en). "European"
// labs are a lead's Europe for a sovereignty question: the EU, the rest of the EEA (Iceland,
// Liechtenstein, Norway: https://www.efta.int/eea), the UK and Switzerland.

import { demonym } from "./demonyms.js";

const EU_MEMBER_STATES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
] as const; // prettier-ignore

export interface OriginRegion {
  /** The adjective said back: "non-European labs". */
  adjective: string;
  /** What it is made of, said once in the answer. */
  members: string;
  countries: readonly string[];
}

/** Region ids (kept in Exclusions.originsOutside beside ISO codes) -> the region. */
export const ORIGIN_REGIONS: Readonly<Record<string, OriginRegion>> = {
  EU: { adjective: "EU", members: "the EU's 27 member states", countries: EU_MEMBER_STATES },
  EUROPE: {
    adjective: "European",
    members: "the EU, Iceland, Liechtenstein, Norway, the UK and Switzerland",
    countries: [...EU_MEMBER_STATES, "IS", "LI", "NO", "GB", "CH"],
  },
};

/** Words for a region, folded -> its id ("european" -> EUROPE, "eu" -> EU). */
export const ORIGIN_REGION_WORDS: Readonly<Record<string, string>> = {
  european: "EUROPE",
  europe: "EUROPE",
  eu: "EU",
  "e.u.": "EU",
};

/** The countries an allow-list entry stands for: a region's members, or the country itself. */
export function countriesOfOrigin(code: string): readonly string[] {
  return ORIGIN_REGIONS[code.toUpperCase()]?.countries ?? [code.toUpperCase()];
}

/**
 * "models from European labs (the EU, …)", "models from French or US labs": the allow-list said
 * back; `short` leaves out what a region is made of (a reason repeated per model).
 */
export function sayOrigins(allowed: readonly string[], short = false): string {
  const regions = allowed.map((c) => ORIGIN_REGIONS[c.toUpperCase()]).filter((r) => r !== undefined);
  const adjectives = allowed.map((c) => ORIGIN_REGIONS[c.toUpperCase()]?.adjective ?? demonym(c.toUpperCase()));
  const members = regions.length > 0 && !short ? ` (${regions.map((r) => r.members).join("; ")})` : "";
  return `models from ${adjectives.join(" or ")} labs${members}`;
}
