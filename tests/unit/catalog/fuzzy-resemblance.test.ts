// The fuzzy rung of the lookup accepts a name only when each word of the query can be a way of
// writing a word of that name (joined to its version, cut short, a typo). Fuse scores whole strings,
// so before this "exaone" resolved to DeepSeek-R1 and "solar pro" to Amazon Nova Pro: real models
// the catalogue does not hold must stay unknown, while typos of names it does hold still resolve.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveModel, resolutionIds } from "../../../src/catalog/lookup.js";

const catalog = readCatalog();

describe("fuzzy lookup: only names the query can be a spelling of", () => {
  it.each(["exaone", "solar pro", "sea-lion", "jais", "falconx ultra"])("'%s' is not found", (name) => {
    expect(resolveModel(name, catalog).status).toBe("none");
  });

  it.each([
    ["sonet 4.5", "claude-sonnet-4.5"],
    ["deepsek r1", "deepseek-r1"],
    ["gemma3 27b", "gemma-3-27b"],
    ["phi4 mini", "phi-4-mini"],
    ["gtp-4o", "gpt-4o"],
  ])("the typo '%s' still finds %s", (name, id) => {
    expect(resolutionIds(resolveModel(name, catalog))).toContain(id);
  });

  it("a one-letter typo in the distinctive word of any long model name still resolves to a model with that word", () => {
    let checked = 0;
    for (const model of catalog.models) {
      const words = model.name.toLowerCase().split(/[\s-]+/);
      const word = words.find((w) => /^[a-z]{7,}$/.test(w));
      if (!word) continue;
      const typo = word.slice(0, 3) + word.slice(4);
      const ids = resolutionIds(resolveModel(model.name.toLowerCase().replace(word, typo), catalog));
      expect(ids.length, `${model.name} as '${typo}'`).toBeGreaterThan(0);
      expect(ids.some((id) => catalog.modelById.get(id)!.name.toLowerCase().includes(word))).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
