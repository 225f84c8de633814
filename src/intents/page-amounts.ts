// Text said in pages: "contracts (often 150 pages)", "200-page reports", "4,000 pages a month".
// Legal, insurance and regulatory teams measure their documents this way, so a page amount becomes
// tokens before the token readers see it: about 500 words a page (a single-spaced page of prose,
// assumed) at the 4-tokens-for-3-words rule the word readers use. A page amount is converted only
// where the token readers would take the same text said in tokens as one thing's size or a rated
// volume; pages a corpus or site holds ("RAG over 5k pages", "our help centre has 300 pages") stay
// pages, since the tokens of a searched collection are neither. A stated size per page ("~500
// words per page", "2,500 tokens per page") is the team's own figure, and so is any size said in
// tokens ("reports of 300-800 pages … ~150k tokens of source documents each"): then the pages only
// describe the documents and nothing is assumed here.
import { QUANTITY, quantityValue, TOKEN_AMOUNT } from "./numbers.js";
import { periodAt } from "./periods.js";
import { TOKENS_PER_WORD, WORDS_PER_PAGE } from "./text-units.js";

export const PAGES_NOTE = `counting about ${WORDS_PER_PAGE} words a page and 4 tokens for every 3 words (assumed)`;

const PAGE_AMOUNT = new RegExp(String.raw`${QUANTITY}\s*(-\s*)?pages?\b`, "g");
// Small page counts said in words, which the number speller leaves alone: "a one-page summary".
const PAGE_WORDS: Record<string, string> = { one: "1", single: "1", two: "2", three: "3", four: "4", five: "5" };
const PAGES_IN_WORDS = /\b(one|single|two|three|four|five)(?=\s*-?\s*pages?\b)/g;
const SOME_PAGES_IN_WORDS = new RegExp(PAGES_IN_WORDS.source);

/** Whether folded `t` says a small page count in words ("a two-page letter"): an amount with no digit. */
export const hasPagesInWords = (t: string): boolean => SOME_PAGES_IN_WORDS.test(t);
const SIZE_PER_PAGE = /\b(?:tokens?|toks?|words?|char(?:acter)?s?)\s*(?:per|a|each|every|\/)\s*page\b/;
// Words that make the pages after them a collection searched or held, not something sent.
const HELD_IN = new RegExp(
  String.raw`\b(?:over|across|through|throughout|searching|search|searches|index(?:es|ing)?|indexed|corpus|library|archive|collection|knowledge base|wiki|has|have|had|holds?|contains?|containing|totall?ing)\s+(?:(?:~|about|around|roughly|some|nearly|almost|over|more than|up to|our|the|a|an|its|their)\s*)*$`,
);

/** Whether tokens at [start, end) of `t` are one thing's size (a context need or an item's size). */
export type SizeJudge = (t: string, start: number, end: number) => boolean;

export interface PagesAsTokens {
  text: string;
  converted: boolean;
}

/** `t` (folded, numbers in digits) with each page amount that is a size or a rated amount in tokens. */
export function pagesAsTokens(t: string, isSize: SizeJudge): PagesAsTokens {
  if (!/\bpages?\b/.test(t) || SIZE_PER_PAGE.test(t) || TOKEN_AMOUNT.test(t)) return { text: t, converted: false };
  let converted = false;
  let shift = 0;
  const digits = t.replace(PAGES_IN_WORDS, (word: string) => PAGE_WORDS[word] ?? word);
  let text = digits;
  for (const m of digits.matchAll(PAGE_AMOUNT)) {
    if (m[1] === undefined) continue;
    const pages = quantityValue(m[1], m[2]);
    if (!(pages > 0) || !Number.isFinite(pages)) continue;
    if (HELD_IN.test(digits.slice(Math.max(0, m.index - 40), m.index))) continue;
    const tokens = `${Math.round(pages * WORDS_PER_PAGE * TOKENS_PER_WORD)}${m[3] === undefined ? " tokens" : "-token"}`;
    const start = m.index + shift;
    const candidate = text.slice(0, start) + tokens + text.slice(start + m[0].length);
    const end = start + tokens.length;
    if (!periodAt(candidate, end) && !isSize(candidate, start, end)) continue;
    text = candidate;
    shift += tokens.length - m[0].length;
    converted = true;
  }
  return converted ? { text, converted } : { text: t, converted };
}
