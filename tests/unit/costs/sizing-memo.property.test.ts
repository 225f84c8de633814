// Sizing keeps facts between calls: the parameter row each throughput or KV row names (per data
// file), each model's keys (per model object, and per aliases array, id and name, so narrowed
// copies share them), the model's part of every throughput row's score (for the last model
// asked), each model's throughput choices and KV row, and the quoter's plans with their sources
// explained only when read.
// None of that may change an answer: here every answer in a random sequence must equal the
// answer for the same question on a fresh copy of the data and model, which has no memo yet.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Model } from "../../../src/catalog/schema.js";
import type { SelfHostData } from "../../../src/catalog/selfhost-schema.js";
import type { AssumptionEdits } from "../../../src/costs/assumptions.js";
import { keysOfModel } from "../../../src/costs/model-key.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { kvRowFor } from "../../../src/costs/selfhost-data.js";
import { chooseThroughput } from "../../../src/costs/throughput-match.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volume } from "../scoring/scoring-fixture.js";

const catalog = readCatalog();
const open = catalog.models.filter((m) => m.openWeights);
// structuredClone: new objects throughout, so no memo keyed by the data or a model knows them.
const freshData = (): SelfHostData => structuredClone(catalog.selfhost);
const freshModel = (m: Model): Model => structuredClone(m);

// A few models, so that one model often comes twice in a row with other sizes or GPUs (what the
// per-model memo must tell apart): one with measured rows of its own, two without.
const few = ["llama-3.1-70b", "gemma-3-12b", "qwen3-30b-a3b"].map((id) => {
  const m = open.find((x) => x.id === id);
  if (!m) throw new Error(`${id} is not an open-weights model in the catalogue`);
  return m;
});
const need = fc.record({
  model: fc.constantFrom(...few),
  activeB: fc.constantFrom(3, 8, 32, 70, 405),
  moe: fc.boolean(),
  gpu: fc.constantFrom(...catalog.selfhost.gpus),
  gpusPerReplica: fc.constantFrom(1, 2, 4, 8),
  precision: fc.constantFrom("fp16" as const, "fp8" as const, "int4" as const),
  inputPerOutput: fc.constantFrom(0.5, 1, 3, 16),
});

const edits = fc.constantFrom<AssumptionEdits>(
  {},
  { contextTokens: 64_000 },
  { opsCapacity: "none" },
  { gpu: "L40S-48GB" },
  { gpuHourlyUsd: 2.1 },
  { concurrency: 8, peakToAverage: 2 },
);
const ask = fc.record({
  model: fc.constantFrom(...open),
  total: fc.constantFrom(2e6, 5e7, 3e8, 5e9),
  edits,
});

describe("sizing memos", () => {
  it("property: a throughput row chosen after other questions is the one chosen with no memo", () => {
    const data = catalog.selfhost;
    fc.assert(
      fc.property(fc.array(need, { minLength: 2, maxLength: 12 }), (needs) => {
        // The whole sequence first (a fresh question in between would reset the per-model memo).
        const got = needs.map((n) => chooseThroughput(data, { ...n, modelKeys: keysOfModel(n.model) }));
        needs.forEach((n, i) => {
          const fresh = freshData();
          const expected = chooseThroughput(fresh, {
            ...n,
            modelKeys: keysOfModel(freshModel(n.model)),
            gpu: fresh.gpus.find((g) => g.key === n.gpu.key)!,
          });
          const asked = JSON.stringify({ ...n, model: n.model.id, gpu: n.gpu.key });
          expect(got[i], asked).toEqual(expected);
          // The words are a getter (not an own property toEqual compares): read and compared too.
          expect(got[i]?.basis, asked).toBe(expected?.basis);
        });
      }),
      { numRuns: 100 },
    );
    // A fresh copy of the data per question: 12-15 s on a loaded 2-core machine, over the default 20 s in full runs.
  }, 60_000);

  it("property: a quote (figure, words, sources) after other quotes is the quote with no memo", () => {
    const data = catalog.selfhost;
    fc.assert(
      fc.property(fc.array(ask, { minLength: 2, maxLength: 8 }), (asks) => {
        // Whole quotes (words and sources read) for the sequence first, then each on fresh data.
        const got = asks.map((a) => ({ ...selfHostQuoter(data, a.edits)(a.model, volume(a.total)) }));
        asks.forEach((a, i) => {
          const fresh = selfHostQuoter(freshData(), a.edits)(freshModel(a.model), volume(a.total));
          expect(got[i], `${a.model.id} ${a.total} ${JSON.stringify(a.edits)}`).toEqual({ ...fresh });
        });
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("property: a KV row (and its words) after other questions is the one chosen with no memo", () => {
    const data = catalog.selfhost;
    const ask = fc.record({ model: fc.constantFrom(...open), totalB: fc.constantFrom(1, 8, 70, 405) });
    fc.assert(
      fc.property(fc.array(ask, { minLength: 2, maxLength: 12 }), (asks) => {
        const got = asks.map((a) => kvRowFor(data, a.model, a.totalB));
        asks.forEach((a, i) => {
          const fresh = freshData();
          const expected = kvRowFor(fresh, freshModel(a.model), a.totalB);
          expect(got[i]?.basis, `${a.model.id} ${a.totalB}`).toBe(expected?.basis);
          expect(got[i]?.model).toBe(expected?.model);
        });
      }),
      { numRuns: 50 },
    );
  });

  it("a narrowed copy of a model answers to the model's keys; a copy renamed answers to its own", () => {
    const model = open.find((m) => m.aliases.length > 0) ?? open[0]!;
    const narrowed = { ...model, offerings: model.offerings.slice(0, 1) };
    expect(keysOfModel(narrowed)).toBe(keysOfModel(model));
    const renamed = { ...model, id: "renamed-model-x", name: "Renamed Model X" };
    expect(keysOfModel(renamed)).not.toBe(keysOfModel(model));
    expect(keysOfModel(renamed).has("renamed-model-x")).toBe(true);
    expect(keysOfModel(model).has("renamed-model-x")).toBe(false);
    expect([...keysOfModel(narrowed)]).toEqual([...keysOfModel(freshModel(model))]);
  });

  it("a quote's sources are those of the self-hosting answer's plan, read before or after its words", () => {
    const model = open.find((m) => m.id === "gemma-3-12b") ?? open[0]!;
    const v = volume(3e8);
    const expected = selfHostEstimate(model, v, {}, catalog.selfhost);
    if ("unavailable" in expected) throw new Error(expected.unavailable);
    const quote = selfHostQuoter(freshData())(model, v);
    if ("unavailable" in quote) throw new Error(quote.unavailable);
    expect(quote.sources).toEqual(expected.sources);
    expect(quote.summary).toContain(expected.gpu.name);
    expect(quote.sources.length).toBeGreaterThan(0);
  });
});
