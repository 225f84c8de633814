// EU data residency: the data must be processed and kept in the EU. This is not the same fact as
// a team established in the EU (inEu, for licence terms that exclude regions): "data must stay in
// the EU" says where the data lives, "we're a Berlin startup" where the team is. Places outside
// the EU are read from their own table (src/catalog/places-elsewhere.ts).
import { EITHER_PLACE, PLACE_GROUPS, PLACES_ELSEWHERE, PLACE_WORDS_ALTERNATION } from "../catalog/places-elsewhere.js";
import { isPreferenceOnly } from "./hedges.js";
import { lastWords, mayHoldAnyOf } from "./message-words.js";
import { gated } from "./reader-gates.js";

const byLength = (a: string, b: string) => b.length - a.length;
// The EU's member states in the places table: data kept in one of them is kept in the EU too.
const MEMBER_STATES = Object.entries(PLACES_ELSEWHERE)
  .filter(([, p]) => p.inEu)
  .map(([word]) => word)
  .sort(byLength);
// The EU as a whole, as a place the data is kept in.
// The EEA is read with them, as the EU is (every phrasing of one is a phrasing of the other), and
// set apart by the words a rule matched (euRuleScope): it is wider than the EU.
const EU_NAMES = ["eu", "europe", "eea", "eu/eea", "european union", "european economic area"];
const PLACE = String.raw`(?:the )?(?:${[...EU_NAMES, ...MEMBER_STATES].join("|")})`;
const IN = String.raw`(?:with)?in|inside`;
// A rule said as what may not happen beyond a place: "legal wants no processing outside the EU",
// "nothing may be stored outside Europe", "no data may leave India". The place pattern follows.
const NOT_OUTSIDE = String.raw`\b(?:no|nothing|never|not|can'?t|cannot|mustn'?t|may not|shouldn'?t|won'?t)\b(?: [\w'-]+){0,4}? (?:processing|processed|hosting|hosted|storage|stored|kept|transfer(?:s|red)?|sent|go(?:es)?) outside (?:of )?`;
const NO_DATA_LEAVES = String.raw`\bno (?:[\w'-]+ ){0,3}?leaves? `;
// What a host is to do with the data, said as the host's doing: "a provider that processes it in
// the EU", "hosts our data in the UAE", "stores candidates' data within Germany". The place follows.
// The processing itself is kept somewhere too: "we'd prefer to keep processing in Japan".
const THE_DATA = String.raw`(?:it|them|everything|(?:(?:our|the|all|their|its|customer|client|user|personal|[\w-]+(?:'s|s')) )*(?:data|prompts|records|processing))`;
const HOST_KEEPS_IT = String.raw`\b(?:process(?:es)?(?: ${THE_DATA})?|(?:stores?|hosts?|keeps?) ${THE_DATA}) (?:only )?(?:${IN}) `;

