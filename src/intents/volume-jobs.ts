// Two kinds of work in one message, each with its own count and sizes: "~300 completion requests a
// day (~2k tokens in, 60 out) and ~20 chat requests a day (~6k in, 800 out)", "Chat: 20,000
// conversations a day … Calls: about 45,000 a day, transcripts ~1,500 tokens, summary ~200 tokens",
// "~5,000 documents per quarter, plus ~400 analyst questions a day at ~20k tokens in and 1k out".
// The volume is read once per kind (volume.ts) and the kinds add up; a kind with no size of its
// own is said and left out, rather than priced at another kind's sizes.
// This file only cuts the text into what each kind is read from. Texts are folded and cleaned.
import { QUANTITY } from "./numbers.js";
import { PERIOD_NOUNS } from "./periods.js";

/** One kind of work: the text to read its volume from, and its things as said ("chat requests"). */
export interface Job {
  text: string;
  things: string;
  /** Its first count as said ("~5,000 documents"). */
  counted: string;
  /** Whether its own part of the message states a size in tokens. */
  sized: boolean;
}

/** A rated count of things, where it starts, and the words naming the things. */
export interface RatedCount {
  start: number;
  end: number;
  things: string;
  /** The text the count is read from when said as a label ("calls: about 45,000 a day" → "about 45,000 calls a day"). */
  said?: string;
}

const LEADING_AMOUNT = new RegExp(String.raw`^[~\s]*${QUANTITY}\s*`);
// A token amount: "~2k tokens", "60 out", "1,500 in".
const SIZE_SAID = /\d\s*(?:k|m)?\s*(?:-\s*)?(?:tokens?|toks?|in\b|out\b|input|output|words?)/;

/** The things a count names, the same for "300 completion requests" and "20 completion requests". */
export function thingsOf(countWords: string): string {
  return countWords.replace(LEADING_AMOUNT, "").trim().replace(/s\b/g, "");
}

/**
 * The kinds of work in `t`, given its rated counts in order: none when fewer than two kinds are
 * counted. Each count opens a part that runs to the next count; a kind is all of its parts. Each
 * kind is read from the text before the first count (who sends them, a rate said first), its own
 * parts, and what the message says after the last amount of the last part ("…, working days only").
 */
export function jobsIn(t: string, counts: readonly RatedCount[]): Job[] {
  const kinds = [...new Set(counts.map((c) => c.things))];
  if (kinds.length < 2) return [];
  const first = counts[0]!;
  const prefix = t.slice(0, first.start);
  // What opens the first count's sentence ("each developer makes", "per developer per day:") is
  // said of the kinds in that sentence; a kind counted in a later sentence is read without it.
  const sentenceOfFirst = sentenceStart(t, first.start);
  const before = t.slice(0, sentenceOfFirst);
  const last = counts.at(-1)!;
  const lastEnd = endOfLastAmount(t, last.end);
  const tail = t.slice(lastEnd);
  const partOf = (i: number) => t.slice(counts[i]!.start, i + 1 < counts.length ? counts[i + 1]!.start : lastEnd);
  const shared = sizesSharedInLists(t, counts, partOf);
  return kinds.map((things) => {
    const opening = counts.find((c) => c.things === things)!;
    let own = "";
    counts.forEach((c, i) => {
      if (c.things !== things) return;
      // A count sized by its list's last count reads as if said with that count's rate and size.
      const sharedWords = shared.get(i);
      const part = sharedWords === undefined ? partOf(i) : t.slice(c.start, c.end) + sharedWords;
      own += ` ${c.said !== undefined ? c.said + part.slice(c.end - c.start) : part}`;
    });
    const withoutCounts = own.replace(new RegExp(String.raw`${QUANTITY}\s*(?:[a-z]+\s+){0,2}?${things}`, "g"), " ");
    const counted = (opening.said ?? t.slice(opening.start, opening.end)).trim();
    const sameSentence = sentenceStart(t, opening.start) === sentenceOfFirst;
    return {
      text: `${sameSentence ? prefix : before}${own} ${tail}`,
      things,
      counted,
      sized: SIZE_SAID.test(withoutCounts),
    };
  });
}

// Counts listed one after the other, nothing but a rate and "and" (or a comma) between them: "300
// emails and 200 tickets a month", "4,000 emails a day, 1,500 chats a day". A word may end the
// count's noun ("300 case files, 200 letters": the count reads "300 case").
const LIST_GAP = new RegExp(
  String.raw`^(?:\s+[a-z][a-z-]*)?\s*(?:(?:(?:a|an|per|each|every)\s+|\/\s*)${PERIOD_NOUNS}\b)?\s*(?:,\s*(?:and|plus)?|and|plus|&|as well as)\s*(?:(?:about|around|roughly|maybe|some|another|~)\s*)*$`,
);

/**
 * A size said once after a list of counts is each one's: "300 emails and 200 tickets a month, about
 * 2K tokens each" sizes the emails too. By count index, the words after the list's last count (its
 * rate and size), to read in place of the rest of its part, for each earlier count of the list that
 * has no size of its own. A size said inside
 * one count's part ("40 bundles a month (150K each) and 300 letters") ends the list there.
 */
function sizesSharedInLists(
  t: string,
  counts: readonly RatedCount[],
  partOf: (i: number) => string,
): Map<number, string> {
  const shared = new Map<number, string>();
  let first = 0;
  for (let i = 0; i < counts.length; i++) {
    const next = counts[i + 1];
    if (next && LIST_GAP.test(t.slice(counts[i]!.end, next.start))) continue;
    const last = counts[i]!;
    const sizeWords = partOf(i).slice(last.end - last.start);
    if (i > first && SIZE_SAID.test(sizeWords))
      for (let j = first; j < i; j++) if (!SIZE_SAID.test(partOf(j))) shared.set(j, ` ${sizeWords}`);
    first = i + 1;
  }
  return shared;
}

/** Where the sentence holding `index` starts: after the last full stop (not a decimal point), "!" or "?". */
function sentenceStart(t: string, index: number): number {
  let start = 0;
  for (const m of t.slice(0, index).matchAll(/[!?]|\.(?!\d)/g)) start = m.index + 1;
  return start;
}

/** Where the last amount said after `from` ends, with the words it takes up to a comma or bracket. */
function endOfLastAmount(t: string, from: number): number {
  const sentence = /[;!?]|\.(?!\d)/.exec(t.slice(from));
  const stop = sentence ? from + sentence.index : t.length;
  const part = t.slice(from, stop);
  const lastDigit = part.search(/\d(?!.*\d)/s);
  if (lastDigit < 0) return stop;
  const after = /[,)]/.exec(part.slice(lastDigit));
  return after ? from + lastDigit + after.index + 1 : stop;
}
