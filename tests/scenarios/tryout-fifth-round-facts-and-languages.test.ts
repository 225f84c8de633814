// The fifth (and fourth) tryout rounds' understanding findings about facts, languages, use cases
// and licences (the "words" todos in tryout-fifth-round-open.test.ts and
// tryout-fourth-round-open.test.ts), each now a test over the teams' own phrasing and paraphrases:
// what a message states is read, said back when it cannot be applied, never read as something else.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const tokensOf = (v: { inputTokensPerMonth: number; outputTokensPerMonth: number } | undefined) =>
  v === undefined ? undefined : v.inputTokensPerMonth + v.outputTokensPerMonth;

describe("fifth tryout round (words): first messages in German and French", () => {
  it("a German insurer's first message recommends with its facts, as the same message in English does", () => {
    const c = chat(catalog);
    const reply = textOf(
      c.say(
        "Wir sind eine Versicherung in Köln. Welches Modell für Schadensmeldungen auf Deutsch, 20 Mio Tokens im Monat, Daten müssen in der EU bleiben?",
      ),
    );
    const req = c.session.requirements;
    expect(req.euDataResidency).toBe(true);
    expect(req.languages).toEqual(["de"]);
    expect(tokensOf(req.volume)).toBe(20_000_000);
    expect(req.dataSensitivity).toBe("regulated");
    expect(reply).toMatch(/Shortlist/);
    expect(reply).toMatch(/data must stay in the EU/);
  });

  it("a French mutual insurer's first message recommends with its facts", () => {
    const c = chat(catalog);
    const reply = textOf(
      c.say(
        "Nous sommes une mutuelle française. Quel modèle pour résumer des dossiers de sinistres en français, 10M tokens par mois, hébergement en UE obligatoire ?",
      ),
    );
    const req = c.session.requirements;
    expect(req.useCase).toBe("summarization");
    expect(req.euDataResidency).toBe(true);
    expect(req.languages).toEqual(["fr"]);
    expect(tokensOf(req.volume)).toBe(10_000_000);
    expect(reply).toMatch(/Shortlist: summarisation/);
  });

  it("other teams writing in German or French are read the same way (the words, not the sentences)", () => {
    const cases: [string, Record<string, unknown>][] = [
      [
        "Welches LLM empfehlt ihr für einen Kundenservice-Chatbot? Etwa 5 Mio Tokens pro Monat, keine chinesischen Modelle.",
        { useCase: "chat", tokens: 5_000_000, countries: ["CN"] },
      ],
      [
        "Wir sind ein Krankenhaus in Wien und möchten Arztbriefe zusammenfassen. Die Daten dürfen die EU nicht verlassen. Welches Modell?",
        { useCase: "summarization", eu: true, sensitivity: "regulated" },
      ],
      [
        "Quel LLM pour traduire nos fiches produits de l'anglais vers l'allemand, environ 50 millions de tokens par mois ?",
        { useCase: "translation", tokens: 50_000_000 },
      ],
      [
        "Nous sommes une banque à Lyon. Quel modèle pour un chatbot de service client ? Les données doivent rester en Europe.",
        { useCase: "chat", eu: true, sensitivity: "regulated" },
      ],
    ];
    for (const [text, want] of cases) {
      const c = chat(catalog);
      c.say(text);
      const req = c.session.requirements;
      expect(req.useCase, text).toBe(want.useCase);
      if (want.tokens !== undefined) expect(tokensOf(req.volume), text).toBe(want.tokens);
      if (want.eu !== undefined) expect(req.euDataResidency, text).toBe(true);
      if (want.sensitivity !== undefined) expect(req.dataSensitivity, text).toBe(want.sensitivity);
      if (want.countries !== undefined) expect(req.exclude?.countries, text).toEqual(want.countries);
    }
  });

  it("an English message that happens to hold a German or French word is read as before", () => {
    const c = chat(catalog);
    c.say("support bot for our die-cutting machines in the EU, which model?");
    expect(c.session.requirements.useCase).toBe("chat");
    expect(c.session.requirements.euDataResidency).toBeUndefined();
  });
});

describe("fifth tryout round (words): languages said but not rated are said back", () => {
  it("Welsh, Tigrinya, Dari, Irish and Sami are kept and said back as unrated", () => {
    for (const [text, names] of [
      ["council chatbot for residents in English and Welsh, which model?", ["Welsh"]],
      [
        "refugee helpline, we get messages in arabic, dari, farsi, tigrinya and german. which model?",
        ["Dari", "Tigrinya"],
      ],
      ["bokmål and nynorsk are a must, Sami would be nice. chatbot for citizens, which model?", ["Sami"]],
      ["whats the cheapest that speaks tigrinya", ["Tigrinya"]],
    ] as const) {
      const c = chat(catalog);
      const reply = textOf(c.say(text));
      for (const name of names) {
        expect(reply, text).toContain(name);
        expect(reply, text).toMatch(new RegExp(`no candidate model has a rating in [^.]*${name}`));
      }
    }
  });

  it("'which model is best at Irish?' keeps Irish and says no model has an Irish rating", () => {
    const c = chat(catalog);
    const reply = textOf(
      c.say("We need summaries of parliamentary debates in Irish (Gaeilge) and English. Which model is best at Irish?"),
    );
    expect(c.session.requirements.languages).toEqual(expect.arrayContaining(["ga", "en"]));
    expect(reply).toMatch(/no candidate model has a rating in Irish/);
  });

  it("a team's nationality is not its language: an Irish insurer, a Welsh council", () => {
    for (const text of [
      "we're an Irish insurer, claims extraction, which model?",
      "Welsh council, RAG over planning documents, which model?",
    ]) {
      const c = chat(catalog);
      c.say(text);
      expect(c.session.requirements.languages, text).toBeUndefined();
    }
  });
});

describe("fifth tryout round (words): a Norwegian municipality", () => {
  it("'budget 5000 NOK' is said back and applied at the most it can be worth (Swedish and Danish crowns too), Sami as unrated", () => {
    for (const [text, said] of [
      [
        "We're a municipality in Norway, citizens' chatbot, bokmål and nynorsk are a must, Sami would be nice, budget 5000 NOK a month. which model?",
        "NOK 5,000",
      ],
      ["support bot, budget 40k SEK per month, which model?", "SEK 40,000"],
      ["rag over our policies, max 20000 DKK a month", "DKK 20,000"],
    ] as const) {
      const c = chat(catalog);
      const reply = textOf(c.say(text));
      expect(c.session.requirements.monthlyBudgetUsd, text).toBeUndefined();
      expect(reply, text).toContain(`budget ${said}/month (at most $`);
    }
    const c = chat(catalog);
    const reply = textOf(
      c.say(
        "bokmål and nynorsk are a must, Sami would be nice, budget 5000 NOK a month. citizens' chatbot, which model?",
      ),
    );
    expect(c.session.requirements.languages).toEqual(expect.arrayContaining(["no", "se"]));
    expect(reply).toMatch(/no candidate model has a rating in [^.]*Sami/);
  });
});
