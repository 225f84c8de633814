// The model-question recognizer puts every descriptor's rungs in the one order of
// questions/order.ts: the first listed rung that reads a message wins, whatever the registry
// order; a rung the order does not list, or a name used twice, is refused; a message no rung
// reads is unclear.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { IntentDescriptor } from "../../../src/intents/registry/descriptor.js";
import { QUESTIONS } from "../../../src/intents/registry/index.js";
import { QUESTION_ORDER, type RungId } from "../../../src/intents/registry/questions/order.js";
import { questionRecognizer } from "../../../src/intents/registry/questions/recognize.js";
import type { QuestionFeatures } from "../../../src/intents/registry/question-features.js";

const features = (clean: string) => ({ clean, lower: clean.toLowerCase() }) as unknown as QuestionFeatures;
const descriptor = (name: "price" | "cost", id: string, word: string): IntentDescriptor => ({
  name,
  help: null,
  examples: [],
  slots: z.object({}),
  questions: [
    {
      id: id as RungId,
      read: (f) =>
        f.lower.includes(word)
          ? name === "price"
            ? { kind: "price", modelIds: [] }
            : { kind: "cost", modelIds: [], volume: null, selfHost: false, assumptionEdits: {} }
          : null,
    },
  ],
});
const order = ["cost:first", "price:second"];

describe("questionRecognizer", () => {
  it("the rung listed first in the order wins whatever the registry order", () => {
    const r = questionRecognizer(
      [descriptor("price", "price:second", "price"), descriptor("cost", "cost:first", "cost")],
      [],
      order,
    );
    expect(r.recognize(features("price and cost")).kind).toBe("cost");
    expect(r.recognize(features("just the price")).kind).toBe("price");
    expect(r.order.map((o) => o.id)).toEqual(order);
  });

  it("refuses a rung the order does not list, and a name two rungs share", () => {
    expect(() => questionRecognizer([descriptor("price", "price:unlisted", "x")], [], order)).toThrow(
      /not in the question order/,
    );
    expect(() =>
      questionRecognizer([descriptor("price", "cost:first", "x"), descriptor("cost", "cost:first", "x")], [], order),
    ).toThrow(/two question rungs/);
  });

  it("nothing read is unclear, keeping the text", () => {
    const r = questionRecognizer([descriptor("price", "price:second", "price")], [], order);
    expect(r.recognize(features("hello there"))).toEqual({ kind: "unclear", text: "hello there" });
  });

  it("the real registry uses every name of the one order, once, in that order, each under its own intent", () => {
    expect(QUESTIONS.order.map((r) => r.id)).toEqual([...QUESTION_ORDER]);
    for (const r of QUESTIONS.order) expect(r.id.startsWith(`${r.intent}:`), r.id).toBe(true);
    expect(new Set(QUESTIONS.order.map((r) => r.intent))).toEqual(
      new Set(["follow-up", "model-info", "license", "price", "cost", "break-even", "compare", "recommend", "what-if"]),
    );
  });
});
