// Every self-hosting figure a reader sees must recompute from the line beside it, to the cent: the
// shortlist's worked-out line ("4× L4 … at $0.71/GPU-hour …, plus $5,625.00 ops (0.375 FTE ×
// $15,000 a month …)") and the self-hosting answer's GPU-cost and operations lines. A rate or FTE
// rounded for display but not in the arithmetic (the $0.71 shown for a $0.7079 median) breaks it.
// Sampled over the real catalogue's open models, volumes and the facts teams state.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { gpuCostLine, opsLine } from "../../../src/answers/self-host-common.js";
import type { AssumptionEdits } from "../../../src/costs/assumptions.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const open = catalog.models.filter((m) => m.openWeights && m.parameters);
const num = (s: string) => Number(s.replace(/,/g, ""));
const cents = (a: number, b: number, label: string) =>
  expect(Math.abs(a - b), `${label}: ${a} vs ${b}`).toBeLessThan(0.006);

const edits: fc.Arbitrary<AssumptionEdits> = fc.record(
  {
    ownedGpuCount: fc.integer({ min: 1, max: 16 }),
    ownedGpuType: fc.constantFrom("L40S", "A100 80GB", "H100", "L4", "RTX 4090"),
    ownedGpuPurchaseUsd: fc.integer({ min: 1_000, max: 40_000 }),
    gpuHourlyUsd: fc.double({ min: 0.2, max: 9, noNaN: true }),
    opsCapacity: fc.constantFrom("none" as const, "some" as const, "strong" as const),
    precision: fc.constantFrom("fp16" as const, "fp8" as const, "int4" as const),
    contextTokens: fc.integer({ min: 1_000, max: 200_000 }),
  },
  { requiredKeys: [] },
);
const sample = fc.record({
  model: fc.constantFrom(...open),
  tokens: fc.double({ min: 1e5, max: 5e10, noNaN: true }),
  edits,
});

describe("self-hosting lines recompute to their totals (sampled over the catalogue)", () => {
  it("the shortlist's worked-out line: GPUs × rate × hours + FTE × FTE cost = the monthly figure", () => {
    fc.assert(
      fc.property(sample, ({ model, tokens, edits }) => {
        const quote = selfHostQuoter(catalog.selfhost, edits)(model, volume(tokens * 0.75, tokens * 0.25));
        if ("unavailable" in quote) return;
        const line = quote.summary;
        const hours = catalog.selfhost.hoursPerMonth;
        const gpus = num(line.match(/^([\d,]+)×/)![1]!);
        const owned = line.match(/, (all|\d+) yours at \$([\d.,]+)\/GPU-hour/);
        const rented = line.match(/(?:, (\d+) rented )?at \$([\d.,]+)\/GPU-hour \((?:your price|verified median)\)/);
        const ownedCount = owned ? (owned[1] === "all" ? gpus : num(owned[1]!)) : 0;
        const perHour =
          (owned ? ownedCount * num(owned[2]!) : 0) + (rented ? (gpus - ownedCount) * num(rented[2]!) : 0);
        expect(owned || rented, line).toBeTruthy();
        const ops = line.match(/plus \$([\d.,]+) ops \(([\d.,]+) FTE × \$([\d,]+) a month/);
        expect(ops, line).not.toBeNull();
        cents(num(ops![2]!) * num(ops![3]!), num(ops![1]!), `ops in "${line}"`);
        cents(perHour * hours + num(ops![1]!), quote.monthlyUsd, line);
      }),
      { numRuns: 60 },
    );
  });

  it("the self-hosting answer's GPU-cost and operations lines", () => {
    fc.assert(
      fc.property(sample, ({ model, tokens, edits }) => {
        const e = selfHostEstimate(model, volume(tokens * 0.75, tokens * 0.25), edits, catalog.selfhost);
        if ("unavailable" in e) return;
        const gpu = gpuCostLine(e);
        const terms = [...gpu.matchAll(/([\d,]+)(?: GPUs?| owned| rented) × \$([\d.,]+)\/h/g)];
        expect(terms.length, gpu).toBeGreaterThan(0);
        const hours = num(gpu.match(/× ([\d,]+) h$/)![1]!);
        cents(terms.reduce((s, t) => s + num(t[1]!) * num(t[2]!), 0) * hours, e.gpuAlwaysOnUsd, gpu);
        const ops = opsLine(e);
        const fte = ops.match(/^([\d.,]+) FTE × \$([\d,.]+)/);
        if (fte) cents(num(fte[1]!) * num(fte[2]!), e.opsUsd, ops);
      }),
      { numRuns: 60 },
    );
  });
});
