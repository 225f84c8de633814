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
