// A team that runs the weights on its own premises, with no cloud account named to rent in and no
// rental price said, buys the GPUs it runs: nothing on premises can be rented. Its self-hosted
// picks were priced as rented GPU-hours at verified medians (the eleventh round's Nairobi telco,
// 'We run our own data centre in Nairobi', before its 4× A10 were read). Properties over generated
// teams on the real catalogue; a team that names a cloud (Ohio's 'AWS GovCloud or fully on-prem')
// or a rental price keeps renting.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../../src/answers/recommend-shortlist.js";
import type { OpsCapacity } from "../../../src/costs/assumptions.js";
import type { Requirements, UseCase } from "../../../src/scoring/requirements.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { NAIROBI_TELCO } from "../../scenarios/eleventh-round-teams.js";
import { volume } from "../scoring/scoring-fixture.js";

const catalog = readCatalog();
const JOBS: UseCase[] = ["chat", "summarization", "extraction", "rag"];
const VOLUMES = [20e6, 300e6, 3e9];
const OPS: OpsCapacity[] = ["none", "some", "strong"];

const teams = JOBS.flatMap((useCase) =>
  VOLUMES.flatMap((tokens) =>
    OPS.map((mlOpsExperience): Requirements => ({
      useCase,
      commercial: true,
      dataSensitivity: "regulated",
      deployment: "on-prem",
      volume: volume(tokens),
      mlOpsExperience,
    })),
  ),
);
const name = (r: Requirements) =>
  `${r.useCase} ${r.volume!.inputTokensPerMonth + r.volume!.outputTokensPerMonth} ${r.mlOpsExperience}`;
const selfHosted = (req: Requirements) =>
  rankOnly(catalog, req)
    .ranking.ranked.slice(0, 10)
    .filter((m) => m.costBasis === "self-host");

describe("on the team's premises, the GPUs are bought", () => {
  it(`over ${teams.length} generated on-prem teams with no cloud named: every self-hosted pick's GPUs are bought, none rented`, () => {
    let seen = 0;
    for (const req of teams)
      for (const m of selfHosted(req)) {
        seen++;
        expect(m.costLabel, `${name(req)}: ${m.id}`).toMatch(/all bought at \$[\d.]+\/GPU-hour/);
        expect(m.costLabel, `${name(req)}: ${m.id}`).not.toMatch(/verified median|rented/);
      }
    expect(seen).toBeGreaterThan(teams.length * 3);
  });

  it("the same teams naming a cloud account or a rental price keep renting", () => {
    for (const req of teams.slice(0, 12))
      for (const patch of [{ cloudProvider: "aws" as const }, { gpuHourlyUsd: 2.1 }])
        for (const m of selfHosted({ ...req, ...patch }))
          expect(m.costLabel, `${name(req)} ${JSON.stringify(patch)}: ${m.id}`).not.toMatch(/bought/);
  });

  it("Nairobi telco without its A10 server ('We run our own data centre in Nairobi'): every self-hosted pick is bought, with the up-front cost said", () => {
    const text = textOf(
      chat(catalog).say(NAIROBI_TELCO.replace(" and have a server with 4x NVIDIA A10 we can use", "")),
    );
    const lines = text.split("\n").filter((l) => /self-hosted, always on/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/all bought at \$[\d.]+\/GPU-hour .*up front/);
  });
});
