// The committed catalogue: loads, is internally consistent and holds the facts the product
// promises (the 2024 comparison's models and its corrections, per-size licences, sourced prices).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveModel } from "../../../src/catalog/lookup.js";
import { findModelMentions } from "../../../src/catalog/mentions.js";
import { clauseSpeaksFor } from "../../../src/licensing/checkpoint.js";

const catalog = readCatalog();
const model = (id: string) => {
  const found = catalog.modelById.get(id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};
const licenseOf = (id: string) => catalog.licenseById.get(model(id).licenseId);

describe("the committed catalogue", () => {
  it("loads and indexes every entry", () => {
    expect(catalog.licenses.length).toBeGreaterThanOrEqual(54);
    expect(catalog.modelById.size).toBe(catalog.models.length);
    expect(catalog.licenseById.size).toBe(catalog.licenses.length);
    expect(catalog.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("gives MiniMax-M3 its card's 1M context, not a list's 512K price-tier figure, and says whose copy it read", () => {
    const m3 = model("minimax-m3");
    expect(m3.contextWindow).toBe(1_000_000);
    expect(m3.contextWindowSource).toMatchObject({ sourceKind: "secondary", verified: false });
    expect(m3.contextWindowSource?.label).toMatch(/copy of MiniMax's MiniMax-M3 model card/);
  });

  it("holds Qwen3-VL 30B-A3B and 8B with Qwen's README dates and 256K, hosts' counts unverified, each name its own", () => {
    const vl30 = model("qwen3-vl-30b-a3b");
    const vl8 = model("qwen3-vl-8b");
    expect(vl30).toMatchObject({ releaseDate: "2025-10-04", contextWindow: 262_144, openWeights: true });
    expect(vl8).toMatchObject({ releaseDate: "2025-10-15", contextWindow: 262_144, openWeights: true });
    for (const m of [vl30, vl8]) {
      expect(m.releaseDateSource?.sourceUrl, m.id).toMatch(
        /^https:\/\/github\.com\/QwenLM\/Qwen3-VL\/blob\/[0-9a-f]{40}\//,
      );
      expect(m.parameters, m.id).toMatchObject({ sourceKind: "secondary", verified: false });
      expect(m.strengths, m.id).toContain("vision");
    }
    expect(vl30.parameters).toMatchObject({ totalB: 31.1, activeB: 3 });
    expect(vl8.parameters).toMatchObject({ totalB: 8.8, activeB: 8.8 });
    expect(resolveModel("qwen3-vl 8b", catalog)).toEqual({ status: "found", id: "qwen3-vl-8b" });
    expect(resolveModel("Qwen3-VL-30B-A3B-Instruct", catalog)).toEqual({ status: "found", id: "qwen3-vl-30b-a3b" });
  });

  // Google's on-device line was missing: "gemma 3n" found nothing, and a phone-app team never saw it.
  it("holds Gemma 3n E4B and E2B with Google's card facts: Gemma terms, 8B / 5B raw, 32K, E4B rated on LMArena", () => {
    const e4b = model("gemma-3n-e4b");
    const e2b = model("gemma-3n-e2b");
    expect(resolveModel("gemma 3n e4b", catalog)).toEqual({ status: "found", id: "gemma-3n-e4b" });
    expect(resolveModel("Gemma 3n E2B", catalog)).toEqual({ status: "found", id: "gemma-3n-e2b" });
    for (const m of [e4b, e2b]) {
      expect(m, m.id).toMatchObject({ openWeights: true, licenseId: "gemma", contextWindow: 32_768 });
      expect(m.releaseDate, m.id).toBe("2025-06-26");
    }
    // The E4B count is read in Google's own card; E2B's only in Hugging Face's launch post.
    expect(e4b.parameters).toMatchObject({ totalB: 8, activeB: 8, sourceKind: "primary", verified: true });
    expect(e2b.parameters).toMatchObject({ totalB: 5, activeB: 5, sourceKind: "secondary", verified: false });
    expect(e4b.quality.find((q) => q.benchmark === "lmarena-text")?.value).toBe(1319);
    expect(e4b.offerings.length).toBeGreaterThan(0);
  });

  it("over generated spellings of the two Gemma 3n sizes (case, separators, -it), each finds its own size", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(["e4b", "gemma-3n-e4b"], ["e2b", "gemma-3n-e2b"]),
        fc.constantFrom(" ", "-"),
        fc.constantFrom("gemma 3n", "gemma-3n", "Gemma 3n", "GEMMA-3N"),
        fc.constantFrom("", "-it", " it"),
        fc.boolean(),
        ([size, id], sep, family, suffix, upper) => {
          const written = `${family}${sep}${upper ? size.toUpperCase() : size}${suffix}`;
          expect(resolveModel(written, catalog), written).toEqual({ status: "found", id });
        },
      ),
    );
  });

  it("holds Mistral Small 3.1, which teams name, with its own card's facts and licence quote", () => {
    const small31 = model("mistral-small-3.1");
    expect(small31).toMatchObject({ releaseDate: "2025-03-17", contextWindow: 131_072 });
    expect(small31.parameters).toMatchObject({ totalB: 24, activeB: 24, sourceKind: "primary" });
    expect(small31.retirement).toMatchObject({ retiresOn: "2025-11-30", sourceKind: "primary" });
    const quotes = licenseOf("mistral-small-3.1")!.clauses.filter((c) => clauseSpeaksFor(c, small31));
    expect(quotes.map((c) => c.source)).toEqual([expect.stringMatching(/mistral-small-3-1-25-03\.ts$/)]);
    expect(resolveModel("mistral small 3.1", catalog)).toEqual({ status: "found", id: "mistral-small-3.1" });
    const mentions = findModelMentions("how much would self hosting Mistral Small 3.1 cost us vs the api", catalog);
    expect(mentions.map((m) => m.resolution)).toEqual([{ status: "found", id: "mistral-small-3.1" }]);
  });

  it("holds every replacement a lab names for a retiring model, so 'what replaces it' can be answered", () => {
    const names = new Set(catalog.models.map((m) => m.name));
    const named = catalog.models.flatMap((m) => (m.retirement?.replacement ? [m.retirement.replacement] : []));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !names.has(n))).toEqual([]);
  });

  it("holds Mistral Medium 3.5 from Mistral's card: open weights, 128B dense, 256K, and 'mistral medium' is it", () => {
    const medium = model("mistral-medium-3.5");
    expect(medium).toMatchObject({ openWeights: true, releaseDate: "2026-04-28", contextWindow: 262_144 });
    expect(medium.parameters).toMatchObject({ totalB: 128, activeB: 128, sourceKind: "primary" });
    // Its licence is named on the card but its text was not read: never passed off as verified.
    expect(licenseOf("mistral-medium-3.5")).toMatchObject({ verified: false });
    expect(resolveModel("mistral medium", catalog)).toEqual({ status: "found", id: "mistral-medium-3.5" });
    const mentions = findModelMentions("how much is mistral medium 3.5", catalog);
    expect(mentions.map((m) => m.resolution)).toEqual([{ status: "found", id: "mistral-medium-3.5" }]);
  });

  it("quotes for DeepSeek-R1 only what speaks for R1: its README's line on the Llama-based distill is the distill's", () => {
    const r1 = model("deepseek-r1");
    const quotes = licenseOf("deepseek-r1")!.clauses.filter((c) => clauseSpeaksFor(c, r1));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.filter((c) => /Distill/.test(c.quote))).toEqual([]);
  });

  it("has at least 120 models from at least 15 labs", () => {
    expect(catalog.models.length).toBeGreaterThanOrEqual(120);
    expect(new Set(catalog.models.map((m) => m.lab)).size).toBeGreaterThanOrEqual(15);
  });

  it("gives every model an existing licence (and API terms, where named)", () => {
    for (const m of catalog.models) {
      expect(catalog.licenseById.has(m.licenseId), m.id).toBe(true);
      if (m.apiLicenseId) expect(catalog.licenseById.has(m.apiLicenseId), m.id).toBe(true);
    }
  });

  it("gives every price a source, a source URL and an as-of date", () => {
    for (const m of catalog.models) {
      for (const o of m.offerings) {
        // A price list, Mistral's model cards, or Anthropic's model pages (models no list holds yet, and
        // list prices a page confirms), once with the migration guide that states a later cache price.
        const labPage = /^Anthropic's Claude .* page( and migration guide)? \(platform\.claude\.com docs\)$/.test(
          o.source,
        );
        if (!labPage)
          expect(["models.dev", "litellm", "Mistral AI's model card"], `${m.id} ${o.provider}`).toContain(o.source);
        expect(o.sourceUrl, `${m.id} ${o.provider}`).toMatch(
          labPage ? /^https:\/\/platform\.claude\.com\/docs\// : /^https:\/\/github\.com\//,
        );
        expect(o.asOf, `${m.id} ${o.provider}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(o.inputPerMTok + o.outputPerMTok, `${m.id} ${o.provider}`).toBeGreaterThan(0);
      }
    }
  });

  it("covers one licence record per family of the licence data (all 54)", () => {
    const families = new Set(catalog.licenses.map((l) => l.family).filter((f) => f !== null));
    expect(families.size).toBe(54);
  });

  it("holds every model of the 2024 comparison", () => {
    const seedNames = new Set(catalog.models.map((m) => m.seed2024).filter(Boolean));
    for (const name of [
      "Hugging Face Transformers",
      "GPT-4 by OpenAI",
      "BERT by Google",
      "RoBERTa by Facebook",
      "T5 by Google",
      "DistilBERT by Hugging Face",
      "XLNet by Google/CMU",
      "ALBERT by Google",
      "GPT-Neo and GPT-J by EleutherAI",
      "Turing-NLG by Microsoft",
      "LLaMA2 by Meta",
      "Falcon by TII",
      "Bloom by BigScience",
      "Claude by Anthropic",
      "BLOOMZ by Hugging Face and BigScience",
      "PaLM by Google",
      "Jurassic-2 by AI21 Labs",
      "Command by Cohere",
      "Gemini 1.5 by Google DeepMind",
      "Mistral 7B by Mistral",
      "Vicuna",
      "Llama 3 70B",
    ]) {
      expect(seedNames, name).toContain(name);
    }
    expect(model("hf-transformers").kind).toBe("library");
    expect(model("hf-transformers").description).toMatch(/not a model/i);
    expect(model("turing-nlg").kind).toBe("unreleased");
  });

  it("corrects the 2024 comparison's errors", () => {
    expect(model("mistral-7b").openWeights).toBe(true);
    expect(licenseOf("mistral-7b")?.spdx).toBe("Apache-2.0");
    expect(model("mistral-7b").seedCorrection).toMatch(/Apache-2\.0/);
    expect(model("gpt-j-6b").lab).toBe("EleutherAI");
    expect(model("gpt-j-6b").seedCorrection).toMatch(/not OpenAI/);
    expect(model("jurassic-2").lab).toBe("AI21 Labs");
    expect(model("jurassic-1-jumbo").seedCorrection).toMatch(/AI21/);
    expect(model("bloomz").openWeights).toBe(true);
    expect(licenseOf("bloomz")?.name).toMatch(/RAIL/);
    const gpt4 = model("gpt-4").offerings.find((o) => o.provider === "openai");
    expect([gpt4?.inputPerMTok, gpt4?.outputPerMTok]).toEqual([30, 60]);
    const turbo = model("gpt-4-turbo").offerings.find((o) => o.provider === "openai");
    expect([turbo?.inputPerMTok, turbo?.outputPerMTok]).toEqual([10, 30]);
    expect(model("gpt-4").seedCorrection).toMatch(/GPT-4 Turbo/);
  });

  it("points each size at its own licence", () => {
    expect(model("qwen2.5-7b").licenseId).toBe("qwen2.5-apache");
    expect(licenseOf("qwen2.5-3b")?.terms.commercialUse).toBe("no");
    expect(licenseOf("qwen2.5-72b")?.terms.userThreshold?.maxMonthlyActiveUsers).toBe(100_000_000);
    expect(licenseOf("qwen2.5-7b")?.terms.userThreshold).toBeNull();
    expect(licenseOf("falcon-40b")?.spdx).toBe("Apache-2.0");
    expect(licenseOf("falcon-180b")?.spdx).toBeNull();
    expect(licenseOf("falcon-180b")?.terms.serveAsApi).toBe("conditional");
    expect(licenseOf("llama-3.2-11b-vision")?.terms.regionalExclusions.map((r) => r.region)).toContain("EU");
    expect(licenseOf("llama-3.2-3b")?.terms.regionalExclusions).toEqual([]);
    expect(licenseOf("llama-4-scout")?.terms.regionalExclusions.map((r) => r.region)).toContain("EU");
    expect(licenseOf("llama-3-70b")?.terms.outputsToTrainOtherModels).toBe("no");
    expect(licenseOf("llama-3.1-70b")?.terms.outputsToTrainOtherModels).toBe("conditional");
    expect(licenseOf("llama-3.1-70b")?.terms.userThreshold?.maxMonthlyActiveUsers).toBe(700_000_000);
    expect(licenseOf("mistral-large-2411")?.terms.commercialUse).toBe("no");
    expect(licenseOf("mistral-small-2409")?.terms.commercialUse).toBe("no");
    expect(licenseOf("mistral-small-3")?.terms.commercialUse).toBe("yes");
    // Devstral 2's 123B weights are Modified MIT per Mistral's card; the 24B sibling is Apache-2.0.
    expect(licenseOf("devstral-2")?.name).toMatch(/Modified MIT/);
    expect(licenseOf("devstral-2")?.spdx).toBeNull();
    expect(licenseOf("devstral-small-2")?.spdx).toBe("Apache-2.0");
  });

  it("keeps a licence that only third parties report unverified, with its clauses marked secondary", () => {
    for (const id of ["kimi-k2.6", "kimi-k2.7-code"]) {
      const licence = licenseOf(id)!;
      expect(licence.verified, id).toBe(false);
      expect(licence.clauses.length, id).toBeGreaterThan(0);
      for (const c of licence.clauses) expect(c.primary, `${id}: ${c.source}`).toBe(false);
    }
    // MiniMax-M3: MiniMax's own LICENSE file in its model repository settles it (commercial use
    // with conditions), so the record is verified and quotes only that file.
    const m3 = licenseOf("minimax-m3")!;
    expect(m3.verified).toBe(true);
    expect(m3.terms.commercialUse).toBe("conditional");
    expect(
      m3.clauses.every((c) => c.primary && c.source.startsWith("https://huggingface.co/MiniMaxAI/MiniMax-M3/")),
    ).toBe(true);
    // GLM-5's card in Z.ai's own repository settles its MIT licence; the GLM releases around it
    // (4.6, 4.7, 5.1, 5.2) have no Z.ai text naming theirs, so their record quotes nothing.
    const glm5 = licenseOf("glm-5")!;
    expect(glm5.verified).toBe(true);
    expect(glm5.clauses.every((c) => c.primary && c.source.startsWith("https://github.com/zai-org/"))).toBe(true);
    for (const id of ["glm-4.6", "glm-4.7", "glm-4.7-flash", "glm-5.1", "glm-5.2"]) {
      expect(licenseOf(id)!.verified, id).toBe(false);
      expect(licenseOf(id)!.clauses, id).toEqual([]);
    }
    // Devstral 2: the licence's name is Mistral's (primary), what the modification says is reported.
    const devstral = licenseOf("devstral-2")!;
    expect(devstral.verified).toBe(false);
    expect(devstral.clauses.map((c) => c.primary).sort()).toEqual([false, true]);
  });

  it("reads MiniMax-M2.1's own licence: the display duty binds every commercial product, unlike M2's threshold", () => {
    const m21 = licenseOf("minimax-m2.1")!;
    const m2 = licenseOf("minimax-m2")!;
    expect(m21.id).not.toBe(m2.id);
    expect(m21.verified).toBe(true);
    expect(m21.terms.commercialUse).toBe("conditional");
    expect(
      m21.clauses.every((c) => c.primary && c.source.startsWith("https://github.com/MiniMax-AI/MiniMax-M2.1/blob/")),
    ).toBe(true);
    expect(m21.clauses.some((c) => /commercial products or services/.test(c.quote))).toBe(true);
    // M2's duty starts above a size threshold; M2.1's text has none.
    expect(m2.clauses.some((c) => /100 million monthly active users/.test(c.quote))).toBe(true);
    expect(m21.clauses.some((c) => /monthly active users|revenue/.test(c.quote))).toBe(false);
  });

  it("keeps an API-only model whose service terms we hold no text of unverified, with every use term unknown", () => {
    const qwenMax = model("qwen3-max");
    expect(qwenMax.openWeights).toBe(false);
    const terms = licenseOf("qwen3-max")!;
    expect(terms.verified).toBe(false);
    expect(terms.clauses).toEqual([]);
    expect(terms.terms).toMatchObject({
      commercialUse: "unknown",
      outputsToTrainOtherModels: "unknown",
      selfHosting: "no",
    });
  });

  it("keeps unverified licence families unverified", () => {
    for (const family of ["distilbert", "falcon-3", "cohere-command-api", "nemotron"]) {
      const records = catalog.licenses.filter((l) => l.family === family);
      expect(records.length, family).toBeGreaterThan(0);
      for (const l of records) expect(l.verified, l.id).toBe(false);
    }
    // A family the licence data leaves unverified is settled by the lab's own text: Mistral's card for Large 3,
    // Google's documentation for Gemma 4, Microsoft's repositories for each Phi-4 variant (its hub
    // repository, or its model catalogue naming the variant's LICENSE file).
    for (const id of ["gemma-4", "phi-4", "phi-4-mini", "phi-4-reasoning"]) {
      const l = catalog.licenses.find((x) => x.id === id)!;
      expect(l.verified, id).toBe(true);
      expect(
        l.clauses.every(
          (c) =>
            c.primary &&
            /^https:\/\/(ai\.google\.dev|huggingface\.co\/microsoft|github\.com\/Azure\/azureml-assets)\//.test(
              c.source,
            ),
        ),
        id,
      ).toBe(true);
    }
    const large3 = catalog.licenses.find((l) => l.id === "mistral-large-3")!;
    expect(large3.verified).toBe(true);
    expect(large3.clauses.every((c) => c.primary && c.source.includes("github.com/mistralai/"))).toBe(true);
    // Records outside the licence data are verified only by quotes we read in the lab's own text.
    for (const l of catalog.licenses.filter((x) => x.family === null && x.verified)) {
      expect(l.clauses.length, l.id).toBeGreaterThan(0);
      expect(
        l.clauses.every((c) => c.primary),
        l.id,
      ).toBe(true);
    }
    for (const l of catalog.licenses.filter((x) => x.family === null && x.clauses.length === 0))
      expect(l.verified, l.id).toBe(false);
  });

  it("quotes every verified licence's clauses with source and check date", () => {
    for (const l of catalog.licenses) {
      if (l.verified) expect(l.clauses.length, l.id).toBeGreaterThan(0);
      for (const c of l.clauses) {
        expect(c.source, l.id).toMatch(/^https?:\/\//);
        expect(c.checkedAt, l.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("lists hosts besides the lab for open models", () => {
    const hosted = (id: string) => model(id).offerings.some((o) => !o.firstParty);
    for (const id of [
      "llama-3.1-70b",
      "llama-3.3-70b",
      "mistral-7b",
      "mixtral-8x7b",
      "qwen2.5-72b",
      "deepseek-r1",
      "gpt-oss-120b",
      "gemma-3-27b",
      "qwen3-32b",
    ]) {
      expect(hosted(id), id).toBe(true);
    }
    // Some open models are only priced by their own lab in the data (e.g. research-licensed weights).
    const openPriced = catalog.models.filter((m) => m.openWeights && m.offerings.length > 0);
    expect(openPriced.filter((m) => hosted(m.id)).length / openPriced.length).toBeGreaterThan(0.8);
  });

  it("keeps both prices where models.dev and LiteLLM disagree", () => {
    const bedrock = model("llama-3.1-70b").offerings.filter((o) => o.provider === "amazon-bedrock");
    expect(bedrock.map((o) => o.source).sort()).toEqual(["litellm", "models.dev"]);
    expect(new Set(bedrock.map((o) => o.inputPerMTok)).size).toBe(2);
  });

  it("derives strengths from data flags", () => {
    expect(model("bert").strengths).toEqual(["embedding-encoder"]);
    expect(model("qwen2.5-coder-32b").strengths).toContain("coding");
    expect(model("gpt-4o").strengths).toContain("vision");
    expect(model("deepseek-r1").strengths).toContain("reasoning");
    expect(model("hf-transformers").strengths).toEqual([]);
  });

  it("never lets an id or alias name two models", () => {
    const owner = new Map<string, string>();
    for (const m of catalog.models) {
      for (const name of new Set([m.id, ...m.aliases].map((n) => n.toLowerCase()))) {
        expect(owner.get(name) ?? m.id, `"${name}"`).toBe(m.id);
        owner.set(name, m.id);
      }
    }
    // A bare family name must stay ambiguous so lookups ask which one is meant.
    for (const family of ["llama 3", "claude", "gemini", "mixtral", "qwen"])
      expect(owner.has(family), family).toBe(false);
  });

  it("quotes, on each Llama licence, only statements naming that licence's own generation", () => {
    // A quote naming "Llama 3.x" speaks for the 3.x licences, not Llama 4's (OSI's post predates it).
    const llamaLicences = catalog.licenses.filter((l) => /^llama-\d/.test(l.id));
    expect(llamaLicences.length).toBeGreaterThanOrEqual(7);
    for (const licence of llamaLicences) {
      const generation = /^llama-(\d+)/.exec(licence.id)![1]!;
      for (const clause of licence.clauses) {
        for (const [, named] of clause.quote.matchAll(/\bLlama (\d+)(?:\.(?:\d+|x))?\b/g)) {
          expect(named, `${licence.id}: "${clause.quote}"`).toBe(generation);
        }
      }
    }
  });

  it("records provenance of the upstream snapshots", () => {
    const labels = (catalog.provenance ?? []).map((p) => p.label).join(" | ");
    expect(labels).toMatch(/models\.dev/);
    expect(labels).toMatch(/LiteLLM/);
  });
});
