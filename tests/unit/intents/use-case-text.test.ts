import { describe, expect, it } from "vitest";
import { useCaseIn } from "../../../src/intents/use-case-text.js";

describe("useCaseIn: the task named beats the material or wrapper mentioned", () => {
  it.each([
    ["extraction from 50k pdfs a month", "extraction"],
    ["need extraction from loan docs", "extraction"],
    ["pull key dates out of supplier contracts", "extraction"],
    ["tool-using assistant that moves money", "agents"],
    ["a voice bot that looks up orders via api calls", "agents"],
    ["assistant that files expense reports through our apis", "agents"],
    ["questions about a whole repo", "coding"],
    ["load entire codebases", "coding"],
    ["codestral vs qwen coder for autocomplete", "coding"],
    ["support copilot for 250 reps", "chat"],
    ["a chat assistant for our agents' questions", "chat"],
    ["doc qa in our gcp project", "rag"],
    ["answers from our case database", "rag"],
    ["rag over our pdfs", "rag"],
    ["summaries of our pdfs", "summarization"],
    ["an internal tool for drafting release notes", "creative"],
    // Details pulled out with the fields listed in brackets, documents checked against a standard.
    ["pull shipment details (consignee, hs codes, weights) out of customs declarations", "extraction"],
    ["compare incoming ndas against our playbook and flag deviations", "extraction"],
    ["check supplier contracts against our standard terms", "extraction"],
    // Game characters who talk with the player are written dialogue.
    ["villagers that chat with the player in our farming game", "creative"],
    ["we want the characters to talk to players", "creative"],
  ])("%j -> %s", (text, useCase) => {
    expect(useCaseIn(text)).toBe(useCase);
  });
  it.each([
    // Who uses it says less than what it does.
    ["customer chatbot for a bank, 300 developers", "chat"],
    ["a bank with 300 developers wants to summarise call notes", "summarization"],
    ["something for our developers", "coding"],
    ["an assistant for our 40 devs", "coding"],
    // Agents counted are people; agents qualified as software are agents.
    ["our 200 contact-centre agents need a chatbot to help them", "chat"],
    ["help 50 insurance agents draft replies", "chat"],
    ["we run 20 ai agents that book meetings", "agents"],
    ["agents that call our internal apis", "agents"],
    ["we want agents that answer customer emails and book meetings", "agents"],
    ["a study helper for our pupils", "chat"],
    ["a tool for our teachers to mark essays", "extraction"],
    ["a shopify plugin that writes product descriptions", "creative"],
  ])("%j -> %s (people vs the task)", (text, useCase) => {
    expect(useCaseIn(text)).toBe(useCase);
  });
  it.each([
    "on-device autocomplete in our mobile keyboard",
    "we are a bank",
    "support agents answer the phones",
    "our 200 contact-centre agents handle the calls",
    // Agents who must answer people are people, whatever must or will comes first.
    "our agents need to answer callers",
    "our agents have to take calls from customers all day",
    "the agents must respond to patients' questions",
    "agents who talk to claimants",
  ])("no use case: %j", (text) => {
    expect(useCaseIn(text)).toBeUndefined();
  });
  it("material alone still says something: docs are rag, a bot is chat", () => {
    expect(useCaseIn("something for our docs")).toBe("rag");
    expect(useCaseIn("a bot for the team")).toBe("chat");
  });

  it.each([
    // Reading documents for what they commit to, sorting cases, scoring work or people: extraction.
    ["contract review and drafting for our legal team", "extraction"],
    ["we review ndas and supplier agreements for risky clauses", "extraction"],
    ["insurance claims triage, us, phi", "extraction"],
    ["triage inbound support tickets by urgency", "extraction"],
    ["auto-grading of short free-text answers", "extraction"],
    ["an llm that scores quiz responses against a rubric", "extraction"],
    ["hr saas: resume screening + job description writing", "extraction"],
    ["we screen job applicants' cvs for our recruiters", "extraction"],
    ["medical coding: assign icd codes to each encounter", "extraction"],
    // Searching a field's sources: retrieval.
    ["we need a model for legal research in italian", "rag"],
    ["case law research assistant for a small firm", "rag"],
    // Selling words and writing about writing: creative.
    ["we write ad copy for e-commerce clients", "creative"],
    ["generating ads headlines and taglines for small businesses", "creative"],
    ["writing-feedback tool for students' essays", "creative"],
    ["we give feedback on cover letters and personal statements", "creative"],
    // Turning reviews into pros and cons or bullet points is a summary.
    ["we turn hotel reviews into short pros and cons lists", "summarization"],
    ["condense call transcripts into bullet points", "summarization"],
  ])("%j -> %s (tasks named by their trade's words)", (text, useCase) => {
    expect(useCaseIn(text)).toBe(useCase);
  });
  it.each([
    // A copilot is a wrapper: for whom and for what decides.
    ["pharmacists want a copilot that answers drug interaction questions from our monographs (rag)", "rag"],
    ["a copilot for our underwriters that explains policy wording", "chat"],
    ["a coding copilot for 40 engineers", "coding"],
    ["a copilot for our developers", "coding"],
    // Human agents on calls are helped, they are not software agents.
    ["real-time agent assist: while the agent is on a call it suggests the next best reply", "chat"],
    ["agent-assist for our contact centre, suggesting answers from the knowledge base", "rag"],
    ["agents that call our internal apis", "agents"],
    ["we want agents that answer customer emails and book meetings", "agents"],
    // "code" that is no software.
    ["a bot that answers questions about promo codes and shipping", "chat"],
    ["chatbot for users who code-mix hindi and english", "chat"],
    ["a triage chatbot for patient messages", "chat"],
  ])("%j -> %s (words that look like another task)", (text, useCase) => {
    expect(useCaseIn(text)).toBe(useCase);
  });
  it.each([
    "we study how llms handle code-switching between french and english",
    "look up the zip codes and country codes of our customers",
  ])("no use case, and never coding: %j", (text) => {
    expect(useCaseIn(text)).toBeUndefined();
  });
});

describe("useCaseIn: a writing system is how people type, not something written", () => {
  it.each([
    [
      "customers message us on whatsapp in french, sometimes in arabic script; the bot answers questions about orders",
      "chat",
    ],
    ["a support bot; our users write in cyrillic script or latin letters", "chat"],
    ["a helpdesk bot, most tickets are hindi typed in roman script", "chat"],
  ])("%j is %s", (text, useCase) => {
    expect(useCaseIn(text)).toBe(useCase);
  });
  it.each([
    ["write video scripts for our channel", "creative"],
    ["draft cover letters for job seekers", "creative"],
  ])("scripts and letters to write stay writing: %j", (text, useCase) => {
    expect(useCaseIn(text)).toBe(useCase);
  });
});
