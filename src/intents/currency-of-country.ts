// Signs several countries write for their own money: "kr" is the Norwegian, Swedish and Danish
// crown, "Rs" the Indian, Pakistani, Sri Lankan and Nepalese rupee, "¥" the yen and the renminbi.
// A team writes its own country's: "We're a broadcaster in Oslo … kr 200 000 a month" is Norwegian
// kroner, "a fashion store in Lahore … Rs 150,000" Pakistani rupees, "a shop in Casablanca … 5,000
// dirhams" Moroccan dirhams. So a sign beside an amount is
// read as the currency of the one country the message names that writes it; with none (or more
// than one) named it keeps its usual reading ("Rs" the Indian rupee, "¥" the yen), and "kr", which
// has none, is no currency the budget reader knows: never US dollars.
import { PLACES_ELSEWHERE, PLACE_WORDS_ALTERNATION } from "../catalog/places-elsewhere.js";
import { perMessage } from "../per-message-memo.js";

interface SharedSign {
  /** The sign as folded text writes it, in regex syntax. */
  sign: string;
  /** Country (ISO 3166-1 alpha-2) -> the currency word the budget reader knows (CURRENCIES' `before`). */
  byCountry: Readonly<Record<string, string>>;
  /** The currencies a sign with no usual reading may be, said back when no one country settles it. */
  mayBe?: readonly string[];
}

const SHARED_SIGNS: readonly SharedSign[] = [
  // Iceland writes "kr" too; the budget reader holds no rate for its króna, so it is only named.
  { sign: String.raw`kr\.?`, byCountry: { NO: "nok", SE: "sek", DK: "dkk" }, mayBe: ["NOK", "SEK", "DKK", "ISK"] },
  { sign: String.raw`rs\.?`, byCountry: { PK: "pkr", LK: "lkr", NP: "npr" } },
  { sign: "¥", byCountry: { CN: "rmb" } },
  // The dirham is the UAE's and Morocco's: "5,000 dirhams" from a shop in Casablanca is Moroccan.
  { sign: "dirhams?", byCountry: { AE: "aed", MA: "mad" } },
];

// The places the table knows, as whole words of folded text.
const PLACE_WORDS = new RegExp(String.raw`(?<![\p{L}\d])(${PLACE_WORDS_ALTERNATION})(?![\p{L}\d])`, "gu");
// An amount right after the sign ("kr 40,000", "rs. 2 lakh", "¥50,000"), or right before it ("200,000 kr").
const amountNextTo = (sign: string) =>
  new RegExp(
    String.raw`(?<![\p{L}\d])${sign}(?=\s*\d)|(?<=\d\s*(?:k|m|mn|thousand|million|lakhs?)?\s*)${sign}(?![\p{L}])`,
    "gu",
  );
const COMPILED = SHARED_SIGNS.map((s) => ({ ...s, pattern: amountNextTo(s.sign) }));

/** The countries `t` (folded) names, by the places table. */
function countriesNamed(t: string): Set<string> {
  const countries = new Set<string>();
  for (const m of t.matchAll(PLACE_WORDS)) {
    const country = PLACES_ELSEWHERE[m[1] ?? ""]?.country;
    if (country !== undefined) countries.add(country);
  }
  return countries;
}

/** `t` (folded) with each shared sign beside an amount put as the currency of the one country named that writes it. */
export function signsOfTheTeamsCountry(t: string): string {
  return signsThisMessage(t);
}

// The budget readers and the currency check each settle the same text: kept while the message is read.
const signsThisMessage = perMessage((t: string): string => {
  const shared = COMPILED.filter((s) => t.search(s.pattern) >= 0);
  if (shared.length === 0) return t;
  const countries = countriesNamed(t);
  let out = t;
  for (const s of shared) {
    const own = Object.keys(s.byCountry).filter((country) => countries.has(country));
    if (own.length === 1) out = out.replace(s.pattern, ` ${s.byCountry[own[0]!]} `);
  }
  return out;
});

/**
 * An amount beside a sign that has no usual reading ("20 000 kr a month") where the message names
 * no one country that writes it: the amount as written and the currencies it may be, so the answer
 * says the budget was not applied instead of dropping it unsaid. `t` is folded.
 */
export function amountInUnsettledSign(t: string): { said: string; mayBe: readonly string[] } | undefined {
  const settled = signsOfTheTeamsCountry(t);
  for (const s of COMPILED) {
    if (!s.mayBe || settled.search(s.pattern) < 0) continue;
    const said = new RegExp(String.raw`\d[\d .,]*\s*(?:k|m)?\s*${s.sign}|${s.sign}\s*\d[\d .,]*(?:k|m)?`).exec(
      settled,
    )?.[0];
    if (said) return { said: said.trim(), mayBe: s.mayBe };
  }
  return undefined;
}
