// An alias or a name in a question that spells another size must not inherit this entry's count:
// "bloomz-7b1" is not the 176B BLOOMZ. The importer refuses such aliases; the sentence scanner
// leaves "bloomz 7b1" unknown (BLOOMZ suggested) instead of settling on the 176B entry.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { findModelMentions } from "../../../src/catalog/mentions.js";
import { aliasSizeConflicts, sizesNamed } from "../../../src/catalog/named-sizes.js";
import type { Model } from "../../../src/catalog/schema.js";

const catalog = readCatalog();
const entry = (id: string, name: string, aliases: string[], totalB: number, activeB = totalB) =>
  ({ id, name, aliases, parameters: { totalB, activeB } }) as Pick<Model, "id" | "name" | "aliases" | "parameters">;

describe("sizes named in model names", () => {
  it("reads sizes as people spell them, skipping active parts and expert grids", () => {
    expect(sizesNamed("bloomz-7b1")).toEqual([7.1]);
    expect(sizesNamed("Llama 3.1 70B")).toEqual([70]);
    expect(sizesNamed("gpt-neo 2.7b")).toEqual([2.7]);
    expect(sizesNamed("smollm 350m")).toEqual([0.35]);
    expect(sizesNamed("qwen3-235b-a22b")).toEqual([235]);
    expect(sizesNamed("mixtral 8x7b")).toEqual([]);
    expect(sizesNamed("gpt-4o mini")).toEqual([]);
  });

  it("flags an alias that names another size than the entry's count, and only that", () => {
    expect(aliasSizeConflicts([entry("bloomz", "BLOOMZ", ["bigscience bloomz", "bloomz-7b1"], 176)])).toEqual([
      'bloomz: "bloomz-7b1" names 7.1B, but its count is 176B',
    ]);
    expect(aliasSizeConflicts([entry("t5", "T5", ["t5-base", "t5-11b"], 0.22)])).toHaveLength(1);
    // Two checkpoint words for one count: "bert base" and "bert large".
    expect(aliasSizeConflicts([entry("bert", "BERT", ["bert base", "bert large"], 0.11)])).toEqual([
      "bert: its spellings name base and large checkpoints, but it has one count",
    ]);
    // Rounded sizes and active counts are the entry's own.
    expect(aliasSizeConflicts([entry("llama-3.2-1b", "Llama 3.2 1B", ["llama 3.2 1b"], 1.23)])).toEqual([]);
    expect(aliasSizeConflicts([entry("q", "Qwen3 30B-A3B", ["qwen3 30b a3b"], 30.5, 3.3)])).toEqual([]);
  });

  it("holds for every entry of the committed catalogue", () => {
    expect(aliasSizeConflicts(catalog.models)).toEqual([]);
    expect(catalog.modelById.get("bloomz")?.aliases).not.toContain("bloomz-7b1");
  });

  it("does not settle a question about another size on the entry on file", () => {
    const [bloomz7b1] = findModelMentions("tell me about bloomz 7b1", catalog);
    expect(bloomz7b1?.resolution).toEqual({ status: "none", suggestions: ["bloomz"] });
    const [bloomz] = findModelMentions("tell me about bloomz", catalog);
    expect(bloomz?.resolution).toEqual({ status: "found", id: "bloomz" });
    // The entry's own size, as the name rounds it, still finds it.
    const [r1] = findModelMentions("tell me about deepseek r1 671b", catalog);
    expect(r1?.resolution).toEqual({ status: "found", id: "deepseek-r1" });
  });
});
