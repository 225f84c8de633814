// A thread's follow-ups in the team's own language: "qual é o custo com o claude haiku 4.5?"
// (sixth tryout round, São Paulo bank: its model card), "pourquoi pas mistral medium 3 ?" (twelfth
// round, Lyon press: its model card) and "et si …" are the cost, why-not and what-if the same words
// are in English. A follow-up is too short to hold the three everyday words that mark a language
// (foreign-words.ts), so its opening marks it: "e se", "et si", "und wenn", "pourquoi pas"…
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { BANK_BR } from "../scenarios/sixth-round-teams.js";
import { LYON_PRESS } from "../scenarios/twelfth-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const FRENCH_BANK =
  "Nous sommes une banque à Lyon. Service client, environ 20 000 conversations par jour, 800 tokens en entrée et 200 en sortie. Quel modèle recommandez-vous ?";
const GERMAN_INSURER =
  "Wir sind eine Versicherung in Köln. Welches Modell für Schadensmeldungen auf Deutsch, 20 Mio Tokens im Monat, Daten müssen in der EU bleiben?";

// Each language: a thread, and its ways of asking why not, what it costs, and what if.
const LANGUAGES = [
  {
    name: "Portuguese",
    first: BANK_BR,
    whyNot: ["por que não {m}?", "porque não o {m}?"],
    cost: ["qual é o custo com o {m}?", "quanto custaria o {m}?", "quanto custa o {m}?"],
    openOnly: ["e se usarmos só modelos abertos?"],
  },
  {
    name: "French",
    first: FRENCH_BANK,
    whyNot: ["pourquoi pas {m} ?", "pourquoi pas le {m} ?"],
    cost: ["combien coûterait {m} ?", "quel est le coût de {m} ?", "quel serait le coût avec {m} ?"],
    openOnly: ["et si on prend only open models ?"],
  },
  {
    name: "German",
    first: GERMAN_INSURER,
    whyNot: ["warum nicht {m}?"],
    cost: ["was kostet {m}?", "wie viel kostet {m}?"],
    openOnly: ["und wenn nur open models?"],
  },
] as const;

const MODELS = [
  { said: "claude haiku 4.5", id: "claude-haiku-4.5", name: "Claude Haiku 4.5" },
  { said: "gpt-4o mini", id: "gpt-4o-mini", name: "GPT-4o mini" },
  { said: "mistral medium 3", id: "mistral-medium-3", name: "Mistral Medium 3" },
  { said: "llama 3.3 70b", id: "llama-3.3-70b", name: "Llama 3.3 70B" },
] as const;

beforeAll(() => void chat(catalog).say(LANGUAGES[0].first), 120_000);

describe("follow-ups in the team's own language", () => {
  LANGUAGES.forEach((language, l) => {
    language.whyNot.forEach((form, f) => {
      const model = MODELS[(l + f) % MODELS.length]!;
      const said = form.replace("{m}", model.said);
      it(`${language.name} '${said}' is 'why not ${model.name}?' in the thread`, () => {
        const c = chat(catalog);
        c.say(language.first);
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("what-if");
        expect(reply.data?.models).toEqual([expect.objectContaining({ id: model.id })]);
      });
    });
    language.cost.forEach((form, f) => {
      const model = MODELS[(l * 2 + f) % MODELS.length]!;
      const said = form.replace("{m}", model.said);
      it(`${language.name} '${said}' is ${model.name}'s cost at the thread's volume`, () => {
        const c = chat(catalog);
        c.say(language.first);
        const volume = totalTokens(c.session.requirements.volume);
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("cost");
        expect(reply.data?.models).toEqual([expect.objectContaining({ id: model.id })]);
        expect(textOf(reply)).toMatch(/monthly/i);
        expect(totalTokens(c.session.requirements.volume)).toBe(volume);
      });
    });
    language.openOnly.forEach((said) =>
      it(`${language.name} '${said}' keeps open-weights models only`, () => {
        const c = chat(catalog);
        c.say(language.first);
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("what-if");
        expect(c.session.requirements.openWeightsOnly).toBe(true);
      }),
    );
  });

  it("French 'et si on passe à 30 000 conversations par jour ?' is 30,000 a day at the thread's 800 in + 200 out", () => {
    const c = chat(catalog);
    c.say(FRENCH_BANK);
    expect(c.session.requirements.volume?.perItem).toMatchObject({ inputTokens: 800, outputTokens: 200 });
    c.say("et si on passe à 30 000 conversations par jour ?");
    expect(totalTokens(c.session.requirements.volume)).toBe(900_000_000);
  });

  it("an English message that merely starts with the same letters is left alone: 'e.g. gpt-4o' is no 'what if'", () => {
    const c = chat(catalog);
    c.say("support chatbot, 20M tokens a month. which model?");
    expect(c.say("e.g. gpt-4o mini, what does it cost?").data?.intent).toBe("cost");
  });
});

describe("the teams that asked", () => {
  it("São Paulo bank: 'qual é o custo com o claude haiku 4.5?' prices Claude Haiku 4.5 at the thread's 7.77B tokens a month", () => {
    const c = chat(catalog);
    c.say(BANK_BR);
    const reply = c.say("qual é o custo com o claude haiku 4.5?");
    expect(reply.data?.intent).toBe("cost");
    expect(textOf(reply)).toContain("Claude Haiku 4.5");
    expect(textOf(reply)).toContain("7.77B tokens a month");
  });

  it("Lyon press: 'pourquoi pas mistral medium 3 ?' says where Mistral Medium 3 stands", () => {
    const c = chat(catalog);
    c.say(LYON_PRESS);
    const reply = c.say("pourquoi pas mistral medium 3 ?");
    expect(textOf(reply)).toContain("**Why not Mistral Medium 3?**");
  });
});
