import { describe, expect, it } from "vitest";
import { useCaseIn } from "../../../src/intents/use-case-text.js";

// People called agents (support, sales, insurance agents), counted with their chats or calls, use
// the tool: its use case is not agents with tools, even when the count names them twice ("our
// support agents: 40 agents x 120 chats a day"). Software agents stay agents.
describe("people called agents, counted", () => {
  it.each([
    "an assistant for our support agents: 40 agents x 120 chats a day, suggests replies",
    "copilot for our sales agents: 25 agents × 40 calls a day, it drafts follow-up emails",
    "a helper for insurance agents: 300 agents, each answers 20 policy questions a day",
  ])("%s", (text) => {
    expect(useCaseIn(text)).not.toBe("agents");
  });

  it.each([
    "we want to build an AI agent that calls our APIs to book appointments",
    "we run 20 AI agents that call our internal APIs",
  ])("software agents stay agents: %s", (text) => {
    expect(useCaseIn(text)).toBe("agents");
  });
});

// A contact centre's chat agents are people too; agents built to call APIs stay agents.
describe("chat agents", () => {
  it.each([
    "We're a customer support BPO in Manila with 2,500 agents. We want real-time reply suggestions for chat agents",
    "which model to help our chat agents answer faster? 300 chat agents on shift",
  ])("%s", (text) => {
    expect(useCaseIn(text)).not.toBe("agents");
  });

  it("agents that call the team's booking APIs stay agents", () => {
    expect(useCaseIn("we want to build chat agents that call our booking apis and change reservations")).toBe("agents");
  });
});
