// Quantities as people type them: "10M", "1.5B", "500k", "2,000", "5 million", "a billion",
// "half a million", and how to say them back briefly ("90M", "1.5B", "2,000").

/** A number with an optional magnitude word or suffix. Group 1: digits, group 2: magnitude. */
export const QUANTITY = String.raw`(\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(k|thousand|m|mm|mn|mio|million|millions|b|bn|billion|billions|t|tn|trillion)?(?![a-z])`;

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
};

/** The value of QUANTITY's two groups. */
export function quantityValue(digits: string, magnitude: string | undefined): number {
  const base = Number(digits.replace(/,/g, ""));
  const factor = magnitude === undefined ? 1 : (MAGNITUDE[magnitude.toLowerCase()] ?? 1);
  return base * factor;
}

/** Spelled-out amounts that stand for a number ("a million" -> "1 million"). */
export function spellOutNumbers(text: string): string {
  return text
    .replace(/\bhalf an? (million|billion|thousand)\b/g, "0.5 $1")
    .replace(/\b(?:a|one) (million|billion|thousand|trillion)\b/g, "1 $1")
    .replace(/\b(a|one) hundred\b/g, "100")
    .replace(/\btwo\b/g, "2")
    .replace(/\bthree\b/g, "3")
    .replace(/\bfour\b/g, "4")
    .replace(/\bfive\b/g, "5")
    .replace(/\bten\b/g, "10");
}

/** A short, readable form of a count: 1,500 / 500k / 90M / 1.5B. */
export function formatCount(n: number): string {
  const trim = (x: number): string => String(Math.round(x * 100) / 100);
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${trim(n / 1e12)}T`;
  if (abs >= 1e9) return `${trim(n / 1e9)}B`;
  if (abs >= 1e6) return `${trim(n / 1e6)}M`;
  if (abs >= 1e5) return `${trim(n / 1e3)}k`;
  return Math.round(n).toLocaleString("en-US");
}

/** Dollars as people type them: "$500", "500 dollars", "$2k", "USD 1,200", "€300" (taken as $). */
export const MONEY = String.raw`(?:\$|usd\s*|us\$|€|eur\s*)\s*${QUANTITY}|${QUANTITY}\s*(?:dollars|usd|bucks|\$)`;

export function moneyValue(match: RegExpMatchArray | RegExpExecArray, offset = 1): number {
  const digits = match[offset] ?? match[offset + 2];
  const magnitude = match[offset] !== undefined ? match[offset + 1] : match[offset + 3];
  return digits === undefined ? NaN : quantityValue(digits, magnitude);
}

const compiled = new Map<string, RegExp>();
/**
 * A RegExp built from a pattern string, compiled once and reused: the parsers assemble patterns
 * from shared pieces (QUANTITY, MONEY), and compiling them on every message would dominate a turn.
 * Safe to share: non-global patterns keep no state, and matchAll/replace reset global ones.
 */
export function re(source: string, flags = ""): RegExp {
  const key = `${flags}/${source}`;
  let found = compiled.get(key);
  if (!found) {
    found = new RegExp(source, flags);
    compiled.set(key, found);
  }
  return found;
}
