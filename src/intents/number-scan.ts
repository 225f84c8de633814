// One linear pass over a message's number literals, before any pattern sees them. It bounds what
// the parsers' patterns can meet (no digit run longer than MAX_DIGITS, so no pattern backtracks
// over hundreds of digits), spells scientific notation out ("1e6" -> "1000000", never "6"), and
// reports what cannot be a real amount (400 nines, "1e308", a negative number of tokens) so the
// answer can name the problem instead of computing with Infinity.

/** More significant digits than this is no amount anyone means (a quadrillion has 16). */
export const MAX_DIGITS = 15;
/** Written in place of a literal too long or too large to be an amount; no parser reads it as a number. */
export const TOO_BIG = "(too-large-number)";

export type NumberProblemKind = "too-large" | "negative" | "not-a-number-word";

export interface NumberProblem {
  kind: NumberProblemKind;
  /** The literal as written, shortened for display. */
  shown: string;
}

export interface NumberScan {
  /** The text with every over-long or over-large literal replaced by TOO_BIG and 1e6-style literals spelled out. */
  text: string;
  problems: NumberProblem[];
}

// Words for made-up or astronomically large quantities.
const SILLY_MAGNITUDES =
  /\b(quadrillions?|quintillions?|sextillions?|septillions?|zillions?|gazillions?|bajillions?|kajillions?|googol\w*|googolplex|bazillions?|infinite|infinity)\b/i;
// A minus sign only means a negative amount next to a unit or money ("-5M tokens", "$-500").
const AMOUNT_AFTER =
  /^\s*(?:k|m|mm|mn|b|bn|t|thousand|million|billion|trillion)?\s*(?:tokens?|toks?|users?|maus?|requests?|reqs?|calls?|dollars?|usd|bucks|\$|gpus?|h100s?|a100s?|people|customers|employees|devs|developers|per|a (?:month|day)|\/)/i;

const MAGNITUDE_AFTER = /^\s?(?:thousand|million|billion|trillion|mm|mn|bn|k|m|b|t)(?![a-z])/i;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** A thousands group at `i`: the separator, exactly three digits, and no fourth ("1,000" / "50 000"). */
const threeDigitGroupAt = (text: string, i: number, separator: string): boolean =>
  text[i] === separator &&
  isDigit(text[i + 1]) &&
  isDigit(text[i + 2]) &&
  isDigit(text[i + 3]) &&
  !isDigit(text[i + 4]);
// One pattern for the module, not one per call: the scan asks per character, on every message.
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);

function shorten(literal: string): string {
  return literal.length > 24 ? `${literal.slice(0, 10)}…${literal.slice(-4)} (${literal.length} characters)` : literal;
}