// A place the data is allowed in, said as permission: "allowed EU data centres", "Switzerland
// would be fine as well" (the place pattern goes between ALLOWS and what follows, before ALLOWED).
const ALLOWS = String.raw`(?:allow(?:s|ed|ing)?|accept(?:s|ed|ing)?|permit(?:s|ted)?)`;
const ALLOWED = String.raw`(?: (?:regions?|data ?cent(?:er|re)s?|hosting|servers?|clouds?))? (?:is|are|was|were|would be|being)(?: also)? (?:fine|ok|okay|acceptable|allowed|permitted|an option)\b`;
const RESIDENCY = new RegExp(
  [
    // "EU data residency", "EU/EEA hosting required", "european data centres"
    String.raw`\b(?:eu|european)(?:/eea)? (?:data )?(?:residency|regions?|hosting|hosted|data cent(?:er|re)s?|only hosting)\b`,
    // "data must stay in the EU", "it has to stay inside the EU", "must remain in Europe"
    // "… can leave Switzerland but stay in the EU": "but" carries the rule over from "can".
    String.raw`\b(?:(?:data|it|everything|prompts|processing) )?(?:must|has to|have to|needs to|need to|should|to|must always|will|can only|but)(?: also)? (?:stay|remain|be (?:stored|processed|hosted|kept)|live|happen|run) (?:${IN}) ${PLACE}\b`,
    // "anywhere in the EU is fine", "anywhere in Europe would do": the place the data may be.
    String.raw`\banywhere (?:${IN}) ${PLACE} (?:is|would be|will|would|works)\b`,
    // "data stays in the EU", "keep customer data in the EU", "can data stay in the EU"
    String.raw`\b(?:data|it|everything|prompts) (?:stays?|staying|remains?|remaining|lives?) (?:${IN}) ${PLACE}\b`,
    String.raw`\bkeep(?:ing)? (?:our |the |all |customer |client |user |personal )*(?:data|it|everything|prompts|processing) (?:${IN}) ${PLACE}\b`,
    String.raw`\b(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|never|not) leave (?:the )?(?:eu|europe|eea)\b`,
    String.raw`\beu[- ](?:hosted|based (?:hosting|servers|data ?cent(?:er|re)s?)|only (?:hosting|servers|processing))\b`,
    // The EU as a place the data is allowed in: "what if the client allowed EU data centres too",
    // "if legal accepts the EU", "the EU was also acceptable", "EU servers would be fine".
    String.raw`\b${ALLOWS} ${PLACE}\b(?! ai act)`,
    String.raw`\b${PLACE}${ALLOWED}`,
    // "EU only", "EU-only please", "only in the EU", "Europe only": a place the data may be, said
    // tersely; a team says where it is with other words ("we're in the EU", "an EU company").
    String.raw`\b(?:eu|eea|eu/eea|europe|european union)[- ]only\b`,
    String.raw`\bonly (?:with)?in (?:the )?(?:eu|eea|europe|european union)\b`,
    String.raw`\b(?:eu|europe(?:an)?) (?:regions?|servers?|data ?cent(?:er|re)s?|hosting) only\b`,
    String.raw`\b(?:hosted|processed|stored) in (?:the )?(?:eu|europe)\b`,
    // "EU processing", "the EU offices need EU processing"
    String.raw`\b(?:eu|european|eea)[- ](?:data )?processing\b`,
    // "processing must happen in EU data centres"
    String.raw`\b(?:in|inside|within) (?:the )?eu (?:data ?cent(?:er|re)s?|regions?|servers|clouds?)\b`,
    `${NOT_OUTSIDE}${PLACE}\\b`,
    `${NO_DATA_LEAVES}${PLACE}\\b`,
    `${HOST_KEEPS_IT}${PLACE}\\b`,
    // "we have to stay on a European cloud", "run on EU infrastructure": where the work runs.
    String.raw`\b(?:stay|remain|be|run|keep (?:it|everything|(?:our |the |all )?data)) on (?:an? |the |our )?(?:eu|european|eu-based) (?:clouds?|hosts?|hosting|servers?|infrastructure|data ?cent(?:er|re)s?)\b`,
  ].join("|"),
);
const NO_RESIDENCY = /\bno (eu )?(data )?residency\b/;
// "we are in the EU, data has to stay there": "there" is the EU the message names.
const STAYS_THERE = new RegExp(
  String.raw`\b(?:eu|europe|eea|european union)\b[^.?!]{0,60}\b(?:data|it|everything|prompts) (?:must|has to|have to|needs to|need to|should|can only) (?:stay|remain|be (?:stored|processed|hosted|kept)) there\b`,
);
// Where a team is established: an EU place or nationality, said apart from the residency words.
const ESTABLISHED =
  /\b(eu|european|germany|german|france|french|netherlands|dutch|spain|spanish|italy|italian|sweden|poland|ireland|berlin|paris|munich|amsterdam)\b/;

