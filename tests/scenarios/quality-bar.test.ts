// A quality bar set by naming a model ("no worse than GPT-4o", "at least as good as Claude Sonnet
// 4.5"): checked as properties over bars picked from the catalogue by their measured quality (a
// weak, a middling and a strong model for each job), not over one sentence.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { qualityBySlot } from "../../src/scoring/quality.js";
import { QUALITY_FLOOR_MARGIN } from "../../src/scoring/quality-floor.js";
import { rankModels } from "../../src/scoring/rank.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, rowsOf, shortlistThrough } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const volumeOf = (total: number) => volumeAtDefaultSplit(total, `${total} tokens a month`);

/** The model's quality for the team's job and languages is at least its bar's, within the margin. */
function expectClearsBar(req: Requirements, id: string): void {
  const of = qualityBySlot(catalog, req.useCase, req.languages ?? []);
  const bar = of({ model: catalog.modelById.get(req.qualityFloor!.id)!, slot: -1 }).score;
  expect(of({ model: catalog.modelById.get(id)!, slot: -1 }).score, id).toBeGreaterThanOrEqual(
    bar - QUALITY_FLOOR_MARGIN,
  );
}

describe("a named model's quality is a hard floor for the job", () => {
  const jobs: Requirements[] = [
    { useCase: "chat" },
    { useCase: "coding" },
    { useCase: "rag", exclude: { countries: ["CN"] } },
    { useCase: "translation", languages: ["en", "de"] },
    { useCase: "summarization", deployment: "on-prem", mlOpsExperience: "strong" },
  ];
  const cases = jobs.flatMap((job) => {
    const of = qualityBySlot(catalog, job.useCase, job.languages ?? []);
    // Measured models in the catalogue's current generation, by their quality for this job.
    const measured = catalog.models
      .filter((m) => m.kind === "model" && m.quality.length > 0 && of({ model: m, slot: -1 }).evidence === "measured")
      .sort((a, b) => of({ model: a, slot: -1 }).score - of({ model: b, slot: -1 }).score);
    return [0.3, 0.6, 0.85].map((at) => {
      const bar = measured[Math.floor(at * (measured.length - 1))]!;
      return { job: JSON.stringify(job), at, bar: bar.id, req: { ...job, volume: volumeOf(100e6) } as Requirements };
    });
  });

  it.each(cases)("$job, bar at the $at point: $bar", ({ req, bar }) => {
    const of = qualityBySlot(catalog, req.useCase, req.languages ?? []);
    const score = (id: string) => of({ model: catalog.modelById.get(id)!, slot: -1 }).score;
    const barred = rankModels(catalog, { ...req, qualityFloor: { id: bar, name: catalog.modelById.get(bar)!.name } });
    const free = rankModels(catalog, req);
    // Every pick clears the bar; everything ruled out for it is below the bar.
    for (const m of barred.ranked) expect(score(m.id), m.id).toBeGreaterThanOrEqual(score(bar) - QUALITY_FLOOR_MARGIN);
    const below = barred.excluded.filter((e) => e.constraint === "quality-floor");
    for (const e of below) {
      expect(score(e.id), e.id).toBeLessThan(score(bar) - QUALITY_FLOOR_MARGIN);
      expect(e.reason).toContain("the bar you set");
    }
    // The bar only removes: the picks are the unbarred ranking's models that clear it, none added.
    const freeIds = new Set(free.ranked.map((m) => m.id));
    for (const m of barred.ranked) expect(freeIds.has(m.id), m.id).toBe(true);
    const cleared = free.ranked.filter((m) => score(m.id) >= score(bar) - QUALITY_FLOOR_MARGIN).map((m) => m.id);
    expect(new Set(barred.ranked.map((m) => m.id))).toEqual(new Set(cleared));
  });
});

