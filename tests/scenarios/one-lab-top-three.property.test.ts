// Issue 11, honest ranking: a top three from one lab or one line gives a team one supplier three
// times. Measured over 840 generated teams (7 jobs x 4 priorities x 10 constraint sets x 3 volumes):
// one line in 11 (1.3 %), one lab with other labs allowed in 11, another line within 0.01 of #3 in
// 7 of the 11; rare, but where it happens a lead wants the close model of another lab named. And an
// origin allow-list that leaves one lab ("only models from European labs": Mistral AI alone) is a
// single-supplier choice the team should hear, not read off three Mistral names. What a lead
// checks: the answer names another lab's model exactly when one scores within the stated precision
// of #3 in #3's rank group (so it meets every hard constraint), and never re-orders the shortlist;
// an allow-list that leaves one lab says which, and whether the catalogue or the rest of the
// requirements left it alone.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { countriesOfOrigin } from "../../src/catalog/origin-regions.js";
import { rankOnly, shortlistReply } from "../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { CLOSE_CALL } from "../../src/scoring/explain.js";
import { rankTier } from "../../src/scoring/rank-groups.js";
import type { Criterion, Requirements, UseCase } from "../../src/scoring/requirements.js";
import { labCountryOf } from "../../src/scoring/catalog-facts.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const lab = (id: string) => catalog.modelById.get(id)!.lab;
const JOBS: UseCase[] = ["chat", "summarization", "coding", "extraction", "creative"];
const PRIORITIES: Criterion[][] = [[], ["cost"], ["dataControl"]];
const EXTRA: Partial<Requirements>[] = [
  {},
  { dataSensitivity: "regulated" },
  { deployment: "on-prem" },
  { exclude: { countries: ["CN"] } },
  { openWeightsOnly: true },
];
const ALSO = /\*\*Also consider, from another (lab|line):\*\*[^\n]*?(?:\. )([^(\n]+) \(([^,]+), #(\d+)\) scores/;

describe("a top three from one lab names a close model of another lab", () => {
  it("over generated teams: the note appears exactly when another lab's model in #3's group is within the precision of #3, names a ranked one, and re-orders nothing", () => {
    let oneLab = 0;
    let named = 0;
    for (const useCase of JOBS)
      for (const priorities of PRIORITIES)
        for (const extra of EXTRA) {
          const req: Requirements = {
            useCase,
            commercial: true,
            volume: volumeAtDefaultSplit(100e6, "100M tokens a month"),
            ...(priorities.length > 0 ? { priorities } : {}),
            ...extra,
          };
          const label = `${useCase} ${priorities.join()} ${JSON.stringify(extra)}`;
          const rec = rankOnly(catalog, req);
          const ranked = rec.ranking.ranked;
          if (ranked.length < 4) continue;
          const text = textOf(shortlistReply(rec, catalog, { intent: "recommend" }));
          const third = ranked[2]!;
          const sameLab = ranked.slice(0, 3).every((r) => lab(r.id) === lab(third.id));
          const close = ranked
            .slice(3)
            .filter(
              (r) =>
                lab(r.id) !== lab(third.id) && rankTier(r) === rankTier(third) && third.score - r.score < CLOSE_CALL,
            );
          const hit = ALSO.exec(text);
          if (sameLab) oneLab++;
          if (!sameLab || close.length === 0) {
            expect(hit?.[1] === "lab" ? hit[0] : null, label).toBeNull();
            continue;
          }
          named++;
          expect(hit, label).not.toBeNull();
          const row = ranked.find((r) => r.name === hit![2]!.trim());
          expect(row, `${label}: ${hit![2]}`).toBeDefined();
          expect(lab(row!.id), label).not.toBe(lab(third.id));
          expect(third.score - row!.score, label).toBeLessThan(CLOSE_CALL);
          expect(row!.rank, label).toBeGreaterThan(3);
          // The table keeps the scores' order: the first three are still the one lab's.
          expect(
            rankingOf(shortlistReply(rec, catalog, { intent: "recommend" }))
              .slice(0, 3)
              .map((r) => r.id),
          ).toEqual(ranked.slice(0, 3).map((r) => r.id));
        }
    expect(oneLab).toBeGreaterThan(0);
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThan(oneLab + 1);
  });

  it("a ticket-summarising team with no Chinese labs gets three Mistral models and Gemma 3 27B named beside them", () => {
    const c = chat(catalog);
    const reply = c.say("We summarise support tickets, 100M tokens a month, commercial, no models from Chinese labs.");
    const top = rankingOf(reply).slice(0, 3);
    expect(top.map((r) => lab(r.id))).toEqual(["Mistral AI", "Mistral AI", "Mistral AI"]);
    expect(textOf(reply)).toMatch(
      /Also consider, from another lab:\*\* the top three are all Mistral AI models\. Gemma 3 27B \(Google, #\d+\) scores/,
    );
  });
});

describe("an origin allow-list that leaves one lab says so", () => {
  const ALLOWED = [["EUROPE"], ["EU"], ["FR"], ["US"], ["CN"]];
  const WHERE: Partial<Requirements>[] = [{}, { openWeightsOnly: true }, { deployment: "on-prem" }];
  it("over generated allow-lists: every shortlist from one lab names it, and says 'only one … lab' exactly when the catalogue has no other allowed lab with models", () => {
    let said = 0;
    const labsByCountry = new Map<string, Set<string>>();
    for (const m of catalog.models) {
      const c = labCountryOf(catalog, m);
      labsByCountry.set(c, (labsByCountry.get(c) ?? new Set()).add(m.lab));
    }
    for (const allowed of ALLOWED)
      for (const where of WHERE)
        for (const useCase of JOBS) {
          const label = `${allowed.join("+")} ${JSON.stringify(where)} ${useCase}`;
          const req: Requirements = {
            useCase,
            commercial: true,
            volume: volumeAtDefaultSplit(100e6, "100M tokens a month"),
            exclude: { originsOutside: allowed },
            ...where,
          };
          const rec = rankOnly(catalog, req);
          const text = textOf(shortlistReply(rec, catalog, { intent: "recommend" }));
          const labs = new Set(rec.ranking.ranked.map((r) => lab(r.id)));
          const allowedLabs = new Set(
            allowed.flatMap(countriesOfOrigin).flatMap((c) => [...(labsByCountry.get(c) ?? [])]),
          );
          if (labs.size !== 1) {
            expect(text, label).not.toMatch(/One lab (to choose from|left)/);
            continue;
          }
          said++;
          const [only] = [...labs];
          if (allowedLabs.size === 1)
            expect(text, label).toMatch(
              new RegExp(`One lab to choose from:\\*\\* only one .+ lab has models in the catalogue: ${only}`),
            );
          else {
            expect(text, label).toMatch(
              new RegExp(`One lab left:\\*\\* every model that meets all your requirements comes from ${only}`),
            );
            for (const other of allowedLabs) if (other !== only) expect(text, label).toContain(other);
          }
        }
    expect(said).toBeGreaterThan(5);
  });

  it("the Cologne-style 'only models from European labs' chat says Mistral AI is the only European lab in the catalogue", () => {
    const c = chat(catalog);
    const reply = c.say(
      "Chat assistant for our support team, 100M tokens a month, commercial. Only models from European labs.",
    );
    expect(textOf(reply)).toMatch(/only one European lab has models in the catalogue: Mistral AI \(FR\)/);
  });
});