const ELSEWHERE = String.raw`(${PLACE_WORDS_ALTERNATION})`;
// A place a rule may offer beside others ("in Switzerland or the EU"): one of the table, the EU as a
// whole or a group of places (PLACE_GROUPS). PLACE_LIST is one place or several joined by "or": the
// data may be in any of them.
const ONE_PLACE = String.raw`(?:the )?(?:${[...Object.keys(PLACES_ELSEWHERE), ...Object.keys(PLACE_GROUPS), ...EU_NAMES].sort(byLength).join("|")})`;
const OR_PLACE = String.raw`,? (?:or|and/or) (?:(?:${IN}) )?`;
const PLACE_LIST = String.raw`(${ONE_PLACE}\b(?:${OR_PLACE}${ONE_PLACE}\b)*)`;
const SEVERAL_PLACES = new RegExp(String.raw`\b${ONE_PLACE}(?:${OR_PLACE}${ONE_PLACE}\b)+`, "g");
// Only places outside the EU: where a seat makes a team no EU establishment.
const OUTSIDE_EU = String.raw`(${Object.entries(PLACES_ELSEWHERE)
  .filter(([, p]) => !p.inEu)
  .map(([word]) => word)
  .sort(byLength)
  .join("|")})`;
// What a team says is kept in one place, after "<place>-only".
const KEPT = String.raw`(?:processing|hosting|servers?|data ?cent(?:er|re)s?|regions?|data)\b`;
// The residency phrasings above, with a place other than the EU as a whole, or several places one
// of which will do; the first group that matched is the place (placeOf).
const RESIDENCY_ELSEWHERE = new RegExp(
  [
    // "must stay in Quebec, or at least in Canada": the wider place the team accepts is the rule
    // (a province is checked as no more than its country would be). First, so the wider place wins.
    String.raw`\b(?:must|has to|have to|needs? to|should|can only|will|to) (?:stay|remain|be (?:stored|processed|hosted|kept)) [^.;!?]{1,40}?,? or (?:at least|failing that|otherwise) (?:(?:${IN}) )?(?:the )?${ELSEWHERE}\b`,
    String.raw`\b(?:must|has to|have to|needs? to|should|can only|will|to|but) (?:stay|remain|be (?:stored|processed|hosted|kept|located)|live|happen|run) (?:${IN}) ${PLACE_LIST}`,
    String.raw`\banywhere (?:${IN}) ${PLACE_LIST} (?:is|would be|will|would|works)\b`,
    String.raw`\b(?:data|it|everything|prompts) (?:stays?|remains?|lives?) (?:${IN}) ${PLACE_LIST}`,
    String.raw`\b(?:can'?t|cannot|can not|must not|mustn'?t|may not|shouldn'?t|never|not|doesn'?t|does not) (?:ever )?leave ${PLACE_LIST}`,
    String.raw`\b(?:hosted|processed|stored|resident) (?:(?:only|locally|onshore) )?in ${PLACE_LIST}|\b${ELSEWHERE}[- ](?:data )?(?:residency|hosting|hosted|regions?|data ?cent(?:er|re)s?)(?: only)?\b`,
    // "us" is a pronoun ("data never leaves us"): only "US data residency", "US-hosted" name the place.
    String.raw`\b(us)[- ](?:data )?(?:residency|hosting|hosted|regions?|data ?cent(?:er|re)s?)(?: only)?\b`,
    // "US-only processing", "india only hosting": the place, "only", then what is kept there.
    String.raw`\b(?:${ELSEWHERE}|(us))[- ]only ${KEPT}`,
    // "processing in the US only", "processing only in india"
    String.raw`\bprocessing (?:only (?:with)?in (?:the )?${ELSEWHERE}\b|(?:with)?in (?:the )?${ELSEWHERE} only\b)`,
    String.raw`\b${ALLOWS} ${PLACE_LIST}`,
    String.raw`\b${PLACE_LIST}${ALLOWED}`,
    `${NOT_OUTSIDE}${PLACE_LIST}`,
    `${NO_DATA_LEAVES}${PLACE_LIST}`,
    `${HOST_KEEPS_IT}${PLACE_LIST}`,
  ].join("|"),
);

