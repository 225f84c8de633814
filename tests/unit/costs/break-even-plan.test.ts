// One sizing, one home: the break-even answer works on the GPU the self-hosting answer quotes.
// At a stated volume that is the plan cheapest there; with no volume, the plan cheapest at the
// break-even volume it reports (so "self-host X at that volume" names the same GPU and cost).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { breakEven, breakEvenPlan, selfHostCostAt } from "../../../src/costs/break-even.js";
import { selfHostEstimate, selfHostPlans, withLoadConcurrency } from "../../../src/costs/self-host.js";
import { breakEvenAtLoad } from "../../../src/costs/break-even-load.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { chat } from "../../flows/recommend-helpers.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const open = catalog.models.filter(
  (m) => m.openWeights && m.kind === "model" && !("unavailable" in selfHostPlans(m, 3, {}, catalog.selfhost)),
);

describe("break-even plan", () => {
  it("at a stated volume is the plan the self-hosting estimate quotes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...open),
        fc.double({ min: 1e6, max: 5e10, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (m, total, apiPrice) => {
          // Sized for the stated volume's load, as the break-even answer does at a stated volume.
          const sized = withLoadConcurrency({}, total * 0.25, catalog.selfhost.hoursPerMonth);
          const plans = selfHostPlans(m, 3, sized, catalog.selfhost);
          if ("unavailable" in plans) return;
          const { plan } = breakEvenPlan(plans, { inputPerMTok: apiPrice, outputPerMTok: apiPrice * 4 }, 0.75, total);
          const e = selfHostEstimate(m, volume(total * 0.75, total * 0.25), {}, catalog.selfhost);
          if ("unavailable" in e) throw new Error(e.unavailable);
          expect(plan.gpu.key).toBe(e.gpu.key);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("with no volume breaks even no later than any other GPU choice, and is the cheapest there", () => {
    fc.assert(
      fc.property(fc.constantFrom(...open), fc.double({ min: 0.5, max: 60, noNaN: true }), (m, apiPrice) => {
        const plans = selfHostPlans(m, 3, {}, catalog.selfhost);
        if ("unavailable" in plans) return;
        const api = { inputPerMTok: apiPrice, outputPerMTok: apiPrice * 4 };
        const { plan, result } = breakEvenPlan(plans, api, 0.75);
        if (result.kind !== "at") {
          for (const p of plans) expect(breakEven(p, api, 0.75).kind).not.toBe("at");
          return;
        }
        const at = result.tokensPerMonth;
        for (const p of plans) {
          const other = breakEven(p, api, 0.75);
          if (other.kind === "at") expect(other.tokensPerMonth).toBeGreaterThanOrEqual(at * (1 - 1e-9));
          expect(selfHostCostAt(p, at, 0.75)).toBeGreaterThanOrEqual(selfHostCostAt(plan, at, 0.75) * (1 - 1e-9));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("the break-even answer and 'self-host X' at the same volume name the same GPUs", () => {
    for (const v of ["20M", "3B"]) {
      const gpuOf = (text: string) =>
        (chat(catalog).say(text).data as { selfHost?: { gpuType?: string } } | undefined)?.selfHost?.gpuType;
      const be = gpuOf(`break-even llama 3.3 70b vs gpt-4o at ${v} tokens a month`);
      expect(be, v).toBeDefined();
      expect(be, v).toBe(gpuOf(`self-host llama 3.3 70b at ${v} tokens a month`));
    }
  });

  it("is sized for the sequences in flight where it breaks even, never fewer, whatever volume was stated", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...open),
        fc.option(fc.double({ min: 1e6, max: 5e10, noNaN: true }), { nil: undefined }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (m, stated, apiPrice) => {
          const api = { inputPerMTok: apiPrice, outputPerMTok: apiPrice * 4 };
          const picked = breakEvenAtLoad(m, 3, {}, catalog.selfhost, api, 0.75, stated);
          if ("unavailable" in picked || picked.result.kind !== "at") return;
          const atCrossing = withLoadConcurrency(
            {},
            picked.result.tokensPerMonth * 0.25,
            catalog.selfhost.hoursPerMonth,
          );
          // A replica serves fewer only when a physical limit says so (the KV memory left, each
          // stream's rate, the engine's batch), and the plan names that limit; the load never does.
          const { concurrency, concurrencyBound } = picked.plan.memory;
          if (concurrency < Math.min(atCrossing.concurrency!, SELF_HOST_DEFAULTS.concurrency)) {
            expect(concurrencyBound).not.toBe("load");
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a small stated volume does not push the break-even out: 20M tokens a day vs GPT-4o crosses inside one replica", () => {
    // Sized for 600M a month (8 sequences), one L40S pair carried the crossing on small batches: 5.06B.
    // Sized for the crossing's own load, the floor ÷ the API's $4.38 per 1M is the answer.
    const reply = chat(catalog).say("break even llama 3.3 70b vs gpt-4o at 20 million tokens per day");
    const be = reply.data?.breakEven as { tokensPerMonth: number };
    const floor = (reply.data?.selfHost as { monthlyUsdFloor: number }).monthlyUsdFloor;
    expect(be.tokensPerMonth).toBeCloseTo((floor / 4.375) * 1e6, -6);
  });
});
