// "No ops staff" prices contracted on-call MLOps into every self-hosted figure: someone must patch,
// monitor and restart the servers. A model that runs on the users' own laptops or phones has no
// server to keep up, so the note has no place in that shortlist (the Stavanger offshore team, all
// picks on the technicians' MacBooks at $0, was told about $7,500 a month of on-call staff). Over
// generated teams: on a device the note is never said; on the team's own servers it still is.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { noOpsSelfHostNote } from "../../src/answers/no-ops-note.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { STAVANGER_OFFSHORE } from "./ninth-round-teams.js";

const catalog = readCatalog();
const JOBS: UseCase[] = ["chat", "rag", "extraction", "summarization", "coding"];
const VOLUMES = [2e6, 40e6];

const teams = JOBS.flatMap((useCase) =>
  VOLUMES.flatMap((tokens) =>
    (["laptop", "phone"] as const).map((device): Requirements => ({
      useCase,
      onDevice: true,
      device,
      mlOpsExperience: "none",
      commercial: true,
      volume: {
        inputTokensPerMonth: tokens * 0.75,
        outputTokensPerMonth: tokens * 0.25,
        cachedInputTokensPerMonth: 0,
        splitAssumed: true,
        description: `${tokens} tokens a month`,
      },
    })),
  ),
);

describe("the 'no ops staff' note is about servers", () => {
  it.each(teams.map((t) => [`${t.useCase} on a ${t.device}, ${t.volume!.inputTokensPerMonth / 0.75} tokens`, t]))(
    "%s: every pick runs on the users' devices, and no on-call staff is priced or said",
    (_name, req) => {
      const top = runRecommendation(catalog, req as Requirements).ranking.ranked.slice(0, 3);
      expect(top.length).toBeGreaterThan(0);
      for (const m of top) expect(m.monthlyCostUsd, m.id).toBe(0);
      expect(noOpsSelfHostNote(req as Requirements, top)).toBeNull();
    },
  );

  it.each(JOBS)(
    "%s on the team's own servers with no ops staff: the note is still said, with its figure",
    (useCase) => {
      const req: Requirements = { ...teams.find((t) => t.useCase === useCase)!, selfHosted: true };
      delete req.onDevice;
      delete req.device;
      const top = runRecommendation(catalog, req).ranking.ranked.slice(0, 3);
      expect(top.some((m) => m.costBasis === "self-host" && (m.monthlyCostUsd ?? 0) > 0)).toBe(true);
      expect(noOpsSelfHostNote(req, top)).toMatch(
        /No ops staff:.*twice an experienced team's time: 0\.15 FTE \(\$2,250\.00 a month\) for one GPU, 0\.5 FTE \(\$7,500\.00\) for a full node of 8/,
      );
    },
  );

  it("Stavanger offshore (every pick on the technicians' laptops, 2 developers, no ML people): no on-call note", () => {
    const c = chat(catalog);
    const text = textOf(c.say(STAVANGER_OFFSHORE));
    expect(c.session.requirements).toMatchObject({ onDevice: true, mlOpsExperience: "none" });
    expect(text).not.toMatch(/No ops staff/);
  });
});
