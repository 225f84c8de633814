// A budget in a currency the advisor cannot convert (it holds no sourced exchange rate) is said
// back and not applied, whatever currency and however the amount is written: never read as US
// dollars, never dropped. The teams of the eighth and ninth rounds wrote '₩40,000,000 a month',
// 'NGN 6,000,000 a month', '1.5 million TL', 'MXN 40,000 al mes', '€ 4.000 per month', '$20k AUD'.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { requirementsFromText } from "../../src/conversation/flows/requirements-from-text.js";
import { CURRENCIES, parseBudget, parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { SEOUL_WEBTOON } from "./eighth-round-teams.js";
import { BOGOTA_VOICE_AGENT } from "./fourteenth-round-teams.js";
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

  // The sixteenth round's 'Budget TRY 2,500,000 a month.' was $2,500,000: "try" and "pen" are
  // English words, so those codes are read only as written in capitals.
  it("every currency's ISO code in capitals, before or after the amount, is that currency; 'try' and 'pen' in lower case are words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...foreign),
        fc.constantFrom(["2,500,000", 2_500_000], ["40k", 40_000], ["1.5 million", 1_500_000]),
        fc.boolean(),
        fc.constantFrom("Budget {a} a month.", "our budget is {a} per month", "we can spend up to {a}/month"),
        (c, [amount, value], before, form) => {
          const text = form.replace("{a}", before ? `${c.code} ${amount}` : `${amount} ${c.code}`);
          expect(parseBudget(text), text).toEqual({ currency: c.code, perMonth: value });
        },
      ),
      { numRuns: 150 },
    );
    for (const text of [
      "we want to try 3 models, budget $500 a month",
      "try 2 or 3 of them; budget 500 dollars a month",
      "a pen 2 tablet app, budget $500 a month",
    ])
      expect(parseBudget(text), text).toEqual({ currency: "USD", perMonth: 500 });
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

  // The thirteenth round's 'Our budget is Rs 35 lakh per month.' was read as $3,500,000.
  it("rupees as Indians write them ('Rs 35 lakh', 'Rs.8,00,000', '2 crore rupees') are rupees, never dollars", () => {
    const amounts = [
      ["35 lakh", 3_500_000],
      ["8,00,000", 800_000],
      ["1.5 crore", 15_000_000],
      ["40k", 40_000],
    ] as const;
    const periods = [
      ["per month", 1],
      ["a month", 1],
      ["/month", 1],
      ["a year", 1 / 12],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom("Rs", "Rs.", "RS", "rs.", "₹", "INR"),
        fc.constantFrom("", " "),
        fc.constantFrom(...amounts),
        fc.constantFrom(...periods),
        (sign, gap, [amount, value], [period, share]) => {
          const text = `Our budget is ${sign}${gap}${amount} ${period}.`;
          expect(parseBudget(text), text).toEqual({ currency: "INR", perMonth: Math.round(value * share * 100) / 100 });
        },
      ),
      { numRuns: 60 },
    );
    for (const word of ["rupees", "rupee", "Indian rupees"])
      expect(parseBudget(`budget about 5 lakh ${word} a month`), word).toEqual({ currency: "INR", perMonth: 500_000 });
    // Letters before 'rs' make another word: hours and years are no rupees.
    expect(parseBudget("we need it 24 hrs 5,000 a month budget $900 a month")?.currency).toBe("USD");
  });

  // The fourteenth round's Johannesburg scheme: 'Budget R250,000 a month.' was read as $250,000.
  it("the rand written as a bare R before money ('R250,000', 'R 250 000', 'R1.5m') is rand; model names with an R are not", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", " "),
        fc.constantFrom(
          ["250,000", 250_000],
          ["250 000", 250_000],
          ["1.5m", 1_500_000],
          ["80k", 80_000],
          ["1,200,000", 1_200_000],
        ),
        fc.constantFrom("Budget {a} a month.", "our budget is {a} per month", "we can spend up to {a}/month"),
        (gap, [amount, value], form) => {
          const text = form.replace("{a}", `R${gap}${amount}`);
          expect(parseRequirements(text).statedBudget, text).toEqual({ currency: "ZAR", perMonth: value });
          expect(parseRequirements(text).monthlyBudgetUsd, text).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
    for (const text of [
      "budget for deepseek r1 is $500 a month",
      "command r 35b under $200 a month",
      "budget R$ 1,000 a month or $200",
    ])
      expect(parseBudget(text)?.currency, text).not.toBe("ZAR");
  });

  // The fourteenth round's Cebu BPO: 'Budget PHP 1.5 million a month' was unread.
  it("Philippine pesos ('PHP 1.5 million', '₱1.5M') are pesos; 'PHP 8' is a language version, not a budget", () => {
    for (const text of [
      "Budget PHP 1.5 million a month.",
      "budget ₱1.5M a month",
      "budget 1,500,000 philippine pesos a month",
    ])
      expect(parseBudget(text), text).toEqual({ currency: "PHP", perMonth: 1_500_000 });
    for (const version of ["5", "7.4", "8", "8.3"])
      expect(parseBudget(`budget for a php ${version} backend: $300 a month`), version).toEqual({
        currency: "USD",
        perMonth: 300,
      });
  });

  // The fourteenth round's Bogotá team: 'Presupuesto: COP 90 millones al mes' was unread. No ECB rate.
  it("Colombian pesos ('COP 90 million', 'COP 90 millones al mes') are pesos, said back and not applied", () => {
    for (const text of ["Budget COP 90 million a month.", BOGOTA_VOICE_AGENT]) {
      const req = requirementsFromText(text, catalog);
      expect(req.statedBudget, text).toEqual({ currency: "COP", perMonth: 90_000_000 });
      expect(req.monthlyBudgetUsd, text).toBeUndefined();
    }
  });

  it("an amount after a currency code not in the table is never dollars", () => {
    // PKR and LKR joined the table with words31 (a Pakistani or Sri Lankan team's "Rs"), MAD and KZT
    // with wordsfortysix and wordsfortyeight (a Casablanca shop's dirhams, an Almaty bank's tenge).
    for (const code of ["XOF", "UAH", "JOD", "GEL", "AMD"])
      expect(parseBudget(`Budget ${code} 6,000,000 a month`), code).toBeUndefined();
    expect(parseBudget("budget for 6,000 a month")).toEqual({ currency: "USD", perMonth: 6000 });
  });

  it.each([
    ["Seoul webtoon", SEOUL_WEBTOON, /budget ₩40,000,000\/month \(at most \$33,563\.00\)/],
    ["Lagos wallet (no naira rate on record)", LAGOS_WALLET, /budget ₦6,000,000\/month \(not applied\)/],
    ["Istanbul marketplace", ISTANBUL_MARKETPLACE, /budget ₺1,500,000\/month \(at most \$51,268\.00\)/],
    ["Monterrey broker", MONTERREY_BROKER, /budget MX\$40,000\/month \(at most \$2,659\.00\)/],
    ["Baden-Württemberg toolmaker", STUTTGART_TOOLMAKER, /budget €4,000\/month \(at most \$5,049\.00\)/],
  ])("%s: the budget is said back in its currency, at the most it can be worth in dollars", (_team, message, said) => {
    const c = chat(catalog);
    const text = textOf(c.say(message));
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(text).toMatch(said);
  });
});

