// A budget in a currency the advisor cannot convert (it holds no sourced exchange rate) is said
// back and not applied, whatever currency and however the amount is written: never read as US
// dollars, never dropped. The teams of the eighth and ninth rounds wrote '₩40,000,000 a month',
// 'NGN 6,000,000 a month', '1.5 million TL', 'MXN 40,000 al mes', '€ 4.000 per month', '$20k AUD'.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { CURRENCIES, parseBudget } from "../../src/intents/requirements-text.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { SEOUL_WEBTOON } from "./eighth-round-teams.js";
import { ISTANBUL_MARKETPLACE, LAGOS_WALLET, MONTERREY_BROKER, STUTTGART_TOOLMAKER } from "./ninth-round-teams.js";

const catalog = readCatalog();
const foreign = CURRENCIES.filter((c) => c.code !== "USD");

describe("a budget in another currency is that currency, however it is written", () => {
  it("every word of every currency, before or after the amount, in three ways of writing it", () => {
    for (const c of foreign) {
      for (const word of c.before)
        for (const [amount, value] of [
          ["40,000", 40_000],
          ["40k", 40_000],
          ["1.5 million", 1_500_000],
        ] as const) {
          const text = `Budget ${word.toUpperCase()} ${amount} a month`;
          expect(parseBudget(text), text).toEqual({ currency: c.code, perMonth: value });
        }
      for (const word of c.after) {
        const text = `budget is about 40,000 ${word} a month`;
        expect(parseBudget(text), text).toEqual({ currency: c.code, perMonth: 40_000 });
      }
    }
  });

  it("the same budget in dollars in brackets after the amount's own words is the one applied", () => {
    for (const c of foreign)
      for (const words of ["", " por mês", " al mes", " monatlich", " a month", " mil por mês"]) {
        const text = `budget ${c.before[0]} 150k${words} (~US$27k)`;
        expect(parseBudget(text), text).toEqual({ currency: "USD", perMonth: 27_000 });
      }
    // A figure between the two amounts is another fact, not the same budget again.
    expect(parseBudget("budget € 150k for 3 teams (~$27k each)")?.currency).toBe("EUR");
  });

  it("thousands grouped with points ('€ 4.000', 'Rp 150.000.000', '4.000 euro') are thousands", () => {
    for (const [text, currency, perMonth] of [
      ["Budget € 4.000 per month", "EUR", 4000],
      ["budget 4.000 euro a month", "EUR", 4000],
      ["Budget Rp 150.000.000 a month", "IDR", 150_000_000],
      ["budget 12.500 TL a month", "TRY", 12_500],
    ] as const)
      expect(parseBudget(text), text).toEqual({ currency, perMonth });
    // A price with cents is still a price with cents.
    expect(parseBudget("budget $2.50 a day")).toEqual({ currency: "USD", perMonth: 75 });
  });

  it("'$20k <other dollar>' is that dollar; '$20k' alone is US dollars", () => {
    for (const c of foreign.filter((x) => x.sign.endsWith("$")))
      for (const code of c.after.filter((w) => /^[a-z]{3}$/.test(w))) {
        const text = `budget $20k ${code.toUpperCase()} a month`;
        expect(parseBudget(text)?.currency, text).toBe(c.code);
      }
    expect(parseBudget("budget $20k a month")).toEqual({ currency: "USD", perMonth: 20_000 });
  });

  it("an amount after a currency code not in the table is never dollars", () => {
    for (const code of ["PHP", "XOF", "GHS", "PKR", "BDT", "CLP", "COP"])
      expect(parseBudget(`Budget ${code} 6,000,000 a month`), code).toBeUndefined();
    expect(parseBudget("budget for 6,000 a month")).toEqual({ currency: "USD", perMonth: 6000 });
  });

  it.each([
    ["Seoul webtoon", SEOUL_WEBTOON, /budget ₩40,000,000\/month \(not applied\)/],
    ["Lagos wallet", LAGOS_WALLET, /budget ₦6,000,000\/month \(not applied\)/],
    ["Istanbul marketplace", ISTANBUL_MARKETPLACE, /budget ₺1,500,000\/month \(not applied\)/],
    ["Monterrey broker", MONTERREY_BROKER, /budget MX\$40,000\/month \(not applied\)/],
    ["Baden-Württemberg toolmaker", STUTTGART_TOOLMAKER, /budget €4,000\/month \(not applied\)/],
  ])("%s: the budget is said back in its currency and not applied", (_team, message, said) => {
    const c = chat(catalog);
    const text = textOf(c.say(message));
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(text).toMatch(said);
  });
});
