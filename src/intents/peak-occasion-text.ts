// A busy occasion said in a thread's what-if: "a storm day brings 200,000 conversations in one
// day", "chat doubles during an event weekend", "traffic triples on launch day", "50,000 tickets in
// a single day". An engineer sizes the service for such a day (capacity); the month it falls in is
// the ordinary month plus that day's extra, not a month of storm days. A rate said per day
// ("60,000 tickets a day", "3,000 messages in one day") is a new month, read by volume.ts, never
// here: an occasion is a day named by a word before it ("storm", "launch", "event", "single").
import { SELF_HOST_DEFAULTS } from "../costs/self-host-defaults.js";
import { itemsPerMonth, type Volume } from "../costs/volume.js";
import type { PeakOccasion, Requirements } from "../scoring/requirements.js";
import { multiplierIn } from "./multipliers.js";
import { QUANTITY, quantityValue } from "./numbers.js";
import { DAYS_PER_MONTH } from "./periods.js";
import { sameCountedThing } from "./volume.js";

/** How many days each occasion spans. */
const SPAN_DAYS: Record<string, number> = { day: 1, night: 1, weekend: 2, week: 7 };
const SPAN = /\b(day|night|weekend|week)\b(?![s'-])/g;
// Words before a day that make it a period counted every month ("a working day", "per day",
// "each day", "one day" as non-native English says "a day"), not an occasion.
const ORDINARY =
  /^(?:work(?:ing)?|business|school|week|calendar|typical|normal|average|usual|regular|ordinary|given|whole|full|each|every|per|same|next|last|one|a|an|the|that|this|in|on|of|for|over|during|within|by|and|or|to|at|more|extra|additional)$/;
// What opens an occasion's name: an article ("a storm day"), a preposition ("on launch day") or
// the supposition itself ("what if launch day brings …").
const OPENS = /^(?:a|an|one|that|the|this|on|during|over|in|for|within|if|when)$/;
// The most words of a name between its opening and the day ("a black friday sale day").
const MAX_NAME_WORDS = 3;

interface Occasion {
  words: string;
  days: number;
}

/** The first occasion named in `t` (lower case): "storm day", "event weekend", "single day". */
function occasionIn(t: string): Occasion | null {
  for (const m of t.matchAll(SPAN)) {
    const span = m[1]!;
    const before = t.slice(0, m.index).trimEnd().split(/\s+/);
    const name: string[] = [];
    while (name.length < MAX_NAME_WORDS && before.length > 0) {
      const word = before.at(-1)!;
      if (!/^[a-z][a-z'-]*$/.test(word) || ORDINARY.test(word) || OPENS.test(word)) break;
      name.unshift(before.pop()!);
    }
    if (name.length === 0) continue;
    // "a single day" is an occasion by "single" alone; any other name needs its opening word.
    const opened = before.length > 0 && OPENS.test(before.at(-1)!);
    if (name.at(-1) === "single" || opened) return { words: `${name.join(" ")} ${span}`, days: SPAN_DAYS[span] ?? 1 };
  }
  return null;
}

// "200,000 conversations", "120,000 more chats": a count of things, and whether it is on top.
const COUNT = new RegExp(String.raw`(?<![\w.,])${QUANTITY}\s+(?:(more|extra|additional)\s+)?([a-z][a-z-]*)`, "g");
const NOT_THINGS = /^(?:tokens?|times|x|percent|gb|mb|hours?|days?|minutes?|seconds?|ms|users?|people)$/;

/** The occasion's traffic a day ÷ an average day's, from a count of the thread's things or a factor. */
function dayFactorOf(t: string, occasion: Occasion, volume: Volume): number | null {
  const each = volume.perItem;
  const items = volume.kinds ? undefined : itemsPerMonth(volume);
  for (const m of t.matchAll(COUNT)) {
    const noun = m[4]!;
    if (NOT_THINGS.test(noun)) continue;
    // A count of another thing than the thread's (messages in a thread of conversations) says
    // nothing of how much busier the day is.
    if (!each || items === undefined || !sameCountedThing(noun, each.noun)) return null;
    const average = items / DAYS_PER_MONTH;
    const perDay = quantityValue(m[1]!, m[2]) / occasion.days + (m[3] !== undefined ? average : 0);
    return perDay / average;
  }
  return multiplierIn(t)?.factor ?? null;
}

/**
 * The busy occasion a what-if names against the thread's volume, with how much busier than an
 * average day it is; null when it names none, or no day busier than the average.
 */
export function peakOccasionIn(t: string, volume: Volume | undefined): PeakOccasion | null {
  if (!volume) return null;
  const occasion = occasionIn(t);
  if (!occasion) return null;
  const factor = dayFactorOf(t, occasion, volume);
  if (factor === null || !(factor > 1) || factor > 100) return null;
  return { ...occasion, dayFactor: factor };
}

/**
 * What the fleet is sized for on the occasion, as a multiple of the month's average rate: the
 * occasion's day factor times the busiest hour within a day (the thread's peak before any earlier
 * occasion, else the estimate's default), to three figures, at most 100.
 */
export function fleetPeakFor(occasion: PeakOccasion, current: Requirements): number {
  const earlier = current.peakOccasion;
  const withinDay =
    current.peakToAverage !== undefined
      ? current.peakToAverage / (earlier?.dayFactor ?? 1)
      : SELF_HOST_DEFAULTS.peakToAverage;
  return Math.min(100, Number((occasion.dayFactor * withinDay).toPrecision(3)));
}

/** The share of an ordinary month the occasion adds: (its day factor − 1) × its days ÷ 30. */
export function extraShareOfMonth(occasion: PeakOccasion): number {
  return ((occasion.dayFactor - 1) * occasion.days) / DAYS_PER_MONTH;
}
