// A maker's name with a size or tier word ("mistral large", "openai mini", "qwen large"), as a
// message names it, stays inside that maker: every model the mention resolves to is the maker's
// (mentions.ts labChecked), and the maker's own "X Large" line comes before its other Large models.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { labNameKeys } from "../../../src/catalog/lab-refs.js";
import { resolutionIds, resolveModel } from "../../../src/catalog/lookup.js";
import { findModelMentions } from "../../../src/catalog/mentions.js";
import { nameTokens } from "../../../src/catalog/normalize.js";

const catalog = readCatalog();
const TIERS = ["large", "small", "mini", "medium", "flash", "pro", "lite", "nano", "base"];
const makerWords = [
  ...new Set([...new Set(catalog.models.map((m) => m.lab))].flatMap((lab) => labNameKeys(lab).map((k) => k.join(" ")))),
].filter((w) => !w.includes(" "));

describe("a maker's name with a tier word resolves inside that maker", () => {
  it.each(makerWords.flatMap((maker) => TIERS.map((tier) => [maker, tier] as const)))("%s %s", (maker, tier) => {
    const ids = findModelMentions(`is ${maker} ${tier} any good?`, catalog).flatMap((m) => resolutionIds(m.resolution));
    for (const id of ids) {
      const m = catalog.modelById.get(id)!;
      const words = new Set([m.lab, m.family ?? "", m.name].flatMap((t) => nameTokens(t)));
      expect(words.has(maker), `${maker} ${tier} -> ${m.name} (${m.lab})`).toBe(true);
    }
  });

  it("'mistral large' is the Mistral Large line only; 'mistral small 3.1' asks among Mistral Smalls", () => {
    const named = (text: string) => findModelMentions(text, catalog).flatMap((m) => resolutionIds(m.resolution));
    const large = named("is mistral large ok for us?");
    expect(large.length).toBeGreaterThan(1);
    for (const id of large) expect(catalog.modelById.get(id)!.name).toMatch(/^Mistral Large\b/);
    const small = named("self hosting mistral small 3.1 vs the api");
    for (const id of small) expect(catalog.modelById.get(id)!.name).toMatch(/^Mistral Small\b/);
  });

  it("a maker word beside a model name still finds the model ('meta llama 3 70b', 'openai gpt-4o')", () => {
    expect(resolveModel("meta llama 3 70b", catalog)).toEqual({ status: "found", id: "llama-3-70b" });
    expect(resolveModel("openai gpt-4o", catalog)).toEqual({ status: "found", id: "gpt-4o" });
  });
});
