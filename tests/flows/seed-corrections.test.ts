// The 2024 open-vs-closed article this product grew from got several facts wrong; asking about
// them gets the right facts, with sources. Also: a library is not a model, an unreleased model
// cannot be adopted, and unverified licences say so.
import { describe, expect, it } from "vitest";
import { ids, transcript } from "./console-transcript.js";
import { kindOf } from "../helpers/action-ids.js";

describe("flow: the 2024 comparison's errors are corrected", () => {
  it("answers with the corrected facts", async () => {
    const { turns } = await transcript([
      "tell me about GPT-J",
      "tell me about Mistral 7B",
      "tell me about BLOOMZ",
      "tell me about Hugging Face Transformers",
      "tell me about Turing-NLG",
      "tell me about Gemma 4 31B",
    ]);
    const text = turns.map((t) => t.replies.map((r) => r.fallbackText).join("\n"));
    expect(text[0]).toMatch(/EleutherAI/);
    expect(text[0]).toMatch(/not OpenAI/i);
    expect(text[1]).toMatch(/Apache/);
    expect(text[1]).toMatch(/proprietary/i); // "listed as proprietary" — the correction
    expect(text[2]).toMatch(/RAIL/);
    expect(text[3]).toMatch(/library, not a model/);
    expect(text[4]).toMatch(/never released/);
    expect(text[5]).toMatch(/unverified/);
    for (const t of text) expect(t).toMatch(/Sources:/);
    expect(ids(turns[0]!.data)).toEqual(["gpt-j-6b"]);
  });

  it("GPT-4's $10/$30 was GPT-4 Turbo's price, and '10 times cheaper' is worked out for the mix", async () => {
    const { turns, printed } = await transcript(["price of GPT-4", "is Llama 3 70B 10 times cheaper than GPT-4?"]);
    expect(turns[0]!.data?.intent).toBe("price");
    const claim = turns[1]!.data;
    expect(claim?.intent).toBe("cost");
    expect((claim?.ratio as { dearer: string }).dearer).toBe("gpt-4");
    expect((claim?.seedClaim as { ratioAtClaimedPrices: number }).ratioAtClaimedPrices).toBeCloseTo(24, 5); // default 3:1 mix
    expect(printed).toMatch(/GPT-4 Turbo's price/);
    expect(printed).toMatch(/split assumed: 75% in \/ 25% out/);
  });
});

describe("flow: help, a click, and starting over", () => {
  it("help offers numbered examples; a number runs one; start over forgets", async () => {
    const { turns } = await transcript(["help", "2", "start over", "the second one"]);
    expect(turns[0]!.data?.intent).toBe("help");
    expect(kindOf(turns[1]!.said)).toBe("ask");
    expect(turns[1]!.data?.intent).toBe("price");
    expect(turns[2]!.data?.intent).toBe("reset");
    // After a reset there is no list to point into: "the second one" does not resolve to a model.
    expect(turns[3]!.data?.intent).not.toBe("price");
  });

  it("open vs closed goes criterion by criterion with catalogue numbers; sources shows provenance", async () => {
    const { turns, printed } = await transcript([
      "open vs closed: what are the trade-offs?",
      "where do your facts come from?",
    ]);
    expect(turns[0]!.data?.intent).toBe("tradeoffs");
    for (const c of [
      "Customization",
      "Cost",
      "Data security",
      "Integration",
      "Implementation effort",
      "IP rights",
      "Transparency",
      "Support",
      "Scalability",
    ])
      expect(printed).toContain(`${c}:`);
    expect(printed).toMatch(/Cheapest open: .+ at \$/);
    expect(turns[1]!.data?.intent).toBe("sources");
    expect(printed).toMatch(/models\.dev/);
    expect(printed).toMatch(/LiteLLM/);
  });
});
