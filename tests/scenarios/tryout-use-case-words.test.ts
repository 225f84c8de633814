// Use cases as teams of the fourth to sixth tryout rounds named them in their first messages, in
// their trade's words: each whole message reaches a shortlist for the job it describes, never the
// job a single word on its own would suggest ("copilot" → coding, "agent" → agents with tools,
// "pros/cons" → the trade-offs page, "portable" → the lock-in page).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

/** The whole first message recommends, for `useCase` (or none), and the shortlist's heading says so. */
function expectShortlistFor(message: string, useCase: UseCase | undefined) {
  const c = chat(catalog);
  const reply = c.say(message);
  expect(reply.data?.intent).toBe("recommend");
  expect(c.session.requirements.useCase).toBe(useCase);
  const heading = textOf(reply).match(/^(?:== )?Shortlist(?:: (\w[\w ]*))?/m);
  expect(heading, textOf(reply).slice(0, 300)).not.toBeNull();
  return { c, reply };
}

describe("tryout teams' use cases, read from the whole first message", () => {
  it("a pharmacists' copilot grounded in clinical monographs (RAG) is retrieval, not coding", () => {
    expectShortlistFor(
      "we're a US pharmacy chain (~2,300 stores). pharmacists want a copilot that answers drug interaction + dosing questions grounded in our clinical monographs (RAG), and drafts patient counselling notes. PHI is involved so HIPAA, we need a BAA with whoever hosts it. we're a Google Cloud shop.",
      "rag",
    );
  });

  it("a study of code-switching between French and English names no coding job", () => {
    const { c } = expectShortlistFor(
      "I lead a computational linguistics research group. Non-commercial academic research only. We study how LLMs handle code-switching between French and English. We need open weights because we inspect activations and fine-tune (LoRA). Which models should we look at?",
      undefined,
    );
    expect(c.session.requirements.languages).toEqual(expect.arrayContaining(["en", "fr"]));
  });

  it("real-time agent assist for 1,200 call-centre agents is an assistant, not agents with tools", () => {
    const { c } = expectShortlistFor(
      "We're a BPO in Cebu - 1,200 agents handling customer service for a US telco client. We want real-time agent assist: while the agent is on a call, we feed the live transcript and the model suggests the next best reply. Each agent takes around 60 calls per shift. Latency matters, under 1.5s. Which model?",
      "chat",
    );
    expect(c.session.requirements.latency).toBe("interactive");
  });

  it("'summarise product reviews into pros/cons blurbs … which model?' recommends a summariser, not the trade-offs page", () => {
    const { c } = expectShortlistFor(
      "summarise product reviews into pros/cons blurbs, korean, 100M tokens a month. which model?",
      "summarization",
    );
    expect(c.session.requirements.languages).toEqual(["ko"]);
  });

  it("'portable ultrasound devices … an offline assistant inside the device' recommends for the device, not the lock-in page", () => {
    const { c } = expectShortlistFor(
      "We make portable ultrasound devices and want an offline assistant inside the device that turns the sonographer's spoken findings into a structured preliminary report. Which model?",
      "summarization",
    );
    expect(c.session.requirements.onDevice).toBe(true);
  });

  it.each<[string, UseCase]>([
    ["Contract review and drafting for our in-house legal team, 20M tokens a month. which model?", "extraction"],
    ["KYC document Q&A and collections call summaries, in four languages. which model?", "summarization"],
    ["Writing-feedback tool for students' essays, 3M tokens a month. which model?", "creative"],
    ["auto-grading of short free-text answers, 5M tokens a month. which model?", "extraction"],
    ["HR SaaS: resume screening + job description writing, 10M tokens a month. which model?", "extraction"],
    ["insurance claims triage, US, PHI, must have a BAA, we're on AWS, 50M tokens a month, which model?", "extraction"],
    ["we need a model for legal research in italian, 5M tokens a month, anything but deepseek. which model?", "rag"],
    ["we write ad copy for e-commerce clients, 10M tokens a month. which model?", "creative"],
  ])("%j is a shortlist for %s", (message, useCase) => {
    expectShortlistFor(message, useCase);
  });

  it("'no self hosting' beside claims triage leaves managed APIs", () => {
    const { c } = expectShortlistFor(
      "insurance claims triage, US, PHI, must have a BAA, we're on AWS, no self hosting, 50M tokens a month, which model?",
      "extraction",
    );
    expect(c.session.requirements).toMatchObject({ deployment: "any-api", needsBaa: true, cloudProvider: "aws" });
  });
});
