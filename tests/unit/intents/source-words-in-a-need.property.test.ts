// 'Source' in a team's own words is its material, not a question about modelwise's sources: a
// need that says its answers must trace back to the source, cite the source paragraph or
// translate from the source language asks for a recommendation (the Osaka pharma team's first
// message was answered with modelwise's data sources), and "what if the source documents are
// 400k tokens?" changes the thread. A question of a few words about sources still asks for them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { makeU, session } from "./understand-helpers.js";

const u = makeU(readCatalog());

const SOURCE_WORDS = [
  "Accuracy and traceability to the source are essential",
  "every answer must cite the source paragraph",
  "summaries have to be faithful to the source",
  "answers need citations back to the source pdfs",
  "we translate from the source language",
  "the source texts are confidential",
  "each claim must reference the source clause",
  "the source documents are scanned contracts",
];
const JOBS = [
  "We summarise clinical study reports in English and Japanese",
  "We need an assistant that answers questions from our policy manuals",
  "We translate legal contracts into German and French",
  "Our analysts draft case notes from investigation files",
];
const VOLUMES = [
  "About 200 sessions a month, ~150k tokens in and ~8k out each",
  "20M tokens a month",
  "roughly 3,000 documents a month, 6k tokens each",
];
const MORE = ["Data must stay in the EU", "Budget $5,000 a month", "No Chinese models", "We run on Azure"];
const ASK = ["", " Which model should we use?", " what do you recommend?"];

describe("source words in a stated need", () => {
  it("a need that speaks of the source (with three facts or more) asks for a recommendation", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(...SOURCE_WORDS),
        fc.constantFrom(...VOLUMES),
        fc.constantFrom(...MORE),
        fc.constantFrom(...ASK),
        (job, source, volume, more, ask) => {
          const text = `${job}. ${source}. ${volume}. ${more}.${ask}`;
          expect(u(text).kind, text).toBe("recommend");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("'what if the source <material> are N tokens?' in a thread is a what-if, not a sources question", () => {
    const thread = session({ requirements: { useCase: "summarization", contextTokens: 150_000 } });
    fc.assert(
      fc.property(
        fc.constantFrom("documents", "reports", "texts", "files", "pdfs", "transcripts"),
        fc.constantFrom("400k", "300,000", "250k"),
        (material, amount) => {
          const text = `what if the source ${material} are ${amount} tokens?`;
          expect(u(text, thread).kind, text).toBe("what-if");
        },
      ),
      { numRuns: 30 },
    );
  });

  it.each([
    "sources?",
    "what are your sources",
    "source for that?",
    "cite your sources please",
    "did you make that up or is there a source",
    "where do your numbers come from?",
    "what's your data source for the licences",
  ])("a question about modelwise's sources still asks for them: %s", (text) => {
    expect(u(text).kind).toBe("sources");
  });
});
