// Shares of a population said in words or before the people: "a quarter of our 200k farmers use
// it weekly", "10% of 2M users daily", "maybe half ask something each month", "one in five
// drivers contacts support". The share readers (volume-chain.ts) count "N people, P% use it …";
// these forms are rewritten into that one shape first, so every reader of shares (the volume, the
// monthly users) reads them alike. Texts here are folded, cleaned and spelled out (numbers.ts).
import { QUANTITY } from "./numbers.js";

const FRACTIONS: Record<string, number> = {
  half: 50,
  "a half": 50,
  "one half": 50,
  "a third": 33.3,
  "one third": 33.3,
  "two thirds": 66.7,
  "a quarter": 25,
  "one quarter": 25,
  quarter: 25,
  "three quarters": 75,
  "a fifth": 20,
  "one fifth": 20,
  "a tenth": 10,
  "one tenth": 10,
};
const SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const small = (word: string) => (/^\d+$/.test(word) ? Number(word) : SMALL.indexOf(word) + 1);
// "a quarter", "one in five", "1 in 10", "3 of every 10".
const FRACTION = new RegExp(
  String.raw`\b(?:(${Object.keys(FRACTIONS)
    .sort((a, b) => b.length - a.length)
    .join("|")})|(\d{1,3}|${SMALL.join("|")})\s+(?:in|of every|out of every)\s+(\d{1,4}|${SMALL.join("|")}))\b`,
  "g",
);

/** A FRACTION match as a percentage ("a quarter" → "25%", "one in five" → "20%"), or undefined. */
function asPercent(word: string | undefined, part: string | undefined, of: string | undefined): string | undefined {
  const pct = word !== undefined ? FRACTIONS[word] : (small(part ?? "") / small(of ?? "")) * 100;
  return pct !== undefined && pct > 0 && pct <= 100 ? `${Math.round(pct * 10) / 10}%` : undefined;
}

// "10% of 2M users", "25% of our 200k farmers", "5% of all 600k active drivers": the share said
// before the people it is a share of.
const SHARE_BEFORE_PEOPLE = new RegExp(
  String.raw`(\d{1,3}(?:\.\d+)?)\s*%\s*of\s+(?:(?:our|the|their|its|all|all of our|all our|those|these)\s+)*(${QUANTITY}\s*(?:[a-z-]+\s+){0,2}?[a-z]+s)\b`,
  "g",
);
/** Verbs of using the product a share is said with ("60% use it", "a quarter ask something"). */
export const USE_VERBS = String.raw`(?:use|uses|using|are\s+active|be\s+active|active|engage|log\s+in|try|chat|sign\s+up|adopt|ask|asks|contact|contacts|message|talk|write|open|opens)`;
const HEDGES = String.raw`(?:(?:who|that|will|would|might|may|actually|really|regularly|ever|even|then)\s+)*`;
// What makes a fraction a share of people: "of" the people, or a use ("a quarter ask …").
const SHARE_FOLLOWS = new RegExp(
  String.raw`^\s+(?:of\s+(?:(?:our|the|their|its|all|those|these)\s+)*\d|of\s+(?:them|those|these)\b|(?:of\s+(?:the|our|all)\s+[a-z]+\s+)?${HEDGES}${USE_VERBS}\b)`,
);
const USE_FOLLOWS = new RegExp(String.raw`^\s*${HEDGES}${USE_VERBS}\b`);

/** `t` with shares said in words as percentages, and a share said before its people moved after them. */
export function sharesSpelledOut(t: string): string {
  let out = t;
  if (/\b(?:half|third|thirds|quarter|quarters|fifth|tenth|in|every)\b/.test(out))
    out = fractionsFollowedBy(out, SHARE_FOLLOWS, 60);
  if (!/%/.test(out)) return out;
  // The people first, then the share; "use it" added where no use is said ("10% of 2M users daily").
  return out.replace(SHARE_BEFORE_PEOPLE, (whole, pct: string, people: string, ...rest: unknown[]) => {
    const offset = rest.find((r) => typeof r === "number") as number;
    const said = USE_FOLLOWS.test(out.slice(offset + whole.length, offset + whole.length + 40));
    return said ? `${people}, ${pct}%` : `${people}, ${pct}% use it`;
  });
}

// What a fraction is a share of, right after it: "half the consultants", "a third of the tickets",
// "15% of them". The caller decides whose things those are.
const OF_SOMETHING = /^\s+(?:of\s+)?(?:the|our|their|its|them|those|these|all)\b/;

/** `t` with every fraction said of something ("a third of the tickets") as a percentage ("33.3% of the tickets"). */
export function fractionsAsPercent(t: string): string {
  return fractionsFollowedBy(t, OF_SOMETHING, 20);
}

/** `t` with each fraction whose next `span` characters match `follows` said as a percentage. */
function fractionsFollowedBy(t: string, follows: RegExp, span: number): string {
  return t.replace(
    FRACTION,
    (
      whole,
      word: string | undefined,
      part: string | undefined,
      of: string | undefined,
      offset: number,
      all: string,
    ) => {
      if (!follows.test(all.slice(offset + whole.length, offset + whole.length + span))) return whole;
      return asPercent(word, part, of) ?? whole;
    },
  );
}
