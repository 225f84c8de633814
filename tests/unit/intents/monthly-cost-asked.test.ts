// "how much does X cost per month?" asks for a month's figure (the cost at the thread's volume, or an
// example one said as such), not the per-token price list; without a period it is the price list
// (registry/questions/price.ts asksForAMonth). Round 27: Almaty's "how much does the top pick cost
// per month to run on our own servers?" got Gemma 3 27B's per-1M prices.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newSession } from "../../../src/conversation/session.js";
import { understand } from "../../../src/intents/understand.js";
import { startMessage } from "../../../src/per-message-memo.js";

const catalog = readCatalog();
const kindOf = (text: string) => {
  startMessage();
  return understand(text, { catalog, session: newSession(new Date("2026-12-01T10:00:00Z")) }).kind;
};

const MODELS = ["gpt-4o", "claude haiku 4.5", "llama 3.3 70b", "gemini 2.5 flash"];
const MONTHLY = ["per month", "a month", "monthly", "each month", "every month"];

describe("a month's cost asked with price words", () => {
  it.each(MODELS.flatMap((m) => MONTHLY.map((p) => [m, p] as const)))(
    "'how much does %s cost %s?' is a cost",
    (model, period) => {
      expect(kindOf(`how much does ${model} cost ${period}?`)).toBe("cost");
      expect(kindOf(`how much is ${model} ${period}?`)).toBe("cost");
    },
  );

  it.each(MODELS)("without a period, or per million tokens, '%s' is asked its price", (model) => {
    expect(kindOf(`how much does ${model} cost?`)).toBe("price");
    expect(kindOf(`how much does ${model} cost per 1M tokens?`)).toBe("price");
    expect(kindOf(`price of ${model} above 200k tokens`)).toBe("price");
  });
});