// "No data may leave our AWS VPC", "data must never leave our Azure tenant", "nothing leaves our GCP
// project": the data stays in the team's own cloud account (placement-text.ts reads it so), which is
// no rule against that cloud.
const DATA_NOT = String.raw`(?:nothing|no (?:[\w'-]+ ){0,2}?(?:data|prompts?|information|documents?|records?)|(?:data|prompts?|it|everything)(?: [\w'-]+){0,2}? (?:can'?t|cannot|must not|mustn'?t|may not|shall not|won'?t|will not|should not|shouldn'?t|never|does not|doesn'?t))`;
export const NOT_LEAVING_OUR_CLOUD = String.raw`\b${DATA_NOT}(?: (?:may|can|must|should|will|shall|is allowed to|ever))* (?:leave|leaves|leaving) (?:our|the) (?:own )?(?:(?:aws|azure|gcp|google cloud|amazon) )?(?:vpc|account|tenant|subscription|project|cloud|org|environment)\b`;

// "No data may leave AWS", "nothing may leave Azure", "data must never leave GCP": the cloud named is
// the one data stays in, never one ruled out (its negation is the rule's own, as for a place).
const NOT_LEAVING_A_CLOUD = String.raw`\b${DATA_NOT}(?: (?:may|can|must|should|will|shall|is allowed to|ever))* (?:leave|leaves|leaving) (?:our |the )?(?:own )?(?:aws|amazon web services|azure|microsoft azure|gcp|google cloud(?: platform)?)\b`;

// Rules said as where data may not go ("data must not leave Canada", "no processing outside the
// EU"): their negation is the rule's own, never an exclusion of a lab from that country.
const LEAVE_RULES = new RegExp(
  [
    NOT_LEAVING_OUR_CLOUD,
    NOT_LEAVING_A_CLOUD,
    `${NOT_OUTSIDE}(?:${PLACE}|(?:the )?${ELSEWHERE})\\b`,
    `${NO_DATA_LEAVES}(?:${PLACE}|(?:the )?${ELSEWHERE})\\b`,
    String.raw`\b(?:can'?t|cannot|can not|must not|mustn'?t|may not|shouldn'?t|never|not|doesn'?t|does not) (?:ever )?leave (?:${PLACE}|(?:the )?${ELSEWHERE})\b`,
  ].join("|"),
  "g",
);

/** `t` with its rules on where data may not go blanked (same length, so positions still agree). */
export function withoutLeaveRules(t: string): string {
  return t.includes("leave") || t.includes("outside") ? t.replace(LEAVE_RULES, (m) => " ".repeat(m.length)) : t;
}

// Kingdoms a team may call "the Kingdom" once it has named one ("in Riyadh … processed inside the
// Kingdom"): ISO codes of the monarchies styled so, checked against the places the message names.
const KINGDOMS = new Set(["SA", "GB", "NL", "NO", "SE", "ES", "BE", "TH", "DK", "MA"]);
// Saudi words the places table leaves out (a region's city is no rule of its own: "the Dammam region").
const NAMED_PLACE = new RegExp(String.raw`\b${ELSEWHERE}\b|\b(saudi|jeddah|dammam|makkah|mecca|medina)\b`, "g");
const THE_KINGDOM = /\bthe kingdom\b/g;

/**
 * `t` with "the Kingdom" put as the one kingdom the message names elsewhere ("Riyadh … inside the
 * Kingdom" -> "… inside saudi arabia"); `t` itself when it names none or several ("the United
 * Kingdom" is a name of its own, not this).
 */
function withKingdomNamed(t: string): string {
  if (!t.includes("kingdom")) return t;
  const kingdoms = new Set<string>();
  for (const m of t.matchAll(NAMED_PLACE)) {
    const country = m[2] !== undefined ? "SA" : PLACES_ELSEWHERE[m[1] ?? ""]?.country;
    if (country !== undefined && KINGDOMS.has(country)) kingdoms.add(country);
  }
  if (kingdoms.size !== 1) return t;
  const [country] = [...kingdoms];
  const word = Object.entries(PLACES_ELSEWHERE).find(([, p]) => p.country === country)?.[0];
  return word === undefined ? t : t.replace(THE_KINGDOM, word);
}

/**
 * The place other than the EU as a whole where `t` (folded text) says the data must stay ("data
 * cannot leave Singapore (MAS)" -> "Singapore", "Data must stay in Germany" -> "Germany"), or the
 * places any one of which will do ("must stay in Switzerland or the EU" -> "Switzerland or the
 * EU", "processing must stay in the EEA" -> "the EEA"), as said back; hosts are checked against it
 * by country (src/scoring/residency.ts).
 */
