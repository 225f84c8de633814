import { describe, expect, it } from "vitest";
import { parseBareVolume } from "../../../src/intents/bare-volume.js";
import { changesThread, HYPOTHETICAL } from "../../../src/intents/thread-change.js";

describe("changesThread: a follow-up that states a requirement", () => {
  it.each([
    "and without chinese models?",
    "ok and if we cap it at 14b params?",
    "now pretend it's agents, not chat",
    "if we need a baa does the answer change?",
    "with 300k-token contracts?",
  ])("%j changes the thread", (lower) => {
    expect(changesThread(lower, { maxParamsB: 14 })).toBe(true);
  });
  it("states nothing: no change", () => {
    expect(changesThread("and without chinese models?", {})).toBe(false);
  });
  it("a long message is a new request, not one change", () => {
    const long = "and now for something else entirely: we are building an internal search tool for our lawyers";
    expect(changesThread(long, { useCase: "rag" })).toBe(false);
  });
  it("a statement that does not open as a follow-up is not one", () => {
    expect(changesThread("we are a bank", { dataSensitivity: "regulated" })).toBe(false);
  });
  it("hypothetical words", () => {
    expect(HYPOTHETICAL.test("now pretend it's agents")).toBe(true);
    expect(HYPOTHETICAL.test("no, 5M not 50M")).toBe(false);
  });
});

describe("parseBareVolume: an amount and a period without the word tokens", () => {
  const total = (text: string) => {
    const v = parseBareVolume(text);
    return v === null ? null : v.inputTokensPerMonth + v.outputTokensPerMonth;
  };
  it.each([
    ["and if we hit 600 million a month?", 600e6],
    ["what if it grows to 2B a month", 2e9],
    ["and 50M a day?", 1.5e9],
  ])("%j", (text, n) => {
    expect(total(text)).toBe(n);
  });
  it.each([
    "what if the budget is $600k a month",
    "and 600 million users a month?",
    "and if we had 8 a day",
    "12 a month",
  ])("not a volume: %j", (text) => {
    expect(parseBareVolume(text)).toBeNull();
  });
});
