// A sentence in another language inside an English message ("… about 100,000 chats a month.
// Presupuesto 400.000 MXN al mes.") is read: before, a message was put in English words only when
// most of it was in the other language, so the budget sentence was dropped and '5.000' could read
// as five. Generated over English sentences, Spanish budget phrasings, amounts written with dots,
// currencies and where the sentence stands; English sentences holding a word or two that is also
// Spanish or Dutch stay as written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inEnglishWords } from "../../../src/intents/foreign-words.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const dotted = (n: number) => n.toLocaleString("de-DE");
const ENGLISH = [
  "We run a customer support chatbot for our telco, about 100,000 chats a month, 1,500 tokens each.",
  "Internal HR assistant for our staff, about 20M tokens a month.",
  "We want to summarise contracts, roughly 3,000 a month of 4,000 tokens each.",
];
const SPANISH_BUDGETS = [
  "Presupuesto de {a} {c} al mes.",
  "Nuestro presupuesto es de {a} {c} mensuales.",
  "Presupuesto {a} {c} al mes.",
  "Tenemos un presupuesto de {a} {c} por mes.",
];

describe("a Spanish budget sentence inside an English message", () => {
  it("over amounts, phrasings, currencies and its place in the message: the budget is read, in its currency", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }).map((k) => k * 1_000),
        fc.constantFrom(...ENGLISH),
        fc.constantFrom(...SPANISH_BUDGETS),
        fc.constantFrom(["dólares", "USD"], ["USD", "USD"], ["MXN", "MXN"], ["euros", "EUR"]),
        fc.boolean(),
        (amount, english, form, [word, currency], spanishFirst) => {
          const spanish = form.replace("{a}", dotted(amount)).replace("{c}", word);
          const message = spanishFirst ? `${spanish} ${english} Which model?` : `${english} ${spanish} Which model?`;
          const req = parseRequirements(message);
          if (currency === "USD") expect(req.monthlyBudgetUsd, message).toBe(amount);
          else expect(req.statedBudget, message).toEqual({ currency, perMonth: amount });
          // The English sentence is read as before.
          expect(req.volume ?? req.useCase, message).toBeDefined();
        },
      ),
      { numRuns: 80 },
    );
  });

  it("an English sentence holding a word or two that other languages also write is left as written", () => {
    for (const text of [
      "Al and the team in Den Haag want a chatbot, y'know, for 2,000 users.",
      "We make die-cutting machines; the van fleet is 40 trucks. Recommend a model.",
      "Our CTO (el jefe) wants a model for 5,000 users a month.",
      "The data is per user and een update runs weekly.",
    ])
      expect(inEnglishWords(text), text).toBe(text);
  });
});
