// People counted once and referred back to by their noun where their usage is said: "~2,000
// consultants (offices in London, NYC …). … each consultant uses it ~10 times a working day",
// "3k users now … users do ~20 summaries a month". The things counted are per person, for as
// many people as were counted, although other numbers sit in between.
import { QUANTITY, formatCount, quantityValue } from "./numbers.js";
import { PEOPLE_WORDS, WHICH_PEOPLE } from "./people-words.js";
import { PER_WORD, PERIOD_NOUNS } from "./periods.js";

// The reference just before the count of things, with no number between: "each consultant uses
// it ~", "every agent takes around", "users do ~", "our pharmacists ask about".
const USAGE_VERBS = String.raw`(?:do|does|make|makes|send|sends|ask|asks|run|runs|use|uses|have|has|take|takes|handle|handles|write|writes|generate|generates|submit|submits|create|creates|open|opens|start|starts|field|fields|answer|answers|process|processes|review|reviews)`;
const EACH_PERSON = new RegExp(String.raw`\b(?:each|every|per)\s+(${PEOPLE_WORDS})\b[^.?!\d]{0,40}$`);
// The people as a group doing it ("users do ~", "workers send by whatsapp, around"): the count is
// theirs together unless "each" stands before the verb or a word after the count shares it out.
const PEOPLE_DO = new RegExp(
  String.raw`\b(${PEOPLE_WORDS})\s+(each\s+)?(?:(?:typically|usually|normally|generally|all|then|will|would)\s+)?${USAGE_VERBS}\b[^.?!\d]{0,30}$`,
);
// Words after a count that share it out per person, in its sentence: "~20 summaries a month on
// average", "60 calls each", "30 questions per pharmacist a day", "10 apiece". "each summary",
// "every message" and "each ~500 tokens" share out the things, not the people; "each month" is a period.
const SHARED_OUT = new RegExp(
  String.raw`^[^.?!]*?(?:\b(?:on average|on avg|apiece|a head|per (?:head|person|capita))\b|\b(?:each|per|every)\s+(?:${PEOPLE_WORDS}|one)\b|\beach\b(?!\s*[\w~(]))`,
);

export interface ReferredPeople {
  people: number;
  /** The count as said ("2,000 consultants"). */
  phrase: string;
  /** Where that count starts in `before`. */
  start: number;
}

/**
 * The people counted earlier in `before` whom its last words refer back to, if any, when the
 * count that follows (`after`) is per person: "each consultant uses it ~10 times a day", "users
 * do ~20 summaries a month on average". "12000 worker. … workers send around 3000 message in one
 * day" is what the workers send together: a count of people before a total is no rate per person.
 */
export function peopleReferredBack(before: string, after: string): ReferredPeople | null {
  const each = EACH_PERSON.exec(before);
  const ref = each ?? PEOPLE_DO.exec(before);
  if (ref?.[1] === undefined) return null;
  if (!each && ref[2] === undefined && !SHARED_OUT.test(after)) return null;
  return lastCountOf(before.slice(0, ref.index), ref[1]);
}

// "20 questions per technician per working day": the person named right after the count, or
// after its rate ("150 completions a day per engineer", "12 summaries a working day for each analyst").
const PER_PERSON_AFTER = new RegExp(
  String.raw`^\s*(?:${PER_WORD}${PERIOD_NOUNS}\b\s*)?(?:each\s+)?(?:per|a|for each|for every)\s+(${PEOPLE_WORDS})\b`,
);

/**
 * The people counted anywhere in `before` whom the words right after a count name ("20 questions
 * per technician"), with how many characters of `after` name them, if any.
 */
export function peopleNamedAfter(before: string, after: string): (ReferredPeople & { length: number }) | null {
  const ref = PER_PERSON_AFTER.exec(after);
  if (ref?.[1] === undefined) return null;
  const found = lastCountOf(before, ref[1]);
  return found ? { ...found, length: ref[0].length } : null;
}

// The count said after the people's noun: "our caseworkers (about 400 of them)", "the agents,
// roughly 300 of them,". Groups: the noun, then the count.
export const COUNT_OF_THEM = String.raw`\s*[(,]\s*(?:about|around|roughly|some|approximately|approx\.?|maybe|~|\s)*${QUANTITY}\s+of\s+them\b`;

// The pattern of each people noun's counts, made once per noun: a message's readers ask for the
// same few nouns, and making it per call was a share of the RegExps understanding built. No
// global flag, so a shared one keeps no state; bounded for a long-running bot.
const KEPT = 256;
const countPatterns = new Map<string, RegExp>();
function countsOf(stem: string): RegExp {
  let made = countPatterns.get(stem);
  if (!made) {
    if (countPatterns.size >= KEPT) countPatterns.clear();
    made = new RegExp(
      String.raw`${QUANTITY}\s*(?:monthly\s+|active\s+|paying\s+|daily\s+)*${WHICH_PEOPLE}${stem}s?\b|\b(${stem}s?)${COUNT_OF_THEM}`,
    );
    countPatterns.set(stem, made);
  }
  return made;
}

/** The last count of people called `noun` (singular or plural) in `text`. */
function lastCountOf(text: string, noun: string): ReferredPeople | null {
  const stem = noun.replace(/(?<=[^s])s$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const counts = countsOf(stem);
  let last: RegExpExecArray | null = null;
  let from = 0;
  for (let m = counts.exec(text); m; m = counts.exec(text.slice(from))) {
    last = m;
    last.index += from;
    from = last.index + m[0].length;
  }
  if (!last) return null;
  // Either the count before the noun (groups 1–2) or after it (groups 4–5).
  const [amount, magnitude] = last[1] !== undefined ? [last[1], last[2]] : [last[4], last[5]];
  if (amount === undefined) return null;
  const people = quantityValue(amount, magnitude);
  const phrase = last[1] !== undefined ? last[0] : `${formatCount(people)} ${last[3] ?? stem}`;
  return people >= 1 ? { people, phrase, start: last.index } : null;
}
