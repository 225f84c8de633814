// "what about X?" after an answer repeats the last question for X; inside a recommendation
// thread it stays a what-if.
import { describe, expect, it } from "vitest";
import type { Intent } from "../../../src/intents/types.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { makeU, session } from "./understand-helpers.js";

const u = makeU(miniCatalog());
const after = (lastIntent: Intent) => session({ lastIntent, focus: ["gpt-4o"] });
const volume = {
  inputTokensPerMonth: 10_000_000,
  outputTokensPerMonth: 2_000_000,
  cachedInputTokensPerMonth: 0,
  splitAssumed: false,
  description: "10M input + 2M output tokens a month",
};

describe("what about X? repeats the last question", () => {
  it("price -> price of X", () => {
    expect(u("what about claude sonnet 4.5?", after({ kind: "price", modelIds: ["gpt-4o"] }))).toEqual({
      kind: "price",
      modelIds: ["claude-sonnet-4.5"],
    });
  });
  it("licence -> licence of X with the same facts", () => {
    const last: Intent = {
      kind: "license",
      modelIds: ["llama-3.1-70b"],
      facts: { monthlyActiveUsers: 800_000_000 },
      topic: null,
      openOnly: false,
    };
    expect(u("and mixtral 8x7b?", after(last))).toEqual({ ...last, modelIds: ["mixtral-8x7b"] });
  });
  it("cost -> cost of X at the same volume", () => {
    const last: Intent = { kind: "cost", modelIds: ["gpt-4o"], volume, selfHost: false, assumptionEdits: {} };
    expect(u("how about deepseek r1?", after(last))).toEqual({ ...last, modelIds: ["deepseek-r1"] });
  });
  it("break-even -> break-even of X", () => {
    const last: Intent = { kind: "break-even", modelIds: ["llama-3.1-70b"], volume: null, assumptionEdits: {} };
    expect(u("what about llama 3 70b instead?", after(last))).toMatchObject({
      kind: "break-even",
      modelIds: ["llama-3-70b"],
    });
  });
  it("compare -> compare with X added", () => {
    const last: Intent = { kind: "compare", modelIds: ["gpt-4o", "gpt-4"], volume: null };
    expect(u("and qwen 2.5 72b?", after(last))).toMatchObject({
      kind: "compare",
      modelIds: ["gpt-4o", "gpt-4", "qwen2.5-72b"],
    });
  });
  it("no last question -> model info", () => {
    expect(u("what about claude sonnet 4.5?")).toEqual({ kind: "model-info", modelIds: ["claude-sonnet-4.5"] });
  });
  it("an ambiguous name asks which, keeping the repeated question", () => {
    expect(u("what about llama 3?", after({ kind: "price", modelIds: ["gpt-4o"] }))).toEqual({
      kind: "clarify-model",
      query: "llama 3",
      candidates: ["llama-3-8b", "llama-3-70b"],
      pending: { kind: "price", modelIds: ["?"] },
    });
  });
  it("an unknown name says so, keeping the repeated question", () => {
    expect(u("what about gpt-7?", after({ kind: "price", modelIds: ["gpt-4o"] }))).toMatchObject({
      kind: "unknown-model",
      query: "gpt-7",
      pending: { kind: "price", modelIds: ["?"] },
    });
  });
  it("saying more than a name is a new question", () => {
    expect(
      u("what about claude sonnet 4.5 at 20M tokens a month?", after({ kind: "price", modelIds: ["gpt-4o"] })).kind,
    ).toBe("cost");
    expect(u("what about the licence of claude sonnet 4.5?", after({ kind: "price", modelIds: ["gpt-4o"] })).kind).toBe(
      "license",
    );
  });
});

describe("inside a recommendation thread it stays a what-if", () => {
  it.each(["what about claude sonnet 4.5?", "why not gpt-4o?", "how about mixtral 8x7b?"])("%s", (text) => {
    const s = session({ requirements: { useCase: "coding" }, lastIntent: { kind: "price", modelIds: ["gpt-4o"] } });
    expect(u(text, s).kind).toBe("what-if");
  });
});
