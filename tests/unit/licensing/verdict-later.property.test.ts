// A ranking keeps each model's licence verdict with its wording written when read
// (verdict-later.ts): it reads only the level of each, an answer shows a few verdicts whole. Here
// the verdicts and the licence exclusions a ranking gives, read after many rankings, must say
// word for word what the licence rules say written at once, and serialise the same.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_FILES, parseCatalog } from "../../../src/catalog/load.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { licenseConstraint } from "../../../src/licensing/verdict.js";
import { teamFactsOf } from "../../../src/scoring/constraints.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { USE_CASES, type Requirements } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { TEST_DAY } from "../../helpers/test-day.js";

const files = Object.fromEntries(
  Object.entries(CATALOG_FILES).map(([name, path]) => [name, JSON.parse(readFileSync(path, "utf8")) as unknown]),
) as Record<keyof typeof CATALOG_FILES, unknown>;
const freshCatalog = (): Catalog => parseCatalog(files, { today: TEST_DAY });

const team = fc.record(
  {
    useCase: fc.constantFrom(...USE_CASES),
    commercial: fc.boolean(),
    monthlyActiveUsers: fc.constantFrom(500, 2_000_000, 900_000_000),
    fineTuning: fc.boolean(),
    redistributeWeights: fc.boolean(),
    minorUsers: fc.boolean(),
    deployment: fc.constantFrom("any-api" as const, "own-cloud" as const, "on-prem" as const),
  },
  { requiredKeys: ["useCase"] },
);

/** The verdict and exclusion reason the licence rules give at once (the API's terms where the ranking went through it). */
function writtenAtOnce(catalog: Catalog, id: string, req: Requirements, throughApi: boolean) {
  const model = catalog.modelById.get(id);
  const license = model && catalog.licenseById.get(model.licenseId);
  const apiLicense = model?.apiLicenseId ? catalog.licenseById.get(model.apiLicenseId) : undefined;
  if (!model || !license) throw new Error(`no model or licence for ${id}`);
  return licenseConstraint(model, license, teamFactsOf(req), throughApi ? { apiLicense } : {});
}

describe("licence verdicts written when read", () => {
  it("property: a ranking's verdicts and licence exclusions read later say what the rules say at once", () => {
    const catalog = freshCatalog();
    const rank = (req: Requirements) => rankModels(catalog, req, { selfHost: selfHostQuoter(catalog.selfhost) });
    fc.assert(
      fc.property(fc.array(team, { minLength: 2, maxLength: 5 }), (teams) => {
        const rankings = teams.map((t) => ({ req: t as Requirements, ranking: rank(t) }));
        for (const { req, ranking } of rankings) {
          for (const m of ranking.ranked.slice(0, 5)) {
            const plain = writtenAtOnce(catalog, m.id, req, false);
            const expected = plain.excluded ? writtenAtOnce(catalog, m.id, req, true).verdict : plain.verdict;
            expect(JSON.stringify(m.license), m.id).toBe(JSON.stringify(expected));
            expect(m.license.reasons).toEqual(expected.reasons);
          }
          for (const e of ranking.excluded.filter((x) => x.constraint === "license").slice(0, 5))
            expect(e.reason).toBe(writtenAtOnce(catalog, e.id, req, false).reason);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it("a ranking holds no verdict's wording until it is read", () => {
    const catalog = freshCatalog();
    const ranking = rankModels(catalog, { useCase: "chat" }, { selfHost: selfHostQuoter(catalog.selfhost) });
    // Written up front, every candidate's verdict carried its reasons as a field of its own.
    const written = ranking.ranked.filter((m) => Object.getOwnPropertyDescriptor(m.license, "reasons") !== undefined);
    expect(written).toHaveLength(0);
    expect(ranking.ranked[0]?.license.reasons.length).toBeGreaterThan(0);
  });
});