export const residencyElsewhere = gated(
  "residency elsewhere",
  (t) => mayHoldAnyOf(t, ELSEWHERE_WORDS),
  (t: string): string | undefined => {
    const named = withKingdomNamed(t);
    return firstPlace(named, false) ?? (euRuleScope(named) === "eea" ? EEA : undefined);
  },
  () => undefined,
);

// Gates (reader-gates.ts): every RESIDENCY and STAYS_THERE phrasing names the EU (EU_NAMES, or
// "european", "eu-based", "europe-based") or a member state; every RESIDENCY_ELSEWHERE one a place
// of the table or "us". "The kingdom" is put as a place first (withKingdomNamed), so it opens
// both. A text holding none of these words is read no further.
const KINGDOM = "kingdom";
const EU_WORDS = lastWords([...EU_NAMES, "european", ...MEMBER_STATES, KINGDOM]);
// A list of places may name the EU among them, and the EEA alone is read here too (euRuleScope).
const ELSEWHERE_WORDS = lastWords([
  ...Object.keys(PLACES_ELSEWHERE),
  ...Object.keys(PLACE_GROUPS),
  ...EU_NAMES,
  "us",
  KINGDOM,
]);
const ANY_PLACE_WORDS = EU_WORDS && ELSEWHERE_WORDS && new Set([...EU_WORDS, ...ELSEWHERE_WORDS]);

const RESIDENCY_ALL = new RegExp(RESIDENCY.source, "g");
const ELSEWHERE_ALL = new RegExp(RESIDENCY_ELSEWHERE.source, "g");

/** The first match of `all` (a global pattern) in `t` said as a rule, or else (`preferred`) as a preference. */
function firstMatch(all: RegExp, t: string, preferred: boolean): RegExpMatchArray | undefined {
  for (const m of t.matchAll(all)) if (isPreferenceOnly(t, m.index, m.index + m[0].length) === preferred) return m;
  return undefined;
}

/** The first place other than the EU alone that a RESIDENCY_ELSEWHERE match names in `t`, said as a rule or else (`preferred`) as a preference. */
function firstPlace(t: string, preferred: boolean): string | undefined {
  for (const m of t.matchAll(ELSEWHERE_ALL)) {
    const place = placeOf(m);
    if (place !== undefined && isPreferenceOnly(t, m.index, m.index + m[0].length) === preferred) return place;
  }
  return undefined;
}

const EU_SAID = "the EU";
const EEA = "the EEA";
const SPLIT_PLACES = new RegExp(OR_PLACE);

/** One place of a list as said back ("the eu" -> "the EU", "eea" -> "the EEA"), undefined when it is none. */
function saidOf(word: string): string | undefined {
  const bare = word.replace(/^the /, "");
  if (word === "us") return "the US";
  const place = PLACES_ELSEWHERE[word] ?? PLACES_ELSEWHERE[bare] ?? PLACE_GROUPS[bare];
  return place?.said ?? (EU_NAMES.includes(bare) ? EU_SAID : undefined);
}

/**
 * The place a RESIDENCY_ELSEWHERE match names, as said back: several joined by "or" ("Switzerland
 * or the EU"), any one of which will do. The EU or the EEA alone is the EU rule's to read
 * (needsEuResidency, euRuleScope), so it is no place here.
 */
function placeOf(m: RegExpMatchArray): string | undefined {
  const words = m.slice(1).find((g) => g !== undefined);
  if (words === undefined) return undefined;
  const said = [...new Set(words.split(SPLIT_PLACES).map(saidOf))];
  if (said.includes(undefined) || (said.length === 1 && (said[0] === EU_SAID || said[0] === EEA))) return undefined;
  return said.join(EITHER_PLACE);
}

/** Places of a list that lie in the EU: with only these, a rule of several places is still an EU rule. */
const IN_EU = new Set(["eu", "europe", "eu/eea", "european union", ...MEMBER_STATES]);

