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
  ])("no use case: %j", (text) => {
    expect(useCaseIn(text)).toBeUndefined();
  });
  it("material alone still says something: docs are rag, a bot is chat", () => {
    expect(useCaseIn("something for our docs")).toBe("rag");
    expect(useCaseIn("a bot for the team")).toBe("chat");
  });
});
