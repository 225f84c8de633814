// Constraint words from the tryouts, each said as teams said it and in other phrasings of the
// same class: privacy laws name personal (regulated) data, a report filled into a fixed shape is
// extraction rather than creative writing, counted agents are people, and fact-checking is
// retrieval. Read through the real advisor, so the session keeps what the shortlist ranks on.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat } from "../flows/recommend-helpers.js";
import { VICTORIA_GOV } from "./seventh-round-teams.js";

const catalog = readCatalog();
const said = (message: string) => {
  const c = chat(catalog);
  c.say(message);
  return c.session.requirements;
};

describe("privacy laws name personal data", () => {
  it.each([
    "Olá! Somos um banco digital no Brasil (São Paulo). We want a customer service assistant in the app. LGPD + Bacen resolution 4.893 (cloud outsourcing rules). which model?",
    "Somos um banco digital, queremos um modelo para atendimento ao cliente com conversas dos nossos clientes. Qual modelo vocês recomendam?",
    "fintech in São Paulo, customer chats fall under LGPD, which model?",
    "we're a US lender; GLBA applies. which llm for document extraction?",
    "california app, CCPA covers our user profiles, which model for a support chat?",
  ])("%s", (message) => {
    expect(said(message).dataSensitivity).toBe("regulated");
  });

  it("Victoria government: 'Personal information under the Privacy and Data Protection Act' is regulated data, and the act's name is no priority", () => {
    const req = said(VICTORIA_GOV);
    expect(req.dataSensitivity).toBe("regulated");
    expect(req.priorities ?? []).not.toContain("dataControl");
  });

  it("GDPR named for where data may go sets residency, not a level of data", () => {
    const req = said("GDPR: processing must happen in EU data centres. chat assistant for ~60k users");
    expect(req.euDataResidency).toBe(true);
    expect(req.dataSensitivity).toBeUndefined();
  });
});

describe("use cases said in a trade's words", () => {
  it.each([
    "which model for structured report drafting from radiologist dictation?",
    "structured report drafting for building inspections, which model?",
    "we draft structured incident reports from sensor logs, which llm?",
    "we want templated discharge letters generated from the chart, which model?",
    "an assistant that fills in our customs forms from shipping documents. which model?",
  ])("a fixed shape filled from given facts is extraction, not creative: %s", (message) => {
    expect(said(message).useCase).toBe("extraction");
  });

  it("drafting free text is still creative", () => {
    expect(said("which model for drafting blog posts for our bakery?").useCase).toBe("creative");
  });

  it.each([
    "we're building a fact-checking tool, which model?",
    "newsroom wants to verify claims in articles against our archive. which llm would you pick?",
    "fact checking for a media startup, 5M tokens a month, what do you recommend?",
  ])("checking claims against sources is retrieval: %s", (message) => {
    expect(said(message).useCase).toBe("rag");
  });

  it("agents counted are people, AI agents counted are software", () => {
    expect(said("agents: 80. what model do you recommend for them?").useCase).toBeUndefined();
    expect(said("our 80 agents need a model that suggests replies to customers").useCase).toBe("chat");
    const bots = said("we run 80 AI agents that call our APIs, which model?");
    expect(bots.useCase).toBe("agents");
    expect(bots.monthlyActiveUsers).toBeUndefined();
  });
});
