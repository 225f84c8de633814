// The sensitivity search checks #1 and #2 (and the releases of their lines) under each edit it
// tries; a recommendation asked again under the same requirements (every turn of a thread, a bot
// asked the same thing by many teams) finds those admissions where the first one left them,
// instead of running every licence, hosting and context check again for each.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../../src/answers/recommend-shortlist.js";
import { admissionsMade } from "../../../src/scoring/constraints.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();

/** Sets whose searches try volume, budget, open-weights, deployment, data and priority edits. */
const SETS: Requirements[] = [
  { useCase: "coding", volume: volume(20_000_000), monthlyBudgetUsd: 500 },
  { useCase: "rag", dataSensitivity: "regulated", contextTokens: 64_000, volume: volume(300_000_000) },
  { useCase: "chat", monthlyActiveUsers: 2_000_000, volume: volume(1_000_000_000), exclude: { countries: ["CN"] } },
  { useCase: "extraction", openWeightsOnly: true, deployment: "on-prem", volume: volume(100_000_000) },
  { useCase: "summarization", cloudProvider: "azure", batchOk: true, volume: volume(500_000_000) },
];

describe("admissions in the sensitivity search", () => {
  it.each(SETS.map((req) => [req.useCase, req] as const))(
    "%s: the same recommendation again admits no model anew, and says the same",
    (_, req) => {
      const first = runRecommendation(catalog, req);
      const before = admissionsMade();
      const again = runRecommendation(catalog, req);
      expect(admissionsMade() - before).toBe(0);
      expect(again.flip).toEqual(first.flip);
      expect(again.ranking.ranked.map((m) => [m.id, m.score])).toEqual(
        first.ranking.ranked.map((m) => [m.id, m.score]),
      );
    },
  );

  it("the first one does admit (the count is real)", () => {
    const before = admissionsMade();
    runRecommendation(catalog, { useCase: "translation", volume: volume(7_000_000), fineTuning: true });
    expect(admissionsMade()).toBeGreaterThan(before);
  });
});
