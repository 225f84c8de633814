// Finding model names inside whole sentences, against the small fixture catalogue.
import { describe, expect, it } from "vitest";
import { findModelMentions } from "../../../src/catalog/mentions.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";

const catalog = miniCatalog();
const foundIds = (text: string): string[] =>
  findModelMentions(text, catalog).flatMap((m) => (m.resolution.status === "found" ? [m.resolution.id] : []));
const statuses = (text: string): string[] => findModelMentions(text, catalog).map((m) => m.resolution.status);

describe("findModelMentions: finds every model in a sentence", () => {
  it.each([
    [
      "compare gpt4o, claude sonet 4.5 and llama 3.1 70b at 10M tokens a month",
      ["gpt-4o", "claude-sonnet-4.5", "llama-3.1-70b"],
    ],
    ["is Mistral 7B proprietary?", ["mistral-7b"]],
    ["did OpenAI make GPT-J?", ["gpt-j-6b"]],
    ["is Llama 3 70B 10 times cheaper than GPT-4?", ["llama-3-70b", "gpt-4"]],
    ["gpt-4 vs gpt-4o", ["gpt-4", "gpt-4o"]],
    ["GPT-4o/Claude Sonnet 4.5", ["gpt-4o", "claude-sonnet-4.5"]],
    ["deepsek r1 or mixtral 8x7", ["deepseek-r1", "mixtral-8x7b"]],
    ["what about lama 3.1 70b?", ["llama-3.1-70b"]],
    ["price of llama-3.1-405b-instruct please", ["llama-3.1-405b"]],
    ["qwen2.5 72b and qwen 2.5 3b", ["qwen2.5-72b", "qwen2.5-3b"]],
    ["sonnet 4.5 vs gpt4o mini", ["claude-sonnet-4.5", "gpt-4o-mini"]],
    ["How much is GPT-4 Turbo per 1M tokens?", ["gpt-4-turbo"]],
    ["gpt-4o gpt-4 gpt-4o again", ["gpt-4o", "gpt-4"]],
    ["monthly cost of Mixtral 8x22B at 20M tokens", ["mixtral-8x22b"]],
    ["llama 3 8b, llama 3.1 8b & qwen2.5 7b", ["llama-3-8b", "llama-3.1-8b", "qwen2.5-7b"]],
    ["Can we self-host DeepSeek-R1 on 8 H100s?", ["deepseek-r1"]],
    ["(gpt-4o)", ["gpt-4o"]],
    ["GPT-4o.", ["gpt-4o"]],
  ])("%s", (text, ids) => {
    expect(foundIds(text)).toEqual(ids);
  });

  it("reports a family named without a size as ambiguous", () => {
    const mentions = findModelMentions("can we use Llama 3.1 in an app with 800M monthly users?", catalog);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.resolution.status).toBe("ambiguous");
    expect(mentions[0]?.text).toBe("Llama 3.1");
  });

  it("reports an unknown version as unknown, with suggestions", () => {
    const mentions = findModelMentions("tell me about gpt-7", catalog);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.resolution.status).toBe("none");
    expect(mentions[0]?.text).toBe("gpt-7");
  });

  it("gives character offsets into the sentence", () => {
    const text = "compare gpt4o and llama 3 70b";
    const [a, b] = findModelMentions(text, catalog);
    expect(text.slice(a?.start, a?.end)).toBe("gpt4o");
    expect(text.slice(b?.start, b?.end)).toBe("llama 3 70b");
  });
});

describe("findModelMentions: ordinary words and numbers are not models", () => {
  it.each([
    "what can we do with 10M tokens",
    "we rock and roll with 800M users",
    "Which open models can we fine-tune and use with 1B monthly users?",
    "help me choose",
    "the 70b one",
    "can we ship this commercially?",
    "2,000 requests a day, 1,500 tokens in and 300 out",
    "assume H100 at $2.10/h, int4, 50% utilization",
    "under $500 a month at 20M tokens",
    "what is the best model for coding",
    "open vs closed",
    "tell me a story about a llama farm",
    "write a haiku about mistakes",
    "where do your facts come from?",
    "we have 3 engineers and 2 GPUs",
    "start over",
    "summarize",
    "thanks!",
    "we are based in Germany with 5 million users",
    "is it cheaper to run it ourselves?",
    "",
    "   ",
    "🤖🚀",
  ])("%j", (text) => {
    expect(statuses(text).filter((s) => s !== "ambiguous" || !/llama/i.test(text))).toEqual([]);
  });

  it("a llama farm is at most a question, never a silent model", () => {
    expect(foundIds("tell me a story about a llama farm")).toEqual([]);
  });

  it("never throws on hostile input", () => {
    const inputs = [
      "x".repeat(10_000),
      "llama ".repeat(2000),
      "\u0000\u0007\u001b[31m",
      "gpt-4o".repeat(500),
      "🦙 3.1 70b",
      "<@U123> gpt-4o @everyone",
    ];
    for (const text of inputs) expect(() => findModelMentions(text, catalog)).not.toThrow();
  });
});
