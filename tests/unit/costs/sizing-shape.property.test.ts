// The quoter keeps its plans per sizing shape (sizing-shape.ts), not per model: models sized from
// the same facts share them. Sharing may never change a quote: here variants of catalogue models
// (renamed and re-priced copies, which share their original's shape, and copies with one sized
// fact changed, which must not) are quoted in a random order through one memo, and every quote
// (figure, words, sources) must equal the quote for the same model on fresh data, with no memo.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Model } from "../../../src/catalog/schema.js";
import type { SelfHostData } from "../../../src/catalog/selfhost-schema.js";
import type { AssumptionEdits } from "../../../src/costs/assumptions.js";
import { keysOfModel, rowMatches } from "../../../src/costs/model-key.js";
import { sizingShape } from "../../../src/costs/sizing-shape.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volume } from "../scoring/scoring-fixture.js";

const catalog = readCatalog();
const sized = catalog.models.filter((m) => m.openWeights && sizingShape(m, catalog.selfhost) !== `model ${m.id}`);
const freshData = (): SelfHostData => structuredClone(catalog.selfhost);
/** Models with measured throughput rows of their own: a name that matches them changes the figures. */
const measured = sized.filter((m) => catalog.selfhost.throughput.some((row) => rowMatches(row, keysOfModel(m))));

/** What a bigger market adds: the same architecture under a new name and price, or one sized fact changed. */
type Variant = "renamed" | "bigger" | "own-kv" | "other-aliases";
const variantOf = (m: Model, how: Variant, k: number, other: Model = m): Model => {
  const renamed = { ...m, id: `${m.id}-v${k}`, name: `${m.name} (v${k})`, aliases: [] };
  const repriced = m.offerings.map((o) => ({ ...o, inputPerMTok: o.inputPerMTok * 1.1 }));
  switch (how) {
    case "renamed":
      return { ...renamed, offerings: repriced };
    case "bigger":
      return m.parameters ? { ...renamed, parameters: { ...m.parameters, totalB: m.parameters.totalB * 2 } } : renamed;
    case "own-kv":
      return m.kvCache ? { ...renamed, kvCache: { ...m.kvCache, layers: m.kvCache.layers + 8 } } : renamed;
    case "other-aliases":
      // Another model's name as an alias: its self-hosting rows (KV, throughput) are that model's.
      return { ...renamed, name: `Variant ${k}`, aliases: [other.name] };
  }
};

const ask = fc.record({
  model: fc.constantFrom(...sized),
  how: fc.constantFrom<Variant>("renamed", "bigger", "own-kv", "other-aliases"),
  k: fc.integer({ min: 1, max: 3 }),
  other: fc.constantFrom(...measured),
  total: fc.constantFrom(2e6, 5e7, 3e8, 5e9),
  edits: fc.constantFrom<AssumptionEdits>({}, { contextTokens: 64_000 }, { concurrency: 8, peakToAverage: 2 }),
});

describe("plans shared by sizing shape", () => {
  it("property: a quote through plans shared with other models of its shape is the quote with no memo", () => {
    fc.assert(
      fc.property(fc.array(ask, { minLength: 2, maxLength: 8 }), (asks) => {
        const data = freshData();
        // Originals and variants alike, in the drawn order, through one memo (words and sources read).
        const models = asks.flatMap((a) => [a.model, variantOf(a.model, a.how, a.k, a.other)]);
        const got = models.map((m, i) => ({
          ...selfHostQuoter(data, asks[i >> 1]!.edits)(m, volume(asks[i >> 1]!.total)),
        }));
        models.forEach((m, i) => {
          const a = asks[i >> 1]!;
          const fresh = selfHostQuoter(freshData(), a.edits)(structuredClone(m), volume(a.total));
          expect(got[i], `${m.id} ${a.how} ${a.total} ${JSON.stringify(a.edits)}`).toEqual({ ...fresh });
        });
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("property: a renamed, re-priced copy shares its original's shape; a copy with a sized fact changed does not", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sized), fc.integer({ min: 1, max: 50 }), (m, k) => {
        const shape = sizingShape(m, catalog.selfhost);
        const copy = variantOf(m, "renamed", k);
        // The original's aliases may match rows its name does not; the copy keeps them.
        expect(sizingShape({ ...copy, aliases: m.aliases }, catalog.selfhost)).toBe(shape);
        if (m.parameters) expect(sizingShape(variantOf(m, "bigger", k), catalog.selfhost)).not.toBe(shape);
        if (m.kvCache) expect(sizingShape(variantOf(m, "own-kv", k), catalog.selfhost)).not.toBe(shape);
      }),
      { numRuns: 100 },
    );
  });

  it("a model with nothing to size keeps a shape of its own (its words name it)", () => {
    const closed = catalog.models.find((m) => !m.openWeights)!;
    const other = { ...closed, id: `${closed.id}-other`, name: "Other" };
    expect(sizingShape(closed, catalog.selfhost)).not.toBe(sizingShape(other, catalog.selfhost));
  });
});
