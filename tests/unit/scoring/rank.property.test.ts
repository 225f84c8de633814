// Property tests over random requirements: whatever a team asks, every ranked model satisfies
// every hard constraint, the ranking is reproducible (also when the catalogue order changes),
// and all scores stay within [0, 1].
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { licenseConstraint, licenseVerdict } from "../../../src/licensing/verdict.js";
import { teamFactsOf } from "../../../src/scoring/constraints.js";
import type { SelfHostQuoter } from "../../../src/scoring/monthly-cost.js";
import { rankModels, tieBreaker } from "../../../src/scoring/rank.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { CRITERIA, USE_CASES, type Criterion, type Requirements } from "../../../src/scoring/requirements.js";
import { rebuild, scoringCatalog, volume } from "./scoring-fixture.js";

const catalog = scoringCatalog();
// A deterministic stand-in for the self-hosting engine: cost grows with model size.
const quoter: SelfHostQuoter = (model) =>
  model.parameters
    ? { monthlyUsd: 500 + 40 * model.parameters.totalB, summary: "test", sources: [] }
    : { unavailable: "no parameter count" };

const requirementsArb: fc.Arbitrary<Requirements> = fc.record(
  {
    useCase: fc.constantFrom(...USE_CASES),
    dataSensitivity: fc.constantFrom("public", "internal", "regulated"),
    deployment: fc.constantFrom("any-api", "own-cloud", "on-prem"),
    volume: fc.integer({ min: 1, max: 2_000 }).map((m) => volume(m * 1_000_000)),
    monthlyBudgetUsd: fc.integer({ min: 1, max: 50_000 }),
    monthlyActiveUsers: fc.integer({ min: 0, max: 1_000_000_000 }),
    fineTuning: fc.boolean(),
    trainOnOutputs: fc.boolean(),
    contextTokens: fc.integer({ min: 1_000, max: 300_000 }),
    mlOpsExperience: fc.constantFrom("none", "some", "strong"),
    openWeightsOnly: fc.boolean(),
    inEu: fc.boolean(),
    commercial: fc.boolean(),
    priorities: fc.uniqueArray(fc.constantFrom<Criterion>(...CRITERIA), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function violations(cat: Catalog, req: Requirements, id: string, monthly: number | null): string[] {
  const model = cat.modelById.get(id);
  const license = model && cat.licenseById.get(model.licenseId);
  if (!model || !license) return ["unknown model or licence"];
  const out: string[] = [];
  if (model.kind !== "model") out.push("not a model");
  if (req.openWeightsOnly && !model.openWeights) out.push("closed weights");
  if ((req.deployment === "own-cloud" || req.deployment === "on-prem") && !model.openWeights)
    out.push("cannot self-host");
  if (req.contextTokens !== undefined && (model.contextWindow === null || model.contextWindow < req.contextTokens))
    out.push("context too small or unknown");
  if (req.monthlyBudgetUsd !== undefined && req.volume && (monthly === null || monthly > req.monthlyBudgetUsd))
    out.push("over budget");
  const facts = teamFactsOf(req);
  const apiLicense = model.apiLicenseId ? cat.licenseById.get(model.apiLicenseId) : undefined;
  const blocked = licenseVerdict(model, license, facts).verdict === "blocked";
  // Research-only weights may still be used through the lab's own API (not when self-hosting).
  const viaApi =
    blocked && apiLicense && !facts.selfHost && !licenseConstraint(model, license, facts, { apiLicense }).excluded;
  if (blocked && !viaApi) out.push("licence blocks");
  return out;
}

describe("ranking properties", () => {
  it("every ranked model satisfies every hard constraint", () => {
    fc.assert(
      fc.property(requirementsArb, (req) => {
        const r = rankModels(catalog, req, { selfHost: quoter });
        for (const m of r.ranked) expect(violations(catalog, req, m.id, m.monthlyCostUsd)).toEqual([]);
        // Nothing is silently dropped: every model is either ranked or excluded with a reason.
        expect(r.ranked.length + r.excluded.length).toBe(catalog.models.length);
        for (const e of r.excluded) expect(e.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 150 },
    );
  });

  it("the same input gives the same ranking, whatever the catalogue's order", () => {
    fc.assert(
      fc.property(requirementsArb, fc.integer({ min: 1, max: 1_000 }), (req, seed) => {
        const shuffled = [...catalog.models].sort((a, b) => ((hash(a.id) * seed) % 997) - ((hash(b.id) * seed) % 997));
        const other = rebuild(shuffled, catalog.licenses, catalog);
        const first = rankModels(catalog, req, { selfHost: quoter });
        const again = rankModels(catalog, req, { selfHost: quoter });
        const reordered = rankModels(other, req, { selfHost: quoter });
        const ids = (x: typeof first) => x.ranked.map((m) => `${m.id}:${m.score}`);
        expect(ids(again)).toEqual(ids(first));
        expect(ids(reordered)).toEqual(ids(first));
        // Reasons are written when read (constraints.ts RuledOut), so read here, not compared as fields.
        const said = (x: typeof first) => x.excluded.map((e) => `${e.id}|${e.name}|${e.constraint}|${e.reason}`);
        expect(said(reordered)).toEqual(said(first));
      }),
      { numRuns: 60 },
    );
  });

  it("scores, breakdowns and weights stay within [0, 1]; weights sum to 1", () => {
    fc.assert(
      fc.property(requirementsArb, (req) => {
        const r = rankModels(catalog, req, { selfHost: quoter });
        expect(CRITERIA.reduce((s, c) => s + r.weights[c], 0)).toBeCloseTo(1, 9);
        for (const m of r.ranked) {
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1 + 1e-12);
          for (const c of CRITERIA) {
            expect(m.breakdown[c]).toBeGreaterThanOrEqual(0);
            expect(m.breakdown[c]).toBeLessThanOrEqual(1);
          }
        }
        // Sorted by group (an unread licence, then a quality below the job's minimum, go after), then
        // by score; equal scores by a named criterion, and only models equal on all of them by id.
        const group = (m: { licenceUnread: boolean; belowQualityMinimum: boolean }) =>
          Number(m.licenceUnread) * 2 + Number(m.belowQualityMinimum);
        for (let i = 1; i < r.ranked.length; i++) {
          const [a, b] = [r.ranked[i - 1], r.ranked[i]];
          if (!a || !b) continue;
          expect(group(a)).toBeLessThanOrEqual(group(b));
          if (group(a) !== group(b)) continue;
          expect(a.score > b.score - 1e-9).toBe(true);
          if (Math.abs(a.score - b.score) <= 1e-9) {
            const t = tieBreaker(a, b);
            if (t) expect(t.order).toBe(-1);
            else expect(a.id < b.id).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("ranking properties on the real catalogue", () => {
  it("every ranked model satisfies every hard constraint, with the real self-hosting estimates", () => {
    const real = readCatalog();
    const realQuoter = selfHostQuoter(real.selfhost);
    fc.assert(
      fc.property(requirementsArb, (req) => {
        const r = rankModels(real, req, { selfHost: realQuoter });
        for (const m of r.ranked) expect(violations(real, req, m.id, m.monthlyCostUsd)).toEqual([]);
        expect(r.ranked.length + r.excluded.length).toBe(real.models.length);
        expect(rankModels(real, req, { selfHost: realQuoter }).ranked.map((m) => m.id)).toEqual(
          r.ranked.map((m) => m.id),
        );
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

function hash(s: string): number {
  let h = 7;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) % 100_003;
  return h;
}
