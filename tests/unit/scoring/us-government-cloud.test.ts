// A team bound to a US government cloud (AWS GovCloud (US), Azure Government: CUI, FedRAMP High)
// can use a closed model there only when the cloud's own page lists it in the government regions
// (Microsoft's "Azure OpenAI in Azure Government" page, AWS's Bedrock Regional availability page);
// every other closed model is ruled out, saying where it is not listed, and open weights not listed
// there are self-hosted in the team's own account instead of priced at a commercial host.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { usGovernmentAvailability } from "../../../src/catalog/clouds.js";
import { newScoringCache } from "../../../src/scoring/constraints.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { USE_CASES, type Requirements } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volumeAtDefaultSplit } from "../../../src/costs/volume.js";

const catalog = readCatalog();
const CLOUD = { aws: "aws-bedrock", azure: "azure" } as const;
const rank = (req: Requirements) => rankModels(catalog, req, { selfHost: selfHostQuoter(catalog.selfhost) });

describe("a US government cloud account", () => {
  it("Azure Government holds only Azure OpenAI models, each from Microsoft's own page", () => {
    const listed = catalog.models.filter((m) => usGovernmentAvailability(m, "azure").length > 0).map((m) => m.id);
    expect(listed.sort()).toEqual(["gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "o3-mini"]);
    for (const id of listed)
      for (const r of usGovernmentAvailability(catalog.modelById.get(id)!, "azure"))
        expect(r).toMatchObject({ sourceKind: "primary", countries: ["US"] });
  });

  it("over use cases × both clouds: every API pick is listed in that cloud's government regions, and Claude is not picked on Azure Government", () => {
    for (const cloud of ["aws", "azure"] as const)
      for (const useCase of USE_CASES) {
        const req: Requirements = {
          useCase,
          deployment: "own-cloud",
          cloudProvider: cloud,
          usGovernmentCloud: true,
          volume: volumeAtDefaultSplit(50e6, "50M tokens a month"),
        };
        const ranking = rank(req);
        const api = ranking.ranked.filter((m) => m.costBasis === "api");
        for (const m of api)
          expect(
            usGovernmentAvailability(catalog.modelById.get(m.id)!, CLOUD[cloud]),
            `${cloud} ${useCase} ${m.id}`,
          ).not.toEqual([]);
        if (cloud === "azure") {
          expect(api.map((m) => m.id).filter((id) => id.startsWith("claude"))).toEqual([]);
          const opus = ranking.excluded.find((e) => e.id === "claude-opus-4.5");
          if (opus) expect(opus.reason).toMatch(/Azure Government/);
        }
      }
  });

  it("without the government rule the same team on commercial Azure still gets Claude through Foundry", () => {
    const ranking = rank({
      useCase: "coding",
      deployment: "own-cloud",
      cloudProvider: "azure",
      volume: volumeAtDefaultSplit(50e6, "50M tokens a month"),
    });
    expect(ranking.ranked.some((m) => m.id.startsWith("claude"))).toBe(true);
  });
  it("a ranking in a government cloud after the same team's commercial one prices no pick at a host outside it (the cost cache keys on the rule)", () => {
    for (const cloud of ["aws", "azure"] as const)
      for (const useCase of ["rag", "chat", "summarization"] as const) {
        const commercial: Requirements = {
          useCase,
          deployment: "own-cloud",
          cloudProvider: cloud,
          volume: volumeAtDefaultSplit(10e6, "10M tokens a month"),
        };
        // One cache for both, as a bot shares one across its threads (recommend-shortlist.ts).
        const options = { selfHost: selfHostQuoter(catalog.selfhost), cache: newScoringCache() };
        rankModels(catalog, commercial, options);
        const government = rankModels(catalog, { ...commercial, usGovernmentCloud: true }, options);
        for (const m of government.ranked.filter((r) => r.costBasis === "api"))
          expect(
            usGovernmentAvailability(catalog.modelById.get(m.id)!, CLOUD[cloud]),
            `${cloud} ${useCase} ${m.id}`,
          ).not.toEqual([]);
      }
  });
});
