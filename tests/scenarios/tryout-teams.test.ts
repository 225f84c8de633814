// Six teams from a tryout of the product (none of them in tests/flows/recommend-scenarios.test.ts),
// each checked the way a sceptical ML lead checks a shortlist: every top-3 model meets every hard
// constraint (licence for the stated users and use, context, budget, residency, deployment), and
// every monthly cost in it can be recomputed from the inputs the answer shows. The teams' own
// words are in tryout-conversations.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Volume } from "../../src/costs/volume.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { textOf } from "../flows/recommend-helpers.js";
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

  it.todo(
    "game studio (latency interactive, live NPC lines under a second): model speed is scored or the shortlist says it is not (today latency only reweights integration effort and a 685B MoE is #1)",
  );
  it.todo(
    "a model whose licence record was never read (GLM-4.6, 'not read (unverified)') ranks below verified-permissive peers for a commercial team, and the table says 'unknown', not 'conditional'",
  );
  it.todo(
    "languages ja/ar/hi/th: when no candidate has a rating in a stated language, the shortlist says so once (today GLM-4.5 leads on one Japanese rating, silently) and notes name languages, not codes ('for Japanese, ar, hi, th')",
  );
});
