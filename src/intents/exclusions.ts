// Hard exclusions from free text: labs, countries of origin, licence families and named models
// inside a negated scope (see negation.ts). "no Chinese labs, nothing from Meta, anything but
// GPT-4o" -> countries [CN], labs [meta], models [gpt-4o].
import type { Catalog } from "../catalog/catalog.js";
import { labIdOf } from "../catalog/labs.js";
import { COUNTRY_WORDS, labWords } from "./lab-words.js";
import { ORIGIN_REGION_WORDS } from "../catalog/origin-regions.js";
import { isCommonWord } from "../catalog/common-words.js";
import { findModelMentions } from "../catalog/mentions.js";
import { editDistance } from "../catalog/normalize.js";
import type { CloudProvider, Exclusions } from "../scoring/requirements.js";
import { licenceClassesIn } from "./licence-classes.js";
import { firstWord, mayHold } from "./message-words.js";
import type { Scope } from "./negation.js";
import { gated } from "./reader-gates.js";
import { hostCountriesIn, namedHostApisIn } from "./host-exclusion-text.js";

// Nouns that make a country word mean the makers' origin ("chinese labs", "US-based vendors").
const ORIGIN_NOUN = String.raw`(?:-|\s)?(?:origin|based|made|built|developed|owned|trained|hosted|headquartered|hq)?\s*(?:ai\s+)?(?:labs?|models?|llms?|companies|company|vendors?|providers?|ones|stuff|developers?|makers?|weights|firms?|tech|ai|origin|-origin)`;
const countryPatterns = Object.entries(COUNTRY_WORDS).map(([word, code]) => ({
  code,
  // Both patterns need the word itself ("us" in "from the us" too): a scope without it is not read for it.
  first: firstWord(word),
  // "us" alone is a pronoun: only "US labs", "US-based", "the US" count.
  pattern:
    word === "us"
      ? new RegExp(String.raw`\b(?:us${ORIGIN_NOUN}|(?:from|in) the us)\b`)
      : new RegExp(String.raw`\b${word.replace(/\./g, "\\.")}\b`),
}));
// A misspelt country adjective right before an origin noun ("no chineese models", "no russain
// labs"): a word of 6+ letters one typo from a country word, and never an ordinary word.
const WORD_BEFORE_ORIGIN_NOUN = new RegExp(String.raw`\b([a-z]{6,})${ORIGIN_NOUN}\b`, "g");
const LONG_COUNTRY_WORDS = Object.entries(COUNTRY_WORDS).filter(([word]) => /^[a-z]{6,}$/.test(word));
function misspeltCountries(s: string): string[] {
  const codes: string[] = [];
  for (const m of s.matchAll(WORD_BEFORE_ORIGIN_NOUN)) {
    const word = m[1] ?? "";
    if (word in COUNTRY_WORDS || isCommonWord(word)) continue;
    for (const [country, code] of LONG_COUNTRY_WORDS) if (editDistance(word, country, 1) <= 1) codes.push(code);
  }
  return codes;
}
// "Only US-origin models", "just French labs", "US-based vendors only": an allow-list of one
// country (Exclusions.originsOutside), every lab elsewhere ruled out, and every lab whose country is
// not on record. "non-Chinese models only" is the opposite (an exclusion, read in the negated scope).
const COUNTRY_ALTERNATION = Object.keys(COUNTRY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\./g, "\\."))
  .join("|");
const ORIGIN_SUFFIX = String.raw`(?:[- ]?(?:origin|based|made|built|developed|headquartered))?\s+(?:ai\s+)?(?:models?|labs?|llms?|vendors?|providers?|companies)`;
const ONLY_COUNTRY = new RegExp(
  String.raw`\b(?:only|just|exclusively)\s+(?:use\s+)?(${COUNTRY_ALTERNATION})${ORIGIN_SUFFIX}\b|(?<!\bnon[- ]?|\bnot\s|\bno\s|\bwithout\s)\b(${COUNTRY_ALTERNATION})${ORIGIN_SUFFIX}\s+only\b|\b(?:only|just|exclusively)\s+(?:use\s+)?(?:models?|llms?)\s+(?:from|by|made by|built by)\s+(?:the\s+)?(${COUNTRY_ALTERNATION})(?:[- ]?(?:origin|based))?\s+(?:ai\s+)?(?:labs?|vendors?|providers?|companies)\b`,
);
// "only models from European labs", "EU-made models only", "just European models": the same
// allow-list for a region (catalog/origin-regions.ts). Only with a maker's noun (models, labs):
// "European vendors" or "EU providers" are as often about where the data is hosted.
const REGION_ALTERNATION = Object.keys(ORIGIN_REGION_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\./g, "\\."))
  .join("|");
