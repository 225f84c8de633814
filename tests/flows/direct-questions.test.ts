// A direct question for a model that states anything to rank on ("whats the cheapest model with
// a 1M context window", "which open model is best at german?") is a one-shot question: it gets a
// shortlist at once, saying what it assumed, not "Question 1 of 7". Asking to be walked through,
// or asking with nothing to rank on, still starts the guided questions.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, stepOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const ASKS = ["whats the cheapest model", "which model is best", "what's the strongest open model", "which llm"];
const FACTS = [
  { words: "with a 1M context window", said: /1M tokens of context/ },
  { words: "at german", said: /languages: German/ },
  { words: "for at most $300 a month", said: /budget \$300\.00\/month/ },
  { words: "that we can run on our own servers", said: /self-host|on-prem|run the weights yourselves|own cloud/i },
];

describe("direct questions for a model", () => {
  for (const ask of ASKS)
    for (const fact of FACTS)
      it(`"${ask} ${fact.words}?" gets a shortlist at once, with the fact it states`, () => {
        const reply = chat(catalog).say(`${ask} ${fact.words}?`);
        const text = textOf(reply);
        expect(stepOf(reply)).toBeNull();
        expect(text).not.toMatch(/Question 1 of/);
        expect(text).toMatch(/^Shortlist/m);
        expect(text).toMatch(fact.said);
      });

  it.each([
    "help me choose a model",
    "which model should we use?",
    "guide me through picking a model for our german docs",
  ])('"%s" starts the guided questions', (message) => {
    const reply = chat(catalog).say(message);
    expect(stepOf(reply)).not.toBeNull();
  });
});
