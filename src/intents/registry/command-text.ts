// What a short command message says once the noise is gone: emoji, a leading slash ("/reset"),
// politeness and fillers ("pls", "tbh", "hey bot"). Command recognizers read these words, so
// "⬅️ back", "/help" and "ok go back pls" all say the same thing.

import { perMessage } from "../../per-message-memo.js";

// Emoji and their joiners / variation selectors / skin tones; keycap digits are rare in commands.
// Alternation, not one class: a class mixing joiners and modifiers reads as one misleading glyph.
const EMOJI = /\p{Extended_Pictographic}|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{1F3FB}-\u{1F3FF}]/gu;

/** Words that add nothing to a command, wherever they stand. */
const FILLER = new Set(
  (
    "please pls plz plox ok okay k hey hi hello yo thanks thx ty tbh just now then " +
    "so um uh hm hmm hmmm oops wait well actually kindly quickly"
  ).split(" "),
);

export interface CommandText {
  /** The words, lower case, without emoji, punctuation and fillers. */
  words: readonly string[];
  /** The same words joined by single spaces, for phrase patterns. */
  text: string;
  /** Whether the message had any letter or digit at all (emoji and mentions only: false). */
  hasContent: boolean;
  /** Whether the message ends in (or is) a question mark. */
  question: boolean;
}

export function commandText(lower: string): CommandText {
  return commandTextThisMessage(lower);
}

// Each command recognizer (help, chatter, reset, flow control, …) reads the same message's words:
// they are read once while the message is handled (per-message-memo.ts), frozen since all share them.
const commandTextThisMessage = perMessage((lower: string): CommandText => {
  const noEmoji = lower.replace(EMOJI, " ");
  const unslashed = noEmoji.replace(/^\s*\/(?=[a-z])/, "");
  const raw = unslashed
    .replace(/[^\p{L}\p{N}'\s/-]+/gu, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "-" && w !== "'");
  const words = raw.filter((w) => !FILLER.has(w));
  return Object.freeze({
    words: Object.freeze(words),
    text: words.join(" "),
    hasContent: /[\p{L}\p{N}]/u.test(unslashed),
    question: /\?\s*$/.test(noEmoji.trim()),
  });
});

/** Share of the words that `known` accepts: 1 when every word of the message is command vocabulary. */
export function coverage(words: readonly string[], known: (word: string) => boolean): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (known(w)) hits++;
  return hits / words.length;
}