const REGION_MAKERS = String.raw`(?:ai\s+)?(?:models?|labs?|llms?|model makers?|developers?)`;
const REGION_SUFFIX = String.raw`(?:[- ]?(?:origin|based|made|built|developed|trained))?\s+${REGION_MAKERS}`;
const ONLY_REGION = new RegExp(
  String.raw`\b(?:only|just|exclusively)\s+(?:use\s+)?(${REGION_ALTERNATION})${REGION_SUFFIX}\b|(?<!\bnon[- ]?|\bnot\s|\bno\s|\bwithout\s)\b(${REGION_ALTERNATION})${REGION_SUFFIX}\s+only\b|\b(?:only|just|exclusively)\s+(?:use\s+)?(?:models?|llms?)\s+(?:from|by|made by|built by)\s+(?:the\s+)?(${REGION_ALTERNATION})(?:[- ]?based)?\s+${REGION_MAKERS}\b|\b(?:models?|llms?)\s+(?:from|by)\s+(?:the\s+)?(${REGION_ALTERNATION})(?:[- ]?based)?\s+${REGION_MAKERS}\s+only\b|\b(?:only|just|exclusively)\s+(?:use\s+)?(?:models?|llms?)\s+(?:made|built|developed|trained)\s+in\s+(?:the\s+)?(${REGION_ALTERNATION})\b`,
);
// Each form says "only", "just" or "exclusively".
const SAYS_ONLY = /only|just|exclusively/;
const originsOnly = gated(
  "one country or region only",
  (t) => SAYS_ONLY.test(t),
  readOriginsOnly,
  () => [],
);

function readOriginsOnly(t: string): string[] {
  const c = ONLY_COUNTRY.exec(t);
  const country = c?.[1] ?? c?.[2] ?? c?.[3];
  const r = ONLY_REGION.exec(t);
  const region = r?.slice(1).find((w) => w !== undefined);
  return [
    ...(country === undefined || COUNTRY_WORDS[country] === undefined ? [] : [COUNTRY_WORDS[country]]),
    ...(region === undefined || ORIGIN_REGION_WORDS[region] === undefined ? [] : [ORIGIN_REGION_WORDS[region]]),
  ];
}
const labPatternCache = new WeakMap<readonly unknown[], { id: string; pattern: RegExp }[]>();
function labPatterns(catalog?: Catalog): { id: string; pattern: RegExp }[] {
  const labs = labWords(catalog);
  let patterns = labPatternCache.get(labs);
  if (!patterns) {
    patterns = labs.map((lab) => ({
      id: lab.id,
      pattern: new RegExp(String.raw`\b(?:${lab.words.join("|")})(?:'?s)?\b`),
    }));
    labPatternCache.set(labs, patterns);
  }
  return patterns;
}

// Clouds and their model services are hosts, not labs: "no Google Cloud", "nothing on AWS", "we
// can't use Microsoft Azure" rule out no model maker (Google, Amazon, Microsoft, OpenAI through
// Azure OpenAI), so their names are blanked before lab words are read.
// A cloud named in a negated scope is ruled out as a host (exclude.providers).
const CLOUD_NAMES =
  /\b(?:google cloud(?: platform)?|gcp|(?:google )?vertex(?: ai)?|amazon web services|aws|(?:amazon |aws )?bedrock|(?:amazon )?sagemaker|(?:microsoft )?azure(?: openai| ai(?: foundry)?)?)\b/g;
const cloudOfName = (name: string): CloudProvider =>
  /azure/.test(name) ? "azure" : /aws|amazon|bedrock|sagemaker/.test(name) ? "aws" : "gcp";

