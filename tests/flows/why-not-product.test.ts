// "Why not copilot?" names an assistant product where a model goes (eleventh tryout round: the
// Brisbane accountants' "why not copilot?" re-ranked their thread as a chat assistant, the product's
// name read as a use case). A product is not a model: the answer says what it is and whose, from
// the vendor's own page, that the catalogue (models only) never weighed it, and the thread's
// requirements stay exactly as they were. A copilot the team builds for people is still a use case.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { BRISBANE_ACCOUNTANTS } from "../scenarios/eleventh-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const THREADS = [
  "we summarise contracts, 2,000 documents a day, ~8k tokens in and 500 out each. which model?",
  "recommend a model for extracting fields from 90k invoices a month, 2,500 tokens in and 300 out each",
  "which model for RAG over our wiki, 30M tokens a month, nothing from mistral",
] as const;
// Each product asked about, the words that ask, and what the answer must say of it: what it is
// (from the vendor's own page) and where that page is.
const PRODUCTS = [
  {
    asks: [
      "why not copilot?",
      "what about github copilot?",
      "why not just use microsoft 365 copilot?",
      "how about copilot chat",
      "and why not Copilot Studio?",
    ],
    what: /Copilot is the name of Microsoft's AI assistants/,
    source: "github.com/MicrosoftDocs/microsoft-365-docs",
  },
  // Baden-Württemberg toolmaker (ninth round): 'why not deepl?' said no model called 'deepl' is
  // in the catalogue. DeepL is a translation service, weighed apart like Copilot.
  {
    asks: ["why not deepl?", "what about the deepl api?", "how about DeepL Pro", "why not just use deepl?"],
    what: /DeepL is DeepL's machine-translation service/,
    source: "developers.deepl.com",
  },
] as const;

describe("'why not <assistant product>?' asks about a product and changes nothing", () => {
  for (const product of PRODUCTS)
    for (const thread of THREADS)
      for (const ask of product.asks)
        it(`'${ask}' after '${thread.slice(0, 40)}…': the product, from its vendor's own page`, () => {
          const c = chat(catalog);
          c.say(thread);
          const before = structuredClone(c.session.requirements);
          const reply = c.say(ask);
          expect(reply.data?.intent).toBe("what-if");
          expect(c.session.requirements).toEqual(before);
          const said = textOf(reply);
          expect(said).toMatch(product.what);
          expect(said).toContain("It is a product, not a model");
          expect(said).toContain(product.source);
          expect(said).not.toMatch(/no model|What if:/i);
        });

  it("a copilot the team builds for its staff is a use case: the thread becomes a chat assistant", () => {
    const c = chat(catalog);
    c.say(THREADS[0]);
    c.say("what if we build a support copilot for our staff instead?");
    expect(c.session.requirements.useCase).toBe("chat");
  });
});

describe("the Brisbane accountants' 'why not copilot?'", () => {
  it("keeps the thread a summarisation shortlist and says Copilot is a product weighed apart", () => {
    const c = chat(catalog);
    c.say(BRISBANE_ACCOUNTANTS);
    const useCase = c.session.requirements.useCase;
    const reply = c.say("why not copilot?");
    expect(c.session.requirements.useCase).toBe(useCase);
    const said = c.replies.map(textOf).join("\n");
    expect(said).toContain("Why not Copilot?");
    expect(said).toMatch(/weigh it apart: its price, its data terms and where it processes your data are Microsoft's/);
    expect(said).not.toMatch(/Shortlist: chat assistant/);
    expect(reply.data?.intent).toBe("what-if");
  });
});
