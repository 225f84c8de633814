// A team whose data must stay in one country outside the EU: a host whose processing there is not
// on record ("not checked") may keep the data there or may not, so a lead signs a pick whose host
// is known to process there (or that runs on the team's own servers in the country) before it.
// The Ontario health network saw GPT-5.4 nano and mini on Azure (no record for Canada) at #2 and #3
// above models Azure is on record as serving from Canada. Over generated teams (places × clouds ×
// jobs × volumes), read with the catalogue's records directly: no pick whose host is not checked
// ranks above one that is checked, within the same licence group; and when #2 is listed after #1
// for that reason, "why #1 beats #2" says so.
import { afterAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { PLACES_ELSEWHERE } from "../../src/catalog/places-elsewhere.js";
import type { RankedModel } from "../../src/scoring/rank.js";
import type { CloudProvider, Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { residencyOracle } from "../flows/recommend-scenarios-checks.js";
import { volume } from "../unit/scoring/scoring-fixture.js";
import { ONTARIO_HEALTH } from "./ninth-round-teams.js";

const catalog = readCatalog();
const places = [...new Map(Object.values(PLACES_ELSEWHERE).map((p) => [p.country, p])).values()];
const CLOUDS: (CloudProvider | undefined)[] = [undefined, "azure", "aws", "gcp"];
const JOBS: UseCase[] = ["chat", "summarization", "extraction"];

/** Checked, read from the records: self-hosted (in the country), or an API host on record there. */
function checked(m: RankedModel, country: string): boolean {
  if (m.costBasis === "self-host") return true;
  const model = catalog.modelById.get(m.id)!;
  return m.apiProvider !== null && residencyOracle(catalog, model, m.apiProvider, country) === "yes";
}

const teams = places.flatMap((place) =>
  CLOUDS.flatMap((cloud) =>
    JOBS.flatMap((useCase, k) => {
      const req: Requirements = {
        useCase,
        residencyElsewhere: place.said,
        commercial: true,
        volume: volume(k % 2 === 0 ? 30e6 : 400e6),
        ...(cloud ? { cloudProvider: cloud } : {}),
      };
      return [{ name: `${place.said}, ${cloud ?? "any API"}, ${useCase}`, req, country: place.country }];
    }),
  ),
);

/** Each team's ranking, made once and read by both checks (ranking the catalogue per team is most of this file's time). */
const rankings = new Map<(typeof teams)[number], ReturnType<typeof rankOnly>>();
function rankingOf(team: (typeof teams)[number]): ReturnType<typeof rankOnly> {
  let rec = rankings.get(team);
  if (!rec) {
    rec = rankOnly(catalog, team.req);
    rankings.set(team, rec);
  }
  return rec;
}

describe("a host not checked for the team's country ranks after the checked ones", () => {
  // Test files share a worker's modules (vitest.config.ts isolate: false): let the rankings go.
  afterAll(() => rankings.clear());

  // Ranks every team (the next check reads the same rankings): 8-12 s alone, more on a loaded 2-core machine.
  it(
    `over ${teams.length} generated teams: no unchecked pick above a checked one (same licence and quality-minimum group), and some teams have both`,
    { timeout: 60_000 },
    () => {
      let mixed = 0;
      for (const team of teams) {
        const { name, country } = team;
        const ranked = rankingOf(team).ranking.ranked;
        // Within a group the weightier rules make (licence read, quality minimum reached, budget not at risk: rank-groups.ts).
        const groupOf = (m: RankedModel) => `${m.licenceUnread}/${m.belowQualityMinimum}/${m.budgetAtRisk}`;
        for (const group of new Set(ranked.map(groupOf))) {
          const inGroup = ranked.filter((m) => groupOf(m) === group);
          const states = inGroup.map((m) => checked(m, country));
          const firstUnchecked = states.indexOf(false);
          if (firstUnchecked < 0) continue;
          const later = inGroup.slice(firstUnchecked).filter((_, i) => states[firstUnchecked + i]);
          if (states.slice(0, firstUnchecked).length > 0) mixed++;
          expect(
            later.map((m) => m.id),
            `${name}: checked picks after ${inGroup[firstUnchecked]!.id}`,
          ).toEqual([]);
        }
      }
      expect(mixed).toBeGreaterThan(0);
    },
  );

  it("when #2 is listed after #1 because its host is not checked, 'why #1 beats #2' says so", () => {
    let said = 0;
    for (const team of teams) {
      const rec = rankingOf(team);
      const country = team.country;
      const [a, b] = rec.ranking.ranked;
      if (!a || !b || !checked(a, country) || checked(b, country) || a.score >= b.score) continue;
      expect(rec.explanation!.text).toMatch(/not on record as processing in/);
      said++;
    }
    expect(said).toBeGreaterThan(0);
  });

  it("Ontario health network (PHIPA, must stay in Canada, Azure Canada Central): every top-3 pick is on record in Canada", () => {
    const c = chat(catalog);
    const reply = c.say(ONTARIO_HEALTH);
    const top = (reply.data?.ranking as RankedModel[]).slice(0, 3);
    const text = textOf(reply);
    for (const m of top) expect(checked(m, "CA"), m.id).toBe(true);
    expect(text).not.toMatch(/\*\*not checked\*\*/);
  });
});
