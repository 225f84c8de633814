// A product for people under 18: each hosted provider's own age terms decide before "allowed" —
// the Gemini API forbids apps likely to be used by under-18s, OpenAI asks for parents' consent,
// Anthropic for its guidelines on products serving minors — and a hosted service whose age terms
// we do not hold is never passed as allowed. Open-weights licences say nothing on age.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { licenseVerdict } from "../../../src/licensing/verdict.js";

const catalog = readCatalog();
const verdictFor = (id: string, minors: "minors" | "no minors" = "minors") => {
  const model = catalog.modelById.get(id)!;
  const license = catalog.licenseById.get(model.licenseId)!;
  return {
    license,
    verdict: licenseVerdict(model, license, { commercial: true, ...(minors === "minors" ? { minorUsers: true } : {}) }),
  };
};

describe("users under 18", () => {
  it("blocks a Gemini API model, quoting Google's age terms and naming Vertex's separate terms", () => {
    const { verdict } = verdictFor("gemini-2.5-pro");
    expect(verdict.verdict).toBe("blocked");
    expect(verdict.reasons.join(" ")).toMatch(/under 18/);
    expect(verdict.reasons.join(" ")).toMatch(/Vertex AI comes under Google Cloud's terms/);
    expect(verdict.clauses[0]?.topic).toBe("minors");
    expect(verdict.clauses.map((c) => c.quote).join(" ")).toMatch(
      /likely to be accessed by individuals under the age of 18/,
    );
    expect(verdict.clauses.every((c) => c.topic !== "minors" || c.primary)).toBe(true);
  });

  it("lets OpenAI and Anthropic models through only on their conditions, each with its own clause", () => {
    const openai = verdictFor("gpt-4o").verdict;
    expect(openai.verdict).toBe("conditional");
    expect(openai.duties.join(" ")).toMatch(/parent's or guardian's consent/);
    expect(openai.clauses.some((c) => c.topic === "minors" && /without consent from their parent/.test(c.quote))).toBe(
      true,
    );
    const claude = verdictFor("claude-sonnet-4.5").verdict;
    expect(claude.verdict).toBe("conditional");
    expect(claude.duties.join(" ")).toMatch(/guidelines for organizations serving minors/);
    expect(claude.clauses.some((c) => c.topic === "minors" && /Products serving minors/.test(c.quote))).toBe(true);
  });

  it("never calls a hosted model whose provider's age terms we do not hold 'allowed' for minors", () => {
    for (const model of catalog.models) {
      const license = catalog.licenseById.get(model.licenseId)!;
      if (model.openWeights || license.kind !== "proprietary-api" || model.status === "retired") continue;
      const verdict = licenseVerdict(model, license, { commercial: true, minorUsers: true });
      expect(verdict.verdict, model.id).not.toBe("allowed");
      if (license.terms.minorUsers === undefined)
        expect(verdict.duties.join(" "), model.id).toMatch(/terms on users under 18 before offering/);
    }
  });

  it("changes nothing for open weights or when no minors are involved", () => {
    const apache = verdictFor("qwen3-32b");
    expect(apache.verdict.verdict).toBe(verdictFor("qwen3-32b", "no minors").verdict.verdict);
    expect(apache.verdict.duties.join(" ")).not.toMatch(/under 18/);
    const gemini = verdictFor("gemini-2.5-pro", "no minors").verdict;
    expect(gemini.verdict).not.toBe("blocked");
    expect(gemini.clauses.some((c) => c.topic === "minors")).toBe(false);
  });
});
