// The model-question recognizer merges every descriptor's rungs by precedence: the highest rung
// that reads a message wins, equal precedence goes to the descriptor listed first, and a message
// no rung reads is unclear.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { IntentDescriptor } from "../../../src/intents/registry/descriptor.js";
import { QUESTIONS } from "../../../src/intents/registry/index.js";
import { questionRecognizer } from "../../../src/intents/registry/questions/recognize.js";
import type { QuestionFeatures } from "../../../src/intents/registry/question-features.js";

const features = (clean: string) => ({ clean, lower: clean.toLowerCase() }) as unknown as QuestionFeatures;
const descriptor = (name: "price" | "cost", precedence: number, word: string): IntentDescriptor => ({
  name,
  help: null,
  examples: [],
  slots: z.object({}),
  questions: [
    {
      precedence,
      read: (f) =>
        f.lower.includes(word)
          ? name === "price"
            ? { kind: "price", modelIds: [] }
            : { kind: "cost", modelIds: [], volume: null, selfHost: false, assumptionEdits: {} }
          : null,
    },
  ],
});

describe("questionRecognizer", () => {
  it("the higher precedence wins whatever the registry order", () => {
    const r = questionRecognizer([descriptor("price", 10, "price"), descriptor("cost", 20, "cost")], []);
    expect(r.recognize(features("price and cost")).kind).toBe("cost");
    expect(r.recognize(features("just the price")).kind).toBe("price");
  });

  it("equal precedence goes to the descriptor listed first", () => {
    const priceFirst = questionRecognizer([descriptor("price", 10, "x"), descriptor("cost", 10, "x")], []);
    const costFirst = questionRecognizer([descriptor("cost", 10, "x"), descriptor("price", 10, "x")], []);
    expect(priceFirst.recognize(features("x")).kind).toBe("price");
    expect(costFirst.recognize(features("x")).kind).toBe("cost");
  });

  it("nothing read is unclear, keeping the text", () => {
    const r = questionRecognizer([descriptor("price", 10, "price")], []);
    expect(r.recognize(features("hello there"))).toEqual({ kind: "unclear", text: "hello there" });
  });

  it("the real registry tries every question intent's rungs, highest first, with no two at one precedence", () => {
    const precedences = QUESTIONS.order.map((r) => r.precedence);
    expect([...precedences].sort((a, b) => b - a)).toEqual(precedences);
    expect(new Set(precedences).size).toBe(precedences.length);
    expect(new Set(QUESTIONS.order.map((r) => r.intent))).toEqual(
      new Set(["follow-up", "model-info", "license", "price", "cost", "break-even", "compare", "recommend", "what-if"]),
    );
  });
});
