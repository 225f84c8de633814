// A count said with a rate but without its noun, after the message has named one kind of sized
// document: "we summarise 200-page reports, 50 a day" (pages are tokens by now), "our contracts
// run 33k tokens and we review about 1,000 a month". The count is of those documents, so the noun is put back and the
// volume readers see "50 reports a day" beside the size. Money ("$500 a month", "budget 5k a
// month") and counts that already name what they count are left alone.
import { moneyWordBefore } from "./money-words.js";
import { QUANTITY } from "./numbers.js";
import { periodAt } from "./periods.js";

/** Documents whose size in tokens a message may give: each one is a request of that size. */
export const SIZED_THINGS = String.raw`(?:contexts?|documents?|docs?|contracts?|pdfs?|files?|reports?|transcripts?|books?|codebases?|monorepos?|repos?|repositor(?:y|ies)|filings?|papers?|manuals?|threads?|emails?|briefs?|polic(?:y|ies)|leases?|specs?)`;

// "130k-token reports", "130000 tokens reports", "our contracts run (about) 33000 tokens".
const SIZE_THEN_NOUN = new RegExp(String.raw`${QUANTITY}\s*-?\s*tokens?\s+(${SIZED_THINGS})\b`);
const NOUN_THEN_SIZE = new RegExp(
  String.raw`\b(${SIZED_THINGS})\s+\(?(?:(?:are|is|run|runs|of|average|averaging|about|around|often|typically|usually|up to|roughly|~)\s*)+${QUANTITY}\s*tokens?\b`,
);
// A count that names sized documents ("3,000 contracts"): group 3 is the noun.
const COUNTED_THINGS = new RegExp(String.raw`${QUANTITY}\s+(${SIZED_THINGS})\b`, "g");
const BARE_COUNT = new RegExp(String.raw`(?<![$€£¥\d.,])${QUANTITY}(?=\s+(?:a|an|per|each|every)\s)`, "g");
// "budget is about 5k a month": up to three words between the money word and the number.
const MONEY_BEFORE = moneyWordBefore(3);
// "Calls: about 45,000 a day": the count's own noun is said before it, with a colon.
const NAMED_BEFORE = /\b[a-z]{3,}\s*:\s*(?:(?:about|around|roughly|approx\.?|maybe|~)\s*)*$/;
const MONEY_AFTER = /^\s+(?:a|an|per|each|every)\s+\w+\s*(?:budget|spend|usd|dollars?|euros?|pounds?)\b/;

/** `t` (folded, numbers as digits, sizes in tokens) with the sized documents' noun after a bare rated count. */
export function withElidedCountNoun(t: string): string {
  const named = SIZE_THEN_NOUN.exec(t);
  const noun = named?.[3] ?? NOUN_THEN_SIZE.exec(t)?.[1];
  if (noun === undefined) return t;
  // A count that names the documents is already there: a second, bare one is something else.
  for (const counted of t.matchAll(COUNTED_THINGS)) if (counted[3] === noun) return t;
  for (const m of t.matchAll(BARE_COUNT)) {
    const end = m.index + m[0].length;
    if (!periodAt(t, end)) continue;
    const before = t.slice(Math.max(0, m.index - 25), m.index);
    if (MONEY_BEFORE.test(before) || NAMED_BEFORE.test(before) || MONEY_AFTER.test(t.slice(end))) continue;
    return `${t.slice(0, end)} ${noun}${t.slice(end)}`;
  }
  return t;
}
