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

const SHOW = new RegExp(
  String.raw`^(?:(?:show|see|view|list|display)\s+(?:me\s+)?${PROFILE_WORD}|${PROFILE_WORD}|what(?:'s| is) (?:in )?${PROFILE_WORD}|what (?:do you know|have you (?:saved|stored|remembered)) about (?:us|my team|our team|me)|what team facts (?:are|do you have) (?:stored|saved)|which settings are you using for us)\s*[?.!]*$`,
);
const CLEAR = new RegExp(
  String.raw`^(?:please\s+)?(?:clear|reset|delete|wipe|erase|empty)\s+${PROFILE_WORD}\s*[.!]*$|^forget everything(?: about us)?\s*[.!]*$`,
);
const FORGET = new RegExp(
  String.raw`^(?:please\s+)?(?:forget|drop|remove|delete|unset)\b(.*?)(?:\s+(?:from|in)\s+${PROFILE_WORD})?\s*[.!]*$`,
);
const REMEMBER = new RegExp(
  String.raw`^(?:please\s+)?(?:remember|keep in mind|note(?: that)?|save|store|(?:add|put|write)(?: this| that)? (?:to|in|into) ${PROFILE_WORD}|(?:update|set) ${PROFILE_WORD}(?: to)?|for (?:the|our|my) (?:team )?profile|team rule|permanently|for (?:all|every) (?:future )?(?:threads?|questions?|conversations?))\s*(?:that\s+)?[:,-]?\s*(.+)$`,
);
/** "…, please remember", "… for every future question". */
const REMEMBER_AFTER =
  /^(.+?)[\s,.;:-]+(?:please\s+)?(?:remember(?: that| this)?|for (?:all|every) future (?:threads?|questions?|conversations?))\s*[.!]*$/;

/** A mention of the profile alone ("forget the EU part" with nothing forgettable is not a profile command). */
export function parseProfileCommand(text: string, catalog: Catalog): ProfileCommand | null {
  const lower = foldCase(text)
    .replace(/<@[^>]+>\s*/g, "")
    .trim();
  if (SHOW.test(lower)) return { op: "show" };
  if (CLEAR.test(lower)) return { op: "clear" };
  const forget = FORGET.exec(lower);
  if (forget) {
    const keys = factsNamedIn(forget[1] ?? "");
    // "forget it" / "remove GPT-4o" are not about the profile unless the profile is named.
    if (keys.length > 0 || new RegExp(PROFILE_WORD).test(lower))
      return { op: "forget", keys, text: forget[1]?.trim() ?? "" };
  }
  const said = REMEMBER.exec(lower)?.[1] ?? REMEMBER_AFTER.exec(lower)?.[1];
  if (!said) return null;
  const facts = factsIn(said, catalog);
  // "save the decision record", "note the price": not a standing fact unless the profile is meant.
  if (Object.keys(facts).length === 0 && !/\b(remember|keep in mind|profile)\b/.test(lower)) return null;
  return { op: "remember", facts, text: said.trim() };
}

/** The standing facts a "remember" text states (requirements, licence facts, ops capacity, GPUs). */
export function factsIn(text: string, catalog: Catalog): StandingFacts {
  const req = parseRequirements(text, catalog);
  const edits = parseAssumptionEdits(text);
  if (req.mlOpsExperience === undefined && edits.opsCapacity) req.mlOpsExperience = edits.opsCapacity;
  if (req.gpuHourlyUsd === undefined && edits.gpuHourlyUsd !== undefined) req.gpuHourlyUsd = edits.gpuHourlyUsd;
  return standingFacts(req, parseTeamFacts(text));
}
