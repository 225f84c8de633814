// "Whats gemini 2.5 pro's price above 200k tokens?" (issue 11): a price asked above a prompt size is
// the long-context rate, not a cost at a monthly volume of that size. Every model whose offerings
// carry a long-context rate has it said under its price table, with the threshold and the rates
// read from the catalogue; a model without one says none.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatTokens, formatUsd } from "../../src/render/format.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const tiered = catalog.models.filter(
  (m) => m.kind === "model" && m.status === "current" && m.offerings.some((o) => (o.longContextTiers ?? []).length > 0),
);

describe("a price asked above a prompt size gives the long-context rate", () => {
  it("the catalogue holds models with a long-context rate", () => expect(tiered.length).toBeGreaterThan(0));
  const SHAPES = [
    "whats {m}'s price above {n} tokens?",
    "price of {m} for prompts over {n} tokens",
    "how much does {m} cost per token beyond {n} tokens of input?",
  ];
  const cases = tiered.slice(0, 8).flatMap((m, i) => {
    const tier = m.offerings.flatMap((o) => o.longContextTiers ?? [])[0]!;
    const n = `${Math.round(tier.aboveInputTokens / 1000)}k`;
    return [[SHAPES[i % 3]!.replace("{m}", m.name.toLowerCase()).replace("{n}", n), m.id] as const];
  });
  it.each(cases)("'%s' is its price, with the long-context rate", (q, id) => {
    const model = catalog.modelById.get(id)!;
    const reply = chat(catalog).say(q);
    expect(reply.data?.intent).toBe("price");
    const t = textOf(reply);
    const shown = (reply.data?.prices as { provider: string }[]).map((p) => p.provider);
    for (const o of model.offerings.filter((x) => shown.includes(x.provider)))
      for (const tier of o.longContextTiers ?? [])
        expect(t).toContain(
          `${o.providerName}: a request whose prompt is over ${formatTokens(tier.aboveInputTokens)} is billed whole at ${formatUsd(tier.inputPerMTok)} in / ${formatUsd(tier.outputPerMTok)} out`,
        );
  });

  it("a monthly volume is still a cost ('gemini 2.5 pro at over 200k tokens a month')", () => {
    const reply = chat(catalog).say("cost of gemini 2.5 pro at 200k tokens a month");
    expect(reply.data?.intent).toBe("cost");
  });

  it("a model without a long-context rate says no such line", () => {
    const plain = catalog.models.find(
      (m) =>
        m.kind === "model" &&
        m.status === "current" &&
        m.offerings.length > 0 &&
        m.offerings.every((o) => !o.longContextTiers),
    )!;
    const t = textOf(chat(catalog).say(`price of ${plain.name.toLowerCase()}`));
    expect(t).not.toMatch(/is billed whole at/);
  });
});
