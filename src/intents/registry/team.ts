// Recognizers for the team's standing facts ("remember: we're an EU company", "show our
// profile") and for watching models ("watch these models", "stop watching").
import { modelLikeName } from "../model-like-name.js";
import { PICK_PLACEHOLDER } from "../pending.js";
import { parseRequirements } from "../requirements-text.js";
import { DECISION_RECORD } from "./commands.js";
import type { Recognition, RecognizerInput } from "./descriptor.js";

const PROFILE_SHOW =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:show|view|see|display|print|open|what'?s|what is|what(?:'s| is) in)?\s*(?:me\s+)?(?:our|my|the|the team'?s?|team)?\s*(?:team\s+)?profile\??$|\bwhat (?:have you|did you|do you have) (?:saved|stored|remembered|noted|got|on file) (?:about|for|on) (?:us|me|my team|our team|the team)\b|\bwhat (?:do you (?:know|remember) about (?:us|my team|our team))\b|\bwhat (?:team )?(?:facts|defaults|settings) (?:are|do you have|have you) (?:stored|saved|on file)\b|\b(?:show|list|view) (?:our|my|the) (?:team )?(?:facts|defaults|standing facts|settings|profile)\b|\b(?:which|what) (?:settings|facts|defaults|assumptions) (?:are you using|do you use|do you have) (?:for|about) (?:us|me|my team|our team)\b/;
const PROFILE_EDIT =
  /^(?:save|store|update|remember|permanently|profile|for the profile|add to (?:our |my |the )?(?:team )?profile|team (?:fact|rule|default)s?)\s*:|\b(?:remove|delete|drop|forget|clear|reset) (?:\S+ ){0,5}(?:from |in )?(?:our|my|the) (?:team )?(?:profile|facts|defaults|standing facts)\b|\b(?:reset|clear) (?:our|my|the) (?:team )?profile\b|\b(?<!\b(?:you|u|i|we) )(?:remember(?: that|:)?|please remember|save:|save (?:that|this)|note (?:that|down)|keep in mind|update (?:our|my|the) (?:team )?profile|(?:add|put) (?:this |that )?(?:to|in|into) (?:our|my|the) (?:team )?profile|(?:from|in|to) (?:our|my) profile|team rule|default (?:us|to)|always assume|by default|for (?:all )?future (?:questions|answers|reference)|store (?:that|this)|from now on|going forward)\b/;

/** "what defaults are you assuming for our team?", "show me the team settings you're using". */
const PROFILE_SHOW_MORE =
  /\b(show|list|view|see|display|what)\b[^?]{0,30}\b(team|our|my) (settings|facts|defaults|profile|rules)\b|\bwhat (defaults|settings|facts|assumptions)\b[^?]{0,40}\b(us|our team|my team|the team)\b/;
/** "set our default deployment to on-prem", "make X a permanent rule for us", "change our profile: …". */
const PROFILE_EDIT_MORE =
  /\b(set|change|update|make|switch|edit)\b[^?]{0,30}\b(our|my|the team'?s?|team) (default|defaults|profile|team settings|settings)\b|\b(our|my) default \w+( \w+)? (to|is|should be)\b|\bpermanent(ly)?\b|\b(always|standing) (rule|fact)\b|\brule for us\b|\bfor good\b/;

export function recognizeProfile({ clean, lower, catalog }: RecognizerInput): Recognition | null {
  // "save this as our decision" is the decision record.
  if (DECISION_RECORD.test(lower)) return null;
  const edits = PROFILE_EDIT.test(lower) || PROFILE_EDIT_MORE.test(lower);
  if (PROFILE_SHOW.test(lower) || (!edits && PROFILE_SHOW_MORE.test(lower)))
    return { score: 0.95, intent: { kind: "profile", action: "show", text: clean, requirements: {} } };
  if (edits) {
    const requirements = parseRequirements(clean, catalog);
    return { score: 0.85, intent: { kind: "profile", action: "edit", text: clean, requirements, profileEdit: true } };
  }
  return null;
}

const UNWATCH =
  /\b(?:stop (?:watching|tracking|following|monitoring|notifying (?:me|us)|alerting (?:me|us)|pinging (?:me|us))|clear (?:all )?(?:my|our) (?:watch(?:es| ?list)|alerts|subscriptions)|unwatch|unsubscribe|unfollow|no more (?:alerts|updates|notifications|pings)|don'?t (?:watch|track|notify me about) (?:it|them|that|this)? ?any ?more|remove (?:\S+ ){0,4}from (?:my|our|the) watch ?list|mute (?:alerts|updates|notifications))\b/;
const WATCH_LIST =
  /\b(?:what (?:am i|are we|do i|do we) (?:watching|tracking|following)|(?:my|our|the) watch ?list|show (?:my|our) (?:watches|alerts|subscriptions)|which models (?:am i|are we) (?:watching|tracking))\b/;
const WATCH =
  /\b(?:watch|keep an eye on|keep tabs on|monitor|subscribe to|follow|track)\b(?! (?:out|the (?:video|talk|demo)))|\blet (?:me|us) know about (?:any )?(?:changes?|updates?)\b|\b(?:notify|alert|ping) (?:me|us) (?:when|if|about)\b|\blet (?:me|us) know (?:when|if)\b|\btell (?:me|us) when\b|\b(?:add (?:\S+ ){0,4}to (?:my|our|the) watch ?list)\b/;
const WATCH_CONTEXT =
  /\b(?:chang\w*|updates?|price (?:drops?|cuts?|changes?)|deprecat\w*|retire\w*|new versions?|licen[cs]e changes?|these models|them|it|those|this (?:one|model)|watch ?list)\b/;

/** "stop the alerts for gpt-4o", "remove phi 4 from the watchlist". */
const UNWATCH_MORE =
  /\b(stop|cancel|mute|disable|turn off|no more|pause)\b[^?]{0,25}\b(alerts?|notifications?|pings?|watch\w*|tracking)\b|\b(remove|delete|drop|take)\b[^?]{0,40}\b(from|off) (my|our|the) watch ?list\b/;
const WATCH_LIST_MORE =
  /\b(list|show|view|see)\b( me)? (my|our|the) (watches|watch ?list|alerts|subscriptions)\b|\bwatched models\b|\bwhat (models )?(am i|are we) (watching|following|tracking)\b|^(my|our) (watches|watch ?list|alerts)\??$/;
/** "alert this channel when grok 4 gets cheaper", "tell me if anything changes for X", "subscribe me to changes on X". */
const WATCH_MORE =
  /\b(alert|notify|ping|tell|message|dm|let)\b( \w+){1,3} (when|if|once|whenever|as soon as)\b|\bsubscribe\b|\badd\b[^?]{0,40}\bto (my |our |the )?watch ?list\b/;

export function recognizeWatch({ clean, lower, refs, catalog }: RecognizerInput): Recognition | null {
  const modelIds = refs.ids.filter((id) => id !== PICK_PLACEHOLDER);
  if (UNWATCH.test(lower) || UNWATCH_MORE.test(lower))
    return { score: 0.9, intent: { kind: "watch", action: "unwatch", modelIds } };
  if (WATCH_LIST.test(lower) || WATCH_LIST_MORE.test(lower))
    return { score: 0.9, intent: { kind: "watch", action: "list", modelIds } };
  if (
    (WATCH.test(lower) || WATCH_MORE.test(lower)) &&
    // A name we do not know ("watch quasar-llm") is still something to watch: the answer says it is unknown.
    (refs.ids.length > 0 ||
      refs.unknown.length > 0 ||
      WATCH_CONTEXT.test(lower) ||
      modelLikeName(clean, catalog, true) !== null) &&
    !/\bwatch out\b/.test(lower)
  )
    return { score: 0.8, intent: { kind: "watch", action: "watch", modelIds } };
  return null;
}
