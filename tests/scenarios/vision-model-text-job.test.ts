// A vision-language model on the shortlist of a job that sends no images is said to be one, with the
// text evidence it is ranked on. The Mexican telco's Spanish customer chat on AWS had Qwen3-VL
// 235B-A22B at #1 with nothing saying why a vision model leads a text job (a lead read it as a
// mistake); it leads on its own LMArena text rating (1415, above its text-only sibling Qwen3
// 235B-A22B's 1374) at Bedrock's lower price. Checked over text jobs × where it runs: every
// vision-language pick of the top 3 is measured on text itself (never placed on a vision board or a
// relative's estimate above measured text models), and the answer names that rating.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { visionModelNote } from "../../src/answers/vision-model-note.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { qualityTable } from "../../src/scoring/quality.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";
import { MEXICO_TELCO } from "./seventeenth-round-teams.js";

const catalog = readCatalog();
const vision = (id: string) => /(^|[^a-z])(vl|vision)([^a-z]|$)/i.test(catalog.modelById.get(id)?.name ?? "");
const TEXT_JOBS: UseCase[] = ["chat", "rag", "summarization", "extraction", "translation", "creative"];
const WHERE: Partial<Requirements>[] = [
  { deployment: "any-api" },
  { cloudProvider: "aws" },
  { cloudProvider: "aws", dataSensitivity: "regulated" },
  { openWeightsOnly: true, mlOpsExperience: "strong" },
];

describe("a vision-language model for a text job", () => {
  it("the Mexican telco's text-only chat: a vision-language pick is named as one, with its own text rating", () => {
    const c = chat(catalog);
    const reply = c.say(MEXICO_TELCO);
    const top = rankingOf(reply).slice(0, 3);
    const picked = top.filter((row) => vision(row.id));
    expect(picked.length, "Qwen3-VL is on this shortlist (else the check below checks nothing)").toBeGreaterThan(0);
    const said = textOf(reply);
    for (const row of picked) {
      const m = catalog.modelById.get(row.id)!;
      expect(said).toMatch(new RegExp(`vision-language model for a text job:\\*?\\*? .*${m.name}.*LMArena text \\d+`));
    }
  });

  it("over text jobs × where it runs × volumes, a vision-language top-3 pick is measured on text, and said so", () => {
    const table = qualityTable(catalog);
    let seen = 0;
    for (const useCase of TEXT_JOBS)
      for (const where of WHERE)
        for (const total of [20e6, 2e9]) {
          const req: Requirements = {
            useCase,
            volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
            ...where,
          };
          const top = rankOnly(catalog, req).ranking.ranked.slice(0, 3);
          for (const m of top.filter((x) => vision(x.id))) {
            seen++;
            expect(table.scores.get(m.id)?.evidence, `${useCase} ${JSON.stringify(where)}: ${m.name}`).toBe("measured");
          }
        }
    expect(seen).toBeGreaterThan(0);
  });

  it("over text jobs with code × on its own GPUs or open weights only × volumes, every vision-language top-3 pick is said to be one (the twenty-second round's Ohio code assistant had Qwen3-VL at #3)", () => {
    let seen = 0;
    const onPrem: Partial<Requirements>[] = [
      { deployment: "on-prem", ownedGpus: { type: "A100 80GB", count: 4 } },
      { deployment: "on-prem", ownedGpus: { type: "H100", count: 8 } },
      { openWeightsOnly: true },
      { openWeightsOnly: true, dataSensitivity: "regulated", mlOpsExperience: "strong" },
    ];
    for (const useCase of ["coding", ...TEXT_JOBS] as UseCase[])
      for (const where of onPrem)
        for (const total of [20e6, 2e9]) {
          const req: Requirements = {
            useCase,
            volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
            ...where,
          };
          const top = rankOnly(catalog, req).ranking.ranked.slice(0, 3);
          const note = visionModelNote(catalog, req, top) ?? "";
          for (const m of top.filter((x) => vision(x.id))) {
            seen++;
            expect(note, `${useCase} ${JSON.stringify(where)} ${total}: ${m.name}`).toContain(
              `${m.name} also reads images`,
            );
          }
        }
    expect(seen).toBeGreaterThan(0);
  });

  it("a job that sends images says nothing of the kind", () => {
    const reply = chat(catalog).say(
      "We read photos of handwritten delivery notes and extract the fields, about 50M tokens a month, on our AWS account.",
    );
    expect(textOf(reply)).not.toMatch(/vision-language model for a text job/);
  });
});
