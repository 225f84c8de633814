// The Buenos Aires notaries' SaaS "drafts deeds (escrituras) … from a form + uploaded ID documents"
// was read as 'RAG over documents' (the documents it is made from); drafting a document for someone
// is writing. And judge15's "We want a support agent that answers customer questions" was not
// understood at all ('support agents' are people; one the team wants made is a chat assistant).
// Checked over generated makers × verbs × documents × inputs, and wanted agents × phrasings;
// counted support agents stay people.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const MAKERS = ["we sell a SaaS that", "our tool", "we want a model that", "the assistant"];
const VERBS = ["drafts", "writes", "prepares", "composes"];
const DOCUMENTS = [
  "deeds",
  "escrituras",
  "tenancy contracts",
  "wills",
  "powers of attorney",
  "cover letters",
  "grant proposals",
  "press releases",
];
const INPUTS = [
  "",
  " from a form and uploaded ID documents",
  " from our PDFs of past cases",
  " for notaries",
  " in the notarial style",
];

describe("drafting a document is writing", () => {
  it("whatever it is drafted from", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MAKERS),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...DOCUMENTS),
        fc.constantFrom(...INPUTS),
        (maker, verb, doc, input) => {
          const text = `${maker} ${verb} ${doc}${input}. which model?`;
          expect(parseRequirements(text).useCase, text).toBe("creative");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("filling a template, reviewing a contract or answering from documents is not", () => {
    expect(parseRequirements("we fill in the customs forms from scanned invoices").useCase).toBe("extraction");
    expect(parseRequirements("contract review for our legal team, which model?").useCase).toBe("extraction");
    expect(parseRequirements("answer questions from our contracts and policies").useCase).toBe("rag");
  });
});

describe("a support agent the team wants made is a chat assistant", () => {
  it("over wanted agents and phrasings", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("We want", "We need", "We're building", "We are looking for", "We plan to deploy"),
        fc.constantFrom(
          "a support agent",
          "an AI support agent",
          "a virtual customer service agent",
          "a customer support agent",
          "an automated helpdesk agent",
        ),
        fc.constantFrom(
          " that answers customer questions, 300,000 conversations a month.",
          " for our webshop.",
          " on WhatsApp, in Spanish and English.",
        ),
        (want, agent, rest) => {
          const text = `${want} ${agent}${rest}`;
          expect(parseRequirements(text).useCase, text).toBe("chat");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the team's own support agents are people: the job is what they want done", () => {
    const text = "our 40 support agents answer invoice questions; we want a tool that summarises each ticket for them";
    expect(parseRequirements(text).useCase).toBe("summarization");
  });
});
