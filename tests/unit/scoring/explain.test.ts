import { describe, expect, it } from "vitest";
import { explainTop, fmtScore } from "../../../src/scoring/explain.js";
import { rankModels, weightedScore } from "../../../src/scoring/rank.js";
import { CRITERIA, CRITERION_LABELS, type Requirements } from "../../../src/scoring/requirements.js";
import { whatWouldFlip, withWeight } from "../../../src/scoring/sensitivity.js";
import { scoringCatalog, volume } from "./scoring-fixture.js";

const catalog = scoringCatalog();
const cases: Requirements[] = [
  { useCase: "coding", volume: volume(20_000_000) },
  { useCase: "coding", openWeightsOnly: true, monthlyBudgetUsd: 500, volume: volume(20_000_000) },
  { useCase: "rag", dataSensitivity: "regulated", volume: volume(300_000_000), priorities: ["cost"] },
  { useCase: "chat" },
];

describe("why #1 beats #2", () => {
  it.each(cases)("cites real criteria and the breakdown's own numbers (%o)", (req) => {
    const r = rankModels(catalog, req);
    const e = explainTop(r);
    const [a, b] = r.ranked;
    if (!e || !a || !b) throw new Error("expected two ranked models");
    expect(e.text).toContain(`**${a.name}** scores ${fmtScore(a.score)}`);
    expect(e.text).toContain(`**${b.name}** ${fmtScore(b.score)}`);
    // The per-criterion parts add up to the gap exactly.
    const sum = [...e.ahead, ...e.behind].reduce((s, p) => s + p.contribution, 0);
    expect(sum).toBeCloseTo(a.score - b.score, 12);
    for (const p of [...e.ahead.slice(0, 3), ...e.behind.slice(0, 3)]) {
      expect(Object.values(CRITERION_LABELS)).toContain(p.label);
      expect(p.first).toBe(a.breakdown[p.criterion]);
      expect(p.second).toBe(b.breakdown[p.criterion]);
      expect(p.weight).toBe(r.weights[p.criterion]);
      expect(e.text).toContain(
        `**${p.label}** (weight ${fmtScore(p.weight)}): ${a.name} ${fmtScore(p.first)} vs ${fmtScore(p.second)}`,
      );
    }
    // Every bolded criterion in the text is a real criterion label.
    const bolded = [...e.text.matchAll(/\*\*([^*]+)\*\* \(weight/g)].map((m) => m[1]);
    expect(bolded.length).toBeGreaterThan(0);
    for (const label of bolded) expect(Object.values(CRITERION_LABELS)).toContain(label);
  });
});

describe("what would swap #1 and #2", () => {
  it.each(cases)("the weight change it names really swaps them (%o)", (req) => {
    const r = rankModels(catalog, req);
    const [a, b] = r.ranked;
    const flip = whatWouldFlip(catalog, r);
    if (!a || !b) throw new Error("expected two ranked models");
    if (flip.weight) {
      const w = withWeight(r.weights, flip.weight.criterion, flip.weight.to);
      const swapped = rankModels(catalog, req, { weights: w });
      expect(swapped.ranked.findIndex((m) => m.id === b.id)).toBeLessThan(
        swapped.ranked.findIndex((m) => m.id === a.id),
      );
      // One step (0.01) less of a change does not swap them: it is the smallest shown.
      const lessTo = flip.weight.to + (flip.weight.to > flip.weight.from ? -0.01 : 0.01);
      if (Math.abs(lessTo - flip.weight.from) > 0.01) {
        const w2 = withWeight(r.weights, flip.weight.criterion, lessTo);
        expect(weightedScore(b.breakdown, w2)).toBeLessThanOrEqual(weightedScore(a.breakdown, w2));
      }
    } else {
      // No single weight can swap them only when #1 is at least as good on every criterion.
      for (const c of CRITERIA) expect(a.breakdown[c]).toBeGreaterThanOrEqual(b.breakdown[c]);
    }
    if (flip.requirement) {
      const next = rankModels(catalog, { ...req, ...flip.requirement.change });
      const posA = next.ranked.findIndex((m) => m.id === a.id);
      const posB = next.ranked.findIndex((m) => m.id === b.id);
      expect(posB).toBeGreaterThanOrEqual(0);
      expect(posA === -1 || posB < posA).toBe(true);
    }
  });
});
