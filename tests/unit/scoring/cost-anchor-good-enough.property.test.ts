// Cost scores are read from the cheapest candidate good enough for the job, not the cheapest
// candidate (quality-minimum.ts goodEnoughTest, rank.ts poolWith). A model below the job's minimum is
// ranked after every good-enough one whatever it costs; letting its price set the scale squeezed the
// good-enough ones together: the EU patient chatbot's Claude Opus 4.5 at $18,000 and DeepSeek-V3.2 at
// $522 a month (34×) scored 0.23 and 0.63 on cost against a $37 model below the minimum, and the
// shortlist put Opus first by 0.003 (rank21). Checked over generated teams: the cheapest good-enough
// candidate scores full marks on cost, and every candidate's cost score is its ratio to that one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../../src/costs/volume.js";
import { costScoreOf } from "../../../src/scoring/criteria.js";
import { COST_FLOOR_USD } from "../../../src/scoring/cost-floor.js";
import { jobQuality } from "../../../src/scoring/quality-minimum.js";
import { qualityMinimumOf } from "../../../src/scoring/quality-need.js";
import type { Requirements, UseCase } from "../../../src/scoring/requirements.js";

const catalog = readCatalog();
const JOBS: UseCase[] = ["chat", "extraction", "summarization", "rag", "creative"];

describe("cost is read from the cheapest candidate good enough for the job", () => {
  it("over generated teams with a job minimum and no budget", { timeout: 120_000 }, () => {
    let anchoredAbove = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(5e6, 2e8, 1.8e9),
        fc.constantFrom<Requirements["dataSensitivity"]>("public", "regulated"),
        (useCase, tokens, dataSensitivity) => {
          const req: Requirements = { useCase, dataSensitivity, volume: volumeAtDefaultSplit(tokens, "test volume") };
          const { ranking } = rankOnly(catalog, req);
          const minimum = qualityMinimumOf(req)!;
          const priced = ranking.ranked.filter((r) => r.monthlyCostUsd !== null);
          const good = priced.filter((r) => jobQuality(r.breakdown) >= minimum.level - 1e-9);
          if (good.length === 0) return;
          const anchor = Math.min(...good.map((r) => r.monthlyCostUsd!));
          if (priced.some((r) => r.monthlyCostUsd! < anchor)) anchoredAbove++;
          for (const r of good) {
            const expected = costScoreOf(Math.log10((r.monthlyCostUsd! + COST_FLOOR_USD) / (anchor + COST_FLOOR_USD)));
            expect(r.breakdown.cost, r.id).toBeCloseTo(expected, 9);
          }
        },
      ),
      { numRuns: 30 },
    );
    // The property bites: in some teams a model below the minimum is cheaper than every good one.
    expect(anchoredAbove).toBeGreaterThan(0);
  });
});
