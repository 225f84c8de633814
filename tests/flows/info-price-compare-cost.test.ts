// A newcomer's conversation: facts about a model, its price, a comparison, "the second one",
// and what it would cost at their volume — each turn building on the last.
import { describe, expect, it } from "vitest";
import { ids, transcript } from "./console-transcript.js";
import { kindOf } from "../helpers/action-ids.js";

describe("flow: info -> price -> compare -> the second one -> cost", () => {
  it("keeps track of the models the conversation is about", async () => {
    const { turns, printed } = await transcript([
      "tell me about llama 3.1 70b",
      "how much does it cost per token?",
      "compare gpt-4o, claude sonnet 4.5 and llama 3.1 70b",
      "the second one",
      "what would it cost at 10M input and 2M output tokens a month?",
    ]);
    expect(turns).toHaveLength(5);
    const [info, price, compare, second, cost] = turns;

    expect(info!.data?.intent).toBe("model-info");
    expect(ids(info!.data)).toEqual(["llama-3.1-70b"]);

    expect(price!.data?.intent).toBe("price");
    expect(ids(price!.data)).toEqual(["llama-3.1-70b"]);
    expect((price!.data?.prices as unknown[]).length).toBeGreaterThan(0);

    expect(compare!.data?.intent).toBe("compare");
    expect(compare!.data?.list).toEqual(["gpt-4o", "claude-sonnet-4.5", "llama-3.1-70b"]);

    expect(second!.data?.intent).toBe("model-info");
    expect(ids(second!.data)).toEqual(["claude-sonnet-4.5"]);

    expect(cost!.data?.intent).toBe("cost");
    expect(ids(cost!.data)).toEqual(["claude-sonnet-4.5"]);
    const costs = cost!.data?.costs as {
      totalUsd: number;
      prices: { inputPerMTok: number; outputPerMTok: number };
      volume: { inputTokensPerMonth: number; outputTokensPerMonth: number };
    }[];
    expect(costs[0]!.volume).toEqual({
      inputTokensPerMonth: 10_000_000,
      outputTokensPerMonth: 2_000_000,
      cachedInputTokensPerMonth: 0,
    });
    expect(costs[0]!.totalUsd).toBeCloseTo(10 * costs[0]!.prices.inputPerMTok + 2 * costs[0]!.prices.outputPerMTok, 6);

    // The printed transcript shows every answer with its sources.
    expect(printed.match(/Sources:/g)?.length).toBeGreaterThanOrEqual(5);
    expect(printed).toMatch(/Claude Sonnet 4\.5: monthly API cost/);
  });

  it("a comparison with a volume shows monthly costs, and a number picks a suggested question", async () => {
    const { turns, printed } = await transcript(["compare GPT-4o and Llama 3.1 70B at 20M tokens a month", "1"]);
    expect(turns[0]!.data?.intent).toBe("compare");
    expect(turns[0]!.data?.costs).toBeDefined();
    expect(printed).toMatch(/Monthly cost/);
    expect(printed).toMatch(/split assumed|75% in/);
    // "1" clicks the first "Dig deeper" option (licence of GPT-4o).
    expect(kindOf(turns[1]!.said)).toBe("ask");
    expect(turns[1]!.data?.intent).toBe("license");
  });
});
