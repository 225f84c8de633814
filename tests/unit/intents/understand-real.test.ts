// understand() against the real catalogue, for the questions the issues name.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { ids, makeU, session } from "./understand-helpers.js";

const u = makeU(readCatalog());

describe("issue questions, real catalogue", () => {
  it.each([
    ["tell me about gpt-4o", "model-info", ["gpt-4o"]],
    ["who made GPT-J?", "model-info", ["gpt-j-6b"]],
    ["did OpenAI make GPT-J?", "model-info", ["gpt-j-6b"]],
    ["is Mistral 7B proprietary?", "license", ["mistral-7b"]],
    ["is BLOOMZ a proprietary API?", "license", ["bloomz"]],
    ["can we self-host GPT-4?", "license", ["gpt-4"]],
    ["price of gpt-4o", "price", ["gpt-4o"]],
    ["how much is Llama 3 70B per million tokens?", "price", ["llama-3-70b"]],
    ["how much would gpt-4o cost at 10M input and 2M output tokens a month?", "cost", ["gpt-4o"]],
    ["is Llama 3 70B 10 times cheaper than GPT-4?", "cost", ["llama-3-70b", "gpt-4"]],
    ["when is self-hosting llama 3.1 70b cheaper than gpt-4o?", "break-even", ["llama-3.1-70b", "gpt-4o"]],
    [
      "compare gpt4o, claude sonet 4.5 and llama 3.1 70b at 10M tokens a month",
      "compare",
      ["gpt-4o", "claude-sonnet-4.5", "llama-3.1-70b"],
    ],
    ["open vs closed: pros and cons", "tradeoffs", []],
  ])("%s -> %s", (text, kind, expected) => {
    const intent = u(text);
    expect(intent.kind).toBe(kind);
    expect(ids(intent)).toEqual(expected);
  });

  it("can we use Llama 3.1 in an app with 800M monthly users? -> licence for the 3.1 sizes", () => {
    const intent = u("can we use Llama 3.1 in an app with 800M monthly users?");
    expect(intent.kind).toBe("license");
    if (intent.kind !== "license") return;
    expect(intent.facts.monthlyActiveUsers).toBe(800_000_000);
    expect([...intent.modelIds].sort()).toEqual(["llama-3.1-405b", "llama-3.1-70b", "llama-3.1-8b"]);
  });

  it("can we train our model on Claude's outputs? -> licence with trainOnOutputs", () => {
    const intent = u("can we train our model on Claude's outputs?");
    expect(intent.kind).toBe("license");
    if (intent.kind !== "license") return;
    expect(intent.facts.trainOnOutputs).toBe(true);
    expect(intent.modelIds.length).toBeGreaterThan(0);
    expect(intent.modelIds.every((id) => id.startsWith("claude"))).toBe(true);
  });

  it.each([
    ["Llama 3.2 1B in the EU?", ["llama-3.2-1b"], { inEu: true }, "regional"],
    ["Falcon 180B as an API for our customers?", ["falcon-180b"], { serveAsApi: true }, "serve-as-api"],
    ["is mistral 7b ok for us?", ["mistral-7b"], {}, null],
  ])("%s -> a verdict on the stated facts", (text, expected, facts, topic) => {
    expect(u(text)).toMatchObject({ kind: "license", modelIds: expected, facts, topic });
  });

  it("can we use X? asks for a verdict; which licence is X under? for the licence", () => {
    expect(u("can we use Turing-NLG?")).toMatchObject({ kind: "license", topic: null });
    expect(u("which licence is Turing-NLG under?")).toMatchObject({ kind: "license", topic: "which-license" });
  });

  it("a licence question about a family passes every model of it", () => {
    const intent = u("can we train our model on Claude's outputs?");
    const claudes = readCatalog()
      .models.filter((m) => m.family === "claude" || m.id.startsWith("claude"))
      .map((m) => m.id);
    expect(ids(intent).length).toBeGreaterThan(8);
    expect(ids(intent).every((id) => claudes.includes(id))).toBe(true);
  });

  it("which open models can we fine-tune and use with 1B monthly users?", () => {
    expect(u("Which open models can we fine-tune and use with 1B monthly users?")).toMatchObject({
      kind: "license",
      modelIds: [],
      openOnly: true,
      facts: { fineTune: true, monthlyActiveUsers: 1_000_000_000 },
    });
  });

  it("llama 3 asks which one, keeping the question", () => {
    expect(u("price of llama 3")).toEqual({
      kind: "clarify-model",
      query: "llama 3",
      candidates: ["llama-3-8b", "llama-3-70b"],
      pending: { kind: "price", modelIds: ["?"] },
    });
  });

  it("one-shot recommendation fills its requirements", () => {
    const intent = u("recommend an open-weights model for coding under $500 a month at 20M tokens");
    expect(intent).toMatchObject({
      kind: "recommend",
      requirements: { useCase: "coding", openWeightsOnly: true, monthlyBudgetUsd: 500 },
    });
  });

  it("an unknown model suggests near names", () => {
    const intent = u("tell me about gpt-7");
    expect(intent.kind).toBe("unknown-model");
    if (intent.kind === "unknown-model") expect(intent.suggestions.length).toBeGreaterThan(0);
  });

  it("may we fine-tune it? uses the focus", () => {
    expect(u("may we fine-tune it?", session({ focus: ["llama-3.1-70b"] }))).toMatchObject({
      kind: "license",
      modelIds: ["llama-3.1-70b"],
      facts: { fineTune: true },
    });
  });
});
