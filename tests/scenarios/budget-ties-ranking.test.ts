// A budget is what a team is prepared to spend, so it is also the scale a cost gap is read on: a
// lead does not pick a weaker model to save $600 a month out of $20,000 (the seventh round's
// Victoria government, lending fintech and school district had near-ties decided that way). Cost
// gaps under a share of the budget are ties (cost-floor.ts BUDGET_TIE_SHARE); above it, each
// further share of the budget counts the same. Properties over generated teams on the real
// catalogue; teams that put cost first keep ranking by cost.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { BUDGET_TIE_SHARE } from "../../src/scoring/cost-floor.js";
import { rankModels, type RankedModel } from "../../src/scoring/rank.js";
import { CRITERIA, type Requirements } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { SCHOOL_DISTRICT } from "./seventh-round-teams.js";

const catalog = readCatalog();
const volumeOf = (total: number) => volumeAtDefaultSplit(total, `${total} tokens a month`);
const priced = (rows: readonly RankedModel[]) => rows.filter((m) => m.monthlyCostUsd !== null);
const dearestOf = (req: Requirements) =>
  Math.max(...priced(rankModels(catalog, req).ranked).map((m) => m.monthlyCostUsd!));

/** Teams that do not put cost first: jobs x volumes x data and hosting, with and without quality first. */
const teams: Requirements[] = (
  ["chat", "rag", "extraction", "summarization", "coding", "translation"] as const
).flatMap((useCase) =>
  [5e6, 300e6, 3e9].flatMap((total) =>
    [
      { deployment: "any-api" as const },
      { deployment: "any-api" as const, dataSensitivity: "regulated" as const },
      { deployment: "any-api" as const, exclude: { countries: ["CN"] } },
    ].flatMap((v) =>
      [undefined, ["quality" as const]].map((priorities) => ({
        useCase,
        volume: volumeOf(total),
        ...(useCase === "translation" ? { languages: ["en", "de"] } : {}),
        ...v,
        ...(priorities ? { priorities } : {}),
      })),
    ),
  ),
);

/** How far `a` leads `b` on everything but cost, weighed as the ranking weighs it. */
const leadWithoutCost = (a: RankedModel, b: RankedModel, weights: Record<string, number>) =>
  CRITERIA.filter((k) => k !== "cost").reduce((s, k) => s + weights[k]! * (a.breakdown[k] - b.breakdown[k]), 0);

describe("a budget far above every candidate's cost leaves cost out of the choice", () => {
  // Clearly better for the job: this much higher on quality and on use-case fit, as the ranking
  // reads them for the job (above the job's need a point counts less, quality-need.ts).
  const CLEARLY = 0.03;

  it.each(teams)("%o", (team) => {
    const req = { ...team, monthlyBudgetUsd: dearestOf(team) / BUDGET_TIE_SHARE };
    const r = rankModels(catalog, req);
    const rows = priced(r.ranked.slice(0, 10));
    expect(rows.length, "priced candidates").toBeGreaterThan(1);
    for (const hi of rows)
      for (const lo of rows) {
        if (hi.rank >= lo.rank || hi.monthlyCostUsd! >= lo.monthlyCostUsd!) continue;
        const clearlyBetter =
          lo.breakdown.quality >= hi.breakdown.quality + CLEARLY &&
          lo.breakdown.useCaseFit >= hi.breakdown.useCaseFit + CLEARLY;
        if (clearlyBetter && leadWithoutCost(hi, lo, r.weights) < -1e-9)
          expect.fail(
            `${hi.id} ($${hi.monthlyCostUsd!.toFixed(0)}) above ${lo.id} ($${lo.monthlyCostUsd!.toFixed(0)}) by cost alone, with a budget of $${req.monthlyBudgetUsd.toFixed(0)}`,
          );
      }
    // Every candidate's cost is inside the tie band, so every cost score is the same.
    expect(new Set(r.ranked.filter((m) => m.monthlyCostUsd !== null).map((m) => m.breakdown.cost)).size).toBe(1);
  });
});

