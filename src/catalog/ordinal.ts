// "the second one", "2", "#3", "number two", "the last" -> a 0-based position in a shown list.
// Lives with the lookup ladder (its last rung) so catalog/ never imports intents/.
import { cleanText, foldCase } from "./normalize.js";

/** Ordinal and number words to their 1-based position: the one table for "the second one" everywhere. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  first: 1,
  top: 1,
  "1st": 1,
  two: 2,
  second: 2,
  "2nd": 2,
  three: 3,
  third: 3,
  "3rd": 3,
  four: 4,
  fourth: 4,
  "4th": 4,
  five: 5,
  fifth: 5,
  "5th": 5,
  six: 6,
  sixth: 6,
  "6th": 6,
  seven: 7,
  seventh: 7,
  "7th": 7,
  eight: 8,
  eighth: 8,
  "8th": 8,
  nine: 9,
  ninth: 9,
  "9th": 9,
  ten: 10,
  tenth: 10,
  "10th": 10,
};

/** Nouns a place on a shown list is said with: "the first pick", "your top choice", "the second option". */
export const PLACE_NOUNS = String.raw`(?:one|ones|option|model|pick|choice|recommendation|candidate|spot)`;

/**
 * The position (0-based) a reply like "the second one" points at in a list of `length` items,
 * or null when the whole text is not an ordinal reference (or points past the list).
 */
export function parseOrdinal(text: string, length: number): number | null {
  const t = foldCase(cleanText(text))
    .replace(/[.!?,)]+$/g, "")
    .replace(
      /^(i (mean|meant|want|pick|choose|'ll take|will take)|let's (go with|take)|go with|take|pick|choose|use)\s+/,
      "",
    )
    .replace(/^(the|option|number|no\.?|choice|#)\s*/, "")
    .replace(/^(option|number|choice|#)\s*/, "")
    .replace(/\s+(one|option|model|choice|on the list|in the list|please)$/g, "")
    .replace(/\s+(one|option|model|choice)$/g, "")
    .trim();
  if (t === "") return null;
  let position: number | null = null;
  if (/^\d{1,2}$/.test(t)) position = Number(t);
  else if (t === "last") position = length;
  else if (t in ORDINAL_WORDS) position = ORDINAL_WORDS[t] ?? null;
  if (position === null || position < 1 || position > length) return null;
  return position - 1;
}
