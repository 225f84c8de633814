// Text normalization shared by model lookup and the message parsers. Model names are compared
// as token lists, so "gpt4o", "GPT-4o" and "gpt 4o" meet, while version numbers stay whole
// tokens ("3" and "3.1" never match each other: "llama 3" must not become "llama 3.1").
import { perMessage } from "../per-message-memo.js";

// Anything cleanText may change: outside printable ASCII, a backtick, a space at either end, two spaces.
const NOT_CLEAN_ASCII = /[^\x20-\x5f\x61-\x7e]|^ | $| {2}/;

/** Strips control characters and odd spacing, so parsers see one clean line of text. */
export function cleanText(text: string): string {
  // Printable ASCII with single inner spaces is already clean (NFKC leaves ASCII as it is, and
  // every replacement below targets a control character, a non-ASCII mark, a backtick or extra
  // space): most texts are cleaned twice or more while a message is read.
  if (!NOT_CLEAN_ASCII.test(text)) return text;
  return (
    text
      .normalize("NFKC")
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, " ")
      .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Lower case without diacritics ("Mistral Médium" -> "mistral medium"). */
export function foldCase(text: string): string {
  // Plain ASCII (almost every message and name) has nothing to decompose: skip ICU's normalize,
  // which cost more than the rest of this function on every call (the same result either way).
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NOT_ASCII = /[^\x00-\x7f]/;

// Words that carry no identity in a model name: "Llama 3.1 70B Instruct" is Llama 3.1 70B.
const FILLER = new Set(["instruct", "hf", "model", "llm", "the"]);
/** The filler words, so typo correction can recognise a misspelt one ("nstruct") and drop it too. */
export const FILLER_WORDS: ReadonlySet<string> = FILLER;
// A size unit after a number: "70b" and "70" are the same model size.
const SIZE_UNITS = new Set(["b", "bn", "billion"]);

/**
 * Splits a model name into comparable tokens: lower case, separators dropped, letters and
 * numbers split apart ("gpt4o" -> gpt 4 o, "8x7b" -> 8 x 7), decimals kept whole ("3.1"),
 * size units after a number dropped, filler words dropped.
 */
export function nameTokens(text: string): readonly string[] {
  return tokensThisMessage(text);
}

// Reading one message tokenises each of its words several times (is it a name's first word, does
// it continue one, is it a lab's name, a span's key): six regex passes each time were the largest
// single cost of reading a message. Tokens depend on the text alone, so they are kept while the
// message is read (per-message-memo.ts), frozen since callers share them.
const tokensThisMessage = perMessage((text) => Object.freeze(tokenize(text)));

// A word of plain letters tokenises to itself (lower case), unless it is a filler word: no
// separator, digit or "+" for the passes below to split on. Most words of a message are such words.
const PLAIN_WORD = /^[A-Za-z]+$/;

function tokenize(text: string): string[] {
  if (PLAIN_WORD.test(text)) {
    const token = text.toLowerCase();
    return FILLER.has(token) ? [] : [token];
  }
  return tokenizeAnyText(text);
}

/** tokenize's passes, for any text (tokenize takes a shortcut for a word of plain letters). */
export function tokenizeAnyText(text: string): string[] {
  const folded = foldCase(text)
    .replace(/(\d)\.(?=\d)/g, "$1\u00b7") // protect decimal points
    .replace(/[^a-z0-9\u00b7+]+/g, " ")
    .replace(/\u00b7/g, ".")
    .replace(/([a-z])(?=\d)/g, "$1 ")
    .replace(/(\d)(?=[a-z])/g, "$1 ")
    .replace(/\+/g, " plus ");
  const raw = folded.split(" ").filter((t) => t !== "");
  const out: string[] = [];
  for (const token of raw) {
    const previous = out[out.length - 1];
    if (SIZE_UNITS.has(token) && previous !== undefined && isNumberToken(previous)) continue;
    if (FILLER.has(token)) continue;
    out.push(token);
  }
  return out;
}

/** The canonical comparison key of a model name ("Llama 3.1 70B" -> "llama 3.1 70"). */
export function nameKey(text: string): string {
  return nameTokens(text).join(" ");
}

export function isNumberToken(token: string): boolean {
  return /^\d+(\.\d+)*$/.test(token);
}

/**
 * Optimal-string-alignment edit distance (insertions, deletions, substitutions, adjacent swaps),
 * stopping early once it exceeds `max`.
 */
// Scratch rows reused by every call (grown when a longer word comes): this runs for every name
// word of a similar length each time a word is checked for a typo, and fresh arrays per call
// were garbage the collector then paused a turn for. Safe: the function is synchronous.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if ((rows[0] as Int32Array).length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  // Three rolling rows (two back for the swap) instead of the whole table.
  let [before, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  before.fill(0, 0, b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length] as number;
}

/** How many typos a word of this length may carry and still be corrected. */
export function typoAllowance(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}
