// Money as teams in other countries write it: a sign several countries share ("kr", "Rs", "¥") is
// the currency of the country the message names, Swiss thousands are set off by an apostrophe
// ("10'000") and their francs written "Fr.", and a currency named by its country's word ("Thai
// baht") is no language. Generated over places, signs, amounts and the sentences around them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBudget, parseRequirements } from "../../../src/intents/requirements-text.js";
import { cleanMessage } from "../../../src/intents/numbers.js";

/** The budget read from a message as the understanding step sees it (numbers scanned first). */
const budgetOf = (text: string) => parseBudget(cleanMessage(text));

const PLACES = [
  { words: ["in Oslo", "in Bergen", "in Norway"], kr: "NOK", rs: "INR", yen: "JPY", dirham: "AED" },
  { words: ["in Stockholm", "in Gothenburg", "in Sweden"], kr: "SEK", rs: "INR", yen: "JPY", dirham: "AED" },
  { words: ["in Copenhagen", "in Aarhus", "in Denmark"], kr: "DKK", rs: "INR", yen: "JPY", dirham: "AED" },
  { words: ["in Lahore", "in Karachi", "in Pakistan"], kr: undefined, rs: "PKR", yen: "JPY", dirham: "AED" },
  { words: ["in Colombo", "in Sri Lanka"], kr: undefined, rs: "LKR", yen: "JPY", dirham: "AED" },
  { words: ["in Kathmandu", "in Nepal"], kr: undefined, rs: "NPR", yen: "JPY", dirham: "AED" },
  { words: ["in Shenzhen", "in Shanghai", "in China"], kr: undefined, rs: "INR", yen: "CNY", dirham: "AED" },
  { words: ["in Mumbai", "in India"], kr: undefined, rs: "INR", yen: "JPY", dirham: "AED" },
  { words: ["in Tokyo", "in Japan"], kr: undefined, rs: "INR", yen: "JPY", dirham: "AED" },
  // words46: the dirham is Morocco's as well as the UAE's ("a Casablanca shop … 5,000 dirhams").
  { words: ["in Casablanca", "in Rabat", "in Morocco"], kr: undefined, rs: "INR", yen: "JPY", dirham: "MAD" },
  { words: ["in Dubai", "in Abu Dhabi"], kr: undefined, rs: "INR", yen: "JPY", dirham: "AED" },
  { words: [""], kr: undefined, rs: "INR", yen: "JPY", dirham: "AED" },
] as const;

const SIGNS = [
  { key: "kr", before: ["kr ", "kr. ", "Kr "], after: [" kr", " kr."] },
  { key: "rs", before: ["Rs ", "Rs. ", "rs "], after: [] },
  { key: "yen", before: ["¥", "¥ "], after: [] },
  { key: "dirham", before: [], after: [" dirhams", " dirham"] },
] as const;

// Each amount as a team there writes it, and its value.
const AMOUNTS = [
  ["40 000", 40_000],
  ["40,000", 40_000],
  ["40'000", 40_000],
  ["40.000", 40_000],
  ["150 000", 150_000],
  ["1 200 000", 1_200_000],
  ["40k", 40_000],
] as const;

describe("a sign several countries write is the currency of the country the message names", () => {
  it("over generated places, signs, amounts and sentences: the place's own currency, its usual one with no place, never US dollars", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.nat(),
        fc.constantFrom(...SIGNS),
        fc.nat(),
        fc.constantFrom(...AMOUNTS),
        fc.constantFrom("Budget {a} a month.", "We can spend {a} per month.", "Our budget is {a} monthly."),
        (place, placePick, sign, signPick, [amount, value], sentence) => {
          const where = place.words[placePick % place.words.length]!;
          const forms = [...sign.before.map((s) => `${s}${amount}`), ...sign.after.map((s) => `${amount}${s}`)];
          const money = forms[signPick % forms.length]!;
          const text = `We're a small team${where ? ` ${where}` : ""}. We want a support chatbot, 20M tokens a month. ${sentence.replace("{a}", money)}`;
          const expected = place[sign.key];
          const budget = budgetOf(text);
          if (expected === undefined) expect(budget, text).toBeUndefined();
          else expect(budget, text).toEqual({ currency: expected, perMonth: value });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("two countries that write the sign, named together, leave it at its usual reading", () => {
    expect(budgetOf("We have offices in Oslo and Stockholm. Budget kr 40 000 a month.")).toBeUndefined();
    expect(budgetOf("We're in Lahore and Colombo. Budget Rs 150,000 a month.")).toEqual({
      currency: "INR",
      perMonth: 150_000,
    });
  });
});

describe("Swiss francs as the Swiss write them", () => {
  it("over generated amounts with apostrophe thousands, 'Fr.', 'SFr.' or 'CHF', and the '.–' of a whole sum: francs, the amount in full", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        fc.constantFrom("Fr. {a}", "SFr. {a}", "CHF {a}", "{a} CHF", "Fr. {a}.–", "CHF {a}.-"),
        fc.constantFrom("Budget {m} per month.", "We can spend up to {m} a month.", "Budget: {m} monthly."),
        (thousands, units, million, money, sentence) => {
          const written = million
            ? `${thousands}'${String(units).padStart(3, "0")}'000`
            : `${thousands}'${String(units).padStart(3, "0")}`;
          const value = (thousands * 1000 + units) * (million ? 1000 : 1);
          const text = `We're an insurer in Zurich. ${sentence.replace("{m}", money.replace("{a}", written))}`;
          expect(budgetOf(text), text).toEqual({ currency: "CHF", perMonth: value });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("an apostrophe between digits that is no thousands mark stays as written", () => {
    expect(cleanMessage("the 1990's archive, 12'34 long")).toBe("the 1990's archive, 12'34 long");
    expect(cleanMessage("about 10'000 tickets a month")).toBe("about 10,000 tickets a month");
  });
});

describe("a currency named by its country's word is no language", () => {
  it("over generated currencies said with a nation's word: no language read; the language itself still is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ["Thai baht", "Thai", "th"],
          ["Turkish lira", "Turkish", "tr"],
          ["Norwegian kroner", "Norwegian", "no"],
          ["Swedish kronor", "Swedish", "sv"],
          ["Danish kroner", "Danish", "da"],
          ["Korean won", "Korean", "ko"],
          ["Indian rupees", "Hindi", "hi"],
        ),
        fc.constantFrom("30k {c} a month", "about 30,000 {c} per month"),
        ([currency, languageWord, language], amount) => {
          const said = `We want a support chatbot, 20M tokens a month. Our budget is ${amount.replace("{c}", currency)}.`;
          expect(parseRequirements(said).languages, said).toBeUndefined();
          expect(parseBudget(said)?.currency, said).not.toBe("USD");
          const alsoLanguage = `${said} Answers must be in ${languageWord}.`;
          expect(parseRequirements(alsoLanguage).languages ?? [], alsoLanguage).toContain(language);
        },
      ),
      { numRuns: 60 },
    );
  });
});
