// API hosts a team rules out, read inside a negated scope (negation.ts): by the country of their
// owner ("no US-owned cloud providers", "no US hosts", "nothing hosted by US clouds", "no chinese
// hosts"; French and German glossed first: "pas d'hébergeur américain", "keine US-Anbieter") or by
// name ("no openai/anthropic/google APIs"). Hosts, not labs: the words read here are blanked so
// the lab readers after this do not take "american hosts" for American labs or "openai APIs" for
// OpenAI's models. Bare "providers" ("no US providers") is who the data goes to, so it is read as
// hosts here and left standing for the lab reader, which has always read it as labs too.
import type { Catalog } from "../catalog/catalog.js";
import { hostByName } from "../catalog/hosts.js";
import { COUNTRY_WORDS } from "./lab-words.js";
import { countryOfDemonym, DEMONYM_ALTERNATION } from "../catalog/demonyms.js";
import { countryOfPlace, PLACES_ELSEWHERE, PLACE_WORDS_ALTERNATION } from "../catalog/places-elsewhere.js";

const COUNTRIES = Object.keys(COUNTRY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\./g, "\\."))
  .join("|");
const OWNED = String.raw`(?:[- ]?(?:owned|based|headquartered|hq|operated|run))?`;
/** Nouns that name hosts only: clouds, hosting, inference and API providers. */
const HOST_NOUN = String.raw`(?:cloud\s+(?:providers?|vendors?|services?|platforms?)|clouds?|hosts?|hosters?|hosting(?:\s+(?:providers?|companies|services?))?|(?:api|inference)\s+(?:providers?|hosts?))`;
const HOST_ONLY = new RegExp(String.raw`\b(${COUNTRIES})${OWNED}[\s-]+(?:ai\s+)?${HOST_NOUN}\b`, "g");
/** "US providers", "american providers": hosts, and (left in place) labs. */
const PROVIDERS = new RegExp(String.raw`\b(${COUNTRIES})${OWNED}[\s-]+(?:ai\s+)?providers?\b`, "g");
/** A run of host names joined by "/", ",", "&", "and", "or" right before "API(s)". */
const NAMED_APIS = /\b([a-z][\w.]*(?:\s*(?:\/|,|&|\band\b|\bor\b)\s*(?:the\s+)?[a-z][\w.]*)*)(?:'s)?\s+apis?\b/g;
const SEPARATOR = /\s*(?:\/|,|&|\band\b|\bor\b)\s*(?:the\s+)?/;

export interface HostExclusions {
  countries: string[];
  hosts: string[];
  /** The scope with the host-only words blanked (same length), for the readers that follow. */
  rest: string;
}

const blank = (s: string, from: number, to: number): string => s.slice(0, from) + " ".repeat(to - from) + s.slice(to);

/** Owner countries of hosts ruled out in one negated scope; the host-only phrases blanked. */
export function hostCountriesIn(scope: string): HostExclusions {
  const countries: string[] = [];
  let rest = scope;
  for (const m of scope.matchAll(HOST_ONLY)) {
    const code = COUNTRY_WORDS[m[1] ?? ""];
    if (code && !countries.includes(code)) countries.push(code);
    rest = blank(rest, m.index, m.index + m[0].length);
  }
  for (const m of rest.matchAll(PROVIDERS)) {
    const code = COUNTRY_WORDS[m[1] ?? ""];
    if (code && !countries.includes(code)) countries.push(code);
  }
  return { countries, hosts: [], rest };
}

/** Hosts ruled out by name before "API(s)" in one negated scope; their names blanked. */
export function namedHostApisIn(scope: string, catalog: Catalog): HostExclusions {
  const hosts: string[] = [];
  let rest = scope;
  for (const m of scope.matchAll(NAMED_APIS)) {
    const names = (m[1] ?? "").split(SEPARATOR);
    const found = names.map((n) => hostByName(n, catalog)).filter((h) => h !== null);
    if (found.length === 0) continue;
    for (const h of found) if (!hosts.includes(h.provider)) hosts.push(h.provider);
    rest = blank(rest, m.index, m.index + m[0].length);
  }
  return { countries: [], hosts, rest };
}

// Hosts owned outside one country ruled out: "no foreign providers", "we cannot use providers outside
// the country", "no cloud vendors from abroad", "no providers outside Turkey", "only Turkish-owned
// providers", "domestic hosts only". The country is the one named, else the one the data must stay
// in ("User data must stay in mainland China, no foreign providers"), else none is read.
const CANNOT_USE = String.raw`(?:no|not|never|without|avoid|(?:can'?t|cannot|can not|must not|mustn'?t|may not|won'?t|don'?t|do not|not allowed to|are not allowed to) (?:use|pick|choose|work with|rely on))`;
const HOSTS = String.raw`(?:cloud |ai |api |inference |llm |model )?(?:providers?|hosts?|hosters?|vendors?|clouds?|services?|companies|platforms?)`;
const FOREIGN = String.raw`(?:foreign|overseas|offshore|non[- ]?domestic)(?:[- ](?:owned|based))?`;
const OUTSIDE = String.raw`(?:(?:from|based|owned|headquartered|hosted) )?(?:outside (?:of )?(?:the country|our country|(${PLACE_WORDS_ALTERNATION}))|abroad|from abroad|overseas)`;
const FOREIGN_HOSTS = new RegExp(String.raw`\b${CANNOT_USE}(?: any)? (?:${FOREIGN} ${HOSTS}|${HOSTS} ${OUTSIDE})\b`);
// A country's "vendors" or "providers" alone may be its labs ("only US-based vendors" is read as
// labs: exclusions.ts): a host rule needs the owner ("Turkish-owned") or a word that names hosts.
const HOST_NOUNS = String.raw`(?:cloud (?:providers?|vendors?|services?|platforms?)|clouds?|hosts?|hosters?|hosting(?: providers?)?|(?:api|inference) (?:providers?|hosts?))`;
const DOMESTIC = String.raw`(?:(?:(${DEMONYM_ALTERNATION})[- ]owned|domestic|in-country) ${HOSTS}|(?:(${DEMONYM_ALTERNATION})(?:[- ](?:based|headquartered))?|local) ${HOST_NOUNS})`;
const ONLY_DOMESTIC = new RegExp(String.raw`\b(?:only|just|exclusively) (?:use )?${DOMESTIC}\b|\b${DOMESTIC} only\b`);

/**
 * The only countries whose companies may host the team's API traffic, when the text rules out
 * foreign hosts (folded text); `home`: the place the data must stay in as said back ("China"),
 * for a rule that names no country. Empty when no such rule is said or no country is known.
 */
export function hostsOwnedOutsideIn(t: string, home: string | undefined): string[] {
  const foreign = FOREIGN_HOSTS.exec(t);
  const only = ONLY_DOMESTIC.exec(t);
  if (!foreign && !only) return [];
  const named =
    (foreign?.[1] !== undefined ? PLACES_ELSEWHERE[foreign[1]]?.country : undefined) ??
    [1, 2, 3, 4]
      .map((i) => (only?.[i] !== undefined ? countryOfDemonym(only[i]) : undefined))
      .find((c) => c !== undefined);
  const code = named ?? (home !== undefined ? countryOfPlace(home) : undefined);
  return code !== undefined && code !== "EU" ? [code] : [];
}
