// Single messages that were misread: each rule with cases beside the one that showed it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { ids, makeU, session } from "./understand-helpers.js";

const u = makeU(readCatalog());

describe("'EU only' is where the data may be, not where the team is", () => {
  it.each([
    "EU only. rag over our wiki",
    "coding assistant, eu-only",
    "support bot, only in the EU please",
    "EU servers only",
  ])("%j -> EU data residency", (text) => {
    const r = parseRequirements(text);
    expect(r.euDataResidency).toBe(true);
    expect(r.inEu).toBeUndefined();
  });
  it("a team in the EU is still a team in the EU", () => {
    expect(parseRequirements("we're an EU company, chatbot")).toMatchObject({ inEu: true });
    expect(parseRequirements("we're an EU company, chatbot").euDataResidency).toBeUndefined();
  });
});

describe("'no budget' states money, it asks no cost", () => {
  it.each(["no budget", "no fixed budget", "budget isn't a concern"])("%j is no cost question", (text) => {
    expect(u(text).kind).not.toBe("cost");
  });
  it("a cost asked beside it is still a cost question", () => {
    expect(u("no budget, how much would gpt-4o cost at 20M tokens a month?").kind).toBe("cost");
  });
  it("zero ops time is still read as zero ops time", () => {
    const intent = u("what about 0 FTE?");
    expect(intent.kind).toBe("cost");
  });
});

describe("an empty-subject 'it' names no model", () => {
  const onLlama = session({ focus: ["llama-3.3-70b"] });
  it.each([
    ["is it safe to send patient data to an API?", "tradeoffs"],
    ["how hard is it to switch providers later", "tradeoffs"],
  ])("%j in a thread about a model -> %s, about no model", (text, kind) => {
    const intent = u(text, onLlama);
    expect(intent.kind).toBe(kind);
    expect(ids(intent)).toEqual([]);
  });
  it.each(["is it safe to use for patient data?", "is it ok to fine-tune it?", "is it legal to use commercially?"])(
    "%j: the model is what is used, so 'it' is the model",
    (text) => {
      expect(ids(u(text, onLlama))).toEqual(["llama-3.3-70b"]);
    },
  );
});

describe("an unknown name beside known ones is asked about, never dropped", () => {
  it.each([
    ["compare gpt-4.1 and superlm-3", "superlm-3", ["gpt-4.1"]],
    ["how does mistral ultra 9 compare to mistral large 3", "mistral ultra", ["mistral-large-3"]],
  ])("%j -> not a model we know: %j, keeping %j", (text, query, kept) => {
    const intent = u(text);
    expect(intent.kind).toBe("unknown-model");
    if (intent.kind !== "unknown-model") return;
    expect(intent.query).toBe(query);
    expect(ids(intent.pending ?? { kind: "unclear", text: "" }).filter((id) => id !== "?")).toEqual(kept);
  });
});

describe("a job run once is no monthly volume", () => {
  const total = (v?: { inputTokensPerMonth: number; outputTokensPerMonth: number }) =>
    v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
  // Documents summarised are read whole, with the summary on top (scoring/job-split.ts): 2M ×
  // (3k + 333, a short document's summary at the job's share) and 10k × (20k + 1k).
  it.each([
    ["we have 2M documents to summarise once, about 3k tokens each", 6.666e9],
    ["one-off backfill: classify 40M support tickets of 500 tokens each", 2e10],
    ["summarise the whole archive in one go: 10k reports, 20k tokens each", 2.1e8],
  ])("%j: a one-off job of %d tokens, batch, no monthly volume", (text, tokens) => {
    const r = parseRequirements(text);
    expect(r.volume).toBeUndefined();
    expect(total(r.oneOffVolume)).toBe(tokens);
    expect(r.latency).toBe("batch");
  });
  it.each(["summarise 2k documents once a month, 3k tokens each", "once we launch, 20M tokens a month, chatbot"])(
    "%j: a rate or a time, still monthly",
    (text) => {
      const r = parseRequirements(text);
      expect(r.oneOffVolume).toBeUndefined();
      expect(r.volume).toBeDefined();
    },
  );
});

describe("a message that opens by ruling a model out asks for another", () => {
  it("anything but GPT-4o, with no use case named, is a recommendation excluding it", () => {
    const intent = u("anything but gpt-4o for our 40 lawyers, on our azure tenant");
    expect(intent.kind).toBe("recommend");
    if (intent.kind === "recommend") expect(intent.requirements.exclude?.models).toEqual(["gpt-4o"]);
  });
});
