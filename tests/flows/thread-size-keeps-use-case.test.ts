// A what-if that says how large the things sent are ("what if the source documents are 400k
// tokens?", Osaka pharma in the eleventh round, found by judge12 at 94856d3) changes their size and
// the context need, not the thread's work: the things named ("documents", "pdfs") are what is
// sent, not a new task, so a summarisation thread does not become "RAG over documents". A message
// that names a task of its own still changes it.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { OSAKA_PHARMA } from "../scenarios/eleventh-round-teams.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();

// Threads with a use case other than RAG, with and without a volume counted per thing.
const THREADS = [
  {
    first:
      "we summarise contracts for our lawyers: 3,000 documents a month, ~20k tokens in and 1k out each. which model?",
    useCase: "summarization",
  },
  {
    first: "we extract fields from 10,000 invoice PDFs a month, ~5k tokens in and 500 out each. which model?",
    useCase: "extraction",
  },
  { first: "which model for extracting fields from supplier invoices? api is fine", useCase: "extraction" },
  { first: "we want to summarise long research reports for our analysts. which model?", useCase: "summarization" },
] as const;

const THINGS = ["documents", "source documents", "pdfs", "files", "reports", "papers"] as const;
const SIZES = ["60k", "100k", "400k"] as const;

const PHRASINGS = [
  (thing: string, size: string) => `what if the ${thing} are ${size} tokens?`,
  (thing: string, size: string) => `what if the ${thing} are ${size} tokens each?`,
  (thing: string, size: string) => `and if our ${thing} are about ${size} tokens long?`,
];

beforeAll(() => void chat(catalog).say(THREADS[0].first), 120_000);

describe("a size of the things sent keeps the thread's use case", () => {
  THREADS.forEach((thread, t) =>
    PHRASINGS.forEach((phrase, p) => {
      // Each thread × phrasing takes a thing and a size in turn, so every one is covered.
      const thing = THINGS[(t * 2 + p) % THINGS.length]!;
      const size = SIZES[(t + p) % SIZES.length]!;
      const said = phrase(thing, size);
      it(`'${said}' in a ${thread.useCase} thread: still ${thread.useCase}, with the larger context`, () => {
        const c = chat(catalog);
        c.say(thread.first);
        expect(c.session.requirements.useCase).toBe(thread.useCase);
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("what-if");
        expect(c.session.requirements.useCase).toBe(thread.useCase);
        expect(c.session.requirements.contextTokens).toBeGreaterThanOrEqual(Number(size.replace("k", "")) * 1000);
      });
    }),
  );

  it("a task named with the size still changes the use case: 'what if we translate the documents instead, 100k tokens each?'", () => {
    const c = chat(catalog);
    c.say(THREADS[0].first);
    c.say("what if we translate the documents instead, 100k tokens each?");
    expect(c.session.requirements.useCase).toBe("translation");
  });
});

describe("Osaka pharma (eleventh round)", () => {
  it("'what if the source documents are 400k tokens?' keeps the drafting work and needs 400K+ of context", () => {
    const c = chat(catalog);
    c.say(OSAKA_PHARMA);
    const before = c.session.requirements.useCase;
    expect(before).toBeDefined();
    expect(before).not.toBe("rag");
    const reply = c.say("what if the source documents are 400k tokens?");
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements.useCase).toBe(before);
    expect(c.session.requirements.contextTokens).toBeGreaterThanOrEqual(400_000);
  });
});
