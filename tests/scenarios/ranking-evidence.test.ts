// What a shortlist's quality rests on, checked as a sceptical ML lead would: a model nobody rated
// in the team's language, or nobody rated at all, is discounted and named as such when it still
// makes the shortlist; a model its lab built for code does not lead a job that is not code.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { NEUTRAL_QUALITY_PRIOR } from "../../src/scoring/signal-scale.js";
import { languagesTable, qualityBySlot, qualityOf, qualityTable } from "../../src/scoring/quality.js";
import { rankModels } from "../../src/scoring/rank.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../src/scoring/self-host-quote.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf, shortlistThrough } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const volumeOf = (total: number) => volumeAtDefaultSplit(total, `${total} tokens a month`);
const unratedIn = (row: { evidence: { unratedIn?: string } }) => row.evidence.unratedIn;

describe("a model with no rating in the team's language", () => {
  it("Japanese support bot: #1 is rated in Japanese, and a pick that is not is named as such", () => {
    const reply = chat(catalog).say(
      "We need a customer support chatbot in Japanese for our e-commerce site, about 200M tokens a month, API is fine",
    );
    const rows = rowsOf(reply).slice(0, 3);
    expect(unratedIn(rows[0]!)).toBeUndefined();
    for (const r of rows.filter(unratedIn)) expect(textOf(reply)).toContain(`${r.name} has no rating in Japanese`);
  });

  const cases = (["ja", "ko", "de", "zh"] as const).flatMap((language) =>
    (["chat", "rag", "extraction"] as const).flatMap((useCase) =>
      [20e6, 2e9].map((total) => ({ language, useCase, total })),
    ),
  );
  it.each(cases)(
    "$useCase in $language at $total tokens: every unrated pick is said",
    ({ language, useCase, total }) => {
      const req: Requirements = { useCase, languages: [language], deployment: "any-api", volume: volumeOf(total) };
      const reply = shortlistThrough(catalog, req);
      for (const r of rowsOf(reply).slice(0, 3).filter(unratedIn))
        expect(textOf(reply), r.id).toMatch(new RegExp(`${r.name} has no rating in`));
    },
  );

  it.each(["ja", "ko", "de"])(
    "in %s, a model not rated in it does not keep its full general score when its other ratings are lower",
    (language) => {
      const withLanguage = qualityBySlot(catalog, "chat", [language]);
      const without = qualityBySlot(catalog, "chat");
      const fits = languagesTable(catalog, [language]).scores;
      let checked = 0;
      for (const model of catalog.models) {
        const q = withLanguage({ model, slot: -1 });
        const general = without({ model, slot: -1 });
        const part = fits.get(model.id);
        if (!q.unratedIn || !part || part.score >= general.score) continue;
        expect(q.score, model.id).toBeLessThan(general.score);
        checked++;
      }
      expect(checked).toBeGreaterThan(5);
    },
  );

  it("a model rated in only one of two languages says which one has no rating anywhere (Russian, Estonian)", () => {
    const r = rankModels(catalog, { useCase: "chat", languages: ["ru", "et"], volume: volumeOf(50e6) });
    const top = r.ranked[0]!;
    expect(top.notes.useCaseFit).toMatch(/LMArena Russian/);
    expect(top.notes.useCaseFit).toMatch(/no model in the catalogue has a rating in Estonian/);
  });
});

describe("a model with no quality rating of its own", () => {
  it("an estimate counts half of its relative's distance above the middle, never more", () => {
    const general = qualityTable(catalog).scores;
    let checked = 0;
    for (const [id, q] of general) {
      if (q.evidence !== "estimated" || !q.estimatedFrom) continue;
      const relative = qualityOf(catalog, q.estimatedFrom.id).score;
      const most = Math.min(relative, NEUTRAL_QUALITY_PRIOR + 0.5 * (relative - NEUTRAL_QUALITY_PRIOR));
      expect(q.score, id).toBeLessThanOrEqual(Math.max(most, 0) + 1e-12);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("news startup (500K context, $2k): the measured Gemini 2.5 Pro is above Gemini 3.5 Flash, estimated from a relative, and an estimated pick is said", () => {
    const reply = chat(catalog).say(
      "news startup (8 ppl). fact-checking tool that reads full parliamentary transcripts (up to 400k tokens each) and flags claims. ~300 transcripts/month, output about 3k tokens each. need at least 500k context. budget $2k. any API is fine",
    );
    const rows = rowsOf(reply);
    const at = (id: string) => rows.findIndex((r) => r.id === id);
    expect(at("gemini-2.5-pro")).toBeGreaterThanOrEqual(0);
    expect(at("gemini-3.5-flash") === -1 || at("gemini-2.5-pro") < at("gemini-3.5-flash")).toBe(true);
    for (const r of rows.slice(0, 3).filter((x) => x.evidence.quality !== "measured"))
      expect(textOf(reply)).toContain(`${r.name} has no`);
  });
});

describe("a code model does not lead a job that is not code", () => {
  const CODE = /coder|codestral|devstral|codex/i;
  const quoter = { selfHost: selfHostQuoter(catalog.selfhost, {}) };
  const jobs: UseCase[] = ["chat", "rag", "summarization", "extraction", "translation"];
  const cases = jobs.flatMap((useCase) =>
    [[], ["fr"], ["nl"]].flatMap((languages) =>
      [
        { deployment: "any-api" as const },
        { deployment: "on-prem" as const },
        { deployment: "on-prem" as const, exclude: { countries: ["CN", "US"] } },
        { openWeightsOnly: true },
      ].map((v) => ({ useCase, languages, with: JSON.stringify(v), v })),
    ),
  );
  it.each(cases)("$useCase $languages $with", ({ useCase, languages, v }) => {
    for (const total of [20e6, 2e9]) {
      const r = rankModels(catalog, { useCase, languages, volume: volumeOf(total), ...v }, quoter);
      expect(r.ranked[0]?.id ?? "").not.toMatch(CODE);
    }
  });

  it("Dutch ministry (on-prem, no CN/US labs, its 4 L40S, summarising Dutch policy docs): no code model in the top 3", () => {
    const reply = chat(catalog).say(
      "gov agency (netherlands, ministry level). we need an assistant for caseworkers to search + summarise internal policy docs. strictly on-prem, air gapped, open weights only. NOTHING from chinese or us labs — european models preferred. dutch + english. ~20M tokens/month, docs up to 60k tokens. we own 4x L40S. small ops team that runs k8s",
    );
    const top = rowsOf(reply).slice(0, 3);
    expect(top.length).toBe(3);
    for (const r of top) expect(r.id).not.toMatch(CODE);
  });

  it("Montreal law firm summarising contracts in French and English, self-hosted: no code model in the top 3", () => {
    const c = chat(catalog);
    c.say(
      "Law firm in Montreal. We summarise contracts in French and English. Privileged client data; it must stay in Canada (no US processing if we can help it). ~80M tokens/month. recommend?",
    );
    const reply = c.say("what if we self-host?");
    const top = rowsOf(reply).slice(0, 3);
    expect(top.length).toBe(3);
    for (const r of top) expect(r.id).not.toMatch(CODE);
  });
});
