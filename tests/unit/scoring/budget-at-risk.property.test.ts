// A model that reasons before answering is priced at the low end of published reasoning-trace
// lengths (hidden-reasoning.ts), and its budget is checked at the longest (REASONING_TOKENS_HIGH):
// a pick within the budget only at the low end is at risk of it and ranked after every pick within
// it across the range (rank-groups.ts budgetAtRisk). The twenty-fifth round's Department of Labor
// had o3-mini #2 at $24,816 a month, $184 under $25,000 at 1,000 reasoning tokens a request, while
// its own note said a request may reason up to 15× that. Over generated teams with counted requests
// and budgets around the reasoning models' figures: every pick not marked at risk is within the
// budget at the estimate the answer states, recomputed from its offerings; every one marked is
// over it there; none marked is listed before one that is not in the same weightier groups; and
// the shortlist's note states the estimate and both ends.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { BUDGET_AT_RISK, budgetRiskNote } from "../../../src/answers/budget-risk-note.js";
import { apiMonthlyCost } from "../../../src/costs/api-cost.js";
import { formatUsd } from "../../../src/render/format.js";
import { REASONING_TOKENS_HIGH, thinksBeforeAnswering } from "../../../src/scoring/latency-target.js";
import { rankModels } from "../../../src/scoring/rank.js";
import type { UseCase } from "../../../src/scoring/requirements.js";
import { counted } from "../../helpers/counted-volume.js";
import type { Volume } from "../../../src/costs/volume.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;

/** The cheapest of a model's offerings with every request reasoning `perRequest` hidden tokens (APIs only). */
function cheapestAt(id: string, volume: Volume, requests: number, perRequest: number): number {
  const billed = { ...volume, outputTokensPerMonth: volume.outputTokensPerMonth + requests * perRequest };
  return Math.min(...modelOf(id).offerings.map((o) => apiMonthlyCost(o, billed).totalUsd));
}

const team = fc.record({
  useCase: fc.constantFrom<UseCase>("chat", "rag", "summarization", "extraction"),
  count: fc.integer({ min: 1_000, max: 3_000_000 }),
  input: fc.integer({ min: 100, max: 6_000 }),
  output: fc.integer({ min: 50, max: 1_500 }),
  // Where the budget falls between the low and high figures of a reasoning model (0: at its low end, 1: at its high).
  between: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
});

describe("a reasoning model's budget is checked at the longest published trace", () => {
  it("over generated API-only teams: within budget means within it at 15,000 reasoning tokens a request; at risk means over it there, ranked after", () => {
    let atRisk = 0;
    let within = 0;
    fc.assert(
      fc.property(team, ({ useCase, count, input, output, between }) => {
        const volume = counted(count, input, output);
        // A budget placed between o3-mini's figures at both ends, so all three cases occur.
        const low = cheapestAt("o3-mini", volume, count, 1_000);
        const high = cheapestAt("o3-mini", volume, count, REASONING_TOKENS_HIGH);
        const budget = Math.round(low + between * (high - low));
        const req = { useCase, volume, deployment: "any-api" as const, monthlyBudgetUsd: budget };
        const ranking = rankModels(catalog, req);
        const ranked = ranking.ranked;
        for (const m of ranked) {
          const label = `${useCase} ${count} × (${input} + ${output}), budget ${budget}: ${m.id}`;
          expect(m.monthlyCostUsd, label).not.toBeNull();
          expect(m.monthlyCostUsd!, label).toBeLessThanOrEqual(budget);
          if (!thinksBeforeAnswering(modelOf(m.id))) {
            expect(m.budgetAtRisk, label).toBe(false);
            continue;
          }
          const atHigh = cheapestAt(m.id, volume, count, REASONING_TOKENS_HIGH);
          expect(m.reasoningHighUsd, label).toBeCloseTo(atHigh, 6);
          expect(m.budgetAtRisk, label).toBe(atHigh > budget);
          if (m.budgetAtRisk) atRisk++;
          else within++;
        }
        // Never one at risk before one within the budget in the same weightier groups.
        for (let i = 0; i < ranked.length; i++)
          for (let j = i + 1; j < ranked.length; j++) {
            const a = ranked[i]!;
            const b = ranked[j]!;
            if (a.licenceUnread !== b.licenceUnread || a.belowQualityMinimum !== b.belowQualityMinimum) continue;
            expect(a.budgetAtRisk && !b.budgetAtRisk, `${a.id} (at risk) before ${b.id}`).toBe(false);
          }
        // The note states the estimate the check used and both ends, for each at-risk pick it names.
        const top = ranked.slice(0, 3);
        const note = budgetRiskNote(ranking, top);
        const named = ranked.filter((m) => m.budgetAtRisk && (top.includes(m) || note?.includes(`${m.name} (listed`)));
        if (named.length > 0) {
          expect(note).toContain(BUDGET_AT_RISK);
          expect(note).toContain(`checked at ${REASONING_TOKENS_HIGH.toLocaleString("en-US")}`);
          for (const m of named) {
            expect(note).toContain(formatUsd(m.monthlyCostUsd!));
            expect(note).toContain(formatUsd(m.reasoningHighUsd!));
          }
        }
      }),
      { numRuns: 30, seed: 25 },
    );
    expect(atRisk).toBeGreaterThan(0);
    expect(within).toBeGreaterThan(0);
  });
});
