// A what-if on where the data may be: a new place is the thread's one place rule, in the stead of
// the one it held. Both together would be met by no host ("what if we can use an EU region
// instead?" in a thread whose data must stay in Switzerland), and a team that names a new place in
// a what-if means that place. Said with "also", the place is added (what-if-text.ts tests that),
// unless it is allowed as well ("what if the client allowed EU data centres too" where the data
// must stay in the US): then the data may be in either place, one rule of both (placeRuleWidened).
import { EITHER_PLACE, ruleInsideEu } from "../catalog/places-elsewhere.js";
import type { Requirements } from "../scoring/requirements.js";

type PlaceKey = "euDataResidency" | "residencyElsewhere";

/** The thread's place rules that the place a what-if names (`said`, as read from it) replaces. */
export function placeRulesReplaced(said: Partial<Requirements>, current: Requirements): PlaceKey[] {
  const out: PlaceKey[] = [];
  // The EU alone: the thread's other place goes, whether outside the EU (Switzerland) or a member
  // state the what-if widens to the whole EU ("what if anywhere in Europe is fine?").
  if (
    said.euDataResidency === true &&
    said.residencyElsewhere === undefined &&
    current.residencyElsewhere !== undefined
  )
    out.push("residencyElsewhere");
  // A place that lets the data leave the EU: the thread's EU rule goes. A member state keeps it,
  // being inside the EU anyway (as a first message's "data must stay in Germany" reads).
  if (
    said.residencyElsewhere !== undefined &&
    said.euDataResidency !== true &&
    current.euDataResidency === true &&
    !ruleInsideEu(said.residencyElsewhere)
  )
    out.push("euDataResidency");
  return out;
}

// A place allowed beside the thread's ("… allowed EU data centres too", "the EU was also
// acceptable", "what if we could also use EU hosting"): permission with an adding word. "The data
// must also stay in the EU" is a second rule, and no permission.
const PERMITS =
  /\b(?:allow(?:s|ed|ing)?|accept(?:s|ed|ing)?|acceptable|fine|ok|okay|permit(?:s|ted)?|approved?|an option|(?:can|could|may|might)(?: also)? (?:use|go)|would do)\b/;
const AS_WELL = /\b(?:too|also|as well|in addition)\b/;
const EU_SAID = "the EU";

/** Whether a what-if (folded text) allows a place as well as the one the thread holds. */
export function allowsPlaceAsWell(t: string): boolean {
  return PERMITS.test(t) && AS_WELL.test(t);
}

/** The places a rule allows, as said back: its own list, or the EU for an EU rule. */
function placesOf(r: Partial<Requirements>): string[] {
  if (r.residencyElsewhere !== undefined) return r.residencyElsewhere.split(EITHER_PLACE);
  return r.euDataResidency === true ? [EU_SAID] : [];
}

/**
 * The thread's place rule widened by the place a what-if allows as well: any one of the places
 * enough ("the US or the EU"). A place inside the EU goes when the EU itself is allowed; the EU
 * alone is the EU rule. "held" when the thread allows the place already ("Germany too" where the
 * data must stay in the EU); undefined when the thread or the what-if names no place.
 */
export function placeRuleWidened(
  said: Partial<Requirements>,
  current: Requirements,
): Pick<Requirements, "euDataResidency" | "residencyElsewhere"> | "held" | undefined {
  const held = placesOf(current);
  const named = placesOf(said);
  if (held.length === 0 || named.length === 0) return undefined;
  const added = named.filter((p) => !held.includes(p));
  let places = [...held, ...added];
  if (places.includes(EU_SAID)) places = places.filter((p) => p === EU_SAID || !ruleInsideEu(p));
  if (places.length === held.length && places.every((p) => held.includes(p))) return "held";
  return places.length === 1 && places[0] === EU_SAID
    ? { euDataResidency: true, residencyElsewhere: undefined }
    : { euDataResidency: undefined, residencyElsewhere: places.join(EITHER_PLACE) };
}
