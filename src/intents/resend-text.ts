// Follow-up requests that send the counted thing again: "5 follow-up questions re-send the
// document", "each paper gets ~5 follow-ups that resend it", "the document is re-sent with each
// of the 5 follow-up questions". Each thing is then sent 1 + N times: a multiplier on the thread's
// count of things, said back ("3,000 documents a month × 6 sends each"). Without a re-send word
// a count of questions is a new count, not a multiplier (volume.ts reads it).
import { scaleVolume, type Volume } from "../costs/volume.js";
import { foldCase } from "../catalog/normalize.js";
import { QUANTITY, cleanMessage, formatCount, quantityValue, spellOutNumbers } from "./numbers.js";

// The thing said again: "re-send(s) the document", "resent", "include the whole paper again".
const RESENDS =
  /\b(?:re-?sen(?:d|ds|ding|t)|re-?submit\w*|re-?upload\w*|sen(?:d|ds|t) (?:it |the \w+ )?again|(?:includ\w*|carr(?:y|ies|ied)|attach\w*) (?:it|the (?:whole|full|entire) \w+|the \w+)(?: again| every time| each time)?|with the (?:whole|full|entire) \w+ (?:again|each time|every time))\b/;
// The follow-ups counted: "5 follow-up questions", "~5 follow-ups", "5 more questions".
const FOLLOW_UPS = new RegExp(
  String.raw`${QUANTITY}\s*(?:more\s+)?(?:follow[- ]?ups?|follow[- ]?up\s+(?:questions?|requests?|queries|calls|turns|messages|prompts)|(?:extra|further|additional)\s+(?:questions?|requests?|queries|turns|messages|prompts))\b`,
);
// "don't re-send", "without re-sending": the follow-ups carry no copy.
const NEGATED =
  /\b(?:no|not|never|don'?t|doesn'?t|do not|does not|without|won'?t)\s+(?:\w+\s+)?(?:re-?sen|includ|carr|attach)/;

/** Whether `text` counts follow-ups ("5 follow-up questions"): requests per thing, never a new count of things. */
export function countsFollowUps(text: string): boolean {
  return FOLLOW_UPS.test(spellOutNumbers(foldCase(cleanMessage(text))));
}

export interface Resends {
  /** How many follow-ups each send again. */
  followUps: number;
  /** How the sends of one thing are said back: "6 sends each (the first + 5 follow-ups re-sending it)". */
  words: string;
}

/** The follow-ups that send each counted thing again, when `t` (folded, spelled out) says so. */
export function resendsIn(t: string): Resends | null {
  if (!RESENDS.test(t) || NEGATED.test(t)) return null;
  const m = FOLLOW_UPS.exec(t);
  if (!m || m[1] === undefined) return null;
  const followUps = quantityValue(m[1], m[2]);
  if (!(followUps >= 1 && followUps <= 100) || !Number.isFinite(followUps)) return null;
  const sends = followUps + 1;
  return {
    followUps,
    words: `${formatCount(sends)} sends each (the first + ${formatCount(followUps)} follow-ups, each re-sending it)`,
  };
}

// Sends said back before: "3,000 documents a month × 6 sends each (…)".
const SENDS_BEFORE = /^(.*) × ([\d.]+) sends each \(.*\)$/;

/**
 * The thread's volume with each counted thing sent 1 + N times, when `text` says the follow-ups
 * re-send it; null when it does not or the thread counts no things. Sends said before are
 * replaced, not multiplied again.
 */
export function resentVolume(text: string, thread: Volume | undefined): Volume | null {
  const item = thread?.perItem;
  const resends = resendsIn(spellOutNumbers(foldCase(cleanMessage(text))));
  if (!thread || !item || !resends) return null;
  const before = SENDS_BEFORE.exec(item.countWords);
  const sendsBefore = Number(before?.[2] ?? 1) || 1;
  const countWords = `${before?.[1] ?? item.countWords} × ${resends.words}`;
  const v = scaleVolume(thread, (resends.followUps + 1) / sendsBefore, "");
  const total = v.inputTokensPerMonth + v.outputTokensPerMonth;
  return {
    ...v,
    description: `${countWords} × (${formatCount(item.inputTokens)} input + ${formatCount(item.outputTokens)} output tokens each send) = ${formatCount(total)} tokens a month`,
    perItem: { ...item, countWords },
  };
}
