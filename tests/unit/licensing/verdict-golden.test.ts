// Golden verdicts on the real catalogue, each checked against the clause it rests on (quotes
// from ../shared/data/licenses.json): size- and version-specific terms included.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import { listModelsForFacts } from "../../../src/licensing/list-models.js";
import { licenseConstraint, licenseVerdict } from "../../../src/licensing/verdict.js";

const catalog = readCatalog();

function verdictFor(modelId: string, facts: TeamFacts) {
  const model = catalog.modelById.get(modelId);
  if (!model) throw new Error(`no model ${modelId} in the catalogue`);
  const license = catalog.licenseById.get(model.licenseId);
  if (!license) throw new Error(`no licence ${model.licenseId}`);
  return { model, license, v: licenseVerdict(model, license, facts) };
}

const quotes = (v: { clauses: { quote: string }[] }) => v.clauses.map((c) => c.quote).join("\n");

describe("golden licence verdicts on the catalogue", () => {
  it("Llama 3.1 with 800M monthly users: blocked by the 700M clause", () => {
    const { v } = verdictFor("llama-3.1-70b", { commercial: true, monthlyActiveUsers: 800_000_000 });
    expect(v.verdict).toBe("blocked");
    expect(v.reasons[0]).toMatch(
      /^800M monthly active users is over the Llama 3.1 Community License Agreement's 700M threshold/,
    );
    expect(v.clauses[0]).toMatchObject({
      topic: "user-threshold",
      source: expect.stringContaining("llama3_1/LICENSE"),
    });
    expect(v.clauses[0]?.quote).toMatch(/greater than 700 million monthly active users/);
    expect(v.clauses[0]?.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("Llama 3.1 under the threshold: conditional with Built with Llama and the use policy", () => {
    const { v } = verdictFor("llama-3.1-8b", { commercial: true, monthlyActiveUsers: 5_000_000 });
    expect(v.verdict).toBe("conditional");
    expect(v.duties.join("\n")).toMatch(/Built with Llama/);
    expect(v.duties.join("\n")).toMatch(/Acceptable Use Policy/);
    expect(quotes(v)).toMatch(/Built with Llama/);
  });

  it("training on Llama 3.1 outputs: conditional with the Llama naming duty", () => {
    const { v } = verdictFor("llama-3.1-70b", { trainOnOutputs: true });
    expect(v.verdict).toBe("conditional");
    expect(v.duties.join("\n")).toMatch(/"Llama"/);
    expect(quotes(v)).toMatch(/outputs or results of the Llama Materials to create, train, fine tune/);
    expect(quotes(v)).toMatch(/“Llama” at the beginning of any such AI model name/);
  });

  it("training on Llama 3 and Llama 2 outputs: blocked", () => {
    for (const id of ["llama-3-70b", "llama-2-70b"]) {
      const { v } = verdictFor(id, { trainOnOutputs: true });
      expect(v.verdict).toBe("blocked");
      expect(v.clauses[0]?.quote).toMatch(/improve any other large language model/);
    }
  });

  it("Qwen2.5: 72B blocked at 150M users, 7B allowed (Apache), 3B blocked for commercial use", () => {
    const big = verdictFor("qwen2.5-72b", { commercial: true, monthlyActiveUsers: 150_000_000 }).v;
    expect(big.verdict).toBe("blocked");
    expect(big.clauses[0]?.quote).toMatch(/more than 100 million monthly active users/);
    expect(verdictFor("qwen2.5-7b", { commercial: true, monthlyActiveUsers: 150_000_000 }).v.verdict).toBe("allowed");
    const small = verdictFor("qwen2.5-3b", { commercial: true }).v;
    expect(small.verdict).toBe("blocked");
    expect(small.clauses[0]?.quote).toBe("FOR NON-COMMERCIAL PURPOSES ONLY");
    expect(verdictFor("qwen2.5-coder-3b", { commercial: true }).v.verdict).toBe("blocked");
  });

  it("Claude outputs to train a competing model: blocked with the competing-model clause", () => {
    const { v } = verdictFor("claude-sonnet-4.5", { trainOnOutputs: true, competingModel: true });
    expect(v.verdict).toBe("blocked");
    expect(v.reasons[0]).toMatch(/compete with Anthropic/);
    expect(quotes(v)).toMatch(/train competing AI models/);
  });

  it("GPT-4 self-hosted: blocked, no weights", () => {
    const { model, license, v } = verdictFor("gpt-4", { selfHost: true });
    expect(v.verdict).toBe("blocked");
    expect(v.reasons[0]).toMatch(/not released its weights/);
    expect(licenseConstraint(model, license, { selfHost: true }).excluded).toBe(true);
  });

  it("Llama 3.2 11B Vision for an EU company: blocked; 3.2 1B text: not blocked; Llama 4: blocked", () => {
    const vision = verdictFor("llama-3.2-11b-vision", { inEu: true, commercial: true }).v;
    expect(vision.verdict).toBe("blocked");
    expect(vision.clauses[0]?.topic).toBe("regional");
    expect(quotes(vision)).toMatch(/multimodal models included in Llama 3.2/);
    expect(verdictFor("llama-3.2-1b", { inEu: true, commercial: true }).v.verdict).toBe("conditional");
    const scout = verdictFor("llama-4-scout", { inEu: true }).v;
    expect(scout.verdict).toBe("blocked");
    expect(quotes(scout)).toMatch(/multimodal models included in Llama 4/);
  });

  it("Falcon 40B (Apache) allowed as an API; Falcon 180B conditional on its hosting clause", () => {
    const facts = { commercial: true, serveAsApi: true, fineTune: true };
    expect(verdictFor("falcon-40b", facts).v.verdict).toBe("allowed");
    expect(verdictFor("falcon-7b", facts).v.verdict).toBe("allowed");
    const big = verdictFor("falcon-180b", facts).v;
    expect(big.verdict).toBe("conditional");
    expect(quotes(big)).toMatch(/hosted services may require a separate license/);
  });

  it("Mistral 7B (Apache) allowed for everything", () => {
    const { v } = verdictFor("mistral-7b", {
      commercial: true,
      fineTune: true,
      distributeWeights: true,
      serveAsApi: true,
      trainOnOutputs: true,
      monthlyActiveUsers: 2e9,
      inEu: true,
    });
    expect(v.verdict).toBe("allowed");
  });

  it("Mistral Small 24.09 and Large 24.11 (research licence) blocked commercially; Small 3 allowed", () => {
    expect(verdictFor("mistral-small-2409", { commercial: true }).v.verdict).toBe("blocked");
    expect(verdictFor("mistral-large-2411", { commercial: true }).v.verdict).toBe("blocked");
    expect(verdictFor("mistral-small-3", { commercial: true }).v.verdict).toBe("allowed");
    // Large 3: Mistral's own card names Apache 2.0 for its weights, so the verdict is settled.
    const large3 = verdictFor("mistral-large-3", { commercial: true }).v;
    expect(large3.verdict).toBe("allowed");
    expect(large3.unverified).toBe(false);
    // Gemma 4: Google's own documentation settles it too; GLM-4.7's licence was not read in Z.ai's text.
    expect(verdictFor("gemma-4-31b", { commercial: true }).v.unverified).toBe(false);
    expect(verdictFor("glm-4.7", { commercial: true }).v.unverified).toBe(true);
  });

  it("BLOOM's RAIL restrictions are duties, and a restricted field is blocked", () => {
    const { v } = verdictFor("bloom", { commercial: true });
    expect(v.verdict).toBe("conditional");
    expect(v.duties.join("\n")).toMatch(/medical advice/);
    expect(quotes(v)).toMatch(/medical advice/);
    const medical = verdictFor("bloom", { commercial: true, fieldOfUse: "medical" }).v;
    expect(medical.verdict).toBe("blocked");
    expect(medical.clauses[0]?.topic).toBe("field-of-use");
  });

  it("Turing-NLG is not available; Transformers is a library", () => {
    expect(verdictFor("turing-nlg", { commercial: true }).v.reasons[0]).toMatch(/never released/);
    expect(verdictFor("hf-transformers", { commercial: true }).v.reasons[0]).toMatch(/library, not a model/);
  });

  it("lists open models for fine-tuning with 1B monthly users, Qwen2.5 sizes kept apart", () => {
    const list = listModelsForFacts(catalog, { fineTune: true, monthlyActiveUsers: 1_000_000_000 });
    const blocked = list.blocked.flatMap((e) => e.modelIds);
    const allowed = list.allowed.flatMap((e) => e.modelIds);
    expect(blocked).toEqual(expect.arrayContaining(["llama-3.1-70b", "qwen2.5-72b", "llama-4-scout"]));
    expect(allowed).toEqual(expect.arrayContaining(["mistral-7b", "qwen2.5-7b", "falcon-40b"]));
    expect(allowed).not.toContain("qwen2.5-3b");
    expect(allowed).not.toContain("gpt-4");
    const qwen = list.allowed.find((e) => e.modelIds.includes("qwen2.5-7b"));
    expect(qwen?.modelIds).toEqual(expect.arrayContaining(["qwen2.5-0.5b", "qwen2.5-14b"]));
  });

  it("keeps a research-licensed model with a commercial API when the team uses the API", () => {
    const model = catalog.modelById.get("mistral-large-2411")!;
    const weights = catalog.licenseById.get(model.licenseId)!;
    const api = catalog.licenseById.get(model.apiLicenseId ?? "")!;
    expect(licenseConstraint(model, weights, { commercial: true }).excluded).toBe(true);
    const viaApi = licenseConstraint(model, weights, { commercial: true }, { apiLicense: api });
    expect(viaApi.excluded).toBe(false);
    expect(viaApi.verdict.unverified).toBe(true);
    expect(viaApi.verdict.notes?.[0]).toMatch(/Only through Mistral AI's own API/);
    expect(licenseConstraint(model, weights, { commercial: true, selfHost: true }, { apiLicense: api }).excluded).toBe(
      true,
    );
  });
});
