// "What would swap #1 and #2" offers changes a lead would consider. The twenty-second round's Lisbon
// telehealth startup (Claude Opus 4.5 $49,500, GPT-5.1 $15,750, both 0.76) was told to "raise the
// weight of customization from 0.01 to 0.05" (it never spoke of fine-tuning: customization's weight
// is damped for it, and a fivefold rise of a damped weight is no nuance of its priorities) and "a
// budget of $49,499.00/month" (a figure a dollar under #1's cost, and nothing on what #2 costs).
// Checked over generated teams: a weight swap never names customization for a team that neither
// fine-tunes nor ships weights, and a budget swap says the line it is (#1's cost) and #2's cost.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { formatUsd } from "../../src/render/format.js";
import type { Criterion, Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { LISBON_TELEHEALTH } from "./twentysecond-round-teams.js";

const catalog = readCatalog();
const JOBS: UseCase[] = ["chat", "rag", "summarization", "coding", "extraction", "creative"];
const PRIORITIES: Criterion[][] = [[], ["quality"], ["cost"], ["dataControl"]];
const EXTRA: Partial<Requirements>[] = [
  {},
  { dataSensitivity: "regulated" },
  { mlOpsExperience: "none" },
  { fineTuning: false },
  { fineTuning: true },
  { openWeightsOnly: true, mlOpsExperience: "strong" },
];

describe("what would swap #1 and #2: changes a lead would consider", () => {
  it("over generated teams: no customization lever without tuning or shipped weights; a budget swap is said at #1's cost with #2's", () => {
    let budgets = 0;
    let weights = 0;
    for (const useCase of JOBS)
      for (const priorities of PRIORITIES)
        for (const extra of EXTRA)
          for (const total of [30e6, 3e9]) {
            const req: Requirements = {
              useCase,
              volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
              ...(priorities.length > 0 ? { priorities } : {}),
              ...extra,
            };
            const label = `${useCase} ${priorities.join()} ${JSON.stringify(extra)} ${total}`;
            const rec = runRecommendation(catalog, req);
            const [a, b] = rec.ranking.ranked;
            if (!a || !b) continue;
            if (rec.flip.weight) {
              weights++;
              if (req.fineTuning !== true) expect(rec.flip.weight.criterion, label).not.toBe("customization");
            }
            const flip = rec.flip.requirement;
            if (flip?.change.monthlyBudgetUsd !== undefined) {
              budgets++;
              expect(flip.text, label).toContain(`a budget under ${a.name}'s ${formatUsd(a.monthlyCostUsd!)} a month`);
              if (b.monthlyCostUsd !== null)
                expect(flip.text, label).toContain(`${b.name} costs ${formatUsd(b.monthlyCostUsd)}`);
              // Any budget under #1's cost rules it out: the change is just under it.
              expect(flip.change.monthlyBudgetUsd, label).toBeLessThan(a.monthlyCostUsd!);
            }
          }
    expect(weights).toBeGreaterThan(20);
    expect(budgets).toBeGreaterThan(0);
  });

  it("Lisbon telehealth: the swap names neither customization nor a figure a dollar under #1's cost", () => {
    const said = textOf(chat(catalog).say(LISBON_TELEHEALTH));
    const swap = /\*\*What would swap #1 and #2:\*\*\n((?:- .*\n?)+)/.exec(said)?.[1] ?? "";
    expect(swap).not.toMatch(/customization/);
    expect(swap).not.toMatch(/\$49,499/);
    expect(said).toMatch(/Close, and cheaper:.*a month less/);
  });
});
