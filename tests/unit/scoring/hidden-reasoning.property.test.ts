// A model that always reasons before answering writes hidden tokens no stated volume holds, billed
// as output by an API and decoded before the answer when self-hosted. Where the volume counts its
// requests (a count of things times tokens each), the figure such a model is ranked on carries
// them at the low end of published accounts (hidden-reasoning.ts), so its price is never its
// answer tokens alone (the twelfth round's Malta operator had DeepSeek-R1 #1 at $1,812 with up to
// 15,000 reasoning tokens a request left out). A bare token total has no request count: its figure
// stays the stated tokens and the answer says the reasoning is not counted.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { costWorkingLines } from "../../../src/answers/cost-working.js";
import { NOT_COUNTED, REASONING_COUNTED } from "../../../src/answers/reasoning-notes.js";
import { apiMonthlyCost } from "../../../src/costs/api-cost.js";
import { volumeAtDefaultSplit, type Volume } from "../../../src/costs/volume.js";
import { REASONING_TOKENS_ESTIMATE, thinksBeforeAnswering } from "../../../src/scoring/latency-target.js";
import { atJobSplit } from "../../../src/scoring/job-split.js";
import { rankModels } from "../../../src/scoring/rank.js";
import type { Requirements, UseCase } from "../../../src/scoring/requirements.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { counted } from "../../helpers/counted-volume.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;

const JOBS: UseCase[] = ["chat", "summarization", "extraction", "rag"];
const SHAPES: [number, number, number][] = [
  [2_000, 800, 200],
  [90_000, 3_000, 120],
  [1_500_000, 1_200, 300],
];
const teams: { name: string; req: Requirements; volume: Volume }[] = JOBS.flatMap((useCase) =>
  SHAPES.flatMap(([n, i, o]) =>
    (["any-api", undefined] as const).map((deployment) => ({
      name: `${useCase} ${n} × (${i} + ${o}) ${deployment ?? "any hosting"}`,
      volume: counted(n, i, o),
      req: { useCase, volume: counted(n, i, o), ...(deployment ? { deployment } : {}) },
    })),
  ),
);

describe("a model that reasons before answering is priced with its hidden reasoning", () => {
  it(`over ${teams.length} generated teams with counted requests: every such API pick costs its offering's price on the answers plus ${REASONING_TOKENS_ESTIMATE} reasoning tokens a request`, () => {
    let seen = 0;
    for (const { name, req, volume } of teams) {
      const requests = volume.inputTokensPerMonth / volume.perItem!.inputTokens;
      for (const m of rankModels(catalog, req).ranked) {
        if (!thinksBeforeAnswering(modelOf(m.id)) || m.costBasis !== "api" || m.monthlyCostUsd === null) continue;
        seen++;
        const offering = modelOf(m.id).offerings.find((o) => o.provider === m.apiProvider)!;
        const withReasoning = {
          ...volume,
          outputTokensPerMonth: volume.outputTokensPerMonth + requests * REASONING_TOKENS_ESTIMATE,
        };
        const label = `${name}: ${m.id} via ${m.apiProvider}`;
        expect(m.monthlyCostUsd, label).toBeCloseTo(apiMonthlyCost(offering, withReasoning).totalUsd, 6);
        expect(m.monthlyCostUsd, label).toBeGreaterThan(apiMonthlyCost(offering, volume).totalUsd);
      }
    }
    expect(seen).toBeGreaterThan(teams.length);
  });

  it(`over ${teams.length} generated teams: the cost working shows the reasoning in the output and says it is the low end, with its source`, () => {
    for (const { name, req, volume } of teams) {
      const thinking = rankModels(catalog, req).ranked.filter(
        (m) => thinksBeforeAnswering(modelOf(m.id)) && m.costBasis === "api",
      );
      if (thinking.length === 0) continue;
      const lines = costWorkingLines(thinking.slice(0, 3), catalog, volume);
      const note = lines.find((l) => l.startsWith(`- ${REASONING_COUNTED}`));
      expect(note, name).toMatch(/the low end: published accounts put a reasoning trace at 1,000–15,000 tokens/);
      expect(lines.some((l) => l.startsWith(`- ${NOT_COUNTED}`))).toBe(false);
      for (const m of thinking.slice(0, 3))
        expect(
          lines.find((l) => l.startsWith(`- **${m.name}** `)),
          `${name}: ${m.id}`,
        ).toMatch(/out includes [\d.]+[KMB]? tokens of hidden reasoning/);
    }
  });

  it("with a bare token total the requests are unknown: the figure is the stated tokens alone, and the reasoning is said to be not counted", () => {
    for (const useCase of JOBS) {
      // The ranking splits the total as the job reads and writes (job-split.ts).
      const stated = volumeAtDefaultSplit(300e6, "300M tokens a month");
      const volume = atJobSplit(stated, useCase);
      const thinking = rankModels(catalog, { useCase, volume: stated, deployment: "any-api" }).ranked.filter(
        (m) => thinksBeforeAnswering(modelOf(m.id)) && m.monthlyCostUsd !== null,
      );
      expect(thinking.length, useCase).toBeGreaterThan(0);
      for (const m of thinking) {
        const offering = modelOf(m.id).offerings.find((o) => o.provider === m.apiProvider)!;
        expect(m.monthlyCostUsd, m.id).toBeCloseTo(apiMonthlyCost(offering, volume).totalUsd, 6);
      }
      const lines = costWorkingLines(thinking.slice(0, 3), catalog, volume);
      expect(
        lines.find((l) => l.startsWith(`- ${NOT_COUNTED}`)),
        useCase,
      ).toMatch(/no count of requests/);
    }
  });

  it("the cost question for such a model quotes the figure the shortlist ranks it on: 'how much would X cost at N conversations a month, I in and O out each?'", () => {
    const names: [string, string][] = [
      ["deepseek-r1", "deepseek r1"],
      ["o3", "o3"],
      ["o4-mini", "o4-mini"],
    ];
    for (const [id, said] of names)
      for (const [n, i, o] of SHAPES) {
        const question = `how much would ${said} cost at ${n.toLocaleString("en-US")} conversations a month, ${i.toLocaleString("en-US")} tokens in and ${o} out each?`;
        const reply = chat(catalog).say(question);
        const costs = reply.data?.costs as { modelId: string; provider: string; totalUsd: number }[];
        expect(costs?.length, question).toBeGreaterThan(0);
        const volume = counted(n, i, o);
        const withReasoning = {
          ...volume,
          outputTokensPerMonth: volume.outputTokensPerMonth + n * REASONING_TOKENS_ESTIMATE,
        };
        for (const c of costs) {
          const offering = modelOf(id).offerings.find((x) => x.provider === c.provider)!;
          expect(c.totalUsd, `${question}: ${c.provider}`).toBeCloseTo(
            apiMonthlyCost(offering, withReasoning).totalUsd,
            6,
          );
        }
        expect(textOf(reply), question).toMatch(/Hidden reasoning counted: .* the low end/);
      }
  });
});
