import { describe, expect, it } from "vitest";
import { explainTop, fmtScore, SHOWN_CONTRIBUTION, tieNote } from "../../../src/scoring/explain.js";
import { compareRanked, rankModels, weightedScore } from "../../../src/scoring/rank.js";
import { CRITERIA, CRITERION_LABELS, type Requirements } from "../../../src/scoring/requirements.js";
import { plausibleWeight, whatWouldFlip, withWeight } from "../../../src/scoring/sensitivity.js";
import { rebuild, scoringCatalog, volume } from "./scoring-fixture.js";

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
    // A part that shows as ±0.000 is left out of the text (it explains nothing).
    const shown = (ps: typeof e.ahead) => ps.filter((p) => Math.abs(p.contribution) >= SHOWN_CONTRIBUTION).slice(0, 3);
    for (const p of [...shown(e.ahead), ...shown(e.behind)]) {
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
      if (req.fineTuning !== true && req.redistributeWeights !== true)
        expect(flip.weight.criterion).not.toBe("customization");
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
      // No plausible single weight change swaps them: even at double (or half) each weight #1 stays ahead.
      // Customization is no lever for a team that neither fine-tunes nor ships weights: its lever
      // is the requirement "fine-tuning needed".
      const setAside = req.fineTuning !== true && req.redistributeWeights !== true;
      for (const c of CRITERIA) {
        if (c === "customization" && setAside) continue;
        const w = r.weights[c];
        for (const t of [Math.min(1, Math.max(2 * w, w + 0.1)), w / 2]) {
          const moved = withWeight(r.weights, c, t);
          expect(weightedScore(b.breakdown, moved) - weightedScore(a.breakdown, moved)).toBeLessThan(1e-6);
        }
      }
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

describe("ties are said, never broken by id", () => {
  it("an exact twin ties on every criterion: interchangeable, and no swap is offered", () => {
    const base = catalog.modelById.get("qwen2.5-72b");
    if (!base) throw new Error("fixture");
    const twin = { ...base, id: "aaa-twin", name: "Qwen twin" };
    const cat = rebuild([...catalog.models, twin], catalog.licenses, catalog);
    const req: Requirements = { useCase: "coding", openWeightsOnly: true, volume: volume(20_000_000) };
    const r = rankModels(cat, req);
    const i = r.ranked.findIndex((m) => m.id === "aaa-twin");
    const j = r.ranked.findIndex((m) => m.id === "qwen2.5-72b");
    expect(Math.abs(i - j)).toBe(1);
    const pair = [r.ranked[Math.min(i, j)], r.ranked[Math.max(i, j)]];
    const [a, b] = pair;
    if (!a || !b) throw new Error("pair");
    const note = tieNote(a, b);
    expect(note.brokenBy).toBeNull();
    expect(note.text).toMatch(/equal on every criterion, so they are interchangeable/);
    expect(note.text).toMatch(/their order means nothing/);
    // Put the pair on top: the explanation says they tie, and no swap is offered.
    const top: typeof r = { ...r, ranked: [a, b, ...r.ranked.filter((m) => m !== a && m !== b)] };
    const e = explainTop(top);
    expect(e?.tied).toBe(true);
    expect(e?.text).not.toMatch(/a gap of/);
    const flip = whatWouldFlip(cat, top);
    expect(flip).toMatchObject({ tied: true, weight: null, requirement: null });
  });

  it("equal scores with different criteria are ordered by a named criterion (lower cost first)", () => {
    const r = rankModels(catalog, { useCase: "coding", volume: volume(20_000_000) });
    const [x, y] = r.ranked;
    if (!x || !y) throw new Error("two models");
    // Same total, different make-up: y is cheaper.
    const a = { ...x, score: 0.7, monthlyCostUsd: 90, breakdown: { ...x.breakdown, cost: 0.6 } };
    const b = { ...y, score: 0.7, monthlyCostUsd: 10, breakdown: { ...y.breakdown, cost: 0.9 } };
    expect(compareRanked(a, b)).toBeGreaterThan(0);
    const note = tieNote(b, a);
    expect(note.brokenBy).toBe("lower cost");
    expect(note.text).toMatch(/listed first for \*\*lower cost\*\* \(\$10.00 vs \$90.00 a month\)/);
    expect(note.text).toMatch(/cancel out/);
  });

  it("a weight swap is offered only within a plausible change (at most double or half a weight)", () => {
    for (const req of cases) {
      const r = rankModels(catalog, req);
      const flip = whatWouldFlip(catalog, r);
      if (flip.weight) expect(plausibleWeight(flip.weight.from, flip.weight.to)).toBe(true);
    }
  });
});
