// Six teams from a tryout of the product (none of them in tests/flows/recommend-scenarios.test.ts),
// each checked the way a sceptical ML lead checks a shortlist: every top-3 model meets every hard
// constraint (licence for the stated users and use, context, budget, residency, deployment), and
// every monthly cost in it can be recomputed from the inputs the answer shows. The teams' own
// words are in tryout-conversations.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Volume } from "../../src/costs/volume.js";
import { rankModels } from "../../src/scoring/rank.js";
import { selfHostQuoter } from "../../src/scoring/self-host-quote.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { requirementEdits } from "../../src/scoring/sensitivity.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, shortlistThrough, type ScenarioRow } from "../flows/recommend-scenarios-checks.js";
import { volume } from "../unit/scoring/scoring-fixture.js";
import { expectCostsWorkedOut } from "./cost-working-checks.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id);
const licenceOf = (id: string) => catalog.licenseById.get(modelOf(id)?.licenseId ?? "");

/** A stated split: "800 tokens in and 150 out per line" scaled to the month. */
function split(totalTokens: number, inPerRequest: number, outPerRequest: number): Volume {
  const share = inPerRequest / (inPerRequest + outPerRequest);
  return {
    inputTokensPerMonth: totalTokens * share,
    outputTokensPerMonth: totalTokens * (1 - share),
    cachedInputTokensPerMonth: 0,
    splitAssumed: false,
    description: `${totalTokens} tokens a month, ${inPerRequest} in / ${outPerRequest} out per request`,
  };
}

interface Team {
  team: string;
  req: Requirements;
  also?: (rows: ScenarioRow[], text: string) => void;
}

const TEAMS: Team[] = [
  {
    team: "a Berlin legal-tech startup: privileged German contracts of 60k tokens, EU residency, no ML ops, $1,600 a month",
    req: {
      useCase: "summarization",
      dataSensitivity: "regulated",
      inEu: true,
      euDataResidency: true,
      contextTokens: 60_000,
      languages: ["de"],
      volume: volume(40_000_000),
      monthlyBudgetUsd: 1_600,
      mlOpsExperience: "none",
      commercial: true,
    },
    also: (rows) => {
      // No ML-ops staff: the top 3 are bought as an API, not a fleet to run.
      for (const r of rows.slice(0, 3)) expect(r.costBasis, r.id).toBe("api");
    },
  },
  {
    team: "a game studio: live NPC dialogue, 3B tokens a month at 800 in / 150 out, $8,000 a month, 10M players",
    req: {
      useCase: "creative",
      volume: split(3_000_000_000, 800, 150),
      monthlyBudgetUsd: 8_000,
      latency: "interactive",
      monthlyActiveUsers: 10_000_000,
      mlOpsExperience: "strong",
      commercial: true,
    },
  },
  {
    team: "a 4-person agency with no ML ops: the cheapest good chat model, 10M tokens, $50 a month",
    req: {
      useCase: "chat",
      priorities: ["cost"],
      volume: volume(10_000_000),
      monthlyBudgetUsd: 50,
      mlOpsExperience: "none",
      commercial: true,
    },
    also: (rows) => {
      // "Cheapest good": cost first, but never a model without any quality signal (a proxy from
      // other benchmarks is said as such), and #1 no worse than the median quality of the models
      // the budget allows.
      const qualities = rows.map((r) => r.breakdown.quality!).sort((a, b) => a - b);
      const median = qualities[Math.floor(qualities.length / 2)]!;
      for (const r of rows.slice(0, 3)) expect(r.evidence.quality, r.id).not.toBe("unmeasured");
      expect(rows[0]!.breakdown.quality).toBeGreaterThanOrEqual(median);
    },
  },
  {
    team: "a bank's internal code assistant: code never leaves its servers, 600M tokens, 32k prompts, no Chinese labs",
    req: {
      useCase: "coding",
      dataSensitivity: "regulated",
      deployment: "on-prem",
      volume: volume(600_000_000),
      contextTokens: 32_000,
      mlOpsExperience: "strong",
      exclude: { countries: ["CN"] },
      commercial: true,
    },
    also: (rows) => {
      for (const r of rows.slice(0, 3)) {
        expect(modelOf(r.id)?.openWeights, r.id).toBe(true);
        expect(r.costBasis, r.id).toBe("self-host");
        expect(r.apiProvider, r.id).toBeNull();
      }
    },
  },
  {
    team: "a university group: fine-tunes a model of at most 14B and publishes the weights, non-commercial",
    req: { fineTuning: true, openWeightsOnly: true, commercial: false, redistributeWeights: true, maxParamsB: 14 },
    also: (rows) => {
      for (const r of rows.slice(0, 3)) {
        const terms = licenceOf(r.id)?.terms;
        expect(["yes", "conditional"], `${r.id} fine-tuning`).toContain(terms?.fineTuning);
        expect(["yes", "conditional"], `${r.id} redistribution`).toContain(terms?.redistribution);
      }
    },
  },
  {
    team: "a support SaaS: 2M monthly users, ja/ar/hi/th, RAG, 2B tokens, $20k a month",
    req: {
      useCase: "rag",
      monthlyActiveUsers: 2_000_000,
      languages: ["ja", "ar", "hi", "th"],
      volume: volume(2_000_000_000),
      monthlyBudgetUsd: 20_000,
      commercial: true,
    },
    also: (rows) => {
      // 2M is far below Llama's 700M threshold: a Llama model is allowed with its duties, not blocked.
      const llama = rows.filter((r) => licenceOf(r.id)?.terms.userThreshold);
      expect(llama.length).toBeGreaterThan(0);
      for (const r of llama) expect(r.licenseVerdict, r.id).toBe("conditional");
    },
  },
  {
    team: "the same support SaaS at 900M monthly users",
    req: {
      useCase: "rag",
      monthlyActiveUsers: 900_000_000,
      languages: ["ja", "ar", "hi", "th"],
      volume: volume(2_000_000_000),
      monthlyBudgetUsd: 20_000,
      commercial: true,
    },
    also: (rows) => {
      // Above every user threshold on file (Llama 700M, Qwen2.5 72B 100M): none of those is ranked.
      for (const r of rows) {
        const max = licenceOf(r.id)?.terms.userThreshold?.maxMonthlyActiveUsers;
        if (max !== undefined) expect(max, r.id).toBeGreaterThanOrEqual(900_000_000);
      }
    },
  },
];

