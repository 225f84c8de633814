// A model named with a size the catalogue does not hold ("qwen3 2b": Qwen3 has 1.7B and 4B, and
// the catalogue holds both) is said to be unknown, with the same line's sizes on file offered, never
// another model whose count or name is near that size (Qwen2.5-Coder 3B has 3.09B parameters, but it is not a Qwen3).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { findModelMentions } from "../../src/catalog/mentions.js";
import { sizesNamed } from "../../src/catalog/named-sizes.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();

// Every catalogue name that ends in its size ("Qwen3 8B", "Gemma 3 12B"), as stem and size.
const SIZED = [...catalog.modelById.values()].flatMap((m) => {
  const hit = /^(.*\S)\s+(\d+(?:\.\d+)?)B$/.exec(m.name);
  return hit ? [{ model: m, stem: hit[1]!, size: Number(hit[2]) }] : [];
});
const spelt = (stem: string) =>
  new Set(
    SIZED.filter((s) => s.stem.toLowerCase() === stem.toLowerCase()).flatMap((s) =>
      sizesNamed(s.model.name).concat(s.model.aliases.flatMap(sizesNamed)),
    ),
  );
// A size one more than a held one, held by no model of that line: a model we do not have.
const MISSING = SIZED.map((s) => ({ ...s, asked: s.size + 1 }))
  .filter((s) => Number.isInteger(s.size) && !spelt(s.stem).has(s.asked))
  .filter((s, i, all) => all.findIndex((o) => o.stem === s.stem) === i);

describe("a size the catalogue does not hold", () => {
  it("there are lines to check", () => expect(MISSING.length).toBeGreaterThan(10));

  it.each(MISSING.map((s) => [`${s.stem} ${s.asked}b`, s.stem]))(
    "'%s' is no model on file, and no model of another size is picked for it",
    (query, stem) => {
      const [mention] = findModelMentions(`what about ${query}`, catalog);
      expect(mention?.resolution.status).toBe("none");
      const suggestions = mention?.resolution.status === "none" ? mention.resolution.suggestions : [];
      // The line asked comes first among the suggestions.
      if (suggestions.length > 0)
        expect(catalog.modelById.get(suggestions[0]!)!.name.toLowerCase()).toContain(stem.toLowerCase());
    },
  );

  it.each(SIZED.slice(0, 40).map((s) => [s.model.name, s.model.id]))("'%s' itself is still found", (name, id) => {
    const [mention] = findModelMentions(`what about ${name}`, catalog);
    expect(mention?.resolution).toEqual({ status: "found", id });
  });

  it("'why not qwen3 2b?' in a thread says the model is unknown and offers Qwen3 sizes, not Qwen2.5-Coder 3B", () => {
    const c = chat(catalog);
    c.say("we are building warehouse robots, on-device, English and Japanese, which model?");
    for (const words of [
      "why not qwen3 2b?",
      "what about qwen3 2b",
      "tell me about qwen3 2b",
      "is qwen3 2b licence ok for us?",
    ]) {
      const reply = c.say(words);
      expect(reply.data?.intent).toBe("unknown-model");
      const offered = (reply.data?.list as string[]) ?? [];
      expect(offered).not.toContain("qwen2.5-coder-3b");
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.every((id) => catalog.modelById.get(id)!.name.startsWith("Qwen3"))).toBe(true);
    }
  });

  // A size another line holds ("qwen3 3b": Qwen2.5 has a 3B, Qwen3 none): the line asked, held by
  // the catalogue, decides; a model of another line is never found for it.
  // Each versioned line against the sizes its relatives (same first word: Qwen2.5 for Qwen3) hold.
  const family = (stem: string) => /^[a-z]+/i.exec(stem)?.[0].toLowerCase() ?? "";
  const CROSS = [...new Set(SIZED.map((s) => s.stem))]
    .filter((stem) => /\d/.test(stem))
    .flatMap((stem) => {
      const held = spelt(stem);
      const sizes = SIZED.filter(
        (o) => o.stem !== stem && family(o.stem) === family(stem) && Number.isInteger(o.size) && !held.has(o.size),
      ).map((o) => o.size);
      return [...new Set(sizes)].map((size) => [`${stem} ${size}b`, stem] as const);
    });

  it("there are sizes held by another line to check", () => expect(CROSS.length).toBeGreaterThan(10));

  it.each(CROSS)("'%s' finds no model outside the line asked", (query, stem) => {
    const [mention] = findModelMentions(`why not ${query}?`, catalog);
    const r = mention?.resolution;
    const ids = r?.status === "found" ? [r.id] : r?.status === "ambiguous" ? r.candidates : [];
    const inLine = (id: string) =>
      catalog.modelById
        .get(id)!
        .name.toLowerCase()
        .replace(/[^a-z0-9.]/g, "")
        .startsWith(stem.toLowerCase().replace(/[^a-z0-9.]/g, ""));
    expect(ids.filter((id) => !inLine(id))).toEqual([]);
  });

  it("'why not qwen3 3b?' says Qwen3 has no 3B and names its nearest sizes, not Qwen2.5 3B", () => {
    const c = chat(catalog);
    c.say("recommend a model for a support chatbot, 20M tokens a month");
    for (const words of ["why not qwen3 3b?", "what about qwen 3 3b"]) {
      const reply = c.say(words);
      expect(reply.data?.intent).toBe("unknown-model");
      const body = reply.blocks.map((b) => (b.kind === "text" ? b.markdown : "")).join("\n");
      expect(body).toContain("no 3B Qwen3 model");
      expect(body).toMatch(/nearest Qwen3 sizes it holds are \*\*Qwen3 4B\*\* and \*\*Qwen3 1\.7B\*\*/);
      const offered = (reply.data?.list as string[]) ?? [];
      expect(offered).not.toContain("qwen2.5-3b");
      expect(offered[0]).toBe("qwen3-4b");
    }
  });

  // A line the catalogue does not hold (Qwen2, Llama 5), written with its version spaced, joined or
  // hyphenated: the size stays part of the unknown name, and the family's models of that size come first.
  it.each([
    ["qwen 2 7b", "qwen2.5-7b"],
    ["qwen2 7b", "qwen2.5-7b"],
    ["qwen2-7b", "qwen2.5-7b"],
    ["llama 5 70b", "llama-3.3-70b"],
  ])("'%s' is unknown with its size kept, and %s offered first", (name, nearest) => {
    const [mention] = findModelMentions(`tell me about ${name}`, catalog);
    expect(mention?.text).toBe(name);
    expect(mention?.resolution.status).toBe("none");
    expect(mention?.resolution.status === "none" && mention.resolution.suggestions[0]).toBe(nearest);
  });

  it("'is qwen 2 7b ok for commercial use?' names the whole name as unknown", () => {
    const reply = chat(catalog).say("is qwen 2 7b ok for commercial use?");
    expect(reply.data?.intent).toBe("unknown-model");
    expect(reply.data?.query).toBe("qwen 2 7b");
    expect(((reply.data?.list as string[]) ?? [])[0]).toBe("qwen2.5-7b");
  });
});
