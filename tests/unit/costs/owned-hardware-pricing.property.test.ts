// Hardware a team owns or will buy, over generated teams and hardware (issue 11 item 2): a pick
// that loads on the team's own cards at some workable precision is costed on those cards at that
// precision (the fit check's, not one precision for every model); a team that will buy its GPUs
// pays their purchase price spread over their life plus power and hosting for every GPU, never a
// rental price, with the purchase said up front against a capex stated in dollars.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { amortisedUsdPerHour } from "../../../src/costs/fleet.js";
import { OWNED_DEFAULTS, purchasePrice } from "../../../src/costs/owned-gpus.js";
import { resolveGpu, selfHostEstimate } from "../../../src/costs/self-host.js";
import { bytesPerParam, engineMemoryFraction, kvBytesPerToken, kvRowFor } from "../../../src/costs/selfhost-data.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { replicaSize } from "../../../src/costs/sizing.js";
import { hardwareFit } from "../../../src/scoring/hardware-fit.js";
import { formatUsd } from "../../../src/render/format.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const data = catalog.selfhost;
const open = catalog.models.filter((m) => m.openWeights && m.parameters);
const GPUS = ["L4", "L40S", "A100 80GB", "H100", "RTX 4090"] as const;

const team = fc.record({
  model: fc.constantFrom(...open),
  gpu: fc.constantFrom(...GPUS),
  cards: fc.constantFrom(1, 2, 4, 8),
  tokens: fc.double({ min: 1e5, max: 5e9, noNaN: true }),
  contextTokens: fc.integer({ min: 1_000, max: 32_000 }),
});
type Team = typeof team extends fc.Arbitrary<infer T> ? T : never;

/** Whether the weights at `precision` and the fewest sequences a service batches fit `cards` cards. */
function loadsAt(
  model: (typeof open)[number],
  gpuName: string,
  cards: number,
  context: number,
  precision: "fp8" | "int4" | "fp16",
): boolean {
  const gpu = resolveGpu(data, gpuName)!;
  const kv = kvRowFor(data, model, model.parameters!.totalB);
  const perToken = kv ? kvBytesPerToken(kv, precision, context) : 0;
  const gb =
    model.parameters!.totalB * bytesPerParam(data, precision).value +
    (perToken * context * SELF_HOST_DEFAULTS.minConcurrency) / 1e9;
  return replicaSize(gb, gpu.memoryGb * engineMemoryFraction(data).value) <= cards;
}

/** The fit check's answer and the cost estimate for one generated team on its owned cards. */
function fitAndEstimate(s: Team) {
  const fit = hardwareFit(catalog, s.model, {
    deployment: "on-prem",
    ownedGpus: { type: s.gpu, count: s.cards },
    contextTokens: s.contextTokens,
  });
  const e = selfHostEstimate(
    s.model,
    volume(s.tokens * 0.75, s.tokens * 0.25),
    { ownedGpuCount: s.cards, ownedGpuType: s.gpu, onPremises: true, contextTokens: s.contextTokens },
    data,
  );
  return { fit, e };
}

describe("owned cards: each pick at the precision that fits them", () => {
  it("a pick the fit check loads on the owned cards is costed on at most those cards per replica, at the most faithful precision that fits", () => {
    fc.assert(
      fc.property(team, (s) => {
        const { fit, e } = fitAndEstimate(s);
        if (!fit?.fits || "unavailable" in e) return;
        // Weights the lab publishes compactly are sized as published; the rest as the fit check does.
        if (e.weightsFormat !== null) return;
        expect(e.gpusPerReplica, `${s.model.id} on ${s.cards}× ${s.gpu} at ${e.precision}`).toBeLessThanOrEqual(
          s.cards,
        );
        // Never more compact than needed: 4-bit only when FP8 would not load on the cards.
        if (e.precision === "int4") expect(loadsAt(s.model, s.gpu, s.cards, s.contextTokens, "fp8")).toBe(false);
      }),
      { numRuns: 120 },
    );
  });
});

describe("one precision for the fit note and the costed fleet", () => {
  it("a pick said to fit the owned cards at a precision is costed on them at that precision (Utrecht: not '16-bit' beside an FP8 fleet)", () => {
    fc.assert(
      fc.property(team, (s) => {
        const { fit, e } = fitAndEstimate(s);
        if (!fit?.fits || "unavailable" in e) return;
        expect(e.precision, `${s.model.id} on ${s.cards}× ${s.gpu}`).toBe(fit.precision);
      }),
      { numRuns: 120 },
    );
  });
});

describe("on premises: GPUs beyond those owned are bought like them, never rented", () => {
  it("every GPU of the fleet is priced at the owned GPUs' amortised rate", () => {
    fc.assert(
      fc.property(team, (s) => {
        const e = selfHostEstimate(
          s.model,
          volume(s.tokens * 0.75, s.tokens * 0.25),
          { ownedGpuCount: s.cards, ownedGpuType: s.gpu, onPremises: true, contextTokens: s.contextTokens },
          data,
        );
        if ("unavailable" in e || !e.owned) return;
        expect(e.owned.moreBought).toBe(true);
        expect(e.gpuAlwaysOnUsd).toBeCloseTo(e.gpus * e.owned.usdPerGpuHour * e.hoursPerMonth, 6);
        if (e.gpus > e.owned.count)
          expect(e.warnings.join(" ")).toContain(`on premises the other ${e.gpus - e.owned.count} are bought`);
      }),
      { numRuns: 80 },
    );
  });
});

describe("hardware the team will buy", () => {
  it("every GPU is bought at its purchase price over its life plus power and hosting, none rented; the purchase is said up front", () => {
    fc.assert(
      fc.property(team, fc.option(fc.integer({ min: 1_000, max: 2_000_000 }), { nil: undefined }), (s, capex) => {
        const e = selfHostEstimate(
          s.model,
          volume(s.tokens * 0.75, s.tokens * 0.25),
          { buysGpus: true, onPremises: true, contextTokens: s.contextTokens, ...(capex ? { capexUsd: capex } : {}) },
          data,
        );
        if ("unavailable" in e) return;
        const price = purchasePrice(e.gpu.key).usd;
        const rate = amortisedUsdPerHour(price, OWNED_DEFAULTS.lifeYears, OWNED_DEFAULTS.powerHostingUsdPerHour);
        expect(e.owned).toMatchObject({ count: 0, moreBought: true, purchaseUsd: price, usdPerGpuHour: rate });
        expect(e.gpuAlwaysOnUsd).toBeCloseTo(e.gpus * rate * e.hoursPerMonth, 6);
        // Buying it all, the spare replica is bought with the rest (N+1).
        expect(e.spareReplicas).toBe(SELF_HOST_DEFAULTS.spareReplicas);
        const said = e.warnings.find((w) => w.startsWith("Buying "));
        expect(said).toContain(`costs ${formatUsd(e.gpus * price)} up front`);
        if (capex !== undefined)
          expect(said).toMatch(e.gpus * price <= capex ? /within your \$[\d,.]+ capex/ : /over your \$[\d,.]+ capex/);
      }),
      { numRuns: 80 },
    );
  });
});
