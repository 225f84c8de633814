// "Without the budget, the best match would be X; the cheapest that meets everything else is Y":
// Y is named as a fallback, so it must be fit for the job. The Munich legal-tech team (contract
// review in German or English, no ML-ops, €3,000) asking 'what if we self-host instead?' was told
// Codestral Mamba, a code model, at the same $4,036.60 as the best match Gemma 3 12B (picked by its
// id among equal costs; later ChatGLM3-6B, rated in Chinese only). Properties over generated teams
// whose budget rules every pick out, on the real catalogue, and the Munich conversation itself.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { nearMissText, runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const volumeOf = (total: number) => volumeAtDefaultSplit(total, `${total} tokens a month`);
const NAMED = /the cheapest that meets everything else is \*{0,2}([^*]+?)\*{0,2} at /;

const teams: Requirements[] = (["summarization", "chat", "extraction", "rag", "translation"] as const).flatMap(
  (useCase) =>
    [50e6, 150e6, 1e9].flatMap((total) =>
      [
        { deployment: "on-prem" as const, selfHosted: true, mlOpsExperience: "none" as const },
        { deployment: "any-api" as const },
        { deployment: "any-api" as const, dataSensitivity: "regulated" as const },
      ].map((v) => ({
        useCase,
        volume: volumeOf(total),
        ...(useCase === "translation" ? { languages: ["en", "de"] } : {}),
        ...v,
        monthlyBudgetUsd: 1,
      })),
    ),
);

describe("the cheapest fallback named beside the best match without the budget is fit for the job", () => {
  it.each(teams)("%o", (team) => {
    const rec = runRecommendation(catalog, team);
    const text = nearMissText(rec);
    const named = text?.match(NAMED)?.[1];
    if (!named) return;
    const rows = rec.withoutBudget!.ranked;
    const m = rows.find((r) => r.name === named)!;
    expect(m, named).toBeDefined();
    expect(m.builtForOtherJob, `${named} is built for another job`).toBe(false);
    expect(m.belowQualityMinimum, `${named} is below the job's minimum`).toBe(false);
    expect(m.licenceUnread, `${named}'s licence is unread`).toBe(false);
    // Named as cheaper, it is cheaper than the best match (an equal cost names the best alone).
    expect(m.monthlyCostUsd!).toBeLessThan(rows[0]!.monthlyCostUsd ?? Infinity);
  });

  it("Munich legal-tech, 'what if we self-host instead?' (no ML-ops, €3,000): the fallback named is not a code model, and not one at the best match's own cost", () => {
    const c = chat(catalog);
    c.say(
      "Hi, we're a 30-person legal-tech startup in Munich. Two backend developers, no ML-ops. We want a model to review commercial contracts: flag risky clauses (liability caps, indemnities, termination) and write a short summary of each contract in German or English. About 4,000 contracts a month, each ~12,000 tokens in and ~800 out. Client data must stay in the EU and must not be used for training. Budget €3,000 a month.",
    );
    const text = textOf(c.say("what if we self-host instead?"));
    const near = text.split("\n").find((l) => l.includes("Without the budget, the best match would be"));
    expect(near, "a near miss is said").toBeDefined();
    expect(near).not.toMatch(/Codestral|Coder|ChatGLM/);
  });
});
