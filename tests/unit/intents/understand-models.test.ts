// Model info, price, cost, compare, break-even, clarify and unknown models.
import { describe, expect, it } from "vitest";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { fillPick } from "../../../src/intents/pending.js";
import { ids, makeU, session } from "./understand-helpers.js";

const u = makeU(miniCatalog());

describe("model info", () => {
  it.each([
    ["tell me about gpt-4o", ["gpt-4o"]],
    ["What is Mixtral 8x7B?", ["mixtral-8x7b"]],
    ["who made GPT-J?", ["gpt-j-6b"]],
    ["did OpenAI make GPT-J?", ["gpt-j-6b"]],
    ["what's deepseek r1", ["deepseek-r1"]],
    ["llama 3.1 70b", ["llama-3.1-70b"]],
    ["info on qwen 2.5 72b", ["qwen2.5-72b"]],
    ["how big is llama 3.1 405b?", ["llama-3.1-405b"]],
    ["context window of claude sonnet 4.5?", ["claude-sonnet-4.5"]],
    ["tell me about lama 3.1 70b", ["llama-3.1-70b"]],
    ["what is hugging face transformers", ["hf-transformers"]],
  ])("%s", (text, expected) => {
    const intent = u(text);
    expect(intent.kind).toBe("model-info");
    expect(ids(intent)).toEqual(expected);
  });
  it("uses the focus for 'it'", () => {
    const intent = u("tell me more about it", session({ focus: ["mistral-7b"] }));
    expect(intent).toEqual({ kind: "model-info", modelIds: ["mistral-7b"] });
  });
  it("uses the last list for 'the second one'", () => {
    const intent = u("tell me about the second one", session({ lastList: ["gpt-4o", "llama-3.1-70b"] }));
    expect(intent).toEqual({ kind: "model-info", modelIds: ["llama-3.1-70b"] });
  });
});

describe("price", () => {
  it.each([
    ["price of gpt-4o", ["gpt-4o"]],
    ["how much per token is claude sonnet 4.5?", ["claude-sonnet-4.5"]],
    ["gpt-4o pricing", ["gpt-4o"]],
    ["how much is deepseek r1?", ["deepseek-r1"]],
    ["what does gpt-4 cost?", ["gpt-4"]],
    ["llama 3.1 70b price per 1M tokens", ["llama-3.1-70b"]],
    ["input and output price of mixtral 8x7b", ["mixtral-8x7b"]],
    ["how expensive is GPT-4 Turbo", ["gpt-4-turbo"]],
  ])("%s", (text, expected) => {
    const intent = u(text);
    expect(intent.kind).toBe("price");
    expect(ids(intent)).toEqual(expected);
  });
  it("prices 'them' from the focus", () => {
    expect(u("what are their prices?", session({ focus: ["gpt-4o", "gpt-4"] }))).toEqual({
      kind: "price",
      modelIds: ["gpt-4o", "gpt-4"],
    });
  });
});

describe("cost at a volume", () => {
  it("10M input and 2M output a month", () => {
    const intent = u("how much would gpt-4o cost at 10M input and 2M output tokens a month?");
    expect(intent.kind).toBe("cost");
    if (intent.kind !== "cost") return;
    expect(intent.modelIds).toEqual(["gpt-4o"]);
    expect(intent.volume).toMatchObject({ inputTokensPerMonth: 10_000_000, outputTokensPerMonth: 2_000_000 });
    expect(intent.selfHost).toBe(false);
  });
  it.each([
    "monthly cost of llama 3.1 70b for 2,000 requests a day, 1,500 tokens in and 300 out",
    "what would claude sonnet 4.5 cost us for 5 million tokens per month",
    "deepseek r1 at 1.5B tokens/month",
    "gpt-4o with 500k tokens per day, 50% cached",
  ])("%s", (text) => {
    const intent = u(text);
    expect(intent.kind).toBe("cost");
    if (intent.kind === "cost") expect(intent.volume).not.toBeNull();
  });
  it.each([
    "how much to self-host llama 3.1 70b at 20M tokens a month?",
    "what would it cost to run llama 3 70b on our own GPUs",
    "self-hosting cost of mixtral 8x7b",
    "cost of llama 3.1 405b on H100s at $2.10/h",
  ])("self-host: %s", (text) => {
    const intent = u(text);
    expect(intent.kind).toBe("cost");
    if (intent.kind === "cost") expect(intent.selfHost).toBe(true);
  });
  it("assumption edits alone apply to the conversation's model", () => {
    const intent = u("assume H100 at $2.10/h, int4 and 50% utilization", session({ focus: ["llama-3.1-70b"] }));
    expect(intent).toMatchObject({
      kind: "cost",
      selfHost: true,
      assumptionEdits: { gpu: "H100-SXM-80GB", gpuHourlyUsd: 2.1, precision: "int4", utilization: 0.5 },
    });
  });
  it("the 2024 '10 times cheaper' claim is a cost question about both models", () => {
    const intent = u("is Llama 3 70B 10 times cheaper than GPT-4?");
    expect(intent.kind).toBe("cost");
    expect(ids(intent)).toEqual(["llama-3-70b", "gpt-4"]);
  });
});

