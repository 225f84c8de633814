// The recognizer for watching models ("watch these models", "stop watching"). The team profile's
// own recognizer lives with its command grammar (../profile-command.ts).
import { modelLikeName } from "../model-like-name.js";
import { PICK_PLACEHOLDER } from "../pending.js";
import type { Recognition, RecognizerInput } from "./descriptor.js";

const UNWATCH =
  /\b(?:stop (?:watching|tracking|following|monitoring|notifying (?:me|us)|alerting (?:me|us)|pinging (?:me|us))|clear (?:all )?(?:my|our) (?:watch(?:es| ?list)|alerts|subscriptions)|unwatch|unsubscribe|unfollow|no more (?:alerts|updates|notifications|pings)|don'?t (?:watch|track|notify me about) (?:it|them|that|this)? ?any ?more|remove (?:\S+ ){0,4}from (?:my|our|the) watch ?list|mute (?:alerts|updates|notifications))\b/;
const WATCH_LIST =
  /\b(?:what (?:am i|are we|do i|do we) (?:watching|tracking|following)|(?:my|our|the) watch ?list|show (?:my|our) (?:watches|alerts|subscriptions)|which models (?:am i|are we) (?:watching|tracking))\b/;
// "follow-up questions", "a follow-on study" and "a track record" name no watching.
const WATCH =
  /\b(?:watch|keep an eye on|keep tabs on|monitor|subscribe to|follow(?![- ](?:ups?|on)\b)|track(?! records?\b))\b(?! (?:out|the (?:video|talk|demo)))|\blet (?:me|us) know about (?:any )?(?:changes?|updates?)\b|\b(?:notify|alert|ping) (?:me|us) (?:when|if|about)\b|\blet (?:me|us) know (?:when|if)\b|\btell (?:me|us) when\b|\b(?:add (?:\S+ ){0,4}to (?:my|our|the) watch ?list)\b/;
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

/**
 * The sentences that ask to watch: what they watch must be named in them. A team's first message
 * that says "answers to follow-up questions" in one sentence and "no training on it" in another
 * asks for no alerts.
 */
function watchSentences(clean: string): { clean: string; lower: string }[] {
  return clean
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => ({ clean: sentence, lower: sentence.toLowerCase() }))
    .filter(({ lower }) => WATCH.test(lower) || WATCH_MORE.test(lower));
}

export function recognizeWatch({ clean, lower, refs, catalog }: RecognizerInput): Recognition | null {
  const modelIds = refs.ids.filter((id) => id !== PICK_PLACEHOLDER);
  if (UNWATCH.test(lower) || UNWATCH_MORE.test(lower))
    return { score: 0.9, intent: { kind: "watch", action: "unwatch", modelIds } };
  if (WATCH_LIST.test(lower) || WATCH_LIST_MORE.test(lower))
    return { score: 0.9, intent: { kind: "watch", action: "list", modelIds } };
  const named = (sentence: { clean: string; lower: string }) =>
    refs.fromContext ||
    refs.spans.some((span) => sentence.lower.includes(span.toLowerCase())) ||
    // A name we do not know ("watch quasar-llm") is still something to watch: the answer says it is unknown.
    refs.unknown.some((u) => sentence.lower.includes(u.query.toLowerCase())) ||
    WATCH_CONTEXT.test(sentence.lower) ||
    modelLikeName(sentence.clean, catalog, true) !== null;
  if (watchSentences(clean).some(named) && !/\bwatch out\b/.test(lower))
    return { score: 0.8, intent: { kind: "watch", action: "watch", modelIds } };
  return null;
}
