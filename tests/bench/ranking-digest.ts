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
import { CRITERIA, type Requirements } from "../../src/scoring/requirements.js";
import { scaledCatalog, variedRequirements } from "./scale-bench.js";

const sets = Number(process.argv[2] ?? 400);
const factors = (process.argv[3] ?? "1,3").split(",").map(Number);

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
  for (const req of variedRequirements(sets, 11 + factor)) console.log(`×${factor} ${digest(catalog, req)}`);
}
