// A shortlist for data that must stay in one country, with a pick on a host not checked there, says
// whether any model on record as processing in that country was passed over, and why; or that none
// is on record. The twenty-second round's Quebec libraries had GPT-4.1 mini on Azure canadaeast at #1
// and two picks via Deep Infra "not checked" with no word on whether anything else was on record
// in Canada (GPT-4o on Azure and Claude 3 Haiku on Bedrock were, below the job's quality minimum).
// Checked over generated teams (the country × the job × volume × budget): whenever a top-3 pick is
// not checked, the section says so, names the ranked models on record there beyond the shortlist
// first, and each of them sits in a group ranked before residency (below the job's minimum, or a
// licence nobody has read); with none, it says none is on record.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { residencyHostsSection } from "../../src/answers/residency-hosts.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { QUEBEC_LIBRARIES } from "./twentysecond-round-teams.js";

const catalog = readCatalog();
const PLACES = ["Canada", "Japan", "Australia", "India", "Singapore", "the US", "Switzerland", "Brazil", "the UK"];
const JOBS: UseCase[] = ["chat", "rag", "summarization", "coding", "translation"];

describe("a residency shortlist with an unchecked pick says what on record was passed over", () => {
  it("over generated teams, an unchecked pick comes with the models on record there, each ranked after for a reason before residency, or with 'none on record'", () => {
    let unchecked = 0;
    let named = 0;
    for (const residencyElsewhere of PLACES)
      for (const useCase of JOBS)
        for (const total of [50e6, 700e6])
          for (const budget of [undefined, 3_000]) {
            const req: Requirements = {
              useCase,
              residencyElsewhere,
              volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
              ...(budget ? { monthlyBudgetUsd: budget } : {}),
            };
            const label = `${residencyElsewhere} ${useCase} ${total} ${budget}`;
            const ranked = rankOnly(catalog, req).ranking.ranked;
            const top = ranked.slice(0, 3);
            const section = residencyHostsSection(catalog, req, top, ranked);
            if (!section || section.unchecked.length === 0) continue;
            unchecked++;
            const known = ranked.slice(3).filter((m) => m.costBasis === "api" && !m.residencyUnchecked);
            if (known.length === 0) {
              expect(section.text, label).toMatch(
                new RegExp(`No (other )?model .*is on record as processing in ${residencyElsewhere}`),
              );
              continue;
            }
            named++;
            const line = /On record as processing in .* but ranked after the picks above: (.*)\.$/m.exec(section.text);
            expect(line, label).not.toBeNull();
            // The first of them are named, in ranking order.
            for (const m of known.slice(0, 3)) expect(line![1], `${label}: ${m.id}`).toContain(m.name);
            // Only a group ranked before residency puts a model on record behind an unchecked pick.
            for (const m of known) expect(m.belowQualityMinimum || m.licenceUnread, `${label}: ${m.id}`).toBe(true);
          }
    expect(unchecked).toBeGreaterThan(10);
    expect(named).toBeGreaterThan(0);
  });

  it("the Quebec libraries: #2 and #3 not checked, and the answer names GPT-4o on Azure as on record in Canada, below the job's minimum", () => {
    const said = textOf(chat(catalog).say(QUEBEC_LIBRARIES));
    expect(said).toMatch(/not checked/);
    expect(said).toMatch(/On record as processing in Canada but ranked after the picks above: .*GPT-4o via Azure/);
    expect(said).toMatch(/below the job's quality minimum/);
  });
});
