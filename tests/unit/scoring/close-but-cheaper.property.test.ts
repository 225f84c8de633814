// Scores within a close call are interchangeable, their prices need not be: across generated teams,
// the explanation names a shown pick within the close call of #1 that costs at most half as much
// whenever one exists (the cheapest of them, with the right figures), and never otherwise.
import { describe, expect, it } from "vitest";
import { CLOSE_CALL, explainTop } from "../../../src/scoring/explain.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { rankTier } from "../../../src/scoring/rank-groups.js";
import type { Requirements, UseCase } from "../../../src/scoring/requirements.js";
import { formatUsd } from "../../../src/render/format.js";
import { scoringCatalog, volume } from "./scoring-fixture.js";

const catalog = scoringCatalog();
const USE_CASES: UseCase[] = ["chat", "coding", "rag", "extraction", "summarization"];
const teams: Requirements[] = USE_CASES.flatMap((useCase) =>
  [2_000_000, 40_000_000, 600_000_000].flatMap((tokens) => [
    { useCase, volume: volume(tokens) },
    { useCase, volume: volume(tokens), priorities: ["quality"] },
    { useCase, volume: volume(tokens), dataSensitivity: "regulated" },
  ]),
) as Requirements[];

describe("a close pick that costs much less is said", () => {
  let said = 0;
  it.each(teams)("%o", (req) => {
    const ranking = rankModels(catalog, req);
    const [first, ...rest] = ranking.ranked.slice(0, 3);
    const text = explainTop(ranking)?.text ?? "";
    const top = first?.monthlyCostUsd ?? null;
    const qualifying = rest.filter(
      (m) =>
        first !== undefined &&
        top !== null &&
        top > 0 &&
        rankTier(m) === rankTier(first) &&
        first.score - m.score < CLOSE_CALL &&
        m.monthlyCostUsd !== null &&
        m.monthlyCostUsd <= top / 2,
    );
    if (qualifying.length === 0) {
      expect(text).not.toContain("Close, and cheaper");
      return;
    }
    said++;
    const cheapest = [...qualifying].sort((x, y) => (x.monthlyCostUsd ?? 0) - (y.monthlyCostUsd ?? 0))[0]!;
    expect(text).toContain(`**Close, and cheaper:** ${cheapest.name} (#${cheapest.rank})`);
    expect(text).toContain(
      `${formatUsd(cheapest.monthlyCostUsd!)} a month against ${formatUsd(top!)}: ${formatUsd(top! - cheapest.monthlyCostUsd!)} a month less`,
    );
  });
  // The generated teams must reach the case, or the property above proves nothing.
  it("reaches a team where the line is said", () => expect(said).toBeGreaterThan(0));
});
