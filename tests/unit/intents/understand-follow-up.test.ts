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

describe("value follow-ups ask the last question again with the new value", () => {
  const volume20M = {
    inputTokensPerMonth: 15_000_000,
    outputTokensPerMonth: 5_000_000,
    cachedInputTokensPerMonth: 0,
    splitAssumed: true,
    description: "20M tokens a month",
  };
  const cost: Intent = { kind: "cost", modelIds: ["gpt-4o"], volume: volume20M, selfHost: false, assumptionEdits: {} };
  const total = (i: Intent) =>
    "volume" in i && i.volume ? i.volume.inputTokensPerMonth + i.volume.outputTokensPerMonth : null;

  it("and at 2 billion? -> the same cost at 2B tokens", () => {
    const i = u("and at 2 billion?", after(cost));
    expect(i.kind).toBe("cost");
    expect(total(i)).toBe(2_000_000_000);
  });
  it("triple it? -> three times the last volume", () => {
    expect(total(u("triple it?", after(cost)))).toBe(60_000_000);
  });
  it("and at int4? after a break-even stays a break-even", () => {
    const be: Intent = { kind: "break-even", modelIds: ["llama-3.1-70b", "gpt-4o"], volume: null, assumptionEdits: {} };
    const i = u("and at int4?", after(be));
    expect(i.kind).toBe("break-even");
    if (i.kind === "break-even") expect(i.assumptionEdits.precision).toBe("int4");
  });
  it("now for claude sonnet 4.5 -> the price of that model", () => {
    const i = u("now for claude sonnet 4.5", after({ kind: "price", modelIds: ["gpt-4o"] }));
    expect(i.kind).toBe("price");
    expect(i).toEqual({
      kind: "price",
      modelIds:
        u("price of claude sonnet 4.5").kind === "price"
          ? (u("price of claude sonnet 4.5") as { modelIds: string[] }).modelIds
          : [],
    });
  });
});
