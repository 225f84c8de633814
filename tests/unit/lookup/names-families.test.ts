// Names against families on the real catalogue: a longer exact name is never cut to a family
// word, typos are settled by the rest of the name, and ordinary words that happen to start an
// alias ("distil" of "distil bert") are not model names.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveModel } from "../../../src/catalog/lookup.js";
import { findModelMentions } from "../../../src/catalog/mentions.js";

const catalog = readCatalog();
const mentions = (text: string) =>
  findModelMentions(text, catalog).map((m) =>
    m.resolution.status === "found"
      ? m.resolution.id
      : m.resolution.status === "ambiguous"
        ? `?${[...m.resolution.candidates].sort().join("|")}`
        : `none:${m.text}`,
  );

describe("an exact model beats its family", () => {
  it.each([
    ["what would we pay for command a at 25M tokens a month", ["command-a"]],
    ["command r vs command a, what's the difference", ["command-r", "command-a"]],
    ["follow command a for changes", ["command-a"]],
    ["licence of cohere command a?", ["command-a"]],
    ["and cohere command?", ["cohere-command"]],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("names written as one hyphenated word", () => {
  it.each([
    ["how much is nova-pro per 1M tokens", ["nova-pro"]],
    ["command-r vs command-r-plus", ["command-r", "command-r-plus"]],
    ["is hf-transformers a model?", ["hf-transformers"]],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("typos: the rest of the name decides between equally near words", () => {
  it.each([
    ["comand r plus pricing", ["command-r-plus"]],
    ["comand a details pls", ["command-a"]],
    ["licence of cohere comand a?", ["command-a"]],
    ["price of mitral nemo", ["mistral-nemo"]],
    ["ixtral 8x22b vs ixtral large", ["mixtral-8x22b", "pixtral-large"]],
    ["oemini 3.5 flash price", ["gemini-3.5-flash"]],
    ["qwen3 coder 480b instrct licence?", ["qwen3-coder-480b"]],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it("a typo as near two families with nothing else to decide asks between both", () => {
    const r = resolveModel("mitral", catalog);
    expect(r.status).toBe("ambiguous");
    if (r.status === "ambiguous") {
      expect(r.candidates.some((id) => id.startsWith("mistral-"))).toBe(true);
      expect(r.candidates.some((id) => id.startsWith("mixtral-"))).toBe(true);
    }
  });
});

describe("ordinary words are not model names", () => {
  it.each([
    "we could distil it into a small model later",
    "can we distill the outputs into something smaller?",
    "a command line tool for our team",
  ])("%s", (text) => {
    expect(mentions(text)).toEqual([]);
  });
  it("the alias written out still finds the model", () => {
    expect(mentions("distil bert licence")).toEqual(["distilbert"]);
  });
});

describe("a maker named instead of a model", () => {
  const firstPartyCurrent = (lab: string) =>
    catalog.models
      .filter((m) => m.lab === lab && m.status === "current" && m.offerings.some((o) => o.firstParty))
      .map((m) => m.id)
      .sort();

  it.each(["price of the DeepSeek API", "what does DeepSeek's API charge per 1M tokens", "vs the deepseek api?"])(
    "%s: the models DeepSeek serves itself, never a host's",
    (text) => {
      expect(mentions(text)).toEqual([`?${firstPartyCurrent("DeepSeek").join("|")}`]);
    },
  );
  it("the Claude API: current Claude models Anthropic serves", () => {
    expect(mentions("is the Claude API cheaper?")).toEqual([`?${firstPartyCurrent("Anthropic").join("|")}`]);
  });
  it("Anthropic's model: the lab's current models", () => {
    const expected = catalog.models
      .filter((m) => m.lab === "Anthropic" && m.status === "current")
      .map((m) => m.id)
      .sort();
    expect(mentions("is Anthropic's model ok for a paid product?")).toEqual([`?${expected.join("|")}`]);
  });
  it("a model of the same lab named beside it is what the API means", () => {
    expect(mentions("what's the deepseek API price for deepseek r1")).toEqual(["deepseek-r1"]);
    expect(mentions("gpt-4o through OpenAI's API")).toEqual(["gpt-4o"]);
  });
  it("a possessive maker before a model name is that model", () => {
    expect(mentions("compare mistral's medium 3 with gpt-4.1 mini")).toEqual(["mistral-medium-3", "gpt-4.1-mini"]);
    expect(mentions("how much is meta's llama 3.3 70b")).toEqual(["llama-3.3-70b"]);
  });
  it("the maker's other things are not models", () => {
    expect(mentions("Anthropic's terms on training")).toEqual([]);
  });
});

describe("names that describe something else", () => {
  it.each([
    "our Gemini-powered app needs a cheaper backend",
    "we run a Claude-based support flow",
    "an OpenAI-powered pipeline",
    "our app is built on Claude",
    "the bot is powered by Llama",
  ])("%s: no model to ask about, nothing unknown", (text) => {
    expect(mentions(text)).toEqual([]);
  });
  it("an exact model used as a description is still that model", () => {
    expect(mentions("our gpt-4o-powered bot at 10M tokens a month")).toEqual(["gpt-4o"]);
  });
  it("the models asked about are still found", () => {
    expect(mentions("we use claude-based tooling; how much would gpt-5 mini cost?")).toEqual(["gpt-5-mini"]);
  });
});

describe("the whole name beats a maker-stripped reading", () => {
  it("mistral large 2411 is Mistral Large 24.11, not also Pixtral Large", () => {
    expect(mentions("mistral large 2411 vs llama 3.3 70b")).toEqual(["mistral-large-2411", "llama-3.3-70b"]);
  });
  it("an unknown version after a maker is unknown, not another model's letter and number", () => {
    expect(mentions("how does deepseek v9 compare")).toEqual(["none:deepseek v9"]);
  });
});

describe("a name that starts with a maker stays inside that maker's models", () => {
  const labOf = (id: string) => catalog.modelById.get(id)?.lab;
  it("mistral large: only Mistral models are asked between", () => {
    const [only] = mentions("is mistral large ok for commercial use in our firm?");
    expect(only?.startsWith("?")).toBe(true);
    for (const id of (only ?? "").slice(1).split("|")) expect(labOf(id)).toBe("Mistral AI");
  });
  it("a tier the maker has no model of is a model we do not know", () => {
    expect(mentions("how does mistral ultra 9 compare to mistral large 3")).toEqual([
      "none:mistral ultra",
      "mistral-large-3",
    ]);
  });
  it("the maker's own models still resolve", () => {
    expect(mentions("mistral nemo vs deepseek v3")).toEqual(["mistral-nemo", "deepseek-v3"]);
  });
});
