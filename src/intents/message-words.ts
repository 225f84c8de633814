// One pass over a message's words, shared by the requirement readers. Reading requirements runs
// a few dozen readers over the same folded text, and a reader made of a table of patterns (one
// per language, per country, per GPU …) ran every pattern over the whole text even when none of
// its words was there. The message is split into its words once (kept for the message,
// per-message-memo.ts), and such a reader first asks whether any of its own words occurs, which
// is a few set lookups, and runs its patterns only for the words that do.
//
// Words are runs of ASCII letters and digits, split where `\b` splits them: a pattern that starts
// `\bword\b` can only match where `word` is one of these words, so a reader that skips a pattern
// whose first word is absent returns what it returned before, always. Readers hand their own
// table's words to `triggerWords`, so adding a row to a table adds its trigger with it.
import { perMessage } from "../per-message-memo.js";

const wordsOf = perMessage((t: string): ReadonlySet<string> => new Set(t.split(/[^a-z0-9]+/)));

/**
 * The first word of each phrase, as the message's words would hold it: "south korean" -> "south",
 * "e.u." -> "e". A phrase whose pattern cannot match without that word may be skipped without it.
 */
export function firstWord(phrase: string): string | undefined {
  // A letter outside ASCII is no word character to `\b`: such a phrase is never skipped.
  if (/[^\p{ASCII}]/u.test(phrase)) return undefined;
  return phrase
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .find((w) => w !== "");
}

/**
 * Whether the folded text `t` may hold a phrase that starts with `word` (firstWord's answer):
 * false only when `word` is none of its words. `undefined` (no word known) always may.
 */
export function mayHold(t: string, word: string | undefined): boolean {
  return word === undefined || wordsOf(t).has(word);
}

/**
 * The last word of each phrase, as the message's words would hold it ("the netherlands" ->
 * "netherlands", "são paulo" -> "paulo"): a gate's words for a table of phrases each matched whole
 * between word boundaries, where the first word is often "the" (`mayHoldAnyOf`). Undefined when a
 * phrase has no such word, and then every text may hold one.
 */
export function lastWords(phrases: readonly string[]): ReadonlySet<string> | undefined {
  const words = phrases.map((phrase) =>
    phrase
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .findLast((w) => w !== ""),
  );
  return words.includes(undefined) ? undefined : new Set(words as string[]);
}

/**
 * Whether the folded text `t` may hold a phrase whose last word is one of `words` (lastWords'
 * answer): a gate for a reader whose every pattern needs one of a table's phrases.
 */
export function mayHoldAnyOf(t: string, words: ReadonlySet<string> | undefined): boolean {
  if (words === undefined) return true;
  const own = wordsOf(t);
  const [few, many] = own.size <= words.size ? [own, words] : [words, own];
  for (const word of few) if (many.has(word)) return true;
  return false;
}
