// A message that names two jobs in turn leads with the first: the Riyadh utility's "We want two
// things. First, a customer-facing chat assistant … Second, after each call-centre call, a
// summary" was read as summarisation, and Curitiba's "Queremos gerar descrições de produtos …
// Também queremos moderar as avaliações" as no use case at all (twelfth and thirteenth tryout
// rounds), because the use case was the first kind in a fixed order, not the job named first.
// Checked over generated pairs of jobs (each first and second) × ordering words; and moderation
// said of a compound noun ("moderate in-game chat", Helsinki, fifteenth round) is classification.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { understand } from "../../../src/intents/understand.js";
import type { UseCase } from "../../../src/scoring/requirements.js";

const catalog = readCatalog();
const fresh = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };

const JOBS: { said: string; useCase: UseCase }[] = [
  { said: "a customer-facing chat assistant in our app for bill questions", useCase: "chat" },
  { said: "a summary of each call-centre call for the CRM", useCase: "summarization" },
  { said: "product descriptions written from the sellers' spec sheets", useCase: "creative" },
  { said: "moderating the customer reviews for spam and abuse", useCase: "extraction" },
  { said: "translating our help articles into Spanish", useCase: "translation" },
  { said: "answering staff questions from our policy documents with retrieval", useCase: "rag" },
];
const ORDERINGS = [
  (a: string, b: string) => `We want two things. First, ${a}. Second, ${b}.`,
  (a: string, b: string) => `Firstly: ${a}; secondly: ${b}.`,
  (a: string, b: string) => `We want ${a}. We also want ${b}.`,
  (a: string, b: string) => `Our main need is ${a}. In addition, ${b}.`,
];

describe("the job a message names first is its use case", () => {
  it("over generated pairs of jobs and ordering words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(...JOBS),
        fc.constantFrom(...ORDERINGS),
        (first, second, order) => {
          fc.pre(first.useCase !== second.useCase);
          const text = `${order(first.said, second.said)} Which model?`;
          expect(parseRequirements(text).useCase, text).toBe(first.useCase);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("in Portuguese: 'Queremos gerar descrições de produtos … Também queremos moderar as avaliações' is writing", () => {
    const text =
      "Olá! Somos um marketplace em Curitiba. Queremos gerar descrições de produtos a partir da ficha técnica. Também queremos moderar as avaliações dos clientes, umas 8 milhões por mês. Qual modelo vocês recomendam?";
    const intent = understand(text, { catalog, session: fresh });
    expect(intent.kind).toBe("recommend");
    if (intent.kind === "recommend") expect(intent.requirements.useCase).toBe("creative");
  });
});

describe("moderation of a compound noun is classification", () => {
  it("'moderate in-game chat', 'moderate user-generated posts' …", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("moderate", "moderates", "we moderate"),
        fc.constantFrom("in-game chat", "user-generated posts", "player-to-player messages", "live-stream comments"),
        fc.constantFrom(" with an LLM before a message is shown.", ", ~5 tokens out (a label).", " in 14 languages."),
        (verb, thing, rest) => {
          const text = `We want to ${verb.replace(/^we /, "")} ${thing}${rest} Which model?`;
          expect(parseRequirements(text).useCase, text).toBe("extraction");
        },
      ),
      { numRuns: 40 },
    );
  });
});
