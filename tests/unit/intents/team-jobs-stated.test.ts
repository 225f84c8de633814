// A first message that states the team's job (searching its own files, answering from its
// handbook, comparing documents) and its languages (Hinglish) is a need: a shortlist, never
// "I'm not sure" nor a comparison of models.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newSession } from "../../../src/conversation/session.js";
import { understand } from "../../../src/intents/understand.js";

const catalog = readCatalog();
const read = (t: string) => understand(t, { catalog, session: newSession(new Date("2026-12-01T00:00:00Z")) });
const need = (t: string) => {
  const intent = read(t);
  return intent.kind === "recommend" ? intent.requirements : intent.kind;
};

describe("a team's own material searched or asked is retrieval", () => {
  it.each([
    "We're a professional association and want to answer members' questions from our handbook.",
    "staff should be able to search across the team's old tender files and reports",
    "We want to search our past project documentation and get answers with sources.",
    "our staff need to answer callers' questions using the procedures manual",
  ])("%s", (t) => expect(need(t)).toMatchObject({ useCase: "rag" }));

  it("questions about a topic stay a chat that knows it", () => {
    expect(need("We want an assistant that answers viewers' questions about the programme guide")).toMatchObject({
      useCase: "chat",
    });
  });
});

describe("documents set against each other are the job", () => {
  it.each([
    "We need to compare policy wordings side by side, about 200 policies a month.",
    "our brokers compare insurance quotes from several carriers and want a model to do it",
    "we want to compare two drafts of each lease and list what changed",
  ])("%s", (t) => expect(need(t)).toMatchObject({ useCase: "extraction" }));

  it("models compared stay a comparison", () => {
    expect(read("compare models for a legal team").kind).toBe("compare");
  });
});

describe("a mixed language is both its languages", () => {
  it.each([
    ["Our support team chats with customers in Hinglish. Which model?", ["hi", "en"]],
    ["customers write to us in Spanglish; we want a chatbot", ["es", "en"]],
  ])("%s", (t, codes) => {
    const req = need(t);
    expect(typeof req === "string" ? [] : [...(req.languages ?? [])].sort()).toEqual([...codes].sort());
  });
});

describe("a job said flatly in a first message, with no question, is the team's first need", () => {
  it.each([
    ["we compare two drafts of each lease", "extraction"],
    ["We compare two drafts of each lease and list what changed.", "extraction"],
    ["our lawyers review every NDA against our playbook", "extraction"],
    ["our brokers compare insurance quotes from several carriers", "extraction"],
  ])("%s", (t, useCase) => expect(need(t)).toMatchObject({ useCase }));

  it("a flat statement naming a model stays about that model", () => {
    expect(read("we use gpt-4o for our chatbot").kind).toBe("model-info");
  });
});
