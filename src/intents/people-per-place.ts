// People counted per place, the places counted before them: "40 bulk carriers … About 25 crew per
// ship, maybe 6 questions each a day" is 40 × 25 crew who ask, not 25; "120 stores, about 30 staff
// in each store" is 3,600 staff. The people's usage is per person (volume.ts), so the places
// multiply the people. Texts here are folded and spelled out, as volume.ts reads them.
import { nounForms } from "./noun-forms.js";
import { QUANTITY, quantityValue } from "./numbers.js";
import { PEOPLE_WORDS } from "./people-words.js";
import { PERIOD_NOUNS } from "./periods.js";

// The place said right after the people: "25 crew per ship", "30 staff in each store", "2 nurses
// on every ward". A period is no place ("25 crew per day" is a rate).
const PER_PLACE = new RegExp(
  String.raw`\b${PEOPLE_WORDS}\s+(?:per|(?:in|on|at|for)\s+(?:each|every))\s+(?!${PERIOD_NOUNS}\b)([a-z][a-z-]+)\b`,
);

// Nouns that name the same kind of place, so a fleet counted as "bulk carriers" is counted again by
// "per ship". Each group is one kind of place; a noun outside them matches its own forms only.
const SAME_PLACE: readonly (readonly string[])[] = [
  ["ship", "vessel", "carrier", "tanker", "boat", "freighter"],
  ["store", "shop", "outlet", "branch", "location"],
  ["site", "plant", "factory", "mine", "facility", "warehouse", "depot"],
  ["hospital", "clinic", "practice", "ward"],
  ["school", "campus"],
  ["office", "branch"],
  ["restaurant", "kitchen", "cafe"],
  ["hotel", "property"],
];

/** The place nouns a "per <place>" counts again: the noun itself and those of its kind. */
function placeForms(place: string): RegExp[] {
  const stem = place.replace(/ies$/, "y").replace(/s$/, "");
  const group = SAME_PLACE.find((nouns) => nouns.includes(stem)) ?? [stem];
  return group.map(nounForms);
}

export interface PlacesOfPeople {
  /** How many places: the people count once for each. */
  count: number;
  /** The places as said back: "40 ships". */
  words: string;
}

/**
 * The places the people in `peoplePhrase` are counted per, counted in `before` (the text before the
 * people), if both are said: "per ship" after "40 bulk carriers". The last count of the place is
 * the one meant; fewer than 2 places multiply nothing.
 */
export function placesOfPeople(before: string, peoplePhrase: string): PlacesOfPeople | null {
  const per = PER_PLACE.exec(peoplePhrase);
  const place = per?.[1];
  if (place === undefined) return null;
  let found: PlacesOfPeople | null = null;
  let foundAt = -1;
  for (const forms of placeForms(place)) {
    const counted = new RegExp(String.raw`${QUANTITY}\s+(?:[a-z][a-z-]*\s+){0,2}?(?:${forms.source})`, "g");
    for (const m of before.matchAll(counted)) {
      if (m[1] === undefined || m.index < foundAt) continue;
      const count = quantityValue(m[1], m[2]);
      if (!Number.isInteger(count) || count < 2) continue;
      found = { count, words: m[0].trim() };
      foundAt = m.index;
    }
  }
  return found;
}

// The whole count said after a count per place: "10 students per class, about 600 in all", "12
// agents per team and about 300 in total", "25 nurses per ward and 900 nurses altogether", "6
// officers in each branch, 420 officers overall". Said in the same sentence, the people noun
// optional; the total is everyone, so the places are not counted again. Groups: the people noun,
// then QUANTITY's two (the total before its word) and QUANTITY's two again (after "a total of").
const TOTAL_WORDS = String.raw`(?:in all|in total|total|overall|altogether|all together|all told|combined)`;
const PER_PLACE_THEN_TOTAL = String.raw`\b(${PEOPLE_WORDS})\s+(?:per|(?:in|on|at|for)\s+(?:each|every))\s+(?!${PERIOD_NOUNS}\b)[a-z][a-z-]+\b\s*(?:,|and|with|so|(?:,\s*)?(?:and|so)\s+)?\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|over|~)\s*)?(?:${QUANTITY}(?:\s+${PEOPLE_WORDS})?\s+${TOTAL_WORDS}|(?:a total of|in total|in all|overall|altogether)\s+(?:(?:about|around|roughly|some|~)\s*)?${QUANTITY})\b`;
const TOTAL_AFTER_PER_PLACE = new RegExp(String.raw`^[^.;!?]*?${PER_PLACE_THEN_TOTAL}`);
// The same, with the per-place count before it and "each" after, closing the text before a count
// of things: "10 students per class, about 600 in all, each asks" (20 questions a day).
const PER_PLACE_TOTAL_EACH = new RegExp(
  String.raw`${QUANTITY}\s+${PER_PLACE_THEN_TOTAL}\s*,?\s*(?:each|every one|apiece)\b[^.;?!\d]{0,30}$`,
);

/** The total in a match whose people noun is group `at`, the total's two QUANTITY pairs after it. */
function totalIn(m: RegExpExecArray, at: number): number | undefined {
  const digits = m[at + 1] ?? m[at + 3];
  const magnitude = m[at + 1] !== undefined ? m[at + 2] : m[at + 4];
  if (digits === undefined) return undefined;
  const total = quantityValue(digits, magnitude);
  return Number.isFinite(total) && total >= 1 ? total : undefined;
}

/**
 * The total of the people counted per place in `peoplePhrase` (the count, its noun and what follows
 * in the sentence), when one is said after: 600 for "10 students per class, about 600 in all".
 */
export function totalOfPeoplePerPlace(peoplePhrase: string): number | undefined {
  const m = TOTAL_AFTER_PER_PLACE.exec(peoplePhrase);
  return m ? totalIn(m, 1) : undefined;
}

/**
 * People counted per place with their total, then "each", at the end of `near` (the text before a
 * count of things): the total, its noun and where the people start.
 */
export function peoplePerPlaceTotalEach(near: string): { people: number; noun: string; index: number } | null {
  const m = PER_PLACE_TOTAL_EACH.exec(near);
  const total = m ? totalIn(m, 3) : undefined;
  return m && total !== undefined ? { people: total, noun: m[3]!, index: m.index } : null;
}
