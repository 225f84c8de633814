// German, Spanish, Portuguese, Italian, Indonesian (and often French) writers set off thousands
// with a dot and decimals with a comma: "120.000 Antworten", "1.200 tokens de entrada", "1,5 Mio.",
// "2,5 juta". Every reader here reads the English way ("120,000", "1.5"), where "120.000" is 120
// and "1,5" no number at all. A message written in one of those languages (foreign-words.ts knows
// which) has such numbers put the English way first. Only the shapes that cannot be English are
// turned: dot groups of exactly three digits ("1.200", "4.000.000") and a comma before one or two
// digits ("1,5", "0,25"). "1,200", "1.5" and "Llama 3.1" are read as they stand, so a team that
// writes its Spanish or Indonesian with English numbers ("~40,000 sellers") is read right too.

// A number whose groups are set off by dots, with an optional decimal comma: "35.000", "1.200.000,50".
const DOT_GROUPED = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d]|[.,]\d)/g;
// A decimal comma before one or two digits: "1,5", "0,25".
const DECIMAL_COMMA = /(?<![\d.,])\d+,\d{1,2}(?![\d]|[.,]\d)/g;

const swapped = (literal: string) => literal.replace(/[.,]/g, (sign) => (sign === "." ? "," : "."));

/** `text` with its dot-grouped numbers and decimal commas written the English way. */
export function withEnglishDigitGroups(text: string): string {
  if (!/\d[.,]\d/.test(text)) return text;
  return text.replace(DOT_GROUPED, swapped).replace(DECIMAL_COMMA, swapped);
}

// Japanese (and Chinese) write a count's magnitude as a kanji after its digits: "約2万件" is about
// 20,000, "1.5万" 15,000, "3億トークン" 300 million tokens, "5千" 5,000.
// Chinese writes the hundred million as 亿 (Simplified) or 億, and ten thousand as 万 or 萬.
const KANJI_MAGNITUDE = /(\d+(?:\.\d+)?)\s*([千万萬億亿])/g;
const KANJI_FACTOR: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8 };

/** `text` with "2万" / "3億" written as the English count ("20,000", "300,000,000"). */
export function withKanjiMagnitudes(text: string): string {
  return text.replace(KANJI_MAGNITUDE, (_, digits: string, kanji: string) =>
    Math.round(Number(digits.replace(/,/g, "")) * (KANJI_FACTOR[kanji] ?? 1)).toLocaleString("en-US"),
  );
}
