// Licence questions, trade-offs, recommendations and what-ifs.
import { describe, expect, it } from "vitest";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { ids, makeU, session } from "./understand-helpers.js";

const u = makeU(miniCatalog());
const recommending = session({ requirements: { useCase: "coding" }, lastList: ["qwen2.5-72b", "llama-3.1-70b"] });

describe("licence questions", () => {
  it.each([
    ["which licence is llama 3.1 70b under?", ["llama-3.1-70b"], "which-license"],
    ["what license does Mistral 7B use", ["mistral-7b"], "which-license"],
    ["is Mistral 7B proprietary?", ["mistral-7b"], "which-license"],
    ["is gpt-j open source?", ["gpt-j-6b"], "which-license"],
    ["does llama 3 70b require attribution?", ["llama-3-70b"], "attribution"],
    ["what is the user threshold in the llama 3.1 70b licence?", ["llama-3.1-70b"], "user-threshold"],
    ["what does the qwen2.5 72b licence say about outputs?", ["qwen2.5-72b"], "outputs-training"],
  ])("%s", (text, expected, topic) => {
    const intent = u(text);
    expect(intent.kind).toBe("license");
    if (intent.kind !== "license") return;
    expect(intent.modelIds).toEqual(expected);
    expect(intent.topic).toBe(topic);
  });

  it.each([
    [
      "can we use Llama 3.1 70B in an app with 800M monthly users?",
      { monthlyActiveUsers: 800_000_000 },
      "user-threshold",
    ],
    ["can we train our model on GPT-4o's outputs?", { trainOnOutputs: true }, "outputs-training"],
    ["can we self-host GPT-4?", { selfHost: true }, "self-hosting"],
    ["can we use qwen2.5 3b commercially?", { commercial: true }, "commercial-use"],
    ["may we fine-tune mistral 7b?", { fineTune: true }, "fine-tuning"],
    [
      "are we allowed to distribute the weights of our llama 3 8b fine-tune?",
      { distributeWeights: true },
      "fine-tuning",
    ],
    ["can we offer deepseek r1 as an API to our customers?", { serveAsApi: true }, "serve-as-api"],
    ["we're in the EU, can we use llama 3.2 11b vision?", { inEu: true }, "regional"],
  ])("%s", (text, facts, topic) => {
    // A permission question states the team's fact (the verdict needs it) and what it asks about
    // (the corpus labels both); the licence answer gives a verdict whenever facts are stated.
    const intent = u(text);
    expect(intent.kind).toBe("license");
    if (intent.kind !== "license") return;
    expect(intent.facts).toMatchObject(facts);
    expect(intent.topic).toBe(topic);
    expect(intent.modelIds.length).toBeGreaterThan(0);
  });

  it("a family whose sizes share a licence is answered for all of them", () => {
    const intent = u("can we use Llama 3.1 in an app with 800M monthly users?");
    expect(intent.kind).toBe("license");
    expect(ids(intent).sort()).toEqual(["llama-3.1-405b", "llama-3.1-70b", "llama-3.1-8b"]);
  });
  it("a family whose sizes differ in licence gets every size, to show the difference", () => {
    expect(u("can we use qwen 2.5 commercially?")).toMatchObject({
      kind: "license",
      modelIds: ["qwen2.5-72b", "qwen2.5-7b", "qwen2.5-3b"],
    });
  });
  it("which open models can we fine-tune and use with 1B monthly users?", () => {
    expect(u("Which open models can we fine-tune and use with 1B monthly users?")).toEqual({
      kind: "license",
      modelIds: [],
      facts: { monthlyActiveUsers: 1_000_000_000, fineTune: true },
      topic: "fine-tuning",
      openOnly: true,
    });
  });
  it("may we fine-tune it? uses the focus", () => {
    expect(u("may we fine-tune it?", session({ focus: ["llama-3-70b"] }))).toMatchObject({
      kind: "license",
      modelIds: ["llama-3-70b"],
      facts: { fineTune: true },
    });
  });
});

describe("trade-offs", () => {
  it.each([
    "open vs closed",
    "Open source vs proprietary LLMs?",
    "pros and cons of open models",
    "should we go open source or proprietary?",
    "what are the advantages of open-weights models",
    "closed or open models for a bank?",
    "trade-offs",
  ])("%s", (text) => {
    expect(u(text).kind).toBe("tradeoffs");
  });
});

describe("recommend", () => {
  it.each([
    "help me choose",
    "help us pick a model",
    "which model should we use?",
    "recommend a model",
    "what's the best model for coding?",
    "suggest an LLM for our support bot",
    "we need a model for RAG over our docs",
  ])("%s", (text) => {
    expect(u(text).kind).toBe("recommend");
  });
  it("fills requirements from the same sentence", () => {
    const intent = u("recommend an open-weights model for coding under $500 a month at 20M tokens");
    expect(intent.kind).toBe("recommend");
    if (intent.kind !== "recommend") return;
    expect(intent.requirements).toMatchObject({ useCase: "coding", openWeightsOnly: true, monthlyBudgetUsd: 500 });
    expect(intent.requirements.volume).toBeDefined();
  });
  it("requirements alone read as a recommendation", () => {
    expect(u("a cheap open-weights model for coding, 20M tokens a month, data must stay in the EU").kind).toBe(
      "recommend",
    );
  });
});

describe("what-if", () => {
  it.each([
    "what if we self-host?",
    "double the traffic",
    "only open models",
    "we don't need fine-tuning",
    "what if the budget is $300?",
    "cost matters most",
    "what about claude sonnet 4.5?",
    "halve the volume",
  ])("with a recommendation going: %s", (text) => {
    expect(u(text, recommending).kind).toBe("what-if");
  });
  it("why not GPT-4o? names the model", () => {
    expect(u("why not GPT-4o?")).toEqual({ kind: "what-if", text: "why not GPT-4o?", modelIds: ["gpt-4o"] });
    expect(u("why not GPT-4o?", recommending)).toMatchObject({ kind: "what-if", modelIds: ["gpt-4o"] });
  });
  it.each(["what if we self-host?", "double the traffic"])("without one too: %s", (text) => {
    expect(u(text).kind).toBe("what-if");
  });
  it.each([
    ["only open models", { openWeightsOnly: true }],
    ["we don't need fine-tuning", { fineTuning: false }],
  ])("without one, a change that states a need is the first need: %s", (text, requirements) => {
    expect(u(text)).toMatchObject({ kind: "recommend", requirements });
  });
});
