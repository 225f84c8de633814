// Quantities as people type them: "10M", "1.5B", "500k", "2,000", "5 million", "a billion",
// "half a million", and how to say them back briefly ("90M", "1.5B", "2,000").
import { cleanText } from "../catalog/normalize.js";
import { perMessage } from "../per-message-memo.js";
import { inEnglishWords } from "./foreign-words.js";
import { scanNumbers } from "./number-scan.js";

/**
 * A number with an optional magnitude word or suffix. Group 1: digits, group 2: magnitude. Indian
 * digit grouping ("2,00,000", "1,50,00,000") and its words (lakh, crore) are read as written there.
 */
export const QUANTITY = String.raw`(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(k|thousand|m|mm|mn|mio|million|millions|b|bn|billion|billions|t|tn|trillion|lakhs?|crores?)?(?![a-z])`;
/** An amount of tokens, "20k tokens", "a 128k-token window" (groups: QUANTITY's digits, magnitude). */
export const TOKEN_AMOUNT = new RegExp(String.raw`${QUANTITY}\s*-?\s*(?:tokens?|toks?)\b`);

const MAGNITUDE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/**
 * Whether the text holds a digit. Every QUANTITY starts with one, so a reader made of amount
 * patterns can answer "none" for a text without digits before running any of them (most messages
 * have none, and a long one was scanned by each pattern in turn to find that): the gate of such
 * readers (reader-gates.ts).
 */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}
const DIGIT = /\d/;

/** The value of QUANTITY's two groups. */
export function quantityValue(digits: string, magnitude: string | undefined): number {
  const base = Number(digits.replace(/,/g, ""));
  const factor = magnitude === undefined ? 1 : (MAGNITUDE[magnitude.toLowerCase()] ?? 1);
  return base * factor;
}

/** Number words up to ninety and their values: one home for reading counts said in words. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, string> = {
  thousand: "thousand",
  million: "million",
  billion: "billion",
  trillion: "trillion",
};
// "one" alone is usually a pronoun ("the cheaper one"), not a number; it counts only before a
// scale or hundred ("one million").
const WEAK = new Set(["one"]);

/**
 * Spelled-out amounts as digits, in one pass over the words: "a million" -> "1 million",
 * "half a billion" -> "0.5 billion", "twenty five thousand" -> "25 thousand", "two hundred" ->
 * "200", "a couple of thousand" -> "2 thousand". Deterministic and linear in the text.
 */
export function spellOutNumbers(text: string): string {
  return spelledThisMessage(text);
}

// Each parser of a message (volume, users, requirements, team facts) spells out the same text.
const spelledThisMessage = perMessage(spellOut, 16);

function spellOut(text: string): string {
  const words = text.split(/(\s+)/);
  const out: string[] = [];
  let i = 0;
  const word = (k: number): string => words[k] ?? "";
  while (i < words.length) {
    const w = word(i);
    // "half a million", "a million", "a hundred", "a couple of thousand", "a few" stays.
    if ((w === "half" || w === "a" || w === "an") && i + 2 < words.length) {
      const next = word(i + 2);
      if (w === "half" && (word(i + 2) === "a" || word(i + 2) === "an") && SCALES[word(i + 4)] !== undefined) {
        out.push("0.5", " ", word(i + 4));
        i += 5;
        continue;
      }
      if (w !== "half" && SCALES[next] !== undefined) {
        out.push("1", " ", next);
        i += 3;
        continue;
      }
      if (w !== "half" && next === "hundred") {
        out.push("100");
        i += 3;
        continue;
      }
      if (w === "a" && next === "couple" && SCALES[word(i + 6)] !== undefined && word(i + 4) === "of") {
        out.push("2", " ", word(i + 6));
        i += 7;
        continue;
      }
    }
    const hyphenated = w.split("-");
    const isUnitWord =
      UNITS[w] !== undefined ||
      (hyphenated.length === 2 && UNITS[hyphenated[0] ?? ""] !== undefined && UNITS[hyphenated[1] ?? ""] !== undefined);
    if (isUnitWord) {
      // Read "twenty five", "two hundred", "three hundred fifty", "forty-two".
      let value = 0;
      let current = 0;
      let k = i;
      let used = 0;
      let sawHundred = false;
      while (k < words.length) {
        const parts = word(k).split("-");
        if (parts.length === 2 && UNITS[parts[0] ?? ""] !== undefined && UNITS[parts[1] ?? ""] !== undefined) {
          current += (UNITS[parts[0] ?? ""] ?? 0) + (UNITS[parts[1] ?? ""] ?? 0);
        } else if (UNITS[word(k)] !== undefined) {
          current += UNITS[word(k)] ?? 0;
        } else if (word(k) === "hundred" && used > 0) {
          current *= 100;
          sawHundred = true;
        } else if (word(k) === "and" && sawHundred && UNITS[word(k + 2)] !== undefined) {
          // "two hundred and fifty"
        } else break;
        used++;
        k += 2;
      }
      value += current;
      const scale = SCALES[word(k)];
      if (used === 1 && WEAK.has(w) && scale === undefined && !sawHundred) {
        out.push(w);
        i++;
        continue;
      }
      out.push(String(value));
      i = k - 1;
      continue;
    }
    out.push(w);
    i++;
  }
  return out.join("");
}

/** A short, readable form of a count: 1,500 / 500k / 90M / 1.5B. */
export function formatCount(n: number): string {
  const trim = (x: number): string => String(Math.round(x * 100) / 100);
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${trim(n / 1e12)}T`;
  if (abs >= 1e9) return `${trim(n / 1e9)}B`;
  if (abs >= 1e6) return `${trim(n / 1e6)}M`;
  if (abs >= 1e5) return `${trim(n / 1e3)}k`;
  // A small count keeps its fraction: "2.5 questions" (a range's middle), "0.5 requests a second".
  if (abs < 100) return trim(n);
  return Math.round(n).toLocaleString("en-US");
}

/**
 * The longest message text understood, in characters: a question never needs more, and it bounds
 * the work every parser does. The one setting for it (router, understand() and the parsers).
 */
export const MAX_UNDERSTOOD_CHARS = 2000;

/** The cleaned one-line text the parsers read, a German or French message's requirement words put in English (foreign-words.ts), number literals bounded (see number-scan). */
export function cleanMessage(text: string): string {
  return cleanedThisMessage(text);
}

// Every parser of a message cleans the same text again: the answer is kept while the message is read.
const cleanedThisMessage = perMessage(
  (text) =>
    scanNumbers(inEnglishWords(cleanText(text.slice(0, MAX_UNDERSTOOD_CHARS * 2))).slice(0, MAX_UNDERSTOOD_CHARS)).text,
  16,
);
