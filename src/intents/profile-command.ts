// Recognizes what a message asks of the team profile: show it ("profile", "what do you know about
// us?"), add standing facts ("remember: we're an EU company…", "add to our profile: …", "keep in
// mind …"), forget some ("forget the EU part", "drop the BAA requirement from our profile"), or
// clear it ("clear our profile"). The facts themselves are read by the usual parsers.
import type { Catalog } from "../catalog/catalog.js";
import { foldCase } from "../catalog/normalize.js";
import { parseAssumptionEdits } from "./assumptions-text.js";
import { parseRequirements } from "./requirements-text.js";
import { parseTeamFacts } from "./team-facts.js";
import { factsNamedIn } from "../profile/describe.js";
import { standingFacts, type ProfileCommand, type StandingFacts } from "../profile/profile.js";

const PROFILE_WORD = String.raw`(?:(?:our|my|the|this|team'?s?)\s+)*(?:team\s+)?(?:profile|facts|settings|standing facts)`;

const NAMES_PROFILE = new RegExp(PROFILE_WORD);
const SHOW = new RegExp(
  String.raw`^(?:(?:show|see|view|list|display)\s+(?:me\s+)?${PROFILE_WORD}|${PROFILE_WORD}|what(?:'s| is) (?:in )?${PROFILE_WORD}|what (?:do you know|have you (?:saved|stored|remembered)) about (?:us|my team|our team|me)|what team facts (?:are|do you have) (?:stored|saved)|which settings are you using for us)\s*[?.!]*$`,
);
const CLEAR = new RegExp(
  String.raw`^(?:please\s+)?(?:clear|reset|delete|wipe|erase|empty)\s+${PROFILE_WORD}\s*[.!]*$|^forget everything about (?:us|our team|my team)\s*[.!]*$`,
);
const FORGET = new RegExp(
  String.raw`^(?:please\s+)?(?:forget|drop|remove|delete|unset)\b(.*?)(?:\s+(?:from|in)\s+${PROFILE_WORD})?\s*[.!]*$`,
);
const REMEMBER = new RegExp(
  String.raw`^(?:please\s+)?(?:remember|keep in mind|note(?: that)?|save|store|(?:add|put|write)(?: this| that)? (?:to|in|into) ${PROFILE_WORD}|(?:update|set) ${PROFILE_WORD}(?: to)?|for (?:the|our|my) (?:team )?profile|team rule|permanently|for (?:all|every) (?:future )?(?:threads?|questions?|conversations?))\s*(?:that\s+)?[:,-]?\s*(.+)$`,
);
/**
 * "…, please remember", "… for every future question". The bare verb needs a stop before it:
 * "drop everything you remember" tells what to forget, it asks nothing to be remembered.
 */
const REMEMBER_AFTER =
  /^(.+?)(?:[,.;:-]\s*|\s+please\s+)(?:please\s+)?(?:remember(?: that| this)?|for (?:all|every) future (?:threads?|questions?|conversations?))\s*[.!]*$|^(.+?)\s+for (?:all|every) future (?:threads?|questions?|conversations?)\s*[.!]*$/;
/** A watch list is not the profile: "remove phi 4 from the watchlist" stops watching it. */
const WATCH_LIST = /\bwatch ?list|\bwatches\b|\balerts\b/;

/** A mention of the profile alone ("forget the EU part" with nothing forgettable is not a profile command). */
export function parseProfileCommand(text: string, catalog: Catalog): ProfileCommand | null {
  const lower = foldCase(text)
    .replace(/<@[^>]+>\s*/g, "")
    .trim();
  if (SHOW.test(lower)) return { op: "show" };
  if (CLEAR.test(lower)) return { op: "clear" };
  const forget = FORGET.exec(lower);
  if (forget && !WATCH_LIST.test(lower) && (NAMES_PROFILE.test(lower) || isOneClause(forget[1] ?? ""))) {
    const keys = factsNamedIn(forget[1] ?? "");
    // "forget it" / "remove GPT-4o" are not about the profile unless the profile is named.
    if (keys.length > 0 || NAMES_PROFILE.test(lower)) return { op: "forget", keys, text: forget[1]?.trim() ?? "" };
  }
  const after = REMEMBER_AFTER.exec(lower);
  const said = REMEMBER.exec(lower)?.[1] ?? after?.[1] ?? after?.[2];
  if (!said) return null;
  const facts = factsIn(said, catalog);
  // "save the decision record", "note the price": not a standing fact unless the profile is meant.
  if (Object.keys(facts).length === 0 && !/\b(remember|keep in mind|profile)\b/.test(lower)) return null;
  return { op: "remember", facts, text: said.trim() };
}

/**
 * "forget the EU part" on its own edits the profile; "forget regulated stuff, it's all public
 * text. summarization at 2B tokens" corrects the message's own need and goes on to state more.
 */
function isOneClause(rest: string): boolean {
  return !/[,.;!?]\s*\S/.test(rest.trim());
}

/** The standing facts a "remember" text states (requirements, licence facts, ops capacity, GPUs). */
export function factsIn(text: string, catalog: Catalog): StandingFacts {
  const req = parseRequirements(text, catalog);
  const edits = parseAssumptionEdits(text);
  if (req.mlOpsExperience === undefined && edits.opsCapacity) req.mlOpsExperience = edits.opsCapacity;
  if (req.gpuHourlyUsd === undefined && edits.gpuHourlyUsd !== undefined) req.gpuHourlyUsd = edits.gpuHourlyUsd;
  return standingFacts(req, parseTeamFacts(text));
}
