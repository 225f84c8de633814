// More realistic phrasings against the real catalogue: sizing, cheapest/which-models questions,
// size shorthand ("8b or 70b"), typos before a version, open-vs-closed questions in disguise.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { ids, makeU } from "./understand-helpers.js";

const u = makeU(readCatalog());

describe("more phrasings, real catalogue", () => {
  it.each([
    ["can I run llama 3.3 70b on a single H100?", "cost", ["llama-3.3-70b"]],
    ["how many GPUs do I need for llama 3.1 405b?", "cost", ["llama-3.1-405b"]],
    // Two models weighed ("which is cheaper, A or B?") compare, as the corpus labels it.
    ["what's cheaper, gpt-4o mini or claude haiku 4.5?", "compare", ["gpt-4o-mini", "claude-haiku-4.5"]],
    ["which is better for coding, gpt-5 or claude sonnet 4.5?", "compare", ["gpt-5", "claude-sonnet-4.5"]],
    ["gpt-4o mini vs gemini 2.0 flash vs llama 3.1 8b", "compare", ["gpt-4o-mini", "gemini-2.0-flash", "llama-3.1-8b"]],
    ["llama 3 8b or 70b?", "compare", ["llama-3-8b", "llama-3-70b"]],
    ["compare llama 3.1 8b, 70b and 405b", "compare", ["llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b"]],
    ["how does claude sonnet 4.5 compare to gpt-5?", "compare", ["claude-sonnet-4.5", "gpt-5"]],
    ["what's the context window of gemini 1.5 pro?", "model-info", ["gemini-1.5-pro"]],
    ["does o3 support tool calling?", "model-info", ["o3"]],
    ["lamma 3.3", "model-info", ["llama-3.3-70b"]],
    ["is Jurassic-2 from EleutherAI?", "model-info", ["jurassic-2"]],
    ["what are the restrictions on gemma 3 27b?", "license", ["gemma-3-27b"]],
    ["is qwen 2.5 72b free for commercial use?", "license", ["qwen2.5-72b"]],
    ["can we use mistral large 2 in production?", "license", ["mistral-large-2"]],
    ["what about the EU? can we use llama 4 scout in Europe?", "license", ["llama-4-scout"]],
    ["does GPT-4 cost $10 per million input tokens?", "price", ["gpt-4"]],
    ["what's the cheapest model?", "recommend", []],
    ["what is the cheapest open model for 100M tokens a month?", "recommend", []],
    ["which models have a 1M token context?", "recommend", []],
    ["I need something for summarizing legal documents in German", "recommend", []],
    ["Are open source models secure?", "tradeoffs", []],
    ["OpenAI", "unclear", []],
  ])("%s -> %s", (text, kind, expected) => {
    const intent = u(text);
    expect(intent.kind).toBe(kind);
    expect(ids(intent)).toEqual(expected);
  });

  it("a context need alone is a requirement, not a cost assumption", () => {
    const intent = u("which models have a 1M token context?");
    expect(intent).toMatchObject({ kind: "recommend", requirements: { contextTokens: 1_000_000 } });
  });
});

describe("short requirement statements start a recommendation", () => {
  it.each([
    ["coding", "coding"],
    ["RAG", "rag"],
    ["a chatbot", "chat"],
    ["we want a support chatbot for our customers", "chat"],
    ["we are building an agent that books meetings", "agents"],
  ])("%s", (text, useCase) => {
    expect(u(text)).toMatchObject({ kind: "recommend", requirements: { useCase } });
  });
  it.each(["list all models", "what models do you know?"])("%s -> help", (text) => {
    expect(u(text).kind).toBe("help");
  });
});

describe("maker questions about a family", () => {
  it("who made Jurassic? needs no pick when every Jurassic shares its maker", () => {
    expect(u("Jurassic was made by EleutherAI?")).toMatchObject({
      kind: "model-info",
      modelIds: ["jurassic-1-jumbo", "jurassic-2"],
    });
  });
  it("tell me about Jurassic still asks which", () => {
    expect(u("tell me about jurassic").kind).toBe("clarify-model");
  });
});

describe("chat-style phrasings", () => {
  it.each([
    ["hey @modelwise what would gpt-4.1 cost us for 30M tokens/mo?", "cost", ["gpt-4.1"]],
    ["Can we legally ship an app built on Llama 4 Maverick to EU users?", "license", ["llama-4-maverick"]],
    ["how do gemini 2.5 pro and claude opus 4.5 compare on price?", "price", ["gemini-2.5-pro", "claude-opus-4.5"]],
    ["is self hosting worth it for us at 200M tokens a month with llama 3.3 70b?", "break-even", ["llama-3.3-70b"]],
    ['do we need to say "built with llama" if we use llama 3.1 8b?', "license", ["llama-3.1-8b"]],
    ["what GPU would I need to run qwen3 32b in fp8?", "cost", ["qwen3-32b"]],
    ["thx, and what about gpt-oss-120b?", "model-info", ["gpt-oss-120b"]],
    ["whats ur data source", "sources", []],
    ["pros/cons of using claude vs llama for customer support", "tradeoffs", []],
    ["is deepseek v3 okay to use in a bank?", "license", ["deepseek-v3"]],
    ["can we self host llama 3 70b?", "license", ["llama-3-70b"]],
    [
      "rank gpt-4o, gemini 2.5 flash and mistral small 3 for chat",
      "compare",
      ["gpt-4o", "gemini-2.5-flash", "mistral-small-3"],
    ],
    ["How much cheaper is Llama 3 70B than GPT-4, really?", "cost", ["llama-3-70b", "gpt-4"]],
  ])("%s -> %s", (text, kind, expected) => {
    const intent = u(text);
    expect(intent.kind).toBe(kind);
    expect(ids(intent)).toEqual(expected);
  });
});
