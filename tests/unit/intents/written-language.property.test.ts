// A first message written in another language: Turkish is read (counts, rates, sizes, budget, who
// runs it), and a team that names no language is assumed to serve people who read the language it
// wrote in, said in the answer; a language it names is its own word. Generated over counts, sizes,
// budgets and the team's own languages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const dotted = (n: number) => n.toLocaleString("de-DE");

describe("a Turkish first message", () => {
  it("over generated counts, sizes, rates and things counted: the volume and the team are read", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 90 }).map((k) => k * 1_000),
        fc.integer({ min: 2, max: 40 }).map((k) => k * 100),
        fc.integer({ min: 1, max: 9 }).map((k) => k * 50),
        fc.constantFrom(["Ayda", 1], ["Günde", 30]),
        fc.constantFrom(["e-posta", "e-postayı"], ["müşteri mesajı", "mesajı"]),
        (count, tokensIn, tokensOut, [rate, days], [thing, object]) => {
          const message = `Merhaba, bir model istiyoruz. ${rate} yaklaşık ${dotted(count)} ${thing}, her biri yaklaşık ${dotted(tokensIn)} token girdi ve ${tokensOut} token çıktı. Bu ${object} sınıflandırmak istiyoruz. Tek bir yazılımcımız var, sunucumuz yok.`;
          const req = parseRequirements(message);
          expect(req.volume?.inputTokensPerMonth, message).toBe(count * days * tokensIn);
          expect(req.volume?.outputTokensPerMonth, message).toBe(count * days * tokensOut);
          expect(req.mlOpsExperience, message).toBe("none");
          expect(req.writtenIn, message).toBe("tr");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("over generated budgets ('Bütçemiz aylık … TL', '₺ …', 'aylık … TL'): lira a month, never dollars", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }).map((k) => k * 1_000),
        fc.constantFrom("Bütçemiz aylık {a} TL.", "Bütçe aylık {a} TL.", "Bütçemiz aylık ₺{a}."),
        (amount, form) => {
          const message = `Merhaba, bir model istiyoruz. Ayda yaklaşık 10.000 e-posta var. ${form.replace("{a}", dotted(amount))}`;
          expect(parseRequirements(message).statedBudget, message).toEqual({ currency: "TRY", perMonth: amount });
        },
      ),
      { numRuns: 40 },
    );
  });
});

// First messages in the languages the tables hold, none naming a language.
const WRITTEN = [
  [
    "tr",
    "Turkish",
    "Merhaba, müşteri hizmetleri için bir sohbet botu istiyoruz. Ayda yaklaşık 20.000 mesaj, her biri yaklaşık 500 token girdi ve 150 token çıktı.",
  ],
  [
    "es",
    "Spanish",
    "Hola, somos un banco y queremos un asistente para atención al cliente. Unas 20.000 conversaciones al mes, cada una con 500 tokens de entrada y 150 de salida.",
  ],
  [
    "it",
    "Italian",
    "Buongiorno, siamo una banca e vogliamo un assistente per il servizio clienti. Circa 20.000 conversazioni al mese, ciascuna con 500 token in ingresso e 150 in uscita.",
  ],
  [
    "de",
    "German",
    "Hallo, wir sind eine Bank und suchen ein Modell für den Kundenservice. Etwa 20.000 Anfragen im Monat, je 500 Tokens Eingabe und 150 Tokens Ausgabe.",
  ],
] as const;

describe("the language a team wrote in", () => {
  it("over the tables' languages: with no language named, the answers are assumed in it, said in the answer and ranked on", () => {
    for (const [code, name, message] of WRITTEN) {
      const c = chat(catalog);
      const text = textOf(c.say(message));
      expect(c.session.requirements.writtenIn, name).toBe(code);
      expect(text, name).toContain(`Assumed: answers in ${name}, since you wrote in ${name}`);
      expect(text, name).toMatch(new RegExp(`in ${name}: `));
    }
  });

  it("over generated languages the team names (in English words after the message): those are the languages, nothing assumed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WRITTEN),
        fc.constantFrom("English", "French", "Arabic"),
        ([, name, message], own) => {
          const c = chat(catalog);
          const text = textOf(c.say(`${message} Answers must be in ${own}.`));
          expect(text, `${name} + ${own}`).not.toContain(`since you wrote in ${name}`);
        },
      ),
      { numRuns: 12 },
    );
  });

  it("an English message assumes no language", () => {
    const c = chat(catalog);
    const text = textOf(
      c.say("We want a support chatbot for our bank, 20,000 conversations a month, 500 tokens in and 150 out each."),
    );
    expect(c.session.requirements.writtenIn).toBeUndefined();
    expect(text).not.toContain("since you wrote in");
  });
});
