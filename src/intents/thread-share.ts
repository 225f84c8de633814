// A what-if that keeps a share of what the thread counts: "what if we only summarise the delayed
// flights, about 15% of them", "only a third of the tickets", "what if only a quarter of them use
// it", "only half the consultants adopt it". The share is of the thread's things, or of its people
// when the volume is per person and the message names them or what they do ("of them use it").
// Shares of parts of a request ("30% of the input is cached") or of a peak are no such change.
import { foldCase } from "../catalog/normalize.js";
import type { Volume } from "../costs/volume.js";
import { nounForms } from "./noun-forms.js";
import { cleanMessage, QUANTITY, quantityValue, spellOutNumbers } from "./numbers.js";
import { multiplierIn } from "./multipliers.js";
import { fractionsAsPercent, USE_VERBS } from "./share-words.js";
import { peopleForms } from "./people-words.js";
import { threadPeople } from "./thread-volume.js";

export interface ThreadShare {
  /** The share as a factor (15% → 0.15). */
  factor: number;
  /** The share as said back ("15%"). */
  words: string;
  /** Whether it is a share of the thread's people (their count changes too). */
  ofPeople: boolean;
}

// "15% of them", "30% of the delayed tickets", "half the consultants": the share and the few words
// after it, where what it is a share of is named.
const SHARE = /(\d{1,3}(?:\.\d+)?)\s*%\s+(?:of\s+)?((?:[a-z-]+\s*){1,4})/;
// Shares of parts of a request, of the traffic at a peak, or of a discount: not of the things.
const NOT_OF_THINGS =
  /\b(?:cach\w*|input|output|prompts?|context|peak|discount\w*|off|cheaper|more expensive|budget|gpu|utili[sz]\w*|accura\w*|quality)\b/;
const REFERS_BACK = /^(?:them|those|these)\b/;
// A share is kept when the message restricts to it ("only", "just") or says the people use it.
const RESTRICTS = /\b(?:only|just)\b/;
// "30% of them are in Spanish", "a third of the tickets need images": a property of a share, not
// a share kept.
const PROPERTY = /\b(?:are|is|were|was|need|needs|have|has|contain\w*|come|comes|include\w*)\b/;
const USED = new RegExp(String.raw`\b${USE_VERBS}\b`);

/** The share of the thread's things or people a message keeps, or null when it names none. */
export function shareOfThread(text: string, volume: Volume | undefined): ThreadShare | null {
  const item = volume?.perItem;
  if (!item) return null;
  const t = fractionsAsPercent(spellOutNumbers(foldCase(cleanMessage(text))));
  const m = SHARE.exec(t);
  if (!m || m[1] === undefined || m[2] === undefined || NOT_OF_THINGS.test(t)) return null;
  const pct = Number(m[1]);
  if (!(pct > 0 && pct < 100)) return null;
  const of = m[2].replace(/^(?:(?:the|our|their|its|all)\s+)+/, "");
  const people = item.people;
  const namesPeople = people !== undefined && nounForms(people.noun).test(of);
  const namesThings = nounForms(item.noun).test(of);
  const refersBack = REFERS_BACK.test(of);
  if (!namesPeople && !namesThings && !refersBack) return null;
  const used = USED.test(of);
  if (PROPERTY.test(of) || !(RESTRICTS.test(t) || used)) return null;
  return {
    factor: pct / 100,
    words: `${m[1]}%`,
    ofPeople: people !== undefined && (namesPeople || (refersBack && used)),
  };
}

// "20 more offices", "10 fewer stores": a change of the count, not the new count.
const MORE_OR_FEWER = /^\s*(more|additional|extra|new|fewer|less)\b/;

/**
 * A new number of the people (or places) the thread's volume is per, named by their noun: "what if
 * we grow to 1,000 notary offices?" or "what if we had 50 stores?" in a thread of "180 offices × 60
 * deeds a month". Up to two words may stand between the count and the noun ("notary offices");
 * "20 more offices" adds to the thread's count, "10 fewer" takes off. Null when none is named.
 */
export function peopleCountIn(text: string, volume: Volume | undefined): number | null {
  const people = threadPeople(volume);
  if (!people) return null;
  const t = spellOutNumbers(foldCase(cleanMessage(text)));
  const forms = peopleForms(people.noun).source;
  const m = new RegExp(String.raw`${QUANTITY}((?:\s+[a-z-]+){0,2}?)\s+(?:${forms})`).exec(t);
  if (!m || m[1] === undefined) return null;
  const n = quantityValue(m[1], m[2]);
  const change = MORE_OR_FEWER.exec(m[3] ?? "")?.[1];
  if (change === undefined) return n;
  return /^(fewer|less)$/.test(change) ? Math.max(0, people.count - n) : people.count + n;
}

// What people send, not who sends it: "what if usage doubles", "twice the requests".
const TRAFFIC = /\b(?:traffic|volume|usage|load|tokens?|requests?|calls?|messages?|queries)\b/;
const USERS = /\b(?:users?|user base)\b/;

/**
 * The factor a message multiplies the people by, named by `people` ("what if students double next
 * year?", "what if we triple the agents", "twice as many users"); undefined when it multiplies
 * what they send ("usage doubles", "students write twice as many essays": `things` named) or names
 * no such people. The people who use it are more, so their users and their volume grow together.
 */
export function peopleFactorIn(text: string, people: RegExp, things?: RegExp): number | undefined {
  const t = foldCase(cleanMessage(text));
  if (!people.test(t) || TRAFFIC.test(t) || things?.test(t)) return undefined;
  return multiplierIn(t)?.factor;
}

/**
 * A factor on the people the thread's volume is per ("what if students double next year?" in a
 * thread of 1.2M students × 8 essays a month): their new count, or null. The users are named as
 * theirs when the thread's users were those people (`usersArePeople`).
 */
export function peopleMultipliedIn(text: string, volume: Volume | undefined, usersArePeople: boolean): number | null {
  const people = threadPeople(volume);
  if (!people) return null;
  const nouns = volume?.kinds ? volume.kinds.map((k) => k.item.noun) : volume?.perItem ? [volume.perItem.noun] : [];
  const things = nouns.length > 0 ? new RegExp(nouns.map((n) => nounForms(n).source).join("|")) : undefined;
  const forms = peopleForms(people.noun);
  const named = usersArePeople ? new RegExp(`${forms.source}|${USERS.source}`) : forms;
  const factor = peopleFactorIn(text, named, things);
  return factor === undefined ? null : Math.round(people.count * factor);
}

/** The factor a message multiplies the users by ("what if users double?"), if it does. */
export const usersFactorIn = (text: string): number | undefined => peopleFactorIn(text, USERS);
