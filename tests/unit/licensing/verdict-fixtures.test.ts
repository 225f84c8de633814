// Golden cases on hand-built licence records (tests/fixtures/licenses), checked against the
// quoted clauses in ../shared/data/licenses.json.
import { describe, expect, it } from "vitest";
import { licenseConstraint, licenseVerdict } from "../../../src/licensing/verdict.js";
import { licenses as L, models as M } from "../../fixtures/licenses/fixtures.js";

describe("licenseVerdict on fixture licences", () => {
  it("blocks Llama 3.1 at 800M monthly users, quoting the 700M clause", () => {
    const v = licenseVerdict(M.llama31_70b, L.llama31, { commercial: true, monthlyActiveUsers: 800_000_000 });
    expect(v.verdict).toBe("blocked");
    expect(v.reasons[0]).toMatch(/800M monthly active users is over .*Llama 3.1.*700M threshold/);
    expect(v.reasons[0]).toMatch(/request a licence from Meta/);
    expect(v.clauses[0]?.quote).toMatch(/700 million monthly active users/);
    expect(v.clauses[0]?.source).toMatch(/llama3_1\/LICENSE/);
    expect(v.clauses[0]?.checkedAt).toBe("2026-08-22");
  });

  it("makes Llama 3.1 conditional under the threshold, with Built with Llama and the AUP as duties", () => {
    const v = licenseVerdict(M.llama31_70b, L.llama31, { commercial: true, monthlyActiveUsers: 1_000_000 });
    expect(v.verdict).toBe("conditional");
    expect(v.duties.join("\n")).toMatch(/Built with Llama/);
    expect(v.duties.join("\n")).toMatch(/Acceptable Use Policy/);
    expect(v.questions).toEqual([]);
  });

  it("asks for monthly users when they are not stated and the licence has a threshold", () => {
    const v = licenseVerdict(M.llama31_70b, L.llama31, { commercial: true });
    expect(v.verdict).toBe("conditional");
    expect(v.questions?.join(" ")).toMatch(/monthly active users.*700M/);
  });

  it("allows training on Llama 3.1 outputs with the naming duty", () => {
    const v = licenseVerdict(M.llama31_70b, L.llama31, { trainOnOutputs: true });
    expect(v.verdict).toBe("conditional");
    expect(v.duties.join("\n")).toMatch(/"Llama" at the start of its name/);
    expect(v.clauses.map((c) => c.topic)).toContain("outputs-training");
  });

  it("blocks training on Llama 3 and Llama 2 outputs", () => {
    for (const [model, license] of [
      [M.llama3_70b, L.llama3],
      [M.llama2_70b, L.llama2],
    ] as const) {
      const v = licenseVerdict(model, license, { trainOnOutputs: true });
      expect(v.verdict).toBe("blocked");
      expect(v.reasons[0]).toMatch(/improve any other large language model/);
      expect(v.clauses[0]?.quote).toMatch(/to improve any other large language model/);
    }
  });

  it("blocks training a competing model on Claude outputs, and asks whether it competes", () => {
    const v = licenseVerdict(M.claude, L.claude, { trainOnOutputs: true });
    expect(v.verdict).toBe("blocked");
    expect(v.reasons[0]).toMatch(/compete with Anthropic/);
    expect(v.clauses[0]?.quote).toMatch(/train competing AI models/);
    expect(v.questions?.[0]).toMatch(/compete/);
    const nonCompeting = licenseVerdict(M.claude, L.claude, { trainOnOutputs: true, competingModel: false });
    expect(nonCompeting.verdict).toBe("conditional");
  });

  it("blocks self-hosting GPT-4 because no weights are released", () => {
    const v = licenseVerdict(M.gpt4, L.gpt4, { selfHost: true });
    expect(v.verdict).toBe("blocked");
    expect(v.reasons[0]).toMatch(/weights/);
    expect(licenseConstraint(M.gpt4, L.gpt4, { selfHost: true })).toMatchObject({
      excluded: true,
      reason: expect.stringMatching(/^GPT-4: Self-hosting/),
    });
  });

  it("blocks Llama 3.2 11B Vision for an EU company but not the 1B text model", () => {
    const vision = licenseVerdict(M.llama32_11b_vision, L.llama32, { inEu: true, commercial: true });
    expect(vision.verdict).toBe("blocked");
    expect(vision.reasons[0]).toMatch(/EU.*multimodal/);
    expect(vision.clauses[0]?.quote).toMatch(/multimodal models included in Llama 3.2/);
    const text = licenseVerdict(M.llama32_1b, L.llama32, { inEu: true, commercial: true });
    expect(text.verdict).toBe("conditional");
    expect([...text.reasons, ...(text.notes ?? [])].join(" ")).toMatch(/text only/);
    const scout = licenseVerdict(M.llama4_scout, L.llama4, { inEu: true });
    expect(scout.verdict).toBe("blocked");
  });

  it("asks about the EU for a multimodal Llama when it was not stated", () => {
    const v = licenseVerdict(M.llama32_11b_vision, L.llama32, { commercial: true, monthlyActiveUsers: 10_000 });
    expect(v.verdict).toBe("conditional");
    expect(v.questions?.join(" ")).toMatch(/established in the EU/);
  });

  it("treats Qwen2.5 sizes by their own licences", () => {
    expect(
      licenseVerdict(M.qwen25_72b, L.qwenLicense, { commercial: true, monthlyActiveUsers: 150_000_000 }).verdict,
    ).toBe("blocked");
    expect(licenseVerdict(M.qwen25_7b, L.apache, { commercial: true, monthlyActiveUsers: 150_000_000 }).verdict).toBe(
      "allowed",
    );
    const small = licenseVerdict(M.qwen25_3b, L.qwenResearch, { commercial: true });
    expect(small.verdict).toBe("blocked");
    expect(small.reasons[0]).toMatch(/non-commercial/);
    expect(small.clauses[0]?.quote).toBe("FOR NON-COMMERCIAL PURPOSES ONLY");
  });

  it("allows Falcon 40B (Apache) as an API but puts Falcon 180B's hosting condition up front", () => {
    const facts = { commercial: true, serveAsApi: true };
    expect(licenseVerdict(M.falcon40b, L.apache, facts).verdict).toBe("allowed");
    const big = licenseVerdict(M.falcon180b, L.falcon180, facts);
    expect(big.verdict).toBe("conditional");
    expect(big.duties.join(" ")).toMatch(/separate licence from TII/);
    expect(big.clauses.map((c) => c.quote)).toContain(
      "Use of Falcon180B for hosted services may require a separate license.",
    );
  });

  it("allows Mistral 7B (Apache) for everything, with notice duties only when distributing", () => {
    const v = licenseVerdict(M.mistral7b, L.apache, {
      commercial: true,
      fineTune: true,
      distributeWeights: true,
      serveAsApi: true,
      trainOnOutputs: true,
      monthlyActiveUsers: 2e9,
      inEu: true,
    });
    expect(v.verdict).toBe("allowed");
    expect(v.duties.join(" ")).toMatch(/Apache-2.0 licence/);
  });

  it("lists BLOOM's RAIL field-of-use restrictions as duties and blocks a restricted field", () => {
    const v = licenseVerdict(M.bloom, L.bloomRail, { commercial: true, serveAsApi: true });
    expect(v.verdict).toBe("conditional");
    expect(v.duties.join(" ")).toMatch(/use restrictions: .*medical advice/);
    expect(v.duties.join(" ")).toMatch(/enforceable terms/);
    const medical = licenseVerdict(M.bloom, L.bloomRail, { commercial: true, fieldOfUse: "healthcare" });
    expect(medical.verdict).toBe("blocked");
    expect(medical.clauses[0]?.topic).toBe("field-of-use");
  });

  it("blocks Turing-NLG as not available, and explains that Transformers is a library", () => {
    expect(licenseVerdict(M.turing, L.turing, {}).verdict).toBe("blocked");
    expect(licenseVerdict(M.turing, L.turing, {}).reasons[0]).toMatch(/never released/);
    const lib = licenseVerdict(M.transformers, L.hfLibrary, { commercial: true });
    expect(lib.verdict).toBe("allowed");
    expect(lib.reasons[0]).toMatch(/library, not a model.*does not cover any model weights/);
  });

  it("marks unverified licences", () => {
    const v = licenseVerdict(M.mistralLarge3, L.unverifiedApache, { commercial: true });
    expect(v.unverified).toBe(true);
    expect(v.reasons.join(" ")).toMatch(/Unverified/);
  });

  it("does not assume unstated facts: a non-commercial licence without facts is conditional with a question", () => {
    const v = licenseVerdict(M.qwen25_3b, L.qwenResearch, {});
    expect(v.verdict).toBe("conditional");
    expect(v.questions?.[0]).toMatch(/commercial/);
  });

  it("never reads an unknown term as yes or no, and uses the catalogue's note", () => {
    const base = L.falcon180;
    const unknown = {
      ...base,
      verified: false,
      terms: {
        ...base.terms,
        commercialUse: "unknown",
        serveAsApi: "unknown",
        notes: { serveAsApi: "the hosting definition was not read" },
      },
    } as unknown as typeof base;
    const v = licenseVerdict(M.falcon180b, unknown, { commercial: true, serveAsApi: true });
    expect(v.verdict).toBe("conditional");
    expect(v.unverified).toBe(true);
    expect(v.reasons.join(" ")).toMatch(/do not settle whether this is allowed: the hosting definition was not read/);
    expect(v.duties.join(" ")).toMatch(/Confirm with TII/);
  });
});
