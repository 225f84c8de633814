// EU data residency: the data must be processed and kept in the EU. This is not the same fact as
// a team established in the EU (inEu, for licence terms that exclude regions): "data must stay in
// the EU" says where the data lives, "we're a Berlin startup" where the team is. Places outside
// the EU are read from their own table (src/catalog/places-elsewhere.ts).
import { PLACES_ELSEWHERE } from "../catalog/places-elsewhere.js";

const byLength = (a: string, b: string) => b.length - a.length;
// The EU's member states in the places table: data kept in one of them is kept in the EU too.
const MEMBER_STATES = Object.entries(PLACES_ELSEWHERE)
  .filter(([, p]) => p.inEu)
  .map(([word]) => word)
  .sort(byLength);
const PLACE = String.raw`(?:the )?(?:eu|europe|eea|eu/eea|european union|${MEMBER_STATES.join("|")})`;
const IN = String.raw`(?:with)?in|inside`;

const RESIDENCY = new RegExp(
  [
    // "EU data residency", "EU/EEA hosting required", "european data centres"
    String.raw`\b(?:eu|european)(?:/eea)? (?:data )?(?:residency|region|hosting|hosted|data cent(?:er|re)s?|only hosting)\b`,
    // "data must stay in the EU", "it has to stay inside the EU", "must remain in Europe"
    String.raw`\b(?:(?:data|it|everything|prompts|processing) )?(?:must|has to|have to|needs to|need to|should|to|must always|will|can only) (?:stay|remain|be (?:stored|processed|hosted|kept)|live|happen|run) (?:${IN}) ${PLACE}\b`,
    // "data stays in the EU", "keep customer data in the EU", "can data stay in the EU"
    String.raw`\b(?:data|it|everything|prompts) (?:stays?|staying|remains?|remaining|lives?) (?:${IN}) ${PLACE}\b`,
    String.raw`\bkeep(?:ing)? (?:our |the |all |customer |client |user |personal )*(?:data|it|everything|prompts) (?:${IN}) ${PLACE}\b`,
    String.raw`\b(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|never|not) leave (?:the )?(?:eu|europe|eea)\b`,
    String.raw`\beu[- ](?:hosted|based (?:hosting|servers|data ?cent(?:er|re)s?)|only (?:hosting|servers|processing))\b`,
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

const ELSEWHERE = String.raw`(${Object.keys(PLACES_ELSEWHERE).sort(byLength).join("|")})`;
// Only places outside the EU: where a seat makes a team no EU establishment.
const OUTSIDE_EU = String.raw`(${Object.entries(PLACES_ELSEWHERE)
  .filter(([, p]) => !p.inEu)
  .map(([word]) => word)
  .sort(byLength)
  .join("|")})`;
// What a team says is kept in one place, after "<place>-only".
const KEPT = String.raw`(?:processing|hosting|servers?|data ?cent(?:er|re)s?|regions?|data)\b`;
// The residency phrasings above, with a place other than the EU as a whole; the first group that matched is the place.
const RESIDENCY_ELSEWHERE = new RegExp(
  [
    String.raw`\b(?:must|has to|have to|needs? to|should|can only|will|to) (?:stay|remain|be (?:stored|processed|hosted|kept|located)|live|happen|run) (?:${IN}) (?:the )?${ELSEWHERE}\b`,
    String.raw`\b(?:data|it|everything|prompts) (?:stays?|remains?|lives?) (?:${IN}) (?:the )?${ELSEWHERE}\b`,
    String.raw`\b(?:can'?t|cannot|can not|must not|mustn'?t|may not|shouldn'?t|never|not|doesn'?t|does not) (?:ever )?leave (?:the )?${ELSEWHERE}\b`,
    String.raw`\b(?:hosted|processed|stored|resident) (?:(?:only|locally|onshore) )?in (?:the )?${ELSEWHERE}\b|\b${ELSEWHERE}[- ](?:data )?(?:residency|hosting|hosted|region|data ?cent(?:er|re)s?)(?: only)?\b`,
    // "us" is a pronoun ("data never leaves us"): only "US data residency", "US-hosted" name the place.
    String.raw`\b(us)[- ](?:data )?(?:residency|hosting|hosted|region|data ?cent(?:er|re)s?)(?: only)?\b`,
    // "US-only processing", "india only hosting": the place, "only", then what is kept there.
    String.raw`\b(?:${ELSEWHERE}|(us))[- ]only ${KEPT}`,
    // "processing in the US only", "processing only in india"
    String.raw`\bprocessing (?:only (?:with)?in (?:the )?${ELSEWHERE}\b|(?:with)?in (?:the )?${ELSEWHERE} only\b)`,
  ].join("|"),
);

/**
 * The place other than the EU as a whole where `t` (folded text) says the data must stay ("data
 * cannot leave Singapore (MAS)" -> "Singapore", "Data must stay in Germany" -> "Germany"), as said
 * back; hosts are checked against it by its country (src/scoring/residency.ts).
 */
export function residencyElsewhere(t: string): string | undefined {
  const m = RESIDENCY_ELSEWHERE.exec(t);
  const word = m?.slice(1).find((g) => g !== undefined);
  return word === undefined ? undefined : word === "us" ? "the US" : PLACES_ELSEWHERE[word]?.said;
}

/**
 * The place outside the EU named right after `prefix` (a pattern source ending before the place:
 * "HQ in ", "based in "), as said back; undefined when none is.
 */
export function placeOutsideEuAfter(t: string, prefix: string): string | undefined {
  const m = new RegExp(String.raw`${prefix}${OUTSIDE_EU}\b`).exec(t);
  return m?.[1] === undefined ? undefined : PLACES_ELSEWHERE[m[1]]?.said;
}

/** Whether `t` (folded text) asks for EU data residency. */
export function needsEuResidency(t: string): boolean {
  return (RESIDENCY.test(t) || STAYS_THERE.test(t)) && !NO_RESIDENCY.test(t);
}

/**
 * Whether a message that asks for residency also says the team is in the EU ("We're in France,
 * data can't leave the EU"). GDPR alone is no place: it protects EU people's data wherever the
 * team is.
 */
export function establishedInEu(t: string): boolean {
  return ESTABLISHED.test(withoutResidency(t));
}

/** `t` with its residency phrases blanked: what is left says where the team is. */
export function withoutResidency(t: string): string {
  return t
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
