// Countries as people name their companies and labs ("no Chinese models", "US-owned hosts"): one
// table for every answer that says a country as an adjective. Others show their ISO code.
const DEMONYMS: Readonly<Record<string, string>> = {
  CN: "Chinese",
  RU: "Russian",
  US: "US",
  FR: "French",
  CA: "Canadian",
  IL: "Israeli",
  AE: "Emirati",
  DE: "German",
  GB: "British",
  KR: "Korean",
  JP: "Japanese",
  NL: "Dutch",
  TR: "Turkish",
  IN: "Indian",
  SA: "Saudi",
};

/** "chinese" -> "CN": the table read the other way, for words a team writes ("Turkish-owned providers"). */
export function countryOfDemonym(word: string): string | undefined {
  return Object.entries(DEMONYMS).find(([, d]) => d.toLowerCase() === word)?.[0];
}

/** The table's adjectives in lower case, longest first, as one regex alternation. */
export const DEMONYM_ALTERNATION = Object.values(DEMONYMS)
  .map((d) => d.toLowerCase())
  .sort((a, b) => b.length - a.length)
  .join("|");

/** "CN" -> "Chinese"; a code not in the table stays as it is. */
export function demonym(code: string): string {
  return DEMONYMS[code] ?? code;
}
