// How much quality leads is the stakes of the job times the slack of the budget. A discharge
// summary a physician signs, or advice a client acts on, is work where a wrong output costs far more
// than a stronger model does: unless the team says otherwise, quality comes first (judged-defaults.ts).
// How much cost still counts is the budget's slack: a budget is the scale cost gaps are read on
// (over-budget models out, gaps under a tenth of it tie); one in another currency counts at the
// most it can be worth (scoring/budget.ts), and one in a currency with no rate on record leaves
// cost compared exactly as with no budget, which the answer says. The
// Ontario health network ('Budget CAD 25,000 per month', clinical summaries under PHIPA) had GPT-5.4
// nano (quality 0.48) at #2 with cost weighed as if money were tight.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { rankModels } from "../../src/scoring/rank.js";
import { jobQuality } from "../../src/scoring/quality-minimum.js";
import { foreignBudgetBound } from "../../src/scoring/budget.js";
import { judgedDefaults } from "../../src/scoring/judged-defaults.js";
import type { ForeignCurrency, Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { volume } from "../unit/scoring/scoring-fixture.js";
import { ONTARIO_HEALTH } from "./ninth-round-teams.js";

const catalog = readCatalog();
const JOBS: UseCase[] = ["summarization", "rag", "chat", "extraction"];
const VOLUMES = [20e6, 300e6];

const base = (useCase: UseCase, tokens: number): Requirements => ({
  useCase,
  commercial: true,
  dataSensitivity: "internal",
  volume: volume(tokens),
});

describe("a budget in another currency: applied at the most it can be worth, or (no rate on record) said as not applied", () => {
  // With a rate on record (catalog/exchange-rates.ts), the budget is the dollar budget of its
  // upper bound: the same filter, the same scale for cost gaps. Without one, cost is compared as
  // with no budget, and the weights say so.
  const BOUNDED: [ForeignCurrency, number][] = [
    ["CAD", 25_000],
    ["GBP", 1_500],
    ["EUR", 400],
    ["JPY", 3_000_000],
  ];
  const UNBOUNDED: [ForeignCurrency, number][] = [
    ["NGN", 6_000_000],
    ["KES", 400_000],
  ];
  const teamsOf = (list: [ForeignCurrency, number][]) =>
    JOBS.flatMap((job) => VOLUMES.flatMap((t) => list.map(([c, n]) => ({ job, t, c, n }))));
  const top10 = (r: { ranked: { id: string; score: number }[] }) => r.ranked.slice(0, 10).map((m) => [m.id, m.score]);

  it(`over ${teamsOf(BOUNDED).length} generated teams with a rate on record: ranked as the dollar budget of its bound, no pick over it`, () => {
    for (const { job, t, c, n } of teamsOf(BOUNDED)) {
      const statedBudget = { currency: c, perMonth: n };
      const bound = foreignBudgetBound(statedBudget)!;
      const name = `${job} ${t} ${c} ${n}`;
      expect(bound.usd, name).toBeGreaterThan(0);
      const stated = rankOnly(catalog, { ...base(job, t), statedBudget }).ranking;
      const dollars = rankOnly(catalog, { ...base(job, t), monthlyBudgetUsd: bound.usd }).ranking;
      expect(top10(stated), name).toEqual(top10(dollars));
      expect(stated.weights, name).toEqual(dollars.weights);
      for (const m of stated.ranked) expect(m.monthlyCostUsd ?? 0, `${name}: ${m.id}`).toBeLessThanOrEqual(bound.usd);
      expect(stated.weightAdjustments.join("; "), name).toContain(
        `of your ${c} ${n.toLocaleString("en-US")} (at most $`,
      );
    }
  });

  it(`over ${teamsOf(UNBOUNDED).length} generated teams with no rate on record: the same order and scores as without it, and the weights say why`, () => {
    for (const { job, t, c, n } of teamsOf(UNBOUNDED)) {
      const plain = rankOnly(catalog, base(job, t)).ranking;
      const stated = rankOnly(catalog, { ...base(job, t), statedBudget: { currency: c, perMonth: n } }).ranking;
      const name = `${job} ${t} ${c} ${n}`;
      expect(top10(stated), name).toEqual(top10(plain));
      expect(stated.weights, name).toEqual(plain.weights);
      expect(stated.weightAdjustments.join("; "), name).toContain(
        `cost compared as with no budget (yours is in ${c}, which is not converted or applied)`,
      );
    }
  });
});

describe("high-stakes work (clinical, legal): quality leads unless the budget or the team says otherwise", () => {
  const FIELDS = ["medical", "legal"];
  const BUDGETS: { name: string; patch: Partial<Requirements> }[] = [
    { name: "no budget", patch: {} },
    { name: "a budget in CAD (at most its bound)", patch: { statedBudget: { currency: "CAD", perMonth: 25_000 } } },
    { name: "a budget in NGN (not applied)", patch: { statedBudget: { currency: "NGN", perMonth: 6_000_000 } } },
    { name: "a loose $100k budget", patch: { monthlyBudgetUsd: 100_000 } },
  ];
  const teams = FIELDS.flatMap((fieldOfUse) =>
    JOBS.flatMap((job) =>
      VOLUMES.flatMap((t) =>
        BUDGETS.map((b) => ({
          name: `${fieldOfUse} ${job} at ${t / 1e6}M tokens, ${b.name}`,
          plain: { ...base(job, t), ...b.patch },
          stakes: { ...base(job, t), ...b.patch, fieldOfUse },
        })),
      ),
    ),
  );

  it(`over ${teams.length} generated teams: #1 is never weaker than the same team's #1 without the stakes, and stronger in most`, () => {
    let stronger = 0;
    let compared = 0;
    for (const { name, plain, stakes } of teams) {
      const withStakes = rankOnly(catalog, stakes);
      const a = withStakes.ranking.ranked[0]!;
      const plainFirst = rankOnly(catalog, plain).ranking.ranked[0]!;
      // Both read on the high-stakes ranking's scores (every point of quality counted).
      const b = withStakes.ranking.ranked.find((m) => m.id === plainFirst.id);
      if (!b) continue;
      compared++;
      expect(jobQuality(a.breakdown), `${name}: ${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(
        jobQuality(b.breakdown) - 1e-9,
      );
      if (jobQuality(a.breakdown) > jobQuality(b.breakdown) + 0.05) stronger++;
      expect(judgedDefaults(stakes).assumed.join(" "), name).toMatch(
        /quality first, since this is (clinical|legal) work/,
      );
    }
    expect(compared).toBeGreaterThan(teams.length * 0.8);
    expect(stronger).toBeGreaterThan(compared / 2);
  });

  it("a team that puts cost first keeps it first: the stakes change nothing then", () => {
    for (const { name, plain, stakes } of teams.slice(0, 12)) {
      const cost = { priorities: ["cost" as const] };
      const a = rankOnly(catalog, { ...stakes, ...cost }).ranking.ranked.slice(0, 3);
      const b = rankOnly(catalog, { ...plain, ...cost }).ranking.ranked.slice(0, 3);
      expect(
        a.map((m) => m.id),
        name,
      ).toEqual(b.map((m) => m.id));
    }
  });

  it("Ontario health network: quality first for clinical summaries, the C$ budget applied at the most it can be worth, no nano or mini at the top", () => {
    const c = chat(catalog);
    const reply = c.say(ONTARIO_HEALTH);
    const text = textOf(reply);
    const top = (reply.data?.ranking as { id: string }[]).slice(0, 3).map((m) => m.id);
    expect(text).toMatch(/quality first, since this is clinical work/);
    expect(text).toMatch(/10 % of your CAD 25,000 \(at most \$20,462\.00\) budget/);
    expect(top).not.toContain("gpt-5.4-nano");
    expect(top[0]).not.toBe("gpt-5.4-mini");
  });
});

describe("a product used by people under 18: quality first unless the team says otherwise", () => {
  // A tutor or helper children talk to is high-stakes whatever its field (judged-defaults.ts): a
  // lead does not save a few hundred dollars of a budget on the model a child learns from.
  const BUDGETS: { name: string; patch: Partial<Requirements> }[] = [
    { name: "no budget", patch: {} },
    { name: "a $3,000 budget", patch: { monthlyBudgetUsd: 3_000 } },
    { name: "a budget in EUR", patch: { statedBudget: { currency: "EUR", perMonth: 5_000 } } },
  ];
  const FIELDS = [undefined, "education"];
  const teams = FIELDS.flatMap((fieldOfUse) =>
    (["chat", "rag", "summarization"] as const).flatMap((job) =>
      VOLUMES.flatMap((t) =>
        BUDGETS.map((b) => ({
          name: `${fieldOfUse ?? "no field"} ${job} at ${t / 1e6}M tokens, ${b.name}`,
          team: { ...base(job, t), ...b.patch, minorUsers: true, ...(fieldOfUse ? { fieldOfUse } : {}) },
        })),
      ),
    ),
  );

  it(`over ${teams.length} generated teams: ranked as if the team had said quality first, and the answer says it was assumed`, () => {
    for (const { name, team } of teams) {
      const assumed = rankOnly(catalog, team).ranking;
      const said = rankOnly(catalog, { ...team, priorities: ["quality"] }).ranking;
      expect(assumed.weights, name).toEqual(said.weights);
      expect(
        assumed.ranked.slice(0, 5).map((m) => m.id),
        name,
      ).toEqual(said.ranked.slice(0, 5).map((m) => m.id));
      expect(judgedDefaults(team).assumed.join(" "), name).toMatch(
        /quality first, since this is a product used by people under 18/,
      );
    }
  });

  it(`over ${teams.length} generated teams: #1 is never weaker than the #1 cost would otherwise pick, and stronger in some`, () => {
    let stronger = 0;
    for (const { name, team } of teams) {
      const withStakes = rankOnly(catalog, team).ranking;
      const a = withStakes.ranked[0]!;
      const plainFirst = rankModels(catalog, team).ranked[0]!;
      const b = withStakes.ranked.find((m) => m.id === plainFirst.id)!;
      expect(jobQuality(a.breakdown), `${name}: ${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(
        jobQuality(b.breakdown) - 1e-9,
      );
      if (jobQuality(a.breakdown) > jobQuality(b.breakdown) + 0.05) stronger++;
    }
    expect(stronger).toBeGreaterThan(0);
  });

  it("a team that puts cost first keeps it first: users under 18 change no weight then", () => {
    for (const { name, team } of teams.slice(0, 6)) {
      const cost = { priorities: ["cost" as const] };
      expect(judgedDefaults({ ...team, ...cost }).assumed.join(" "), name).not.toMatch(/quality first/);
    }
  });
});
