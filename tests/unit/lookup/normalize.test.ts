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
  // Its shortcut returns printable ASCII with single inner spaces as it is: any text, clean or
  // not, comes out as the full normalisation gives it.
  const full = (text: string) =>
    text
      .normalize("NFKC")
      // eslint-disable-next-line no-control-regex -- control characters are part of the oracle
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, " ")
      .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\s+/g, " ")
      .trim();
  // Printable ASCII and the characters next to its edges, so the shortcut is taken and missed often.
  const near = fc.string({
    unit: fc.oneof(
      fc.constantFrom(..." `\t\n\u007f\u00a0\u2019\u201cab1-.".split("")),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    ),
  });
  it("cleans every text as the full normalisation does", () => {
    fc.assert(
      fc.property(near, (text) => cleanText(text) === full(text)),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => cleanText(text) === full(text)));
  });
  it.each([
    ["  price of  gpt-4o ", "price of gpt-4o"],
    ["it`s", "it's"],
    ["plain text", "plain text"],
  ])("%j -> %j", (input, clean) => expect(cleanText(input)).toBe(clean));
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