/** Scans `text` once, left to right; every character is visited a constant number of times. */
export function scanNumbers(text: string): NumberScan {
  const out: string[] = [];
  const problems: NumberProblem[] = [];
  let i = 0;
  let copiedTo = 0;
  while (i < text.length) {
    const c = text[i];
    const startsNumber = isDigit(c) || (c === "." && isDigit(text[i + 1]) && !isDigit(text[i - 1]));
    if (!startsNumber) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    let j = i;
    // Integer part, with thousands groups of exactly three digits ("1,500,000").
    while (isDigit(text[j])) {
      j++;
      digits++;
    }
    // Or groups set off by a space, as Norwegian, Swedish, French or Polish writers group them
    // ("NOK 50 000", "1 200 000 tokens"; a no-break or thin space is a space after cleanText), or
    // by an apostrophe, as Swiss writers do ("CHF 10'000", "1'200'000 tokens"; a typographic one
    // is a plain apostrophe after cleanText).
    const spacedEnd = Math.max(setOffGroupsEnd(text, start, j, " "), setOffGroupsEnd(text, start, j, "'"));
    const spaced = spacedEnd > j;
    digits += ((spacedEnd - j) / 4) * 3;
    j = spacedEnd;
    while (threeDigitGroupAt(text, j, ",")) {
      j += 4;
      digits += 3;
    }
    // Fraction.
    if (text[j] === "." && isDigit(text[j + 1])) {
      j++;
      while (isDigit(text[j])) {
        j++;
        digits++;
      }
    }
    // Scientific notation, only right after the digits and not as part of a word ("1e6", "2.5e+9").
    let exponent: number | null = null;
    if ((text[j] === "e" || text[j] === "E") && !isLetter(text[start - 1])) {
      let k = j + 1;
      let sign = 1;
      if (text[k] === "+" || text[k] === "-") {
        sign = text[k] === "-" ? -1 : 1;
        k++;
      }
      let expDigits = 0;
      let exp = 0;
      while (isDigit(text[k])) {
        if (expDigits < 6) exp = exp * 10 + Number(text[k]);
        expDigits++;
        k++;
      }
      if (expDigits > 0 && !isLetter(text[k])) {
        exponent = sign * (expDigits > 5 ? 99999 : exp);
        j = k;
      }
    }
    const literal = text.slice(start, j);
    // A dash that opens the message is a list bullet ("-5M tokens a month"), not a sign.
    const negative =
      text[start - 1] === "-" && start - 1 > 0 && !isDigit(text[start - 2]) && !isLetter(text[start - 2]);
    const negativeMoney = text[start - 1] === "$" && text[start - 2] === "-";
    if (digits > MAX_DIGITS) {
      problems.push({ kind: "too-large", shown: shorten(literal) });
      out.push(text.slice(copiedTo, start), TOO_BIG);
      copiedTo = j;
    } else if (spaced) {
      out.push(text.slice(copiedTo, start), literal.replace(/[ ']/g, ","));
      copiedTo = j;
    } else if (exponent !== null) {
      const value = Number(literal.replace(/,/g, ""));
      if (!Number.isFinite(value) || value >= 10 ** MAX_DIGITS) {
        problems.push({ kind: "too-large", shown: shorten(literal) });
        out.push(text.slice(copiedTo, start), TOO_BIG);
      } else {
        out.push(text.slice(copiedTo, start), plain(value));
      }
      copiedTo = j;
    }
    if ((negative || negativeMoney) && (negativeMoney || AMOUNT_AFTER.test(text.slice(j, j + 24)))) {
      // Said back as written, with its sign, currency and magnitude: "-5M", "-$500", "-2 billion".
      const magnitude = MAGNITUDE_AFTER.exec(text.slice(j, j + 12))?.[0] ?? "";
      problems.push({ kind: "negative", shown: text.slice(negativeMoney ? start - 2 : start - 1, j) + magnitude });
    }
    i = j;
  }
  out.push(text.slice(copiedTo));
  const silly = SILLY_MAGNITUDES.exec(text);
  if (silly) problems.push({ kind: "not-a-number-word", shown: silly[0] });
  return { text: out.join(""), problems };
}

/**
 * Where the thousands groups set off by `separator` (" 000", "'000") after a number of one to
 * three digits end, or `end` when there are none to read: after a letter the digits belong to a
 * name ("qwen3 235b"), and a group that runs on into a letter, a hyphen or a decimal is a count
 * before something else ("3 200-page manuals", "llama 3 405b"), not part of one number.
 */
function setOffGroupsEnd(text: string, start: number, end: number, separator: " " | "'"): number {
  const before = text[start - 1];
  if (
    end - start > 3 ||
    text[end] !== separator ||
    isDigit(before) ||
    isLetter(before) ||
    before === "," ||
    before === "." ||
    before === "'"
  )
    return end;
  let k = end;
  while (threeDigitGroupAt(text, k, separator)) k += 4;
  const after = text[k];
  if (isLetter(after) || after === "-" || ((after === "," || after === ".") && isDigit(text[k + 1]))) return end;
  return k;
}

/** A finite number written without exponent notation (1e-7 -> "0.0000001"). */
function plain(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString("en-US", { useGrouping: false });
  return value.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: MAX_DIGITS });
}

/** The friendly sentence naming the first problem, or null. */
export function describeNumberProblem(problems: readonly NumberProblem[]): string | null {
  const p = problems[0];
  if (!p) return null;
  if (p.kind === "negative")
    return `A negative amount (${p.shown}) can't be a volume, a price or a number of users. Could you give it as a positive number?`;
  if (p.kind === "not-a-number-word")
    return `"${p.shown}" isn't an amount I can calculate with. Could you give a concrete figure, like 50M tokens a month or 2,000 users?`;
  return `That number (${p.shown}) is more than any real volume, budget or user count (I work with figures up to about a trillion). Could you give the figure you mean, like 50M tokens a month or 2,000 users?`;
}
