// Self-hosting quotes keep their figure and write their words when read (self-host-quote.ts): the
// cost memo keeps a quote per model and set of cost inputs, so a quote that held its plan kept
// every plan alive after the plan memo had let it go.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { SelfHostQuote } from "../../../src/scoring/monthly-cost.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();
const open = catalog.models.filter((m) => m.openWeights);

/** The collector, made callable in this process (as `node --expose-gc` would). */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

describe("self-hosting quotes written when read", () => {
  it("write the same words late, after other quotes moved the plan memo on, as a quote read at once", () => {
    const totals = [3e6, 4e7, 9e8, 2e10];
    const edits = [{}, { utilization: 0.5 }, { gpuHourlyUsd: 1.1 }, { peakToAverage: 3 }];
    const kept: { quote: SelfHostQuote; words: { summary: string; sources: unknown } }[] = [];
    for (const e of edits)
      for (const total of totals)
        for (const model of open) {
          const quote = selfHostQuoter(catalog.selfhost, e)(model, volume(total));
          if ("unavailable" in quote) continue;
          // Read at once from a quoter of its own: the words as the eager quote wrote them.
          const fresh = selfHostQuoter(catalog.selfhost, e)(model, volume(total));
          if ("unavailable" in fresh) throw new Error(`${model.id}: priced once, not twice`);
          kept.push({ quote, words: { summary: fresh.summary, sources: structuredClone(fresh.sources) } });
        }
    expect(kept.length).toBeGreaterThan(200);
    for (const { quote, words } of kept) {
      expect(quote.summary).toBe(words.summary);
      expect(quote.sources).toEqual(words.sources);
      expect(JSON.parse(JSON.stringify(quote))).toEqual({ monthlyUsd: quote.monthlyUsd, ...words });
    }
  });

  it("keep no plan alive: kept quotes from many sets of inputs cost the heap a few words each", () => {
    const gc = collector();
    const models = open.slice(0, 40);
    const v = volume(5e8);
    // More sets of inputs than the plan memo keeps (64), so it lets the early sets' plans go.
    const sets = Array.from({ length: 150 }, (_, i) => ({ utilization: 0.3 + i * 0.003 }));
    const quoteAll = (into: unknown[]) => {
      for (const e of sets) {
        const quote = selfHostQuoter(catalog.selfhost, e);
        for (const m of models) into.push(quote(m, v));
      }
    };
    quoteAll([]); // fills the memo to its bound
    const kept: unknown[] = [];
    quoteAll(kept);
    expect(kept.length).toBe(sets.length * models.length);
    gc();
    gc();
    const withQuotes = process.memoryUsage().heapUsed;
    // What letting the quotes go frees is what they held on (the memo keeps its bound either way).
    kept.length = 0;
    gc();
    gc();
    const perQuote = (withQuotes - process.memoryUsage().heapUsed) / (sets.length * models.length);
    // A quote is its figure and references to the model, the volume and the quoter's plan finder
    // (about 100 bytes); one holding its plan, figures and month's cost held about 9 KB.
    expect(perQuote).toBeLessThan(1000);
  });
});
