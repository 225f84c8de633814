// A team doing defence, ITAR-controlled or US government work that said nothing about models from
// China is assumed to rule them out, is told so with how to let them back in, and keeps its choice
// once it does (judged-defaults.ts assumedOriginExclusions). The twenty-second round's Ohio defence
// contractor got GLM-4.5, DeepSeek V4 Flash and Qwen3-VL first, all from labs in China, with no
// word; a lead at a US defence contractor would not put them in front of a security review
// unflagged. Checked over generated teams (the kind of work × where it runs × the job × volume),
// and the other way: a team that said something about models from China, or whose work is not
// defence or government, is not given the assumption.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { licenseVerdict } from "../../src/licensing/verdict.js";
import { labCountryOf } from "../../src/scoring/catalog-facts.js";
import { teamFactsOf } from "../../src/scoring/constraints.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";
import { OHIO_DEFENCE_CODE } from "./twentysecond-round-teams.js";

const catalog = readCatalog();
const fromChina = (id: string) => labCountryOf(catalog, catalog.modelById.get(id)!) === "CN";
const ASSUMED = /no models from labs in China, since this is .*what if Chinese models are fine\?/;

const WORK: Partial<Requirements>[] = [
  { fieldOfUse: "military" },
  { fieldOfUse: "ITAR" },
  { usGovernmentCloud: true, cloudProvider: "aws", deployment: "own-cloud" },
  { usGovernmentCloud: true, cloudProvider: "azure", deployment: "own-cloud" },
];
const WHERE: Partial<Requirements>[] = [
  { deployment: "on-prem", ownedGpus: { type: "A100 80GB", count: 4 } },
  { deployment: "on-prem", ownedGpus: { type: "H100", count: 8 } },
  { openWeightsOnly: true },
  { deployment: "any-api" },
];
const JOBS: UseCase[] = ["coding", "rag", "summarization", "chat"];
const VOLUMES = [50e6, 2e9];

function teams(): { label: string; req: Requirements }[] {
  const out: { label: string; req: Requirements }[] = [];
  for (const work of WORK)
    for (const where of work.usGovernmentCloud ? [{}] : WHERE)
      for (const useCase of JOBS)
        for (const total of VOLUMES)
          out.push({
            label: `${JSON.stringify(work)} ${JSON.stringify(where)} ${useCase} ${total}`,
            req: {
              useCase,
              commercial: true,
              dataSensitivity: "regulated",
              volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
              ...where,
              ...work,
            },
          });
  return out;
}

describe("defence and US government work: models from labs in China are assumed out, said, and can be let back in", () => {
  it("over generated defence and government teams, no top-3 pick is from a lab in China, the assumption is said, and each pick's licence allows the work", () => {
    let shortlists = 0;
    for (const { label, req } of teams()) {
      const rec = runRecommendation(catalog, req);
      const top = rec.ranking.ranked.slice(0, 3);
      if (top.length === 0) continue;
      shortlists++;
      expect(rec.assumed?.join("; "), label).toMatch(ASSUMED);
      for (const row of top) {
        expect(fromChina(row.id), `${label}: ${row.id}`).toBe(false);
        const m = catalog.modelById.get(row.id)!;
        const verdict = licenseVerdict(m, catalog.licenseById.get(m.licenseId)!, teamFactsOf(req)).verdict;
        expect(verdict, `${label}: ${row.id}`).not.toBe("blocked");
      }
    }
    expect(shortlists).toBeGreaterThan(40);
  });

  it("the same teams, having said anything about models from China (ruled out, avoided, let in), get no assumption; nor do teams whose work is not defence or government", () => {
    const said: Partial<Requirements>[] = [
      { exclude: { countries: ["CN"] } },
      { avoidIfPossible: { countries: ["CN"] } },
      { originsAllowed: ["CN"] },
    ];
    for (const { label, req } of teams().filter((_, i) => i % 5 === 0))
      for (const s of said)
        expect(
          runRecommendation(catalog, { ...req, ...s }).assumed?.join("; ") ?? "",
          `${label} ${JSON.stringify(s)}`,
        ).not.toMatch(ASSUMED);
    for (const fieldOfUse of [undefined, "medical", "legal", "finance"])
      for (const useCase of JOBS) {
        const req: Requirements = {
          useCase,
          deployment: "on-prem",
          volume: volumeAtDefaultSplit(2e9, "2B tokens a month"),
          ...(fieldOfUse ? { fieldOfUse } : {}),
        };
        expect(runRecommendation(catalog, req).assumed?.join("; ") ?? "", `${fieldOfUse} ${useCase}`).not.toMatch(
          ASSUMED,
        );
      }
  });

  it("the Ohio defence contractor: the assumption is said; 'what if Chinese models are fine?' lets them back and the thread keeps it", () => {
    const c = chat(catalog);
    const first = c.say(OHIO_DEFENCE_CODE);
    expect(textOf(first)).toMatch(ASSUMED);
    const before = rankingOf(first).slice(0, 3);
    expect(before.some((r) => fromChina(r.id))).toBe(false);
    const lifted = c.say("what if Chinese models are fine?");
    expect(textOf(lifted)).not.toMatch(ASSUMED);
    expect(textOf(lifted)).not.toMatch(/never ruled out/);
    // With them let in, the best-placed models on its GPUs are from labs in China again (as in round 22).
    expect(
      rankingOf(lifted)
        .slice(0, 3)
        .some((r) => fromChina(r.id)),
    ).toBe(true);
    // A later what-if keeps the choice: the default is not made again.
    expect(textOf(c.say("what if cost matters most?"))).not.toMatch(ASSUMED);
    expect(c.session.requirements.originsAllowed).toEqual(["CN"]);
  });
});
