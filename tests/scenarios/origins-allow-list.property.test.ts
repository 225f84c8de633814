// "Only models from European labs", "EU-made models only", "only US-origin models": an allow-list
// of the labs' home countries (Exclusions.originsOutside), the counterpart of "no Chinese labs".
// The twenty-third round's Cologne insurer asked "what if we only use models from European labs?"
// and was told "I couldn't tell which requirement to change". What a lead checks, over generated
// teams (allow-list × where it runs × job): every ranked model's lab is from an allowed country; a
// lab whose country is not on record is ruled out with that said (an allow-list cannot let in what
// it cannot check); and a lab from a country no word of ours names is ruled out too (an allow-list
// kept as "every other country we have a word for" let a Korean lab through "only US models").
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { countriesOfOrigin } from "../../src/catalog/origin-regions.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { labCountryOf } from "../../src/scoring/catalog-facts.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";
import { KOELN_INSURER_ON_PREM } from "./twentythird-round-teams.js";

const catalog = readCatalog();
const countryOf = (c: Catalog, id: string) => labCountryOf(c, c.modelById.get(id)!);

const ALLOWED = [["EUROPE"], ["EU"], ["US"], ["FR"], ["CN"], ["FR", "CA"]];
const WHERE: Partial<Requirements>[] = [
  { deployment: "any-api" },
  { deployment: "on-prem", ownedGpus: { type: "H100", count: 8 } },
  { openWeightsOnly: true },
];
const JOBS: UseCase[] = ["chat", "summarization", "coding", "rag"];

describe("an allow-list of labs' home countries is a hard filter that says what it could not check", () => {
  it("over generated teams, every ranked model comes from an allowed country, and every lab of unknown country is ruled out with the reason said", () => {
    let shortlists = 0;
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
          const { ranking } = runRecommendation(catalog, req);
          const ok = new Set(allowed.flatMap(countriesOfOrigin));
          for (const row of ranking.ranked)
            expect(ok.has(countryOf(catalog, row.id)), `${label}: ${row.id}`).toBe(true);
          if (ranking.ranked.length > 0) shortlists++;
          for (const e of ranking.excluded.filter((x) => countryOf(catalog, x.id) === "unknown"))
            if (e.constraint === "excluded") expect(e.reason, `${label}: ${e.id}`).toMatch(/cannot be checked/);
          const unknownRanked = ranking.ranked.filter((r) => countryOf(catalog, r.id) === "unknown");
          expect(unknownRanked, label).toEqual([]);
        }
    expect(shortlists).toBeGreaterThan(30);
  });

  it("'only US-origin models' rules out a lab from a country no word names (a lab moved to Korea for the test)", () => {
    const labs = new Map(catalog.labByName);
    const ai21 = labs.get("AI21 Labs")!;
    labs.set("AI21 Labs", { ...ai21, country: "KR" });
    const moved: Catalog = { ...catalog, labByName: labs };
    const req = parseRequirements("Only US-origin models allowed. Chat assistant, 100M tokens a month.", moved);
    const { ranking } = runRecommendation(moved, { ...req, commercial: true });
    expect(ranking.ranked.length).toBeGreaterThan(0);
    for (const row of ranking.ranked) expect(countryOf(moved, row.id), row.id).toBe("US");
    // Every AI21 model ruled out, and any that is still available ruled out by the allow-list.
    const ai21Ids = moved.models.filter((m) => m.lab === "AI21 Labs").map((m) => m.id);
    for (const id of ai21Ids)
      expect(
        ranking.ranked.some((r) => r.id === id),
        id,
      ).toBe(false);
    const jamba = ranking.excluded.filter((e) => ai21Ids.includes(e.id) && e.constraint === "excluded");
    expect(jamba.length).toBeGreaterThan(0);
    for (const e of jamba) expect(e.reason).toMatch(/AI21 Labs \(KR\), and you accept only models from US labs/);
  });

  it("the Cologne insurer's 'what if we only use models from European labs?' keeps only European labs' models, says the rule, and the thread keeps it", () => {
    const c = chat(catalog);
    c.say(KOELN_INSURER_ON_PREM);
    const reply = c.say("what if we only use models from European labs?");
    const text = textOf(reply);
    expect(text).not.toMatch(/couldn't tell which requirement/);
    expect(text).toMatch(
      /all but models from European labs \(the EU, Iceland, Liechtenstein, Norway, the UK and Switzerland\)/,
    );
    const europe = new Set(countriesOfOrigin("EUROPE"));
    const top = rankingOf(reply).slice(0, 3);
    expect(top.length).toBe(3);
    for (const row of top) expect(europe.has(countryOf(catalog, row.id)), row.id).toBe(true);
    const next = rankingOf(c.say("what if cost matters most?")).slice(0, 3);
    for (const row of next) expect(europe.has(countryOf(catalog, row.id)), row.id).toBe(true);
  });
});
