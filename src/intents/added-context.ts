// Context a request carries on top of what the user types: "~300 tokens with the retrieved
// context ~3k", "~200 tokens of question plus ~2k of retrieved context", "prompt 500 tokens + 4k
// tokens of retrieved chunks", "plus a 1.5k system prompt". It is input the model reads and is
// billed for, so it is added to the request's input (3.3K, not 300), and the working says both
// parts. Only context joined to the request ("with", "plus", "+") and named as retrieved or as
// a system prompt counts: "a 128k context" alone is a window need (limits.ts), not tokens sent.
// Texts here are folded, cleaned and spelled out (numbers.ts).
import { QUANTITY, quantityValue } from "./numbers.js";

const JOIN = String.raw`(?:with|plus|\+|and|including)`;
const WHAT = String.raw`(?:(?:the|a|an|its|our)\s+)?(?:(?:retrieved|retrieval|rag|search|kb|knowledge[- ]base)\s+(?:context|chunks?|passages?|snippets?|documents?|docs?|results?)|system\s+prompt|(?:rag|retrieval)\s+context|few[- ]shot\s+examples?)`;
const FILLER = String.raw`(?:\s*(?:of|is|are|at|about|around|roughly|maybe|~|:|=|\())*\s*`;
// "with the retrieved context ~3k", "plus a 1.5k system prompt", "+ 4k tokens of retrieved chunks".
const AFTER_WORDS = new RegExp(String.raw`\b${JOIN}\s+${WHAT}${FILLER}${QUANTITY}\s*(?:tokens?|toks?)?`);
const BEFORE_WORDS = new RegExp(
  String.raw`(?:\b${JOIN}|\+)\s*(?:(?:a|an|about|around|roughly|maybe|~)\s*)*${QUANTITY}\s*-?\s*(?:tokens?|toks?)?\s*(?:of\s+)?${WHAT.replace(String.raw`(?:(?:the|a|an|its|our)\s+)?`, "")}`,
);

export interface AddedContext {
  tokens: number;
  /** Where the phrase is in the text, so the request's own amounts are read without it. */
  start: number;
  end: number;
  /** What it is, as said back ("retrieved context"). */
  words: string;
}

/** The context joined to each request in `t`, if any (at least 100 tokens: less is no context). */
export function addedContextIn(t: string): AddedContext | null {
  if (!/retriev|rag\b|search|kb\b|knowledge|system prompt|few[- ]shot/.test(t)) return null;
  const m = AFTER_WORDS.exec(t) ?? BEFORE_WORDS.exec(t);
  if (m?.[1] === undefined) return null;
  const tokens = quantityValue(m[1], m[2]);
  if (!(tokens >= 100) || !Number.isFinite(tokens)) return null;
  const words = /system prompt/.test(m[0])
    ? "system prompt"
    : /few[- ]shot/.test(m[0])
      ? "few-shot examples"
      : "retrieved context";
  return { tokens, start: m.index, end: m.index + m[0].length, words };
}
