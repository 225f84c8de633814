// A ruled-out model's exclusion is kept in the admission memo (constraints.ts RuledOut and
// OverBudget), one per model and admission key, and at 100× today's catalogue those memos were
// most of the heap: each kept its reason written out, a listed copy and a closure over the whole
// admission. The exclusion now keeps references alone and writes its reason when read.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { volume } from "./scoring-fixture.js";

const real = readCatalog();

/** The collector, made callable in this process (as `node --expose-gc` would). */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Admission keys that rule most models out: open weights only, each with its own context need. */
const keys = (n: number, from: number): Requirements[] =>
  Array.from({ length: n }, (_, i) => ({
    useCase: "rag",
    openWeightsOnly: true,
    contextTokens: 100_000 + (from + i) * 1_000,
    volume: volume(50_000_000),
    monthlyBudgetUsd: 40,
  }));

describe("exclusions kept in the admission memo", () => {
  it("say the same reasons when read again, and serialise with them", () => {
    const catalog = { ...real };
    const [req] = keys(1, 0) as [Requirements];
    const first = rankModels(catalog, req).excluded.map((e) => `${e.id}|${e.constraint}|${e.reason}`);
    const again = rankModels(catalog, req).excluded;
    expect(again.map((e) => `${e.id}|${e.constraint}|${e.reason}`)).toEqual(first);
    const ruled = new Set(again.map((e) => e.constraint));
    for (const c of ["open-weights", "context", "budget"]) expect(ruled).toContain(c);
    for (const e of again.slice(0, 50))
      expect(JSON.parse(JSON.stringify(e))).toEqual({
        id: e.id,
        name: e.name,
        constraint: e.constraint,
        reason: e.reason,
      });
  });

  it("cost the heap a few words per model and key, not their reasons written out", () => {
    const gc = collector();
    const catalog = { ...real };
    // The catalogue's own tables (walk, slots, quality tables, cost memos) made first.
    for (const req of keys(2, 0)) rankModels(catalog, req);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const more = keys(20, 2); // within the memo's bound (32 keys): all kept
    let listed = 0;
    for (const req of more) listed += rankModels(catalog, req).excluded.length;
    gc();
    gc();
    const perExclusion = (process.memoryUsage().heapUsed - before) / listed;
    expect(listed).toBeGreaterThan(more.length * real.models.length * 0.6);
    // With the admitted models' records, candidates and cost tables spread over them: about 460
    // bytes; with each reason written out, a listed copy and a closure each, about 860.
    expect(perExclusion).toBeLessThan(650);
  });
});
