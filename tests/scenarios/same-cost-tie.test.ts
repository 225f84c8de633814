// When every top pick costs the same (self-hosted on the team's own GPUs, each on the same cards
// with the same ops), cost keeps its weight but separates none of them: 'why #1 beats #2' says cost
// is a tie, at what figure and weight, and that the other criteria order them. The code-review bot
// ('cheapest that doesnt suck', its own 4 A100s) had three picks at $4,742.80 a month each and a
// cost weight of 0.36 with no word that cost decided nothing. Over generated teams with owned GPUs
// and without (jobs × volumes × cards × priorities): the line is there exactly when the top three's
// monthly figures are the same.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { formatUsd } from "../../src/render/format.js";
import type { RankedModel } from "../../src/scoring/rank.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { CODE_REVIEW_BOT } from "./ninth-round-teams.js";

const catalog = readCatalog();

const JOBS: UseCase[] = ["coding", "summarization", "chat"];
const HARDWARE: Partial<Requirements>[] = [
  { deployment: "on-prem", ownedGpus: { type: "A100 80GB", count: 4 } },
  { deployment: "on-prem", ownedGpus: { type: "L40S", count: 8 }, priorities: ["cost"] },
  { deployment: "on-prem", ownedGpus: { type: "H100", count: 8 }, priorities: ["quality"] },
  { deployment: "on-prem", ownedGpus: { type: "RTX 4090", count: 1 }, priorities: ["cost"] },
  { deployment: "any-api", priorities: ["cost"] },
  {},
];
const TEAMS = JOBS.flatMap((useCase) =>
  [2e6, 1.4e8].flatMap((total) =>
    HARDWARE.map((shape) => ({
      useCase,
      volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
      ...shape,
    })),
  ),
) as Requirements[];

/** The top three's monthly figures are one figure (to the cent shown). */
function sameCost(top: readonly RankedModel[]): boolean {
  const first = top[0]?.monthlyCostUsd;
  return (
    top.length >= 2 &&
    first !== null &&
    first !== undefined &&
    top.every((m) => m.monthlyCostUsd !== null && formatUsd(m.monthlyCostUsd) === formatUsd(first))
  );
}

describe("top picks that cost the same: cost is said as a tie", () => {
  it(`over ${TEAMS.length} generated teams: the tie is said exactly when the top three cost the same, with the figure and cost's weight`, () => {
    let tied = 0;
    let apart = 0;
    for (const req of TEAMS) {
      const rec = rankOnly(catalog, req);
      const top = rec.ranking.ranked.slice(0, 3);
      const text = rec.explanation?.text ?? "";
      if (sameCost(top) && rec.ranking.weights.cost > 0) {
        tied++;
        expect(text, `${req.useCase} ${JSON.stringify(req.ownedGpus)}`).toContain(
          `cost the same${req.ownedGpus ? " on your own GPUs" : ""}, ${formatUsd(top[0]!.monthlyCostUsd!)} a month, so cost (weight ${rec.ranking.weights.cost.toFixed(2)}) does not separate them`,
        );
      } else {
        apart++;
        expect(text).not.toContain("**Cost is a tie:**");
      }
    }
    expect(tied).toBeGreaterThan(0);
    expect(apart).toBeGreaterThan(0);
  });

  it("code-review bot on its own 4 A100s: the tie is said only while the top three cost the same; a pick on all 4 cards rents no spare beside them", () => {
    const reply = chat(catalog).say(CODE_REVIEW_BOT);
    const top = (reply.data?.ranking as RankedModel[]).slice(0, 3);
    // Since rank14 a pick whose replica takes all 4 A100s runs on them with no spare rented beside
    // them (owned-spare.property.test.ts), so it no longer costs what the others do.
    const text = textOf(reply);
    if (sameCost(top))
      expect(text).toMatch(
        /\*\*Cost is a tie:\*\* All 3 picks cost the same on your own GPUs, \$[\d,.]+ a month, so cost \(weight 0\.\d\d\) does not separate them: their order comes from the other criteria\./,
      );
    else expect(text).not.toContain("**Cost is a tie:**");
    expect(text).not.toMatch(/rented at/);
  });
});