// The ninth round's Monterrey broker, after its peso budget: "in usd that's about 2,200 a month"
// was "I'm not sure what you're asking". A currency named before a bare amount, in the same
// clause ("in usd that's about …", "in dollars it is roughly …"), is that amount's currency.
describe("a budget said again in another currency names it before the amount", () => {
  it("'in <currency> that's about 2,200 a month' is 2,200 of it, for every word of every currency", () => {
    for (const c of CURRENCIES)
      for (const word of new Set([...c.before, ...c.after]).values()) {
        for (const text of [`in ${word} that's about 2,200 a month`, `in ${word} it is roughly 2.2k per month`]) {
          expect(parseBudget(text), text).toEqual({ currency: c.code, perMonth: 2200 });
        }
      }
    expect(parseBudget("in US dollars it's around 3k a month")).toEqual({ currency: "USD", perMonth: 3000 });
  });

  it("a currency in another clause, or a count after 'in', names no amount", () => {
    expect(parseBudget("prices in usd please. we get about 2,200 tickets a month")).toBeUndefined();
    expect(parseBudget("in 2 years it's about 2,200 a month")).toBeUndefined();
  });

  it.each([
    ["Seoul webtoon", SEOUL_WEBTOON],
    ["Lagos wallet", LAGOS_WALLET],
    ["Istanbul marketplace", ISTANBUL_MARKETPLACE],
    ["Monterrey broker", MONTERREY_BROKER],
    ["Baden-Württemberg toolmaker", STUTTGART_TOOLMAKER],
  ])("%s: 'in usd that's about N a month' applies a budget of $N and says it", (_team, message) => {
    for (const [said, usd] of [
      ["in usd that's about 2,200 a month", 2200],
      ["in dollars that is roughly 9k per month", 9000],
    ] as const) {
      const c = chat(catalog);
      c.say(message);
      const reply = c.say(said);
      expect(reply.data?.intent, said).toBe("what-if");
      expect(c.session.requirements.monthlyBudgetUsd, said).toBe(usd);
      expect(textOf(reply)).toContain(`budget $${usd.toLocaleString("en-US")}.00/month`);
    }
  });
});
