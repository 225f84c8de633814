// The links of a volume said as a chain of counts, each read on its own here and multiplied in
// volume.ts:
//   "~180k students, maybe 60% use it monthly"      -> the share of the people who use it
//   "2M calls a month, each call ~10 turns, ~150 tokens per turn" -> the parts of one thing,
//                                                       when the tokens are said per part
//   "RAG over ~5k pages of regulations"             -> a collection searched, not things sent
// Texts here are folded, cleaned and spelled out (numbers.ts), as volume.ts reads them.
import { QUANTITY, quantityValue } from "./numbers.js";
import { PER_WORD, PERIOD_NOUNS, periodOpening, type Period } from "./periods.js";
import { USE_VERBS } from "./share-words.js";

// "60% use it", "5% of subs use it monthly", "10% of them are active", "25 % actually use the app".
const SHARE_OF_PEOPLE = new RegExp(
  String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*(?:of\s+(?:them|those|these|(?:the|our|all)\s+[a-z]+|[a-z]+)\s+)?(?:(?:will|would|might|may|actually|really|regularly|ever|even)\s+)*${USE_VERBS}\b`,
  "g",
);

export interface UserShare {
  /** Between 0 and 1. */
  share: number;
  start: number;
  end: number;
  /** How often they use it, said right after ("use it weekly", "ask something each month"). */
  period?: Period;
  /** The people it is a share of, counted just before it ("200k farmers on the platform, maybe 25% …"). */
  people?: { count: number; phrase: string; start: number };
}

// A count of a plural noun just before the share, no other number between: whoever uses the
// product is people, whatever the noun ("farmers", "drivers").
const PEOPLE_BEFORE_SHARE = new RegExp(String.raw`(${QUANTITY}\s*(?:[a-z-]+\s+){0,2}?[a-z]+s)\b[^.?!\d%]{0,40}$`);

/** Every "N% (of them) use it" in `t`: the share of a people count that uses the product. */
export function userSharesIn(t: string): UserShare[] {
  if (!/%|percent|per cent/.test(t)) return [];
  const out: UserShare[] = [];
  for (const m of t.matchAll(SHARE_OF_PEOPLE)) {
    const share = Number(m[1]) / 100;
    if (!(share > 0 && share <= 1)) continue;
    const end = m.index + m[0].length;
    const found: UserShare = { share, start: m.index, end };
    const period = periodSoonAfter(t, end);
    if (period) found.period = period;
    const from = Math.max(0, m.index - 80);
    const people = PEOPLE_BEFORE_SHARE.exec(t.slice(from, m.index));
    const count = people?.[2] !== undefined ? quantityValue(people[2], people[3]) : 0;
    if (people?.[1] && count >= 1) found.people = { count, phrase: people[1], start: from + people.index };
    out.push(found);
  }
  return out;
}

/** The period said within the few words after a use ("use it weekly", "ask something each month"). */
function periodSoonAfter(t: string, end: number): Period | null {
  const rest = /^[^.;?!\d]{0,30}/.exec(t.slice(end))?.[0] ?? "";
  for (let i = 0; i < rest.length; i++) {
    if (i > 0 && !/[\s,(]/.test(rest[i - 1] ?? "")) continue;
    const period = periodOpening(rest.slice(i).replace(/^\s+/, ""), t);
    if (period) return period;
  }
  return null;
}

/** The first share said after `from` and before any other number: the share of the people said at `from`. */
export function userShareAfter(t: string, from: number, window = 60): UserShare | null {
  const share = userSharesIn(t).find((s) => s.start >= from && s.start - from <= window);
  if (!share) return null;
  return /\d/.test(t.slice(from, share.start)) ? null : share;
}

/** `t` with its share-of-people phrases blanked (same length), so the people before them stay next to their count. */
export function withoutUserShares(t: string, shares: readonly UserShare[]): string {
  let out = t;
  for (const { start, end } of shares) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

// What one conversation, call or session is made of. Counted with no rate of their own and the
// tokens said per part, they multiply the things they make up.
// Pages make up a document: "150,000 claims a month, averaging 5 pages each; 2,500 tokens per page in".
// Translations make up a thing put into several languages: "4,000 episodes a month … each
// translation ~3,500 tokens out, so four translations per episode" (each reads the script again).
const PARTS = String.raw`(turns?|messages?|msgs?|exchanges?|rounds?|interactions?|steps?|questions?|quer(?:y|ies)|prompts?|back-and-forths?|times|pages?|translations?)`;
const PART_COUNT = new RegExp(String.raw`${QUANTITY}\s*${PARTS}\b`, "g");

export interface Parts {
  count: number;
  /** The part's noun, plural ("turns"). */
  noun: string;
  /**
   * The sides said per part, so multiplied by the count. A side said per thing is not: "2,500
   * tokens per page in and 500 tokens out per claim" reads each page in and writes once a claim.
   */
  input: boolean;
  output: boolean;
  /**
   * The tokens were said per neither the part nor the thing ("300,000 conversations a month, 6
   * turns each, ~1,500 tokens in and ~250 out"): read per part, and said so.
   */
  assumed?: true;
}

const RATE_OF_ITS_OWN = new RegExp(String.raw`^\s*(?:each\s+)?${PER_WORD}(?:${PERIOD_NOUNS}|year|quarter|yr)\b`);
const singular = (word: string) => word.replace(/ies$/, "y").replace(/s$/, "");

/**
 * The parts each counted thing is made of ("each call ~10 turns", "avg 6 turns", "8 messages per
 * chat"), when the tokens are said per part ("~150 tokens … per turn"); otherwise null. `thing`
 * is the counted thing's noun, and [start, end) where its count was said.
 */
export function partsOfEach(t: string, thing: string, start: number, end: number): Parts | null {
  if (!/\d/.test(t)) return null;
  const thingWord = singular(thing);
  for (const m of t.matchAll(PART_COUNT)) {
    if (m[1] === undefined || m[3] === undefined) continue;
    if (m.index < end && start < m.index + m[0].length) continue;
    const part = singular(m[3]);
    if (part === thingWord) continue;
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "200 questions a day" is a rate of its own: those are the things counted, not parts of one.
    if (RATE_OF_ITS_OWN.test(after)) continue;
    const perThing = sidesSaidPer(t, thingWord);
    // "6 turns each, ~1,500 tokens in and ~250 out": the turns of a conversation, its sizes said
    // per neither; a turn's input with its history is the usual sense, so per turn, said as assumed.
    // Sizes said per the thing, sides named or not ("~2k tokens per call"), are the whole thing's.
    const assumed =
      !tokensSaidPer(t, part, m.index + m[0].length) &&
      EXCHANGE_PART.test(part) &&
      (EACH_AFTER.test(after) || eachBefore(t.slice(Math.max(0, m.index - 40), m.index), thingWord)) &&
      !perThing.input &&
      !perThing.output &&
      !tokensSaidPer(t, thingWord, m.index + m[0].length);
    if (!assumed && !tokensSaidPer(t, part, m.index + m[0].length)) continue;
    const count = quantityValue(m[1], m[2]);
    if (!(count >= 1) || !Number.isFinite(count)) continue;
    // "call the model about 4 times per call": each time is one model call.
    const noun = m[3] === "times" ? "model calls" : m[3].endsWith("s") ? m[3] : `${m[3]}s`;
    return { count, noun, input: !perThing.input, output: !perThing.output, ...(assumed ? { assumed } : {}) };
  }
  return null;
}

// "6 turns each", "~8 messages apiece": the parts counted per thing, said right after their count.
const EACH_AFTER = /^\s*(?:each|apiece|per (?:conversation|chat|session|call)|on average)\b/;

// "each maybe 12 messages", "each conversation about 12 messages", "each call is roughly 10 turns":
// the parts counted per thing, "each" said before their count, a hedge or the thing's noun between.
const HEDGE = String.raw`(?:maybe|about|around|roughly|approx\.?|approximately|~|say|some|perhaps|probably|typically|usually|on average|averaging|up to)`;
function eachBefore(before: string, thing: string): boolean {
  const [pattern] = madeOnce(`each before ${thing}`, () => [
    new RegExp(
      String.raw`\beach\s*(?:${thing}s?\s+)?(?:(?:is|are|has|have|with|takes?|runs?|averages?)\s+)?(?:${HEDGE}\s*,?\s*)*$`,
    ),
  ]);
  return pattern!.test(before);
}

// The steps of one conversation go by several names: "15 messages back and forth, ~400 tokens in
// per turn" counts messages and sizes turns, the same thing.
const EXCHANGE_PART = /^(?:turn|message|msg|exchange|round|interaction|back-and-forth)$/;
const EXCHANGE_NAMES = String.raw`(?:turns?|messages?|msgs?|exchanges?|rounds?|interactions?|back-and-forths?)`;

/**
 * Whether an amount of tokens is said per `part`: after the amount ("~1,500 tokens per turn", "150
 * in and 60 out per turn", "output ~150 tokens each time"), before it ("each turn ~250 tokens in"),
 * or joined to the parts by "of" ("4 turns of 2,500 tokens in").
 */
function tokensSaidPer(t: string, part: string, from: number): boolean {
  const name = EXCHANGE_PART.test(part) ? EXCHANGE_NAMES : part;
  const patterns = madeOnce(`per part ${name}`, () => [
    new RegExp(String.raw`\b(?:tok\w*|in|out|output|input)\s+(?:each\s+)?(?:per|each|a|every)\s+${name}\b`),
    new RegExp(
      String.raw`\b(?:per|each|every)\s+${name}\b[\s,:(]*(?:(?:is|are|=|about|around|roughly|maybe|approx\.?|~)\s*)*\d[\d,.]*\s*(?:k|m)?\s*(?:tok\w*|in\b|input)`,
    ),
  ]);
  if (patterns.some((per) => per.test(t.slice(from)) || per.test(t.slice(0, from)))) return true;
  // "4 turns of 2,500 tokens in and 300 out", "6 messages of roughly 800 tokens": the size said
  // right after the parts, joined by "of", is each part's; so is a size said of them as a subject
  // ("messages are short, say 200 tokens in and 150 out", "turns average 300 tokens").
  const [partsOf, partsAre] = madeOnce(`parts of ${name}`, () => [
    new RegExp(
      String.raw`\b${name}\s+of\s+(?:(?:about|around|roughly|maybe|approx\.?|~)\s*)*\d[\d,.]*\s*(?:k|m)?\s*(?:tok\w*|in\b|input)`,
    ),
    new RegExp(
      String.raw`\b${name}\s+(?:are|is|average|averages|run|runs)\b[\s,:]*(?:(?:short|long|small|brief|tiny|${HEDGE})\s*[,:]?\s*)*\d[\d,.]*\s*(?:k|m)?\s*(?:tok\w*|in\b|input)`,
    ),
  ]);
  return partsOf!.test(t) || partsAre!.test(t);
}

// Patterns made from a word of the message (a part, a thing), kept by that word: reading each
// message made them anew. No global flag, so a shared one keeps no state. Bounded for a long-running bot.
const KEPT_PATTERNS = 256;
const patternsMade = new Map<string, RegExp[]>();
function madeOnce(key: string, make: () => RegExp[]): RegExp[] {
  let made = patternsMade.get(key);
  if (!made) {
    if (patternsMade.size >= KEPT_PATTERNS) patternsMade.clear();
    made = make();
    patternsMade.set(key, made);
  }
  return made;
}

const SIDE_WORDS = String.raw`(in|out|input|output)`;

/**
 * Which sides of a request the text says per `thing` ("500 tokens out per claim", "output per
 * claim ~500 tokens"): the amount after its side's word, or the side's word after "per <thing>".
 */
function sidesSaidPer(t: string, thing: string): { input: boolean; output: boolean } {
  const per = String.raw`(?:each\s+)?(?:per|each|a|every|for each|for every)\s+${thing}s?\b`;
  const sides = { input: false, output: false };
  const patterns = madeOnce(`sides per ${thing}`, () => [
    new RegExp(String.raw`\d\s*(?:k|m)?\s*(?:tok\w*\s+)?${SIDE_WORDS}\s+(?:tok\w*\s+)?${per}`),
    new RegExp(String.raw`\b${SIDE_WORDS}\s+(?:tok\w*\s+)?${per}`),
  ]);
  // Each side is looked for on its own: the first match of a pattern may name the other side.
  for (const pattern of patterns) {
    let rest = t;
    for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
      sides[m[1]?.startsWith("in") ? "input" : "output"] = true;
      rest = rest.slice(m.index + m[0].length);
    }
  }
  return sides;
}

// "RAG over ~5k pages", "search across 20k documents", "an index of 1M chunks": what the model
// searches, which is no count of things sent each month.
const SEARCHED =
  /\b(?:over|across|within|index(?:ing)?|search(?:ing|es)?|(?:corpus|library|knowledge base|collection|archive) of)\s*(?:about|around|roughly|some|our|the|a|an|~|\s)*$/;

/** Whether the count that starts at `index` names a collection the model searches. */
export function countsCollection(t: string, index: number): boolean {
  return SEARCHED.test(t.slice(Math.max(0, index - 40), index));
}
