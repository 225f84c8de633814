// Regions a team names as where its models' labs must come from ("only models from European labs",
// "EU-made models only"), each with the countries it is made of (ISO 3166-1 alpha-2), for the
// allow-list of labs' home countries (Exclusions.originsOutside). These are where a lab is from,
// not where data lives (places-elsewhere.ts PLACE_GROUPS holds those).
//
// The EU's member states are the places table's (places-elsewhere.ts marks each inEu, from the
// EU's own list). "European" labs are a lead's Europe for a sovereignty question: the EU, the rest
// of the EEA (Iceland, Liechtenstein, Norway: https://www.efta.int/eea), the UK and Switzerland.

import { demonym } from "./demonyms.js";
import { PLACES_ELSEWHERE } from "./places-elsewhere.js";

const EU_MEMBER_STATES = [
  ...new Set(
    Object.values(PLACES_ELSEWHERE)
      .filter((p) => p.inEu)
      .map((p) => p.country),
  ),
];

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
  const members = regions.length > 0 && !short ? ` (${regions.map((r) => r.members).join("; ")})` : "";
  return `models from ${originAdjectives(allowed)} labs${members}`;
}

/** The allow-list as the adjective before "labs": "European", "French or US". */
export function originAdjectives(allowed: readonly string[]): string {
  return allowed.map((c) => ORIGIN_REGIONS[c.toUpperCase()]?.adjective ?? demonym(c.toUpperCase())).join(" or ");
}