/**
 * `t` with each list of several places blanked when one of them lies outside the EU ("in
 * Switzerland or the EU"): such a rule lets data leave the EU, so the EU words in it are no EU rule.
 */
function withoutWiderLists(t: string): string {
  if (!t.includes(" or ")) return t;
  return t.replace(SEVERAL_PLACES, (list) =>
    list.split(SPLIT_PLACES).every((p) => IN_EU.has(p.replace(/^the /, ""))) ? list : " ".repeat(list.length),
  );
}

// The EU itself, or one of its member states, as a rule's words name it: the EEA's own name aside.
const NAMES_EU_PROPER = new RegExp(String.raw`\b(?:eu|europe|european|${MEMBER_STATES.join("|")})\b`);
const EEA_NAMES = /\beea\b|\beuropean economic area\b/g;

/**
 * How wide the EU-like rules said in `t` let the data go: "eu" when one names the EU or a member
 * state (an EU rule; beside an EEA one, the narrower wins), "eea" when every one names only the EEA
 * ("processing must stay in the EEA": Norway, Iceland and Liechtenstein too), else undefined.
 */
function euRuleScope(t: string): "eu" | "eea" | undefined {
  const own = withoutWiderLists(t);
  let scope: "eea" | undefined;
  const rules = [...own.matchAll(RESIDENCY_ALL)].filter((m) => !isPreferenceOnly(own, m.index, m.index + m[0].length));
  const there = STAYS_THERE.exec(own);
  for (const m of there ? [...rules, there] : rules) {
    if (NAMES_EU_PROPER.test(m[0].replace(EEA_NAMES, " "))) return "eu";
    scope = "eea";
  }
  return scope;
}

// "we prefer a european vendor": a wish about who serves the model, which keeps no data anywhere.
const EUROPEAN_VENDOR_PREFERRED =
  /\bprefer(?:s|red|ably)?\s+(?:an?\s+|the\s+)?(?:eu|european|eu-based|europe-based)\s+(?:vendors?|providers?|hosts?|compan(?:y|ies)|clouds?)\b/;

/**
 * Where the team would like its data kept, or whom it would like to serve it, said as a wish and
 * not a rule ("customer data should stay in Nigeria where possible" -> "data kept in Nigeria",
 * "EU hosting preferred" -> "data kept in the EU", "we prefer a european vendor" -> "a European
 * vendor"); undefined when it says none. Said back, never ranked on.
 */
export const residencyPreferredIn = gated(
  "residency preferred",
  // EUROPEAN_VENDOR_PREFERRED names the EU too.
  (t) => mayHoldAnyOf(t, ANY_PLACE_WORDS),
  (t: string): string | undefined => {
    const named = withKingdomNamed(t);
    const elsewhere = firstPlace(named, true);
    if (elsewhere !== undefined) return `data kept in ${elsewhere}`;
    if (firstMatch(RESIDENCY_ALL, named, true) !== undefined) return "data kept in the EU";
    return EUROPEAN_VENDOR_PREFERRED.test(t) ? "a European vendor" : undefined;
  },
  () => undefined,
);

/** placeOutsideEuAfter's pattern per prefix (the callers' constants), made once, not per message. */
const afterPrefix = new Map<string, RegExp>();

/**
 * The place outside the EU named right after `prefix` (a pattern source ending before the place:
 * "HQ in ", "based in "), as said back; undefined when none is.
 */
export function placeOutsideEuAfter(t: string, prefix: string): string | undefined {
  let pattern = afterPrefix.get(prefix);
  if (!pattern) {
    pattern = new RegExp(String.raw`${prefix}${OUTSIDE_EU}\b`);
    afterPrefix.set(prefix, pattern);
  }
  const m = pattern.exec(t);
  return m?.[1] === undefined ? undefined : PLACES_ELSEWHERE[m[1]]?.said;
}

/** Whether `t` (folded text) asks for EU data residency as a rule (not only "where possible"). */
export const needsEuResidency = gated(
  "EU residency",
  (t) => mayHoldAnyOf(t, EU_WORDS),
  (t: string): boolean => {
    const named = withKingdomNamed(t);
    return euRuleScope(named) === "eu" && !NO_RESIDENCY.test(named);
  },
  () => false,
);

