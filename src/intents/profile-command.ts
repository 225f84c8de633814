// The one home of what a message asks of the team profile: show it ("profile", "what do you know
// about us?"), add standing facts ("remember: we're an EU company…", "add to our profile: …", "keep
// in mind …"), forget some ("forget the EU part", "drop the BAA requirement from our profile"), or
// clear it ("clear our profile"). Two strengths, both here: a whole-message command (the router
// reads it first, even inside a flow, and the registry's profile recognizer scores it surest), and
// looser wording inside a longer message ("set our default deployment to on-prem"), which only the
// registry's recognizer reads and whose command the answer settles. The facts themselves are read
// by the usual parsers.
import type { Catalog } from "../catalog/catalog.js";
import { foldCase } from "../catalog/normalize.js";
import { parseAssumptionEdits } from "./assumptions-text.js";
import { parseRequirements } from "./requirements-text.js";
import { parseTeamFacts } from "./team-facts.js";
import { DECISION_RECORD } from "./registry/commands.js";
import type { Recognition, RecognizerInput } from "./registry/descriptor.js";
import type { Intent } from "./types.js";
import type { Requirements } from "../scoring/requirements.js";
import { factsNamedIn } from "../profile/describe.js";
import { standingFacts, type ProfileCommand, type StandingFacts } from "../profile/profile.js";

const PROFILE_WORD = String.raw`(?:(?:our|my|the|this|team'?s?)\s+)*(?:team\s+)?(?:profile|facts|settings|standing facts)`;

const NAMES_PROFILE = new RegExp(PROFILE_WORD);
const SHOW = new RegExp(
  String.raw`^(?:(?:please|pls|can you|could you)\s+)?(?:(?:show|see|view|list|display|print|open)\s+(?:me\s+)?${PROFILE_WORD}|${PROFILE_WORD}|what(?:'s| is) (?:in )?${PROFILE_WORD}|what (?:do you know|have you (?:saved|stored|remembered)) about (?:us|my team|our team|me)|what team facts (?:are|do you have) (?:stored|saved)|which settings are you using for us)\s*[?.!]*$`,
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

type ProfileIntent = Extract<Intent, { kind: "profile" }>;

/** The profile intent of a message that is a whole profile command, or null. */
export function profileCommandIntent(text: string, catalog: Catalog): ProfileIntent | null {
  const command = parseProfileCommand(text, catalog);
  if (!command) return null;
  return { kind: "profile", action: command.op === "show" ? "show" : "edit", text, requirements: {}, command };
}

/**
 * A forget command that names no profile, said after a shortlist whose thread holds every fact it
 * names while the profile holds none of them ("drop the budget", "forget the budget" after a
 * shortlist priced within one): it takes the fact back from the thread, a what-if the understanding
 * reads, and there is nothing in the profile to forget. `thread`: the requirements of a shortlist
 * shown, or null.
 */
export function forgetsFromTheThread(
  command: ProfileCommand | undefined,
  text: string,
  thread: Requirements | null,
  profile: StandingFacts | undefined,
): boolean {
  if (command?.op !== "forget" || command.keys.length === 0 || !thread) return false;
  if (NAMES_PROFILE.test(foldCase(text))) return false;
  return command.keys.every((key) => thread[key as keyof Requirements] !== undefined && profile?.[key] === undefined);
}

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

// Looser wording, inside a longer message: not a whole command, so the answer settles what to do.
const LOOSE_SHOW =
  /\bwhat (?:have you|did you|do you have) (?:saved|stored|remembered|noted|got|on file) (?:about|for|on) (?:us|me|my team|our team|the team)\b|\bwhat (?:do you (?:know|remember) about (?:us|my team|our team))\b|\bwhat (?:team )?(?:facts|defaults|settings) (?:are|do you have|have you) (?:stored|saved|on file)\b|\b(?:show|list|view) (?:our|my|the) (?:team )?(?:facts|defaults|standing facts|settings|profile)\b|\b(?:which|what) (?:settings|facts|defaults|assumptions) (?:are you using|do you use|do you have) (?:for|about) (?:us|me|my team|our team)\b/;
const LOOSE_EDIT =
  /^(?:save|store|update|remember|permanently|profile|for the profile|add to (?:our |my |the )?(?:team )?profile|team (?:fact|rule|default)s?)\s*:|\b(?:remove|delete|drop|forget|clear|reset) (?:\S+ ){0,5}(?:from |in )?(?:our|my|the) (?:team )?(?:profile|facts|defaults|standing facts)\b|\b(?:reset|clear) (?:our|my|the) (?:team )?profile\b|\b(?<!\b(?:you|u|i|we) )(?:remember(?: that|:)?|please remember|save:|save (?:that|this)|note (?:that|down)|keep in mind|update (?:our|my|the) (?:team )?profile|(?:add|put) (?:this |that )?(?:to|in|into) (?:our|my|the) (?:team )?profile|(?:from|in|to) (?:our|my) profile|team rule|default (?:us|to)|always assume|by default|for (?:all )?future (?:questions|answers|reference)|store (?:that|this)|from now on|going forward)\b/;
/** "what defaults are you assuming for our team?", "show me the team settings you're using". */
const LOOSE_SHOW_MORE =
  /\b(show|list|view|see|display|what)\b[^?]{0,30}\b(team|our|my) (settings|facts|defaults|profile|rules)\b|\bwhat (defaults|settings|facts|assumptions)\b[^?]{0,40}\b(us|our team|my team|the team)\b/;
/** "set our default deployment to on-prem", "make X a permanent rule for us", "change our profile: …". */
const LOOSE_EDIT_MORE =
  /\b(set|change|update|make|switch|edit)\b[^?]{0,30}\b(our|my|the team'?s?|team) (default|defaults|profile|team settings|settings)\b|\b(our|my) default \w+( \w+)? (to|is|should be)\b|\bpermanent(ly)?\b|\b(always|standing) (rule|fact)\b|\brule for us\b|\bfor good\b/;

/**
 * The registry's profile recognizer: a whole command is surest; looser wording shows (0.95) or
 * edits (0.85, below a decision record's own words: "save this as our decision").
 */
export function recognizeProfile({ clean, lower, catalog }: RecognizerInput): Recognition | null {
  const command = profileCommandIntent(clean, catalog);
  if (command) return { score: 0.95, intent: command };
  if (DECISION_RECORD.test(lower)) return null;
  const edits = LOOSE_EDIT.test(lower) || LOOSE_EDIT_MORE.test(lower);
  if (LOOSE_SHOW.test(lower) || (!edits && LOOSE_SHOW_MORE.test(lower)))
    return { score: 0.95, intent: { kind: "profile", action: "show", text: clean, requirements: {} } };
  if (!edits) return null;
  const requirements = parseRequirements(clean, catalog);
  return { score: 0.85, intent: { kind: "profile", action: "edit", text: clean, requirements, profileEdit: true } };
}
