// Everything a recommendation decides, for many requirement sets, one line each: to check that a
// speed change ranks exactly as before. Run it on main and on the branch and compare:
//   npx tsx tests/bench/ranking-digest.ts 400 1,3 > after.txt   (400 sets, on the real catalogue and ×3)
// Each line holds the ranked ids with their scores and breakdowns written bit for bit (hex of the
// doubles), costs, licence verdicts and cost labels, the exclusions with their reasons, the swap
// found and what an answer shows of the top 3 (notes, sources, evidence). Requirement sets come
// from a seeded generator, so both runs see the same ones, in the same order (the shared caches
// fill alike).
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import type { RankedModel } from "../../src/scoring/rank.js";
import { CLOUD_PROVIDERS, CRITERIA, USE_CASES, type Requirements } from "../../src/scoring/requirements.js";
import { random, scaledCatalog } from "./scale-bench.js";

const sets = Number(process.argv[2] ?? 400);
const factors = (process.argv[3] ?? "1,3").split(",").map(Number);

function requirementSets(n: number, seed: number): Requirements[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const maybe = (p: number) => next() < p;
  const out: Requirements[] = [];
  for (let i = 0; i < n; i++) {
    const req: Requirements = {};
    if (maybe(0.9)) req.useCase = pick(USE_CASES);
    if (maybe(0.5)) req.dataSensitivity = pick(["public", "internal", "regulated"] as const);
    if (maybe(0.4)) req.deployment = pick(["any-api", "own-cloud", "on-prem"] as const);
    if (maybe(0.8)) {
      const total = pick([2, 20, 100, 300, 1_000, 5_000]) * 1_000_000;
      req.volume = {
        inputTokensPerMonth: total * 0.75,
        outputTokensPerMonth: total * 0.25,
        cachedInputTokensPerMonth: maybe(0.2) ? total * 0.2 : 0,
        splitAssumed: true,
        description: `${total} tokens a month`,
      };
    }
    if (maybe(0.4)) req.monthlyBudgetUsd = pick([20, 300, 2_000, 20_000]);
    if (maybe(0.3)) req.monthlyActiveUsers = pick([500, 2_000_000, 900_000_000]);
    if (maybe(0.3)) req.fineTuning = maybe(0.5);
    if (maybe(0.3)) req.contextTokens = pick([8_000, 64_000, 200_000]);
    if (maybe(0.2)) req.languages = pick([["de"], ["ja", "ko"], ["fr", "es"]]);
    if (maybe(0.3)) req.mlOpsExperience = pick(["none", "some", "strong"] as const);
    if (maybe(0.2)) req.openWeightsOnly = true;
    if (maybe(0.2)) req.inEu = true;
    if (maybe(0.3)) req.priorities = [pick(CRITERIA)];
    if (maybe(0.1)) req.commercial = false;
    if (maybe(0.1)) req.exclude = pick([{ countries: ["CN"] }, { labs: ["meta"] }, { licenses: ["llama"] }]);
    if (maybe(0.1)) req.onDevice = true;
    if (maybe(0.1)) req.maxParamsB = pick([8, 70, 400]);
    if (maybe(0.1)) req.redistributeWeights = true;
    if (maybe(0.15)) req.cloudProvider = pick(CLOUD_PROVIDERS);
    if (maybe(0.1)) req.needsBaa = true;
    if (maybe(0.1)) req.euDataResidency = true;
    if (maybe(0.15)) req.batchOk = true;
    // The facts that place models in the ranking's groups (rank-groups.ts) and the speed criterion.
    if (maybe(0.15)) req.minorUsers = true;
    if (maybe(0.1)) req.residencyElsewhere = pick(["Germany", "Singapore", "Canada"]);
    if (maybe(0.15)) req.latency = pick(["interactive", "batch"] as const);
    out.push(req);
  }
  return out;
}

const bits = new DataView(new ArrayBuffer(8));
/** A number written exactly (two runs agree on it only if every bit agrees). */
function exact(x: number | null): string {
  if (x === null) return "null";
  bits.setFloat64(0, x);
  return `${bits.getBigUint64(0).toString(16)}`;
}

/** The ranked model's group flags (rank-groups.ts), one digit each. */
const groupBits = (m: RankedModel): string =>
  [
    m.licenceUnread,
    m.belowQualityMinimum,
    m.residencyUnchecked,
    m.noKnownAgeTerms,
    m.builtForOtherJob,
    m.withdrawnByLab,
  ]
    .map(Number)
    .join("");

function digest(catalog: Catalog, req: Requirements): string {
  const rec = runRecommendation(catalog, req);
  const r = rec.ranking;
  const ranked = r.ranked.map(
    (m) =>
      `${m.rank}:${m.id}:${exact(m.score)}:${CRITERIA.map((c) => exact(m.breakdown[c])).join(",")}:${exact(m.monthlyCostUsd)}:${m.costBasis}:${m.apiProvider}:${m.licenseVerdict}:${m.costLabel}:${groupBits(m)}`,
  );
  const shown = r.ranked.slice(0, 3).map((m) =>
    JSON.stringify({
      notes: CRITERIA.map((c) => m.notes[c]),
      sources: m.sources,
      evidence: m.evidence,
      licence: m.license,
      name: m.licenseName,
    }),
  );
  const excluded = r.excluded.map((e) => `${e.id}:${e.constraint}:${e.reason}`);
  const without = rec.withoutBudget?.ranked.slice(0, 3).map((m) => `${m.id}:${exact(m.score)}`) ?? [];
  return [
    JSON.stringify(req),
    ranked.join("|"),
    shown.join("|"),
    excluded.join("|"),
    JSON.stringify(rec.flip),
    JSON.stringify(rec.explanation?.text ?? null),
    without.join("|"),
  ].join("\n  ");
}

const real = readCatalog();
for (const factor of factors) {
  const catalog = scaledCatalog(real, factor);
  for (const req of requirementSets(sets, 11 + factor)) console.log(`×${factor} ${digest(catalog, req)}`);
}
