// A follow-up in a recommendation thread that states a requirement changes that recommendation,
// even without "what if": "and without chinese models?", "ok and if we cap it at 14B params?",
// "and at 2.5M tokens per day?", "now pretend it's agents, not chat", "if we need a BAA does the
// answer change?". Read only when the thread holds a recommendation and the message names no
// model (the caller checks both); a message that asks for a recommendation afresh is not one.
import type { Volume } from "../costs/volume.js";
import type { Requirements } from "../scoring/requirements.js";
import { countsFollowUps, resentVolume } from "./resend-text.js";
import { threadItemFor } from "./thread-volume.js";
import { rescaledCount } from "./volume.js";
import { resizedItems } from "./item-size-text.js";
import { peopleCountIn, shareOfThread } from "./thread-share.js";

// The last sentence of a message: "is 150 out realistic? lets say answers are 100 tokens" states
// its change after the doubt.
const lastClause = (lower: string) => lower.split(/[?!]\s+/).at(-1) ?? lower;

// How a follow-up opens: a joining word, a condition, or a supposition.
const FOLLOW_UP_START =
  /^(?:(?:and|now|ok(?:ay)?|so|then|but|also|plus|hmm|right|cool|great|thanks)[,!.]?\s+)*(?:and|now|then|but|also|plus|what about|how about|if|suppose|supposing|say|assume|assuming|pretend|imagine|let'?s say|instead|same (?:but|with|for)|with|without|at|for|make it|switch|change|only|no|not|drop|add|exclude|what if)\b/;
// "does the answer change?", "would that change the pick?": asks how the thread's answer moves.
const ASKS_ABOUT_ANSWER =
  /\b(?:does|would|will|could) (?:that|it|this|the (?:answer|pick|recommendation|ranking|shortlist|result)) change\b|\bchange the (?:answer|pick|ranking|shortlist)\b/;
/** Words that make a change hypothetical: a what-if to weigh, not a correction of a stated fact. */
export const HYPOTHETICAL =
  /\b(?:what if|what about if|suppose|supposing|pretend|imagine|let'?s say|say we|assume|assuming|hypothetically|in theory)\b/i;
// A question about a model ("is it as good as gpt-4o?") compares; it sets no bar.
const ASKS =
  /^(?:(?:and|so|ok(?:ay)?|but|hmm)[,]?\s+)?(?:is|are|was|were|does|do|did|how|which|would|will|can|could|should)\b/;
// Long messages are new requests rather than one change; follow-ups are short.
const MAX_FOLLOW_UP_WORDS = 14;

export function changesThread(lower: string, stated: Partial<Requirements>): boolean {
  if (Object.keys(stated).length === 0) return false;
  const words = lower.split(/\s+/).filter(Boolean).length;
  if (words > MAX_FOLLOW_UP_WORDS) return false;
  // A quality bar names itself ("answers must be no worse than gpt-4o", "we need gpt-4.1 level
  // quality"): said flatly in the thread it is a change to the shortlist, with no opening word.
  // So does a response-time target ("latency must be under 1.5 seconds").
  if ((stated.qualityFloor || stated.latencyTarget) && !ASKS.test(lower)) return true;
  return FOLLOW_UP_START.test(lower) || ASKS_ABOUT_ANSWER.test(lower);
}

/**
 * A short statement of a new count of the things the thread's volume counts ("20 requests a day")
 * or of the people it is per ("and at 150 devs?"),
 * or of a new size of each ("answers are 100 tokens", also after a doubt: "is 150 out realistic?
 * lets say answers are 100 tokens"), or a share of them kept ("only a third of the flights").
 */
export function countsForThread(lower: string, volume: Volume | undefined): boolean {
  const item = threadItemFor(lower, volume);
  if (!item || ASKS.test(lower)) return false;
  if (lower.split(/\s+/).filter(Boolean).length > MAX_FOLLOW_UP_WORDS) return false;
  if (resentVolume(lower, volume) !== null) return true;
  if (resizedItems(lastClause(lower), volume) !== null || shareOfThread(lower, volume) !== null) return true;
  // "and at 150 devs?" in a thread counted per developer: a new count of its people.
  if (peopleCountIn(lower, volume) !== null) return true;
  return !countsFollowUps(lower) && rescaledCount(lower, item) !== null;
}
