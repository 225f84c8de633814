// "Is Gemma free for NGOs?" asks about money as well as the licence: the licence costs nothing, but
// running the model does. Before, the answer gave the licence verdict alone (twice, for Gemma's two
// licences) and never a cost. Now the licence answer says what running it costs: at the thread's
// volume when it has one, else the cheapest API host's price per million tokens and the smallest
// self-hosted deployment's monthly cost. Checked over phrasings × models, against the catalogue's own
// cheapest offering; licence questions that do not ask about "free" (and a provider's free tier) get
// no such section.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { blendedListPrice } from "../../src/scoring/monthly-cost.js";
import { formatUsd } from "../../src/render/format.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const SECTION = /Free to use is not free to run/;

const FREE_ASKS = [
  "Is {m} free for NGOs?",
  "is {m} free to use for a small charity?",
  "can we use {m} for free in our product?",
  "We're a nonprofit. Is {m} really free?",
];
const MODELS = ["gemma-3-12b", "llama-3.1-8b", "qwen3-32b", "mistral-small-3.2"].filter((id) =>
  catalog.modelById.has(id),
);

describe("a free licence is not free to run", () => {
  for (const ask of FREE_ASKS)
    for (const id of MODELS) {
      const m = catalog.modelById.get(id)!;
      it(`'${ask.replace("{m}", m.name)}': the verdict, then the cheapest API host's price for it`, () => {
        const said = textOf(chat(catalog).say(ask.replace("{m}", m.name)));
        expect(said).toMatch(/allowed/i);
        expect(said).toMatch(SECTION);
        const api = blendedListPrice(m)!;
        expect(said).toContain(
          `${formatUsd(api.inputPerMTok)} in / ${formatUsd(api.outputPerMTok)} out per 1M tokens via ${api.provider}`,
        );
      });
    }

  it("'Is Gemma free for NGOs?' prices the family's cheapest to run and counts the rest", () => {
    const said = textOf(chat(catalog).say("Is Gemma free for NGOs?"));
    expect(said).toMatch(SECTION);
    expect(said).toMatch(/\d+ more of them cost more to run/);
    expect(said).toMatch(/self-hosted, at least \$[\d,.]+ a month around the clock/);
  });

  it("in a thread with a monthly volume, the cost is a monthly figure at that volume", () => {
    const c = chat(catalog);
    c.say("We're a small NGO running an SMS helpline, about 20M tokens a month, answers in English.");
    const said = textOf(c.say("is gemma 3 12b free for us?"));
    expect(said).toMatch(SECTION);
    expect(said).toMatch(/At your 20M tokens a month[^\n]*\n- \*?\*?Gemma 3 12B\*?\*?: about \$[\d,.]+ a month \(/);
  });

  it("priced only where the thread's hosting rules let it run: its own cloud account, or residency said unchecked", () => {
    const aws = chat(catalog);
    aws.say(
      "We're a charity on AWS: everything must run through our own AWS account. About 50M tokens a month of support chat.",
    );
    const onAws = textOf(aws.say("is gemma free for us?"));
    const lines = onAws.split("\n").filter((l) => /^- .*about \$[\d,.]+ a month/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/via Amazon Bedrock|self-hosted/);
    const indonesia = chat(catalog);
    indonesia.say(
      "Seller support for an Indonesian marketplace, 11B tokens a month, personal data must stay in Indonesia, a managed API is preferred.",
    );
    const there = textOf(indonesia.say("is gemma free for us?"));
    const priced = there.split("\n").filter((l) => /^- .*about \$[\d,.]+ a month/.test(l));
    expect(priced.length).toBeGreaterThan(0);
    for (const l of priced) expect(l).toMatch(/not checked: no record of that host processing in Indonesia/);
  });

  it.each([
    "can we use gemma 3 12b commercially?",
    "is the gemini free tier ok for a nonprofit?",
    "what licence is llama 3.1 8b under?",
  ])("'%s' asks nothing about cost: no such section", (ask) => {
    expect(textOf(chat(catalog).say(ask))).not.toMatch(SECTION);
  });
});
