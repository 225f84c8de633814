// The one-shot question of the twelfth tryout round, "… with no monthly-user cap and no
// attribution requirement?", read the cap but not the attribution rule: Gemma 3 12B, whose terms
// ask for a Notice file, ranked #2, and the rule was not said back. Over generated phrasings ×
// jobs: the licences whose recorded attribution duty credits the maker where people see it (a
// "Built with" line, a Notice file statement) are ruled out and said back; Apache 2.0 and MIT,
// which ask only that their notices are kept in copies, stay; the cap named beside it is said too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { licencesOfKind, sayExcludedLicences } from "../../../src/licensing/licence-kinds.js";

const catalog = readCatalog();

const RULES = [
  "no attribution requirement",
  "no attribution requirements",
  "nothing with an attribution duty",
  "no attribution clauses please",
  "without any attribution requirement",
  "no 'built with' branding",
];
const JOBS = [
  "which open-weights model under 15B can we fine-tune and ship in our product",
  "open model for summarising support tickets",
  "we embed a small open model in our desktop app",
];

describe("no attribution requirement", () => {
  it("rules out licences that credit the maker where people see it, keeps Apache 2.0 and MIT, and is said back", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULES), fc.constantFrom(...JOBS), (rule, job) => {
        const text = `${job}, ${rule}. which model?`;
        const excluded = parseRequirements(text, catalog).exclude?.licenses ?? [];
        for (const id of ["gemma", "llama-3.1", "llama-3.3", "qwen-license", "dbrx"])
          expect(excluded, `${text}: ${id}`).toContain(id);
        for (const id of ["qwen3", "mistral-small-3", "phi-4", "gpt-oss", "deepseek-r1"])
          expect(excluded, `${text}: ${id}`).not.toContain(id);
        expect(sayExcludedLicences(excluded, catalog).join(" "), text).toMatch(/attribution duty/);
      }),
      { numRuns: 40 },
    );
  });

  it("beside 'no monthly-user cap', both rules hold and the attribution rule is said back", () => {
    const text =
      "which open-weights model under 15B parameters can we fine-tune and ship inside a commercial product with no monthly-user cap and no attribution requirement?";
    const ids = parseRequirements(text, catalog).exclude?.licenses ?? [];
    // Every capped licence asks for attribution here, so the cap rule is said within the attribution
    // one (licence-kinds.ts sayExcludedLicences); both are enforced.
    for (const id of licencesOfKind("user-cap", catalog)) expect(ids, id).toContain(id);
    expect(sayExcludedLicences(ids, catalog).join(" ")).toMatch(/attribution duty/);
  });

  it("'nothing CC-BY-NC, no research-only licences' is still said as non-commercial licences alone", () => {
    const text = "which open model for summaries, no research-only licences and nothing CC-BY-NC";
    expect(sayExcludedLicences(parseRequirements(text, catalog).exclude?.licenses ?? [], catalog)).toEqual([
      "non-commercial licences",
    ]);
  });
});