describe("break-even", () => {
  it.each([
    ["when is self-hosting cheaper than gpt-4o?", ["gpt-4o"]],
    ["break-even for llama 3.1 70b vs gpt-4o", ["llama-3.1-70b", "gpt-4o"]],
    ["is it cheaper to run llama 3 70b ourselves?", ["llama-3-70b"]],
    ["at what volume does self-hosting mixtral 8x7b pay off?", ["mixtral-8x7b"]],
    ["breakeven point", []],
  ])("%s", (text, expected) => {
    const intent = u(text);
    expect(intent.kind).toBe("break-even");
    expect(ids(intent)).toEqual(expected);
  });
});

describe("compare", () => {
  it.each([
    [
      "compare gpt4o, claude sonet 4.5 and llama 3.1 70b at 10M tokens a month",
      ["gpt-4o", "claude-sonnet-4.5", "llama-3.1-70b"],
      true,
    ],
    ["gpt-4 vs gpt-4o", ["gpt-4", "gpt-4o"], false],
    ["llama 3 70b or mixtral 8x7b?", ["llama-3-70b", "mixtral-8x7b"], false],
    ["difference between deepseek r1 and deepseek v3", ["deepseek-r1", "deepseek-v3"], false],
    ["Compare Mistral 7B and GPT-J", ["mistral-7b", "gpt-j-6b"], false],
    // More than 4: all are passed on; the compare handler asks which 4.
    [
      "gpt-4o, gpt-4, claude sonnet 4.5, llama 3.1 8b, mixtral 8x7b",
      ["gpt-4o", "gpt-4", "claude-sonnet-4.5", "llama-3.1-8b", "mixtral-8x7b"],
      false,
    ],
  ])("%s", (text, expected, withVolume) => {
    const intent = u(text);
    expect(intent.kind).toBe("compare");
    if (intent.kind !== "compare") return;
    expect(intent.modelIds).toEqual(expected);
    expect(intent.volume !== null).toBe(withVolume);
  });
  it("compare them: the focus", () => {
    expect(u("compare them", session({ focus: ["gpt-4o", "mistral-7b"] }))).toMatchObject({
      kind: "compare",
      modelIds: ["gpt-4o", "mistral-7b"],
    });
  });
  it("compare the top two of the last list", () => {
    expect(
      u("compare the top two", session({ lastList: ["qwen2.5-72b", "llama-3.1-70b", "mixtral-8x7b"] })),
    ).toMatchObject({ kind: "compare", modelIds: ["qwen2.5-72b", "llama-3.1-70b"] });
  });
});

