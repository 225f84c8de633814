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