// Kinds of licence that are no single family ("custom licences") stay words.
const LICENSE_WORDS: { id: string; pattern: RegExp }[] = [
  { id: "custom", pattern: /\b(custom|bespoke|proprietary open|community) licen[cs]es?\b/ },
];
// A family licence named in a scope: "no Llama licence" -> the family prefix "llama".
// "the Qwen research license" -> "qwen-research", the catalogue's id for it; "the Gemma terms" -> "gemma".
const FAMILY_LICENSE =
  /\b([a-z][a-z0-9.]*(?:[- ][0-9.]+)?(?:[- ]research)?)(?:'s)?\s+(?:community\s+)?(?:licen[cs]es?|terms)\b/g;
// Words before "licence" that name a kind of licence (licence-classes.ts) or nothing at all: "no
// licences with MAU caps" names no family called "no".
const NOT_A_FAMILY =
  /^(the|a|any|all|no|not|nothing|without|with|avoid|other|such|those|these|some|open|closed|permissive|restrictive|commercial|this|that|their|its|custom|only|research|nc|non-?commercial|production|non-?production|gpl|agpl|copyleft|api|service|usage|use|licen[cs]es?)$/;

export function parseExclusions(t: string, scopes: readonly Scope[], catalog?: Catalog): Exclusions {
  const out: Required<Exclusions> = {
    labs: [],
    countries: [],
    licenses: [],
    models: [],
    providers: [],
    hostCountries: [],
    hosts: [],
    hostsOwnedOutside: [],
    originsOutside: [],
  };
  const add = (list: string[], v: string): void => {
    if (!list.includes(v)) list.push(v);
  };
  for (const code of originsOnly(t)) add(out.originsOutside, code);
  for (const scope of scopes) {
    let s = t.slice(scope.start, scope.end);
    // Licence families first, so "no llama licence" is a licence, not the Meta lab.
    for (const m of s.matchAll(FAMILY_LICENSE)) {
      const word = m[1] ?? "";
      if (NOT_A_FAMILY.test(word)) continue;
      add(out.licenses, word.replace(/\s+/g, "-"));
      s = s.replace(m[0], " ".repeat(m[0].length));
    }
    for (const id of licenceClassesIn(s, catalog)) add(out.licenses, id);
    for (const { id, pattern } of LICENSE_WORDS) if (pattern.test(s)) add(out.licenses, id);
    // Hosts by their owner's country ("no US-owned cloud providers") before the labs' countries.
    const owners = hostCountriesIn(s);
    for (const code of owners.countries) add(out.hostCountries, code);
    s = owners.rest;
    for (const { code, first, pattern } of countryPatterns)
      if (mayHold(s, first) && pattern.test(s)) add(out.countries, code);
    for (const code of misspeltCountries(s)) add(out.countries, code);
    s = s.replace(CLOUD_NAMES, (m) => {
      add(out.providers, cloudOfName(m));
      return " ".repeat(m.length);
    });
    // "no openai/anthropic APIs": those hosts, not their labs' models.
    if (catalog) {
      const named = namedHostApisIn(s, catalog);
      for (const id of named.hosts) add(out.hosts, id);
      s = named.rest;
    }
    // Named models: an exact model is a model; a family of one lab is that lab.
    const familyLabs = new Set<string>();
    if (catalog) {
      for (const mention of findModelMentions(s, catalog)) {
        const r = mention.resolution;
        if (r.status === "found") {
          const model = catalog.modelById.get(r.id);
          // A bare family word that happens to be one model's alias ("mistral") is the lab's.
          if (model && /\d/.test(mention.text)) add(out.models, r.id);
          else if (model) familyLabs.add(labIdOf(model.lab, catalog));
        } else if (r.status === "ambiguous") {
          const labs = new Set(r.candidates.map((id) => catalog.modelById.get(id)?.lab).filter((l) => l !== undefined));
          if (labs.size === 1) familyLabs.add(labIdOf([...labs][0] as string, catalog));
        }
        s = s.replace(mention.text, " ".repeat(mention.text.length));
      }
    }
    for (const id of familyLabs) add(out.labs, id);
    for (const { id, pattern } of labPatterns(catalog)) if (pattern.test(s)) add(out.labs, id);
  }
  const result: Exclusions = {};
  if (out.labs.length > 0) result.labs = out.labs;
  if (out.countries.length > 0) result.countries = out.countries;
  if (out.licenses.length > 0) result.licenses = out.licenses;
  if (out.models.length > 0) result.models = out.models;
  if (out.providers.length > 0) result.providers = out.providers;
  if (out.hostCountries.length > 0) result.hostCountries = out.hostCountries;
  if (out.hosts.length > 0) result.hosts = out.hosts;
  if (out.originsOutside.length > 0) result.originsOutside = out.originsOutside;
  return result;
}
