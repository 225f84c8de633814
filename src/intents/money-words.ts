// Words that make the number said just after them money, not a count of things or a token volume:
// "budget about 45,000 a month", "ARR 2M/mo", "we raised 5M", "USD 500 a day". One list for every
// reader that must leave money alone (the elided-count noun, the compact token rate).
export const MONEY_WORDS = [
  "budget",
  "spend",
  "spending",
  "cost",
  "costs",
  "pay",
  "paying",
  "price",
  "revenue",
  "arr",
  "mrr",
  "salary",
  "raise",
  "raised",
  "funding",
  "usd",
  "eur",
  "gbp",
] as const;

/**
 * A money word at the end of the text before a number, with up to `wordsBetween` words after it
 * ("budget is about" before "45,000"): each reader says how far back its money word may be.
 */
export function moneyWordBefore(wordsBetween: number): RegExp {
  return new RegExp(String.raw`\b(?:${MONEY_WORDS.join("|")})\W*(?:\w+\W+){0,${wordsBetween}}$`);
}