describe("the bar as teams say it", () => {
  it("support team replacing GPT-4o 'without noticeably worse answers': GPT-4o is the bar, not the subject nor ruled out, and no pick is below it", () => {
    const c = chat(catalog);
    const reply = c.say(
      "we're replacing gpt-4o in our support bot but can't have noticeably worse answers. about 50M tokens a month. which model should we move to?",
    );
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    expect(req.qualityFloor?.id).toBe("gpt-4o");
    expect(req.exclude?.models ?? []).not.toContain("gpt-4o");
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows) expectClearsBar(req, r.id);
    const text = textOf(reply);
    expect(text).toMatch(/quality no worse than GPT-4o/);
    expect(text).toMatch(/Quality bar:.*no worse than GPT-4o/);
    expect(text).toMatch(/Below your quality bar/);
  });

  it("support team on Azure running GPT-4o today, 'cut in half without noticeably worse answers': GPT-4o is the bar, every pick clears it in English and Spanish, all within half the bill", () => {
    // The fourth tryout round expected GPT-5 nano not to be #2. Its sourced ratings clear GPT-4o's
    // (LMArena text 1339 vs 1336, Spanish 1390 vs 1330, 2025-12-17), so the bar keeps it; what the
    // team said is checked instead: the bar is applied, said, and the bill is at most half.
    const c = chat(catalog);
    const reply = c.say(
      "we run customer support chat on gpt-4o today, ~300M tokens/month, lots of retrieved kb articles. bill is too high, mgmt wants it cut in half without noticeably worse answers. english + spanish. we're on azure. what should we switch to?",
    );
    const req = c.session.requirements;
    expect(req.qualityFloor?.id).toBe("gpt-4o");
    expect(req.exclude?.models ?? []).not.toContain("gpt-4o");
    const rows = expectExpertShortlist(catalog, req, reply);
    const gpt4oBill = rankModels(catalog, { ...req, qualityFloor: undefined }).ranked.find((r) => r.id === "gpt-4o");
    expect(gpt4oBill?.monthlyCostUsd).toBeGreaterThan(0);
    for (const r of rows.slice(0, 3)) {
      expectClearsBar(req, r.id);
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(gpt4oBill!.monthlyCostUsd! / 2);
    }
    expect(textOf(reply)).toMatch(/Quality bar:\*\* no worse than GPT-4o for chat assistant in Spanish/);
  });

  it("'at least as good as claude sonnet' names the member taken as the bar, one with a rating of its own", () => {
    const c = chat(catalog);
    const reply = c.say(
      "coding assistant for 40 devs, at least as good as claude sonnet. 300M tokens a month, which model?",
    );
    const bar = c.session.requirements.qualityFloor;
    const model = catalog.modelById.get(bar?.id ?? "")!;
    expect(model.name).toMatch(/Claude Sonnet/);
    expect(model.quality.length).toBeGreaterThan(0);
    expect(textOf(reply)).toContain(`quality no worse than ${model.name}`);
  });

  it("a pick whose quality is estimated is said to be uncertain against the bar", () => {
    // The lowest measured model of the job as the bar (so every candidate is judged) and the
    // first job and volume whose top 3 holds a pick with estimated or proxy quality.
    const found = (["chat", "summarization", "extraction", "rag"] as const)
      .flatMap((useCase) => [20e6, 2e9].map((total) => ({ useCase, total })))
      .map(({ useCase, total }) => {
        const of = qualityBySlot(catalog, useCase, []);
        const low = catalog.models
          .filter((m) => m.kind === "model" && of({ model: m, slot: -1 }).evidence === "measured")
          .sort((a, b) => of({ model: a, slot: -1 }).score - of({ model: b, slot: -1 }).score)[0]!;
        const req: Requirements = {
          useCase,
          volume: volumeOf(total),
          priorities: ["cost"],
          qualityFloor: { id: low.id, name: low.name },
        };
        return { req, reply: shortlistThrough(catalog, req) };
      })
      .find(({ reply }) =>
        rowsOf(reply)
          .slice(0, 3)
          .some((r) => r.evidence.quality !== "measured"),
      );
    expect(found).toBeDefined();
    const text = textOf(found!.reply);
    const uncertain = rowsOf(found!.reply)
      .slice(0, 3)
      .filter((r) => r.evidence.quality !== "measured");
    for (const r of uncertain) expect(text).toMatch(new RegExp(`Uncertain against the bar: [^\n]*${r.name}`));
    expect(text).toContain(`Quality bar:** no worse than ${found!.req.qualityFloor!.name}`);
  });
});
