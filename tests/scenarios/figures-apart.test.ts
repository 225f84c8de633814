// A comparison said with figures must read true: "its quality (0.45) is below the 0.45 this job
// needs" (the Nairobi lender's 'why not gpt-4o mini?', 0.446 against 0.45) reads as false. Over
// generated teams on the real catalogue (jobs × volumes × shapes), every model ranked below the
// job's quality minimum is said with a figure that, as printed, is below the level as printed (or
// "just below" when four decimals cannot tell them apart), and so are the cheaper models the
// "good enough first" note names.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { qualityMinimumNote } from "../../src/answers/quality-minimum-note.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { decimalsApart, figuresApart } from "../../src/render/format.js";
import { belowMinimumWhy } from "../../src/scoring/quality-minimum.js";
import { QUALITY_NEED, qualityMinimumOf } from "../../src/scoring/quality-need.js";
import { rankModels } from "../../src/scoring/rank.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { NAIROBI_MICROFINANCE } from "./tenth-round-teams.js";

const catalog = readCatalog();
const JOBS = (Object.keys(QUALITY_NEED) as UseCase[]).filter((u) => QUALITY_NEED[u] !== null);
const SHAPES: Partial<Requirements>[] = [
  { priorities: ["cost"] },
  { deployment: "any-api" },
  { languages: ["en", "sw"] },
  { priorities: ["cost"], exclude: { countries: ["CN"] } },
];
const TEAMS = JOBS.flatMap((useCase) =>
  [2e6, 3e8, 2e10].flatMap((total) =>
    SHAPES.map(
      (s) =>
        ({
          useCase,
          volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
          ...s,
        }) as Requirements,
    ),
  ),
);

/** The figure said for the model and the level said for the job, read back from the sentence. */
function saidFigures(text: string): { own: number; level: number; just: boolean } {
  const m = /\((\d\.\d+), the mean of quality and use-case fit\) is (just )?below the (\d\.\d+)/.exec(text);
  expect(m, text).not.toBeNull();
  return { own: Number(m![1]), level: Number(m![3]), just: m![2] !== undefined };
}

describe("figures compared in a sentence are printed so the comparison reads true", () => {
  it("decimalsApart: as few decimals as tell the figures apart, at least 2, at most 4", () => {
    expect(decimalsApart(0.446, [0.45])).toBe(3);
    expect(figuresApart(0.446, 0.45)).toEqual(["0.446", "0.450"]);
    expect(figuresApart(0.3, 0.45)).toEqual(["0.30", "0.45"]);
    expect(figuresApart(0.44999, 0.45)).toEqual(["0.4500", "0.4500"]);
    expect(decimalsApart(0.45, [0.3, 0.449, 0.4501])).toBe(4);
  });

  it(`over ${TEAMS.length} generated teams: every model below the job's minimum is said below it as printed`, () => {
    let apart = 0;
    let seen = 0;
    for (const req of TEAMS) {
      const minimum = qualityMinimumOf(req)!;
      const ranking = rankModels(catalog, req);
      for (const m of ranking.ranked.filter((r) => r.belowQualityMinimum)) {
        const said = saidFigures(belowMinimumWhy(m.breakdown, minimum));
        seen++;
        if (said.just) expect(said.own, m.id).toBe(said.level);
        else expect(said.own, `${m.id}: ${said.own} vs ${said.level}`).toBeLessThan(said.level);
        // The two-decimal reading would have printed them equal: the extra decimals are what tell them apart.
        if (said.own.toFixed(2) === said.level.toFixed(2)) apart++;
      }
      const note = qualityMinimumNote(ranking);
      const level = note && /needs a quality of about (\d\.\d+)/.exec(note);
      if (!level) continue;
      const passed = [...note.matchAll(/ \((\d\.\d+), [^)]*a month\)/g)].map((x) => x[1]!);
      for (const figure of passed) {
        expect(figure.length, note).toBe(level[1]!.length);
        expect(Number(figure), note).toBeLessThan(Number(level[1]));
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(apart).toBeGreaterThan(0);
  });

  it("Nairobi lender: 'why not gpt-4o mini?' gives its quality and the job's level at figures that differ", () => {
    const c = chat(catalog);
    c.say(NAIROBI_MICROFINANCE);
    const text = textOf(c.say("why not gpt-4o mini?"));
    const said = saidFigures(text);
    expect(said.own).toBeLessThan(said.level);
  });
});
