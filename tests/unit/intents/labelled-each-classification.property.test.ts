// A label given to each document is classification, not questions over documents (fifth round's
// e-discovery team: 'a one-off batch of 2M documents, ~3k tokens each, we need a relevance label +
// 2 sentence reason for each' was read as 'RAG over documents', so the shortlist ranked on
// retrieval; the seventh round's law firm, 'e-discovery review … tag responsiveness and
// privilege', the same).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { makeU } from "./understand-helpers.js";

const u = makeU(readCatalog());
const useCaseOf = (text: string) => {
  const intent = u(text);
  return intent.kind === "recommend" ? intent.requirements.useCase : `(${intent.kind})`;
};

const WHO = ["", "law firm, ", "our litigation team: ", "we're a 400-lawyer firm. "] as const;
const JOBS = [
  "e-discovery review: tag each document for responsiveness and privilege",
  "ediscovery, we need a relevance label + 2 sentence reason for each document",
  "document review for litigation, label every file as relevant or not",
  "privilege review, mark each email as privileged or not",
  "e-discovery: a relevance label and a short rationale per document",
] as const;
const VOLUMES = ["", ", 2M documents, ~3k tokens each", ", about 50k documents a month"] as const;
const ASKS = ["which model?", "which llm should we use?", "what would you pick?"] as const;

describe("a label for each item is classification", () => {
  it("e-discovery and document review that label each document read as extraction / classification", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WHO),
        fc.constantFrom(...JOBS),
        fc.constantFrom(...VOLUMES),
        fc.constantFrom(...ASKS),
        (who, job, volume, ask) => {
          const text = `${who}${job}${volume}. ${ask}`;
          expect(useCaseOf(text), text).toBe("extraction");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the fifth round's e-discovery message is classification, its job still priced once", () => {
    const text =
      "e-discovery for a law firm: a one-off batch of 2M documents, ~3k tokens each, we need a relevance label + 2 sentence reason for each. this is a one-time job, not monthly. which model and total cost?";
    const intent = u(text);
    expect(intent.kind).toBe("recommend");
    if (intent.kind !== "recommend") return;
    expect(intent.requirements.useCase).toBe("extraction");
    expect(intent.requirements.oneOffVolume?.oneOff).toBe(true);
  });

  it("questions answered from documents stay RAG", () => {
    for (const text of [
      "answer questions from our documents, which model?",
      "we have 10k legal documents, lawyers ask questions about them. which model?",
      "chat with our pdfs, which llm?",
      "we want to answer questions about our contracts. which model?",
      "a knowledge base over our legal documents, which model?",
    ])
      expect(useCaseOf(text), text).toBe("rag");
  });
});
