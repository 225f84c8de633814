import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, editDistance, foldCase, nameKey, nameTokens } from "../../../src/catalog/normalize.js";

describe("foldCase", () => {
  // Its ASCII shortcut skips Unicode decomposition: any text, ASCII or not, folds as it would
  // through the full decomposition.
  const full = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  it("folds every text as decomposition + mark removal + lower case does", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => foldCase(text) === full(text)));
    fc.assert(fc.property(fc.string(), (text) => foldCase(text) === full(text)));
  });
  it.each([
    ["Mistral Médium", "mistral medium"],
    ["GPT-4o", "gpt-4o"],
    ["ＧＰＴ", "gpt"],
  ])("%s -> %s", (input, folded) => expect(foldCase(input)).toBe(folded));
});

describe("nameTokens / nameKey", () => {
  it.each([
    ["gpt4o", "gpt 4 o"],
    ["GPT-4o", "gpt 4 o"],
    ["gpt 4o", "gpt 4 o"],
    ["Llama 3.1 70B", "llama 3.1 70"],
    ["llama3.1 70b", "llama 3.1 70"],
    ["Meta-Llama-3.1-70B-Instruct", "meta llama 3.1 70"],
    ["Mixtral 8x7B", "mixtral 8 x 7"],
    ["mixtral 8x7", "mixtral 8 x 7"],
    ["DeepSeek-R1", "deepseek r 1"],
    ["Qwen2.5 72B", "qwen 2.5 72"],
    ["Command R+", "command r plus"],
    ["Mistral Médium", "mistral medium"],
  ])("%s -> %s", (input, key) => {
    expect(nameKey(input)).toBe(key);
  });

  it("keeps versions whole so 3 and 3.1 differ", () => {
    expect(nameTokens("llama 3")).toEqual(["llama", "3"]);
    expect(nameTokens("llama 3.1")).toEqual(["llama", "3.1"]);
  });

  it("returns nothing for punctuation only", () => {
    expect(nameTokens("  -- !! ")).toEqual([]);
  });
});

describe("cleanText", () => {
  it("removes control characters and collapses spaces", () => {
    expect(cleanText("  gpt\u0000-4o\t\n price \u200b ")).toBe("gpt -4o price");
  });
  it("turns typographic dashes and quotes into ASCII", () => {
    expect(cleanText("GPT\u20114o \u2018it\u2019s\u2019")).toBe("GPT-4o 'it's'");
  });
});

describe("editDistance", () => {
  it.each([
    ["lama", "llama", 1],
    ["sonet", "sonnet", 1],
    ["deepsek", "deepseek", 1],
    ["gtp", "gpt", 1],
    ["claude", "claude", 0],
    ["abc", "xyz", 3],
  ])("%s ~ %s = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it("stops early above the limit", () => {
    expect(editDistance("completely", "different", 2)).toBe(3);
  });
});