describe("a larger budget never moves a cheaper model above a dearer one", () => {
  // Budgets that bind nothing (above every candidate's cost), a tenth of the way into the tie band
  // and far beyond it: raising the budget only makes cost count less.
  it.each(teams)("%o", (team) => {
    const dearest = dearestOf(team);
    const orders = [1.5, 4, 30].map((k) => {
      const rows = rankModels(catalog, { ...team, monthlyBudgetUsd: dearest * k }).ranked.slice(0, 15);
      return new Map(rows.map((m) => [m.id, m]));
    });
    for (let k = 1; k < orders.length; k++) {
      const before = orders[k - 1]!;
      const after = orders[k]!;
      for (const [id, a] of after)
        for (const [, b] of after) {
          const a0 = before.get(id);
          const b0 = before.get(b.id);
          if (!a0 || !b0 || a.monthlyCostUsd === null || b.monthlyCostUsd === null) continue;
          // a is the cheaper; it was below b with the smaller budget and is above it with the larger.
          if (a.monthlyCostUsd < b.monthlyCostUsd && a0.rank > b0.rank && a.rank < b.rank)
            expect.fail(`${a.id} (cheaper) passed ${b.id} when the budget grew`);
        }
    }
  });
});

// (A team that puts cost first compares prices at every size: shortlist-properties.test.ts.)
describe("a team with a tight budget still ranks by cost", () => {
  // A tight budget: three times the cheapest candidate's cost. A model at least twice as dear as
  // another, no more than COMPARABLE better on quality and fit, and not better on anything else
  // weighed, is not above it.
  const COMPARABLE = 0.05;
  const OTHER = ["customization", "dataControl", "integration", "operations", "contextFit", "speed"] as const;
  it.each(teams)("%o", (team) => {
    const cheapest = Math.min(...priced(rankModels(catalog, team).ranked).map((m) => m.monthlyCostUsd!));
    if (cheapest <= 0) return; // owned hardware or on-device: nothing to be tight about
    const r = rankModels(catalog, { ...team, monthlyBudgetUsd: 3 * cheapest });
    const rows = priced(r.ranked.slice(0, 10));
    for (const hi of rows)
      for (const lo of rows) {
        if (hi.rank >= lo.rank || hi.monthlyCostUsd! < 2 * lo.monthlyCostUsd!) continue;
        const comparable =
          hi.breakdown.quality - lo.breakdown.quality <= COMPARABLE &&
          hi.breakdown.useCaseFit - lo.breakdown.useCaseFit <= COMPARABLE;
        const nothingElse = OTHER.every((k) => r.weights[k] === 0 || hi.breakdown[k] <= lo.breakdown[k] + 1e-9);
        if (comparable && nothingElse)
          expect.fail(
            `${hi.id} ($${hi.monthlyCostUsd!.toFixed(0)}) above ${lo.id} ($${lo.monthlyCostUsd!.toFixed(0)})`,
          );
      }
  });
});

describe("the answer says which cost gaps were treated as ties", () => {
  it("school district ($300 a month): says costs within $30 of the cheapest are ties, and no pick is above a clearly better one only by cost", () => {
    const c = chat(catalog);
    const reply = c.say(SCHOOL_DISTRICT);
    const text = textOf(reply);
    const req = c.session.requirements as Requirements;
    expect(req.monthlyBudgetUsd).toBe(300);
    expect(text).toMatch(
      /costs within \$30(\.00)? of the cheapest candidate's \(10 % of your \$300(\.00)? budget\) are treated as ties/,
    );
    const r = rankModels(catalog, req);
    const [first, second] = r.ranked;
    // Every pick costs well under a tenth of the budget: cost does not decide #1.
    if (first!.monthlyCostUsd! < 30 && second!.monthlyCostUsd! < 30)
      expect(leadWithoutCost(first!, second!, r.weights)).toBeGreaterThanOrEqual(-1e-9);
  });
});
