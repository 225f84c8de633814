// Properties of name resolution over the whole real catalogue, not over a list of examples: every
// model's own id and display name find that model (alone and inside a sentence), a one-letter typo
// in a long name word still finds it or asks with it among the choices, and a longer exact name is
// never cut down to a shorter family name it starts with ("Command A" is not "Command").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { isCommonWord } from "../../../src/catalog/common-words.js";
import { lookupIndex } from "../../../src/catalog/lookup-index.js";
import { resolveModel, type Resolution } from "../../../src/catalog/lookup.js";
import { findModelMentions } from "../../../src/catalog/mentions.js";
import { nameTokens } from "../../../src/catalog/normalize.js";

const catalog = readCatalog();
const index = lookupIndex(catalog);
const models = catalog.models;

const fits = (r: Resolution, id: string): boolean =>
  (r.status === "found" && r.id === id) || (r.status === "ambiguous" && r.candidates.includes(id));
const mentioned = (text: string): string[] =>
  findModelMentions(text, catalog).flatMap((m) => (m.resolution.status === "found" ? [m.resolution.id] : []));

// Sentences of the kinds people write, with the name in different places.
const SENTENCES = [
  (n: string) => `how much does ${n} cost at 10M tokens a month?`,
  (n: string) => `can we fine-tune ${n} for a paid product`,
  (n: string) => `${n} vs the rest, thoughts?`,
];

describe("catalogue property: every model's own names find it", () => {
  it.each(models.map((m) => [m.id, m.name] as const))("%s / %s", (id, name) => {
    for (const q of [id, name, id.toUpperCase(), name.toLowerCase()]) {
      const full = resolveModel(q, catalog);
      expect(full, q).toEqual({ status: "found", id });
      expect(resolveModel(q, catalog, undefined, { fuzzy: "strict" }), q).toEqual({ status: "found", id });
    }
    for (const sentence of SENTENCES) {
      expect(mentioned(sentence(name)), sentence(name)).toEqual([id]);
      expect(mentioned(sentence(id)), sentence(id)).toEqual([id]);
    }
  });
});

describe("catalogue property: an exact name beats the family name it starts with", () => {
  // Pairs where one model's full name is the start of another's ("Command" / "Command A",
  // "GPT-4o" / "GPT-4o mini"): the longer name, written out, is the longer model.
  const pairs: [string, string][] = [];
  for (const long of models)
    for (const short of models) {
      if (long === short) continue;
      const l = nameTokens(long.name);
      const s = nameTokens(short.name);
      if (s.length < l.length && s.every((t, i) => l[i] === t)) pairs.push([long.id, short.id]);
    }

  it("the catalogue has such pairs (the property is not vacuous)", () => {
    expect(pairs.length).toBeGreaterThan(10);
  });
  it.each(pairs)("%s is not read as %s", (longId) => {
    const name = catalog.modelById.get(longId)!.name;
    expect(resolveModel(name, catalog)).toEqual({ status: "found", id: longId });
    expect(mentioned(`what would we pay for ${name} at 25M tokens a month`)).toEqual([longId]);
  });
});

describe("catalogue property: a one-letter typo in a long name word resolves or asks", () => {
  // Typos are made in word tokens of at least 5 letters (numbers are never fuzzed), and a typo
  // that spells another catalogue word ("mistral" -> "mixtral") is a different name, not a typo.
  const targets = models.flatMap((m) => {
    const words = m.name.match(/[A-Za-z]{5,}/g) ?? [];
    return words.map((w) => ({ m, w }));
  });
  const edit = (word: string, kind: number, at: number, letter: string): string => {
    const i = at % word.length;
    if (kind === 0) return word.slice(0, i) + word.slice(i + 1); // deletion
    if (kind === 1 && i < word.length - 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap
    if (kind === 2) return word.slice(0, i) + letter + word.slice(i + 1); // substitution
    return word.slice(0, i) + letter + word.slice(i); // insertion
  };

  it("holds for lookups and for names inside a sentence", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(40),
        fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
        ({ m, w }, kind, at, letter) => {
          const typo = edit(w.toLowerCase(), kind, at, letter);
          // A "typo" that spells an ordinary word ("coder" -> "code") or reads as one inflected
          // ("suring" as sure + -ing, the rule that keeps "buying 4 H100s" from being "turing 4") is that word.
          fc.pre(typo !== w.toLowerCase() && !index.vocabulary.has(typo) && !isCommonWord(typo));
          const query = m.name.replace(w, typo);
          expect(fits(resolveModel(query, catalog), m.id), `${query} (${m.id})`).toBe(true);
          // Inside a sentence a lone short word is only taken for a name when it is nearly
          // spelt right: "gamma" must stay "gamma", so a lone typo needs 6 letters.
          fc.pre(typo.length >= 6 || nameTokens(m.name).length > 1);
          const mentions = findModelMentions(`price of ${query}?`, catalog);
          expect(
            mentions.some((x) => fits(x.resolution, m.id)),
            `"price of ${query}?" (${m.id}): ${JSON.stringify(mentions.map((x) => x.resolution))}`,
          ).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 20261204 },
    );
  });
});