describe("tryout teams on the real catalogue", () => {
  it.each(TEAMS)("$team: a shortlist an ML lead would sign, every cost worked out", ({ req, also }) => {
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const text = textOf(reply);
    expectCostsWorkedOut(rows.slice(0, 3), text);
    also?.(rows, text);
  });

  // The game studio said latency matters. No host's tokens/s is on file, so speed is scored from a
  // proxy; the shortlist must say so plainly and give the one derivable fact per model.
  it("a team that says latency matters is told speed is scored from a proxy, with each top-3 model's active parameters", () => {
    const studio = TEAMS[1]!.req;
    for (const req of [studio, { ...studio, useCase: "chat" as const }, { ...studio, openWeightsOnly: true }]) {
      const reply = shortlistThrough(catalog, req);
      const text = textOf(reply);
      expect(text.match(/Speed is scored from a proxy/g)?.length).toBe(1);
      const rows = expectExpertShortlist(catalog, req, reply).slice(0, 3);
      const note = text.slice(text.indexOf("Speed is scored from a proxy"));
      for (const r of rows) {
        const p = modelOf(r.id)?.parameters;
        expect(note, r.id).toContain(r.name);
        if (p?.activeB && p.activeB !== p.totalB) expect(note, r.id).toContain(`${p.activeB}B active of ${p.totalB}B`);
        else if (p) expect(note, r.id).toContain(`${p.totalB}B, all active`);
        else expect(note, r.id).toMatch(/not published/);
      }
    }
    // Without a latency need nothing is said about speed.
    expect(textOf(shortlistThrough(catalog, { ...studio, latency: undefined }))).not.toMatch(
      /Speed is scored from a proxy/,
    );
  });

  // A licence nobody read (not verified, no clause read in the lab's own text; a third party's
  // report does not count) settles nothing: such a model comes after every model whose licence was
  // read, and its cell says "unknown", never "conditional".
  const unread = (id: string) => {
    const l = licenceOf(id);
    return l !== undefined && !l.verified && !l.clauses.some((c) => c.primary);
  };
  it.each([
    ["the game studio", TEAMS[1]!.req],
    ["a commercial chat app without a budget", { useCase: "chat", commercial: true, volume: volume(50_000_000) }],
    ["an open-weights coding team", { useCase: "coding", openWeightsOnly: true, commercial: true }],
  ] as [string, Requirements][])(
    "%s: models on an unread licence rank below every model whose licence was read, shown as unknown",
    (_team, req) => {
      const reply = shortlistThrough(catalog, req);
      const rows = expectExpertShortlist(catalog, req, reply);
      const firstUnread = rows.findIndex((r) => unread(r.id));
      expect(firstUnread, "some model on an unread licence is a candidate").toBeGreaterThan(2);
      for (const r of rows.slice(firstUnread)) expect(unread(r.id), `${r.id} after an unread licence`).toBe(true);
      // The table's licence row: the first three cells, none "conditional" for an unread licence.
      const table = reply.blocks.find((b) => b.kind === "table");
      const licenceRow = table?.kind === "table" ? table.rows.find((row) => row[0] === "Licence") : undefined;
      expect(licenceRow).toBeDefined();
      for (const [i, r] of rows.slice(0, 3).entries())
        expect(licenceRow![i + 1], r.id).toEqual(
          unread(r.id) ? "unknown (licence not read)" : expect.stringMatching(/^(allowed|conditional)/),
        );
    },
  );

  it("asking why not GLM-4.6 says its licence was never read, not only a score gap", () => {
    const c = chat(catalog);
    c.say("We want an LLM to generate NPC dialogue live in our RPG, about 3B tokens a month, budget $8,000 a month");
    const text = textOf(c.say("why not GLM-4.6?"));
    expect(text).toMatch(/nobody has read its licence/);
    expect(text).toMatch(/unknown/);
  });

  // Ratings in one stated language do not speak for the others: the shortlist names, once and by
  // name, every stated language that no candidate is rated in (computed here from the signals).
  it.each([
    ["ja", "ar", "hi", "th"],
    ["de", "fr", "sw"],
    ["ar", "he"],
  ])("languages %s/%s…: every unrated language is named once, no bare code is shown", (...langs) => {
    const req: Requirements = { ...TEAMS[5]!.req, languages: langs };
    const reply = shortlistThrough(catalog, req);
    const text = textOf(reply);
    const rows = expectExpertShortlist(catalog, req, reply);
    const ratedIn = new Set(
      rows.flatMap((r) =>
        (modelOf(r.id)?.quality ?? []).flatMap((q) => {
          const m = /LMArena (\w+)/.exec(q.name);
          return m ? [m[1]!] : [];
        }),
      ),
    );
    const names = new Intl.DisplayNames(["en"], { type: "language" });
    const unratedNames = langs.map((l) => names.of(l)!).filter((n) => !ratedIn.has(n));
    const notes = text.match(/\*\*Languages:\*\*[^\n]*/g) ?? [];
    if (unratedNames.length === 0) expect(notes).toEqual([]);
    else {
      expect(notes).toHaveLength(1);
      for (const n of unratedNames) expect(notes[0], n).toContain(n);
    }
    // Notes name languages: "for Arabic, Hindi, …", never "for ar, hi" or "no ar or hi signal".
    const codes = langs.join("|");
    expect(text).not.toMatch(new RegExp(`\\bfor (${codes})\\b|\\bno (${codes})\\b|, (${codes})(,|:| or)`));
  });

  // Swap and what-if texts are read by users: no internal identifier ("any-api") may show.
  it("what would swap #1 and #2 is said in users' words, never with internal values", () => {
    for (const team of TEAMS) {
      const text = textOf(shortlistThrough(catalog, team.req));
      expect(text, team.team).not.toMatch(/any-api|own-cloud|deployment: /);
      // Every edit the swap search may name, not only the one that happened to swap.
      const texts = requirementEdits(rankModels(catalog, team.req)).map((e) => e.text);
      expect(texts.some((t) => /managed API/.test(t)) || team.req.deployment === "any-api").toBe(true);
      for (const t of texts) expect(t, team.team).not.toMatch(/any-api|own-cloud/);
    }
  });
});

// A new team from the judge tryout: a 6-person e-commerce startup that self-hosts open models on
// rented GPUs, 30M tokens a month, some ML-ops experience. At $2,000 nothing self-hosted fits (the
// ops share was 0.25 FTE × 1.5, $5,625, before ops scaled with the GPUs run: said as over budget); at $8,000 the
// fleet decides, and sized on H100s only (2 for N+1: $5,825 + ops) no model fit either.
describe("a budget team self-hosting on rented GPUs", () => {
  const req: Requirements = {
    useCase: "creative",
    openWeightsOnly: true,
    selfHosted: true,
    volume: volume(30_000_000),
    monthlyBudgetUsd: 8_000,
    mlOpsExperience: "some",
    commercial: true,
  };
  it("gets self-hosted models within budget, each no dearer than on the H100s it was once always sized on", () => {
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows.slice(0, 3)) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(8_000);
      const onH100 = selfHostQuoter(catalog.selfhost, { gpu: "H100", opsCapacity: "some" })(
        modelOf(r.id)!,
        req.volume!,
      );
      if (!("unavailable" in onH100)) expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(onH100.monthlyUsd + 1e-6);
    }
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });
});
