// Licences settled by the lab's own text instead of secondary sources (issue 12), end to end over
// the real catalogue: the name resolves to the right model, the verdict for a commercial team and
// for a research team, the quoted clause with its source, the model card, and the scorer's filter.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { describeModel } from "../../../src/answers/model-info.js";
import { licenseHandler } from "../../../src/answers/license.js";
import { resolveModel } from "../../../src/catalog/lookup.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import { licenseConstraint, licenseVerdict } from "../../../src/licensing/verdict.js";
import { ctxFor } from "../answers/helpers.js";

const catalog = readCatalog();
const now = new Date("2026-12-04T10:00:00Z");
const model = (id: string) => catalog.modelById.get(id)!;
const licenceOf = (id: string) => catalog.licenseById.get(model(id).licenseId)!;
const verdictFor = (id: string, facts: TeamFacts) => licenseVerdict(model(id), licenceOf(id), facts);
const commercialTeam: TeamFacts = { commercial: true, monthlyActiveUsers: 50_000 };
const researchTeam: TeamFacts = { commercial: false };

function licenceAnswer(id: string, facts: TeamFacts): string {
  const ctx = ctxFor(catalog, now);
  return licenseHandler({ kind: "license", modelIds: [id], facts, topic: null, openOnly: false }, ctx).replies[0]!
    .fallbackText;
}

