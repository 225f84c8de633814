// Facts stated beside a comparison, a trade-off question or a decision record ride on the intent.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { makeU } from "./understand-helpers.js";

const u = makeU(readCatalog());

const stated = (text: string) => {
  const intent = u(text);
  return { kind: intent.kind, requirements: "requirements" in intent ? intent.requirements : undefined };
};

describe("facts stated beside a question", () => {
  it("a comparison keeps its use and constraints, not its own volume", () => {
    expect(stated("phi-4 vs gemma 3 12b vs qwen3 14b for on-device stuff")).toEqual({
      kind: "compare",
      requirements: { onDevice: true },
    });
    const priced = u("gpt-4o vs claude sonnet 4.5 at 20M tokens a month for a cheap support bot");
    expect(priced.kind).toBe("compare");
    if (priced.kind !== "compare") return;
    expect(priced.requirements).toMatchObject({ useCase: "chat", priorities: ["cost"] });
    expect(priced.requirements?.volume).toBeUndefined();
    expect(priced.volume).not.toBeNull();
  });

  it("'which is cheaper?' asks, it ranks nothing", () => {
    expect(stated("which is cheaper, gpt-4o-mini or gemini 2.0 flash?").requirements).toBeUndefined();
  });

  it("a trade-off question keeps the team's circumstances, not its topic words", () => {
    expect(stated("we handle card payments data, is a hosted LLM a security risk?")).toEqual({
      kind: "tradeoffs",
      requirements: { dataSensitivity: "regulated" },
    });
    expect(stated("is open source always cheaper?").requirements).toBeUndefined();
    expect(stated("is self hosting really cheaper once you count engineers and GPUs?").requirements).toBeUndefined();
  });

  it("a decision record keeps where the choice runs", () => {
    expect(stated("ADR for going with llama 3.3 70b on-prem")).toEqual({
      kind: "decision-record",
      requirements: { deployment: "on-prem" },
    });
    expect(stated("summarise the decision in a doc for leadership").requirements).toBeUndefined();
  });
});
