// What would swap #1 and #2 is searched over a dozen edited requirement sets. Each edit needs #1's
// and #2's scores, and those read the cost anchor (the cheapest candidate), which for a volume or
// deployment edit is a pass admitting and pricing the whole catalogue. Most edits leave the pair so
// far apart that no anchor could swap them (criteria.ts costScoreGapRange): those are decided on
// the pair alone. A team's first question then admits the catalogue about once (its own ranking),
// not once per edit (4 to 6 times for these sets before, over a second at 100× today's catalogue).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../../src/answers/recommend-shortlist.js";
import { admissionsMade } from "../../../src/scoring/constraints.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { volume } from "./scoring-fixture.js";

const real = readCatalog();

/** First questions whose searches try volume, budget, deployment, data and priority edits. */
const SETS: Requirements[] = [
  {
    useCase: "creative",
    dataSensitivity: "regulated",
    volume: volume(20_000_000),
    monthlyBudgetUsd: 20,
    needsBaa: true,
    minorUsers: true,
    residencyElsewhere: "Canada",
  },
  {
    useCase: "coding",
    dataSensitivity: "internal",
    volume: volume(2_000_000),
    monthlyActiveUsers: 500,
    contextTokens: 64_000,
    openWeightsOnly: true,
    inEu: true,
    minorUsers: true,
  },
  {
    useCase: "agents",
    volume: volume(5_000_000_000),
    monthlyActiveUsers: 900_000_000,
    mlOpsExperience: "some",
    euDataResidency: true,
    residencyElsewhere: "Germany",
  },
];

describe("the swap search on a team's first question", () => {
  it.each(SETS.map((req) => [req.useCase, req] as const))(
    "%s: admits the catalogue about once, not once per edit",
    (_, req) => {
      // A copy: the admissions are memoized per catalogue, so nothing an earlier test left is reused.
      const catalog = { ...real };
      const before = admissionsMade();
      const rec = runRecommendation(catalog, req);
      expect(rec.ranking.ranked.length).toBeGreaterThan(1);
      expect(admissionsMade() - before).toBeLessThan(1.5 * real.models.length);
    },
  );
});
