// The third tryout round's understanding findings ("words" in tryout-third-round-open.test.ts),
// each now a test over the teams' own phrasing and paraphrases of it: what the message states
// lands in the slot an ML lead would put it in, and nothing it does not state is added.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

describe("third tryout round: what teams say lands in the right slot", () => {
  it("choosing a managed API says where it runs; it adds no operations priority", () => {
    for (const text of [
      "rag bot, any managed API is fine",
      "summarising call notes, a managed endpoint is ok for us. which model?",
      "coding assistant, managed service is fine",
      "support chatbot, happy with a managed API",
    ]) {
      const c = chat(catalog);
      const reply = c.say(text);
      expect(c.session.requirements.deployment, text).toBe("any-api");
      expect(c.session.requirements.priorities ?? [], text).not.toContain("operations");
      expect(textOf(reply), text).not.toMatch(/priorities: operations/i);
    }
    // Wanting it run for you is still the operations priority.
    const c = chat(catalog);
    c.say("chat model, we want it fully managed and low maintenance");
    expect(c.session.requirements.priorities).toContain("operations");
  });

  it("watching what players post for harm is classification, not a chat assistant", () => {
    for (const text of [
      "recommend a model to moderate player chat (flag toxicity, grooming, scams)",
      "we need to flag toxic messages and scams in our discord, 50M tokens a month. model?",
      "content moderation for a marketplace, which llm",
      "screen forum posts for hate speech and self-harm, which model?",
    ]) {
      const c = chat(catalog);
      c.say(text);
      expect(c.session.requirements.useCase, text).toBe("extraction");
    }
    // "moderate" as a size names no task.
    const c = chat(catalog);
    c.say("moderate volume, chatbot for our shop");
    expect(c.session.requirements.useCase).toBe("chat");
  });

  it("a note written from a transcript or recording is summarisation, and the shortlist is ranked for it", () => {
    for (const text of [
      "record the visit, transcribe it, then an LLM writes the SOAP note. which model?",
      "ambient scribe for small clinics, which model would you pick?",
      "turn sales call transcripts into call notes, what should we use",
      "which llm for drafting progress notes from nurse handover audio",
    ]) {
      const c = chat(catalog);
      const reply = c.say(text);
      expect(c.session.requirements.useCase, text).toBe("summarization");
      expect(textOf(reply), text).toMatch(/Shortlist: summarisation/);
    }
  });

  it("'startup here, 25 people' is the team's size, not 25 monthly users", () => {
    const c = chat(catalog);
    c.say("Healthtech startup here, 25 people, US only. which model for summarising visits?");
    expect(c.session.requirements.monthlyActiveUsers).toBeUndefined();
    expect(c.session.requirements.teamSize).toBe(25);
  });
});
