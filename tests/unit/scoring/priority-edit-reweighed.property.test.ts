// A priority edit ("cost matters most") changes how a ranking's scores are weighed and, through the
// pool, at most the cost floor and the quality need: never who is a candidate or what it costs. So
// the sensitivity search answers it from the ranking's own score table (rank.ts
// reweighedLeaderAndPair) instead of a pass over the whole catalogue. For generated teams, every
// priority edit must find exactly the leader and pair that a leader pass finds (scores to the bit),
// any other edit must be left to that pass, and a search whose swap is a priority edit must walk
// the catalogue no more (the pass counted by candidateVisits).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../../src/answers/recommend-shortlist.js";
import { editsFromRequirements } from "../../../src/costs/assumptions.js";
import { candidateVisits, newScoringCache } from "../../../src/scoring/constraints.js";
import { judgedDefaults } from "../../../src/scoring/judged-defaults.js";
import { leaderAndPair, rankModels, reweighedLeaderAndPair } from "../../../src/scoring/rank.js";
import { CRITERIA, USE_CASES, type Criterion, type Requirements } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { requirementEdits } from "../../../src/scoring/sensitivity.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();

// The facts that move a priority edit's pool (budget, volume, use case, languages) and a few that
// decide admissions and costs, which the edit must leave as they are.
const teams: fc.Arbitrary<Requirements> = fc.record(
  {
    useCase: fc.constantFrom(...USE_CASES),
    volume: fc.constantFrom(1, 20, 300, 5_000).map((m) => volume(m * 1_000_000)),
    monthlyBudgetUsd: fc.constantFrom(30, 500, 20_000),
    languages: fc.constantFrom(["de"], ["ja", "ko"]),
    priorities: fc.uniqueArray(fc.constantFrom<Criterion>(...CRITERIA), { maxLength: 2 }),
    dataSensitivity: fc.constantFrom("public", "internal", "regulated"),
    deployment: fc.constantFrom("any-api", "own-cloud", "on-prem"),
    mlOpsExperience: fc.constantFrom("none", "some", "strong"),
    openWeightsOnly: fc.boolean(),
    minorUsers: fc.boolean(),
  },
  { requiredKeys: [] },
);

const onlyPriorities = (change: Partial<Requirements>) => Object.keys(change).join() === "priorities";

describe("a priority edit in the sensitivity search", () => {
  it("finds the leader and pair a pass over the catalogue finds, and leaves every other edit to that pass", () => {
    let priorityEdits = 0;
    fc.assert(
      fc.property(teams, (stated) => {
        const { req } = judgedDefaults(stated);
        const options = {
          selfHost: selfHostQuoter(catalog.selfhost, editsFromRequirements(req)),
          cache: newScoringCache(),
        };
        const ranking = rankModels(catalog, req, options);
        const [a, b] = ranking.ranked;
        if (!a || !b) return;
        const ids = [a.id, b.id] as const;
        for (const edit of requirementEdits(ranking)) {
          const edited = { ...req, ...edit.change };
          const fast = reweighedLeaderAndPair(catalog, ranking, edited, ids, options);
          if (!onlyPriorities(edit.change)) {
            expect(fast, edit.text).toBeUndefined();
            continue;
          }
          priorityEdits++;
          expect(fast, edit.text).toEqual(leaderAndPair(catalog, edited, ids, options));
        }
      }),
      { numRuns: 40 },
    );
    expect(priorityEdits).toBeGreaterThan(0);
  });

  it("walks the catalogue for the swapping edit's leader only when the swap is not a priority edit", () => {
    const seen = { priority: 0, other: 0 };
    fc.assert(
      fc.property(teams, (stated) => {
        const before = candidateVisits();
        const swap = runRecommendation(catalog, stated).flip.requirement;
        const passes = candidateVisits() - before;
        if (!swap) return;
        const priority = onlyPriorities(swap.change);
        seen[priority ? "priority" : "other"]++;
        expect(passes, swap.text).toBe(priority ? 0 : 1);
      }),
      { numRuns: 120 },
    );
    expect(seen.priority).toBeGreaterThan(0);
    expect(seen.other).toBeGreaterThan(0);
  });
});