describe("ambiguous names ask which one, keeping the question", () => {
  it("price of llama 3", () => {
    expect(u("price of llama 3")).toEqual({
      kind: "clarify-model",
      query: "llama 3",
      candidates: ["llama-3-8b", "llama-3-70b"],
      pending: { kind: "price", modelIds: ["?"] },
    });
  });
  it("llama 3.1 alone asks which size", () => {
    const intent = u("tell me about llama 3.1");
    expect(intent.kind).toBe("clarify-model");
    if (intent.kind === "clarify-model") expect(intent.candidates).toHaveLength(3);
  });
  it("keeps the other models and the volume", () => {
    const intent = u("compare gpt-4o and llama 3 at 10M tokens a month");
    expect(intent.kind).toBe("clarify-model");
    if (intent.kind !== "clarify-model") return;
    expect(intent.pending).toMatchObject({ kind: "compare", modelIds: ["gpt-4o", "?"] });
    if (intent.pending.kind === "compare") expect(intent.pending.volume).not.toBeNull();
    expect(fillPick(intent.pending, "llama-3-70b")).toMatchObject({
      kind: "compare",
      modelIds: ["gpt-4o", "llama-3-70b"],
    });
  });
  it("two ambiguous names nest, and picks fill them in order", () => {
    const intent = u("compare llama 3 and llama 3.1");
    expect(intent.kind).toBe("clarify-model");
    if (intent.kind !== "clarify-model") return;
    const second = fillPick(intent.pending, "llama-3-8b");
    expect(second.kind).toBe("clarify-model");
    if (second.kind !== "clarify-model") return;
    expect(second.query).toBe("llama 3.1");
    expect(fillPick(second.pending, "llama-3.1-70b")).toMatchObject({
      kind: "compare",
      modelIds: ["llama-3-8b", "llama-3.1-70b"],
    });
  });
});

describe("unknown models", () => {
  it.each(["tell me about gpt-7", "what is gpt-9", "price of llama 5"])(
    "%s -> unknown-model with suggestions",
    (text) => {
      const intent = u(text);
      expect(intent.kind).toBe("unknown-model");
      if (intent.kind === "unknown-model") expect(intent.suggestions.length).toBeGreaterThan(0);
    },
  );
  it("keeps the question for a picked suggestion", () => {
    const intent = u("price of llama 5");
    expect(intent).toMatchObject({
      kind: "unknown-model",
      query: "llama 5",
      pending: { kind: "price", modelIds: ["?"] },
    });
  });
  it("tell me about foobar: unknown, no suggestions", () => {
    expect(u("tell me about foobar")).toMatchObject({ kind: "unknown-model", query: "foobar", suggestions: [] });
  });
});

describe("assumption edits alone re-run the self-hosting cost", () => {
  it.each([
    ["no ops staff", { opsCapacity: "none" }],
    ["and int4?", { precision: "int4" }],
    ["80% utilization", { utilization: 0.8 }],
    ["what about 2 ops engineers?", { opsStaffFte: 2 }],
    ["what if we use int4 and H100s?", { precision: "int4", gpu: "H100-SXM-80GB" }],
  ])("%s", (text, edits) => {
    expect(u(text)).toMatchObject({ kind: "cost", modelIds: [], selfHost: true, assumptionEdits: edits });
  });
  it("a break-even question keeps its edits", () => {
    expect(u("break-even with H100 at $2/h")).toMatchObject({
      kind: "break-even",
      assumptionEdits: { gpu: "H100-SXM-80GB", gpuHourlyUsd: 2 },
    });
  });
});

describe("positions in the last list inside a sentence", () => {
  const listed = session({ lastList: ["qwen2.5-72b", "llama-3.1-70b", "mixtral-8x7b"] });
  it.each([
    ["compare the first and the third", ["qwen2.5-72b", "mixtral-8x7b"]],
    ["compare the first and third ones", ["qwen2.5-72b", "mixtral-8x7b"]],
    ["price of the second one", ["llama-3.1-70b"]],
    ["what about #3?", ["mixtral-8x7b"]],
    ["compare all models", ["qwen2.5-72b", "llama-3.1-70b", "mixtral-8x7b"]],
  ])("%s", (text, expected) => {
    expect(ids(u(text, listed))).toEqual(expected);
  });
  it("'the first time' is not a list position", () => {
    expect(ids(u("the first time we tried gpt-4o", listed))).toEqual(["gpt-4o"]);
  });
});