describe("Command A: Cohere's card (CC-BY-NC), not the older Command's API terms", () => {
  it("resolves 'Command A' and its spellings to Command A, whose licence is its own", () => {
    for (const name of ["Command A", "command-a", "CommandA", "cohere command a", "c4ai-command-a-03-2025"]) {
      const r = resolveModel(name, catalog);
      expect(r.status === "found" ? r.id : r.status, name).toBe("command-a");
    }
    expect(model("command-a").licenseId).toBe("cohere-command-a-license");
    expect(model("cohere-command").licenseId).toBe("cohere-api-terms");
  });

  it("blocks a commercial team on the weights and quotes Cohere's card; allows a research team", () => {
    const commercial = verdictFor("command-a", commercialTeam);
    expect(commercial.verdict).toBe("blocked");
    expect(commercial.reasons[0]).toMatch(/non-commercial use only/);
    expect(commercial.clauses[0]).toMatchObject({
      quote: expect.stringMatching(/^License: CC-BY-NC/),
      source: "https://huggingface.co/CohereForAI/c4ai-command-a-03-2025",
      primary: true,
    });
    const research = verdictFor("command-a", researchTeam);
    expect(research.verdict).not.toBe("blocked");
    expect(research.duties.join("\n")).toMatch(/non-commercial/);
  });

  it("answers with the verdict, the clause and 'per <source>, <date>' in the text", () => {
    const commercial = licenceAnswer("command-a", commercialTeam);
    expect(commercial).toMatch(/^== Blocked: Command A ==/);
    expect(commercial).toMatch(/"License: CC-BY-NC, requires also adhering to C4AI's Acceptable Use Policy"/);
    expect(commercial).toMatch(/huggingface\.co\/CohereForAI\/c4ai-command-a-03-2025, checked 2026-12-04/);
    expect(commercial).not.toMatch(/secondary/);
    expect(licenceAnswer("command-a", researchTeam)).toMatch(/^== Allowed with conditions: Command A ==/);
  });

  it("shows the licence on the model card with the card as its source", () => {
    const card = describeModel(model("command-a"), catalog, now).fallbackText;
    expect(card).toMatch(/Licence\s*: CC-BY-NC 4\.0 \+ C4AI Acceptable Use Policy \(Command A weights\)/);
    expect(card).toMatch(/non-commercial \(CC-BY-NC, per Cohere's card\)/);
    expect(card).not.toMatch(/not covered by our licence data/);
  });

  it("is filtered out for a commercial team that self-hosts, kept through Cohere's API otherwise", () => {
    const api = catalog.licenseById.get(model("command-a").apiLicenseId!)!;
    const selfHosted = licenseConstraint(
      model("command-a"),
      licenceOf("command-a"),
      { ...commercialTeam, selfHost: true },
      {
        apiLicense: api,
      },
    );
    expect(selfHosted.excluded).toBe(true);
    expect(selfHosted.excluded && selfHosted.reason).toMatch(/^Command A: .*non-commercial/);
    const viaApi = licenseConstraint(model("command-a"), licenceOf("command-a"), commercialTeam, { apiLicense: api });
    expect(viaApi.excluded).toBe(false);
    expect(viaApi.verdict.notes?.[0]).toMatch(/^Only through Cohere's own API/);
  });
});

describe("vendor API terms: the vendor's own page, read in part and marked so", () => {
  const vendorHosts: Record<string, RegExp> = {
    "cohere-api-terms": /^https:\/\/cohere\.com\//,
    "mistral-api-terms": /^https:\/\/(legal\.)?mistral\.ai\//,
    "xai-api-terms": /^https:\/\/x\.ai\//,
    "amazon-nova-terms": /^https:\/\/aws\.amazon\.com\//,
    // AI21's own Jamba-1.5 paper (its hub repository's licence tag was read on a discussions page).
    "ai21-jamba-license": /^https:\/\/arxiv\.org\/html\/2408\.12570/,
  };

  it("quotes only the vendor's own pages, and stays unverified where it read only part", () => {
    for (const [id, host] of Object.entries(vendorHosts)) {
      const l = catalog.licenseById.get(id)!;
      expect(l.clauses.length, id).toBeGreaterThan(0);
      for (const c of l.clauses) {
        expect(c.source, id).toMatch(host);
        expect(c.primary, id).toBe(true);
        expect(c.checkedHow, id).toMatch(/lab's own page/);
      }
      expect(l.verified, id).toBe(false);
    }
  });

  it("says why a partly read text is unverified, never 'secondary sources only'", () => {
    const grok = licenceAnswer("grok-4", commercialTeam);
    expect(grok).toMatch(/^== Allowed with conditions: Grok 4/);
    expect(grok).toMatch(/internal business purposes/);
    expect(grok).toMatch(/does not settle every term/);
    expect(grok).not.toMatch(/secondary sources only/);
    // Mistral's own 2023 terms allow building commercial applications; a commercial team is not blocked.
    expect(verdictFor("mistral-medium-3", commercialTeam).verdict).not.toBe("blocked");
    // AWS's universal terms do not settle commercial use of Nova: it stays unknown, said as such.
    expect(licenceOf("nova-pro").terms.commercialUse).toBe("unknown");
    expect(licenceOf("jamba-1.5-large").name).toBe("Jamba Open Model License");
  });
});

describe("Gemma 4 and Phi-4: Google's and Microsoft's own text replaces blogs and mirrors", () => {
  it("Gemma 4: allowed for a commercial team at 2M users and for research, quoting Google's page", () => {
    for (const id of ["gemma-4-31b", "gemma-4-26b-a4b"]) {
      const commercial = verdictFor(id, { commercial: true, monthlyActiveUsers: 2_000_000, fineTune: true });
      expect(commercial.verdict, id).toBe("allowed");
      expect(commercial.clauses[0]).toMatchObject({
        quote: "Gemma 4 is licensed under the Apache-2.0 license.",
        source: "https://ai.google.dev/edge/litert-lm/models/gemma-4",
      });
      expect(verdictFor(id, researchTeam).verdict, id).toBe("allowed");
    }
    // Earlier Gemma stays under the Gemma Terms of Use: the family split is kept.
    expect(licenceOf("gemma-3-27b").id).toBe("gemma");
    const answer = licenceAnswer("gemma-4-31b", commercialTeam);
    expect(answer).toMatch(/^== Allowed: Gemma 4 31B ==/);
    expect(answer).toMatch(/ai\.google\.dev\/edge\/litert-lm\/models\/gemma-4, checked 2026-12-04/);
    expect(answer).not.toMatch(/unverified|secondary/i);
    const card = describeModel(model("gemma-4-31b"), catalog, now).fallbackText;
    expect(card).toMatch(/Licence\s*: Apache License 2\.0 \(Gemma 4\)/);
    expect(card).not.toMatch(/Licence\s*:.*unverified|reported/);
  });

  it("Phi-4: each variant quotes Microsoft's own word on its MIT licence (its repository's tag, or Microsoft's catalogue naming its LICENSE file); the Azure preview's MSRLA is history", () => {
    const repos: Record<string, string> = {
      "phi-4": "huggingface.co/microsoft/phi-4/",
      "phi-4-mini": "huggingface.co/microsoft/Phi-4-mini-instruct/",
      "phi-4-reasoning": "huggingface.co/microsoft/Phi-4-reasoning/",
    };
    for (const [id, repo] of Object.entries(repos)) {
      const l = licenceOf(id);
      expect(l.id, id).toBe(id);
      expect(l.verified, id).toBe(true);
      // Every quote is Microsoft's, and one is read in the variant's own repository or names it.
      expect(
        l.clauses.every((c) =>
          /^https:\/\/(huggingface\.co\/microsoft|github\.com\/Azure\/azureml-assets)\//.test(c.source),
        ),
        id,
      ).toBe(true);
      expect(
        l.clauses.some((c) => c.source.includes(repo) || c.quote.includes(repo)),
        id,
      ).toBe(true);
      const v = verdictFor(id, { commercial: true, fineTune: true, distributeWeights: true });
      expect(v.verdict, id).toBe("allowed");
      expect(v.clauses.map((c) => c.quote).join("\n"), id).toMatch(/^license: mit$/im);
    }
    expect(licenceOf("phi-4").history).toMatch(/Microsoft Research License/);
    expect(licenceOf("phi-4-mini").history).toBeNull();
  });

  it("keeps them on a commercial self-hosting team's shortlist", () => {
    for (const id of ["gemma-4-31b", "phi-4", "phi-4-reasoning"]) {
      const c = licenseConstraint(model(id), licenceOf(id), { ...commercialTeam, selfHost: true });
      expect(c.excluded, id).toBe(false);
    }
  });
});
