// A lead shortlists one release of a line (same lab and tier: Claude Opus 4.1 and 4.5), the later
// one, unless the older is cheaper at the team's volume or the later one cannot serve the team as
// well (not on its host, over its budget, in a later rank group, or weaker on the evidence for the
// job). Over generated teams on each cloud and on the open market (superseded.ts, model-line.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { supersededNote } from "../../src/answers/later-group-notes.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { laterInLine } from "../../src/catalog/model-line.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { rankTier, TIER_BIT } from "../../src/scoring/rank-groups.js";
import type { RankedModel } from "../../src/scoring/rank.js";
import { CLOUD_PROVIDERS, type Requirements } from "../../src/scoring/requirements.js";
import { keptOutOfTopThree } from "./later-group-checks.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;

const teamArb: fc.Arbitrary<Requirements> = fc.record(
  {
    useCase: fc.constantFrom("chat", "summarization", "translation", "rag", "coding", "extraction"),
    volume: fc.constantFrom(2e6, 3e7, 4e8).map((total) => volumeAtDefaultSplit(total, `${total} tokens a month`)),
    cloudProvider: fc.constantFrom(...CLOUD_PROVIDERS),
    deployment: fc.constantFrom("any-api", "own-cloud"),
    priorities: fc.constantFrom(["quality"], ["cost"], []),
    dataSensitivity: fc.constantFrom("public", "internal"),
    noTrainingOnData: fc.boolean(),
  },
  { requiredKeys: ["useCase", "volume"] },
) as fc.Arbitrary<Requirements>;

/** The teams drawn: the same seed every run, so a failure names a team that fails again. */
const TEAMS = fc.sample(teamArb, { numRuns: 24, seed: 17 });

/** The job's quality and fit, as the quality minimum reads them. */
const goodness = (m: RankedModel) => (m.breakdown.quality + m.breakdown.useCaseFit) / 2;
/** The model's group from every rule but superseded itself: where it would be listed without the rule. */
const groupWithout = (m: RankedModel) => String(rankTier(m) & ~TIER_BIT.supersededInLine);
/** The same without the quality minimum, which `supersedes` compares as goodness. */
const otherGroups = (m: RankedModel) => rankTier(m) & ~TIER_BIT.supersededInLine & ~TIER_BIT.belowQualityMinimum;
/** Later in `older`'s line, no dearer, at least as good for the job, in no later group: a lead drops `older`. */
const supersedes = (later: RankedModel, older: RankedModel) =>
  laterInLine(modelOf(later.id), modelOf(older.id)) &&
  later.monthlyCostUsd !== null &&
  older.monthlyCostUsd !== null &&
  later.monthlyCostUsd <= older.monthlyCostUsd &&
  goodness(later) >= goodness(older) &&
  otherGroups(later) <= otherGroups(older);

describe("a release superseded in its line where the team runs ranks after the others", () => {
  it(`over ${TEAMS.length} generated teams: no top-3 pick beside a later release of its line that is no dearer and as good; every superseded release has such a successor ranked above it; the rule moves some`, () => {
    let moved = 0;
    for (const req of TEAMS) {
      const ranked = rankOnly(catalog, req).ranking.ranked;
      const top = ranked.slice(0, 3);
      const label = JSON.stringify({ ...req, volume: req.volume?.inputTokensPerMonth });
      for (const older of top)
        for (const later of top)
          expect(supersedes(later, older), `${label}: ${older.name} beside ${later.name}`).toBe(false);
      for (const m of ranked.filter((x) => x.supersededInLine)) {
        const successor = ranked.find((n) => n.rank < m.rank && !n.supersededInLine && supersedes(n, m));
        expect(successor, `${label}: ${m.name} superseded by nothing ranked above it`).toBeDefined();
      }
      if (keptOutOfTopThree(ranked, (m) => m.supersededInLine, groupWithout).length > 0) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it("when the rule keeps a superseded release out of the top 3, the note names it and its successor", () => {
    let said = 0;
    for (const req of TEAMS) {
      const { ranking } = rankOnly(catalog, req);
      const passed = keptOutOfTopThree(ranking.ranked, (m) => m.supersededInLine, groupWithout);
      if (passed.length === 0) continue;
      said++;
      const note = supersededNote(ranking, ranking.ranked.slice(0, 3), catalog) ?? "";
      for (const m of passed)
        expect(note).toMatch(
          new RegExp(
            `${m.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(score \\d\\.\\d\\d, listed #\\d+; superseded by [^(]+ \\(#\\d+`,
          ),
        );
    }
    expect(said).toBeGreaterThan(0);
  });
});
