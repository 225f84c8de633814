// Which candidates a later release of their line supersedes is kept per set of requirements in the
// shared cost cache (constraints.ts ScoringCache.superseded), and so is the swap search's leader
// pass (rank.ts leaderAndPair): a recommendation asked again (every turn of a thread, the same
// team asking twice) walks no release line and scores no catalogue for the swap again, and what
// is kept must be exactly what a walk from scratch says, also when other teams' requirements were
// ranked in between (a wrong key would hand one team another's answers).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../../src/answers/recommend-shortlist.js";
import { editsFromRequirements } from "../../../src/costs/assumptions.js";
import { candidateVisits, releaseLineWalks } from "../../../src/scoring/constraints.js";
import { judgedDefaults } from "../../../src/scoring/judged-defaults.js";
import { rankModels, type Ranking } from "../../../src/scoring/rank.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { scaledCatalog, SCALE_REQUIREMENTS, variedRequirements } from "../../bench/scale-bench.js";

// Three copies of every model: lines, costs and groups as varied as the scale bench's.
const catalog = scaledCatalog(readCatalog(), 3);

/** What a ranking decides, superseded releases and their order included. */
const decided = (r: Ranking) => r.ranked.map((m) => `${m.id}:${m.score}:${Number(m.supersededInLine)}`);

/** The ranking with nothing shared: a new cost cache, so every line is walked afresh. */
function fromScratch(stated: Requirements): Ranking {
  const { req } = judgedDefaults(stated);
  return rankModels(catalog, req, { selfHost: selfHostQuoter(catalog.selfhost, editsFromRequirements(req)) });
}

describe("supersession kept per set of requirements", () => {
  it("a recommendation asked again walks no release line, and says the same", () => {
    for (const req of SCALE_REQUIREMENTS) {
      const first = runRecommendation(catalog, req);
      const before = releaseLineWalks();
      const again = runRecommendation(catalog, req);
      expect(releaseLineWalks() - before).toBe(0);
      expect(decided(again.ranking)).toEqual(decided(first.ranking));
      expect(again.flip).toEqual(first.flip);
    }
  });

  it("a recommendation asked again runs no leader pass for its swap", () => {
    // A copy of the catalogue object: caches of its own, none filled by the test above.
    const fresh = { ...catalog };
    let searched = 0;
    for (const req of SCALE_REQUIREMENTS) {
      const visits = candidateVisits();
      const first = runRecommendation(fresh, req);
      searched += candidateVisits() - visits;
      const before = candidateVisits();
      const again = runRecommendation(fresh, req);
      expect(candidateVisits() - before).toBe(0);
      expect(again.flip).toEqual(first.flip);
    }
    // Some of these sets' searches do score the catalogue when first asked (the count is real).
    expect(searched).toBeGreaterThan(0);
  });

  it("the first one does walk (the count is real)", () => {
    const before = releaseLineWalks();
    runRecommendation(catalog, { useCase: "translation", languages: ["pt"], monthlyBudgetUsd: 7_000 });
    expect(releaseLineWalks()).toBeGreaterThan(before);
  });

  it("answers read back after other teams' rankings are the ones a fresh walk gives", () => {
    // 16 varied sets, each asked, then all asked again in another order: the second round reads
    // the kept answers (or, where the bound dropped them, walks again), and must rank as from scratch.
    const sets = variedRequirements(16, 4242);
    for (const req of sets) runRecommendation(catalog, req);
    const superseded = new Set<number>();
    for (const [k, req] of [...sets.entries()].reverse()) {
      const ranking = runRecommendation(catalog, req).ranking;
      expect(decided(ranking), `set ${k}`).toEqual(decided(fromScratch(req)));
      if (ranking.ranked.some((m) => m.supersededInLine)) superseded.add(k);
    }
    // The sets do reach superseded releases (the check would be empty otherwise).
    expect(superseded.size).toBeGreaterThan(3);
  });
});
