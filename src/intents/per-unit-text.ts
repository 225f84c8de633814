// A cost asked per thing or per person the thread counts ("what does the top pick cost per
// episode?", "what does that come to per consultant per month?", "how much is that per user?"):
// the unit named, and how many of it a month the thread's volume holds, so the answer divides each
// pick's monthly cost by it. Only units the thread itself counts are read: a unit it does not count
// ("per request" in a thread of tokens a month) is no question this answers.
import type { Volume } from "../costs/volume.js";
import { nounForms } from "./noun-forms.js";

/** A unit a cost is asked per: its noun as the thread said it, and how many of it a month. */
export interface UnitAsked {
  noun: string;
  perMonth: number;
  /** People (each a month), not things done (each once). */
  people: boolean;
}

// A cost asked, in any of the ways people ask it: "cost", "come to", "how much", "price", "spend".
const COST_WORDS = /\b(?:costs?|costing|come[s]? (?:to|out)|how much|price[sd]?|spend|bill|pay|dollars?)\b|\$/;
// Monthly actives named as the unit: "per user", "per MAU", "per seat", "per active user".
const USER_UNIT = /\b(?:users?|maus?|seats?|active users?|monthly users?)\b/;
// The word that makes a noun a unit: "per episode", "for each consultant", "a ticket"; up to two
// words may say which ones ("per guest conversation", "per single support ticket"), never a number
// ("per 1000 conversations" is no one conversation).
const PER = String.raw`(?:per|each|every|for each|for every|an?)\s+(?:[a-z][a-z-]*\s+){0,2}?`;

/** The thread's units: the things it counts, then the people its volume is for, then its users. */
function unitsOf(volume: Volume | undefined, users: number | undefined): (UnitAsked & { forms: RegExp })[] {
  const units: (UnitAsked & { forms: RegExp })[] = [];
  const item = volume?.oneOff ? undefined : volume?.perItem;
  if (volume && item) {
    const tokensEach = item.inputTokens + item.outputTokens;
    if (tokensEach > 0)
      units.push({
        noun: item.noun,
        perMonth: (volume.inputTokensPerMonth + volume.outputTokensPerMonth) / tokensEach,
        people: false,
        forms: nounForms(item.noun),
      });
  }
  const people = item?.people ?? volume?.kinds?.[0]?.item.people;
  if (people && people.count > 0)
    units.push({ noun: people.noun, perMonth: people.count, people: true, forms: nounForms(people.noun) });
  if (users !== undefined && users > 0) units.push({ noun: "users", perMonth: users, people: true, forms: USER_UNIT });
  return units;
}

/** The unit a cost question asks per, among those the thread counts, or null. `lower`: folded text. */
export function perUnitAsked(lower: string, volume: Volume | undefined, users: number | undefined): UnitAsked | null {
  if (!COST_WORDS.test(lower)) return null;
  for (const unit of unitsOf(volume, users)) {
    const per = new RegExp(String.raw`\b${PER}(?:${unit.forms.source})`);
    if (per.test(lower)) return { noun: unit.noun, perMonth: unit.perMonth, people: unit.people };
  }
  return null;
}
