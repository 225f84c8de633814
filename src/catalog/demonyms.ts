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
};

/** "CN" -> "Chinese"; a code not in the table stays as it is. */
export function demonym(code: string): string {
  return DEMONYMS[code] ?? code;
}
