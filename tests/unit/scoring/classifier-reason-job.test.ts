// A safety classifier is ruled out for any job but moderation, and the reason names the job. The
// admissions are memoized per set of hard facts and reused by teams that share them, so the job
// must be part of that key: a coding team was told a classifier is "not for translation", the job
// of the team asked before it with the same facts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../../src/answers/recommend-shortlist.js";
import { USE_CASE_LABELS, type Requirements } from "../../../src/scoring/requirements.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();

describe("a classifier's exclusion names the team's own job", () => {
  it.each([
    ["translation", "coding"],
    ["creative", "summarization"],
  ] as const)("asked for %s, then for %s with the same facts", (firstJob, job) => {
    const facts: Requirements = { volume: volume(2_000_000), languages: ["de"] };
    runRecommendation(catalog, { ...facts, useCase: firstJob });
    const reasons = runRecommendation(catalog, { ...facts, useCase: job })
      .ranking.excluded.map((e) => e.reason)
      .filter((r) => r.includes("safety classifier"));
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toContain(`not for ${USE_CASE_LABELS[job]}`);
  });
});