/** Whether `t` (folded text) names EU data residency at all, as a rule or a wish: where data goes, not the team. */
export const namesEuResidency = gated(
  "EU residency named",
  (t) => mayHoldAnyOf(t, EU_WORDS),
  (t: string): boolean => {
    const named = withKingdomNamed(t);
    const inList = () =>
      [...named.matchAll(ELSEWHERE_ALL)].some((m) => placeOf(m)?.split(EITHER_PLACE).includes(EU_SAID));
    return (RESIDENCY.test(named) || STAYS_THERE.test(named) || inList()) && !NO_RESIDENCY.test(named);
  },
  () => false,
);

/**
 * Whether a message that asks for residency also says the team is in the EU ("We're in France,
 * data can't leave the EU"). GDPR alone is no place: it protects EU people's data wherever the
 * team is.
 */
export function establishedInEu(t: string): boolean {
  return ESTABLISHED.test(withoutRegionIds(withoutResidency(t)));
}

// Azure's regions in Europe, by id; users write them as ids ("westeurope") or as the portal's
// names ("West Europe", "Germany West Central"): learn.microsoft.com/en-us/azure/reliability/regions-list.
const AZURE_EUROPE_REGIONS = [
  "west europe",
  "north europe",
  "france central",
  "france south",
  "germany west central",
  "germany north",
  "sweden central",
  "sweden south",
  "italy north",
  "poland central",
  "spain central",
  "austria east",
  "belgium central",
  "denmark east",
  "finland central",
  "greece central",
];
// A cloud region ("AWS eu-central-1", "europe-west4", "Azure (West Europe)") says where the data
// runs, not where the team is.
const CLOUD_REGION_IDS = new RegExp(
  String.raw`\b(?:eu-(?:central|west|north|south|east)-\d|europe-(?:west|north|central|southwest)\d+|${AZURE_EUROPE_REGIONS.map((r) => r.replace(/ /g, " ?")).join("|")})\b`,
  "g",
);

/** `t` with cloud region ids blanked: what is left may say where the team is. */
export function withoutRegionIds(t: string): string {
  return t.replace(CLOUD_REGION_IDS, " ");
}

/** `t` with its residency phrases blanked: what is left says where the team is. */
export function withoutResidency(t: string): string {
  // A rule of several places first ("stay in Germany or France"): the EU phrasing inside it is part of it.
  return t
    .replace(ELSEWHERE_ALL, (m) => (m.includes(" or ") ? " " : m))
    .replace(RESIDENCY, " ")
    .replace(/\b(?:data|it|everything|prompts) \w+ (?:to )?(?:stay|remain|be \w+) there\b/, " ");
}

// "what if we allow data to go anywhere?", "if the data could be processed anywhere in the world",
// "no residency rules", "what if the data could leave Nigeria": where the data may be is no
// longer bound, by any rule the thread holds.
const ANYWHERE = String.raw`anywhere(?: in the world)?|wherever|outside (?:the )?\w+|abroad|offshore`;
const DATA_FREE = new RegExp(
  [
    String.raw`\b(?:data|it|prompts?|records?|everything)\s+(?:(?:can|could|may|might|is allowed to|were allowed to|are allowed to|to)\s+)?(?:go|goes|be (?:processed|stored|hosted|sent|kept)|live|travel|leave \w+)\s+(?:${ANYWHERE})\b`,
    String.raw`\b(?:data|it|prompts?|records?)\s+(?:can|could|may|might|is allowed to|were allowed to)\s+leave\b`,
    String.raw`\bno (?:more )?(?:data )?residency(?: rules?| requirements?| constraints?)?\b`,
    String.raw`\b(?:drop|lift|remove|forget|without) (?:the |our |any )?(?:data )?residency\b`,
  ].join("|"),
);

/** Whether a change (folded text) frees the data to be processed anywhere. */
export function liftsResidency(t: string): boolean {
  return DATA_FREE.test(t);
}
