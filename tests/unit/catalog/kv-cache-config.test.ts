// Each open model carries the attention shape that sets its KV-cache size (model.kvCache), read in
// the lab's own config or code where we have it, so self-hosting sizing can read the model's own
// numbers instead of a shared table; the audit lists the models without one and those whose shape
// rests on a re-upload.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { auditCatalog } from "../../../adapters/tools/catalog-audit/checks.js";
import { kvCacheFor } from "../../../adapters/tools/catalog-import/kv-cache.js";
import type { ModelCuration } from "../../../adapters/tools/curation/model-types.js";
import type { SelfHostFile } from "../../../adapters/tools/catalog-import/source-types.js";
import { kvBytesPerTokenBf16 } from "../../../src/catalog/kv-shape.js";
import type { Model } from "../../../src/catalog/schema.js";

const catalog = readCatalog();
const model = (id: string): Model => catalog.models.find((m) => m.id === id)!;
const shapeOf = (id: string) => {
  const { layers, kvHeads, headDim, latentDim } = model(id).kvCache!;
  return { layers, kvHeads, headDim, latentDim };
};

describe("KV-cache configs in the catalogue", () => {
  it("give Phi-3 mini a KV head per head and Falcon 7B one shared KV head, from Transformers' config classes (secondary)", () => {
    expect(model("phi-3-mini").kvCache).toMatchObject({
      layers: 32,
      kvHeads: 32,
      headDim: 96,
      sourceKind: "secondary",
    });
    expect(model("falcon-7b").kvCache).toMatchObject({ layers: 32, kvHeads: 1, headDim: 64, sourceKind: "secondary" });
    expect(model("falcon-7b").kvCache!.bytesPerTokenBf16).toBe(2 * 32 * 1 * 64 * 2);
    for (const id of ["phi-3-mini", "falcon-7b"])
      expect(model(id).kvCache!.sourceUrl, id).toMatch(
        /^https:\/\/github\.com\/huggingface\/transformers\/blob\/[0-9a-f]{40}\//,
      );
  });

  it("give Gemma 3 27B Google's own shape: 62 layers, 16 KV heads of 128, 52 layers on a 1,024-token window", () => {
    const kv = model("gemma-3-27b").kvCache!;
    expect(kv).toMatchObject({ layers: 62, kvHeads: 16, headDim: 128, latentDim: null, sourceKind: "primary" });
    expect(kv.slidingWindow).toEqual({ tokens: 1024, layers: 52 });
    expect(kv.sourceUrl).toMatch(/^https:\/\/github\.com\/google-deepmind\/gemma\/blob\/[0-9a-f]{40}\//);
    expect(kv.bytesPerTokenBf16).toBe(2 * 62 * 16 * 128 * 2);
  });

  it("give Gemma 4 its two layer kinds: windowed layers of 16 × 256 and global ones of 4 × 512 in the 31B", () => {
    const kv = model("gemma-4-31b").kvCache!;
    expect(kv).toMatchObject({ layers: 60, kvHeads: 4, headDim: 512, sourceKind: "primary" });
    expect(kv.slidingWindow).toEqual({ tokens: 1024, layers: 50, kvHeads: 16, headDim: 256 });
    expect(kv.bytesPerTokenBf16).toBe(2 * 10 * 4 * 512 * 2 + 2 * 50 * 16 * 256 * 2);
    expect(model("gemma-4-26b-a4b").kvCache).toMatchObject({
      layers: 30,
      kvHeads: 2,
      slidingWindow: { tokens: 1024, layers: 25, kvHeads: 8, headDim: 256 },
    });
  });

  it("give DeepSeek-R1 V3's latent, as DeepSeek's R1 README refers its architecture to V3", () => {
    const r1 = model("deepseek-r1").kvCache!;
    const v3 = model("deepseek-v3").kvCache!;
    expect(r1).toMatchObject({ layers: v3.layers, latentDim: v3.latentDim, bytesPerTokenBf16: v3.bytesPerTokenBf16 });
    expect(r1.note).toMatch(/github\.com\/deepseek-ai\/DeepSeek-R1\/blob\/[0-9a-f]{40}\/README\.md/);
  });

  it("mark a shape as secondary where a part of it is not in the lab's text (Kimi K2's latent width, Qwen3's head size)", () => {
    const kimi = model("kimi-k2").kvCache!;
    expect(kimi).toMatchObject({ layers: 61, latentDim: 512 + 64, sourceKind: "secondary" });
    expect(kimi.sourceUrl).toMatch(/^https:\/\/github\.com\/MoonshotAI\/Kimi-K2\/blob\/[0-9a-f]{40}\//);
    expect(kimi.note).toMatch(/not stated by Moonshot/);
    expect(model("qwen3-14b").kvCache).toMatchObject({ layers: 40, kvHeads: 8, headDim: 128, sourceKind: "secondary" });
    // Qwen3 30B-A3B: 48 layers of 4 KV heads, far below the 32B's 64 × 8 a size stand-in would take.
    expect(model("qwen3-30b-a3b").kvCache).toMatchObject({
      layers: 48,
      kvHeads: 4,
      bytesPerTokenBf16: 2 * 48 * 4 * 128 * 2,
    });
    // Read in a quantization's or a fine-tune's copy of Mistral's config.json, not Mistral's own file.
    const nemo = model("mistral-nemo").kvCache!;
    expect(nemo).toMatchObject({ layers: 40, kvHeads: 8, headDim: 128, sourceKind: "secondary" });
    expect(nemo.sourceUrl).not.toMatch(/huggingface\.co\/mistralai\//);
    // Small 3.1 between Small 3 and 3.2, which share one shape: that shape, secondary.
    expect(model("mistral-small-3.1").kvCache).toMatchObject({
      ...shapeOf("mistral-small-3"),
      sourceKind: "secondary",
    });
    expect(shapeOf("mistral-small-3.2")).toEqual(shapeOf("mistral-small-3"));
  });

  it("give DeepSeek-V3 its latent: 61 layers × (512 + 64) values, far below what its 128 heads would take", () => {
    const kv = model("deepseek-v3").kvCache!;
    expect(kv).toMatchObject({ layers: 61, kvHeads: null, latentDim: 576, bytesPerTokenBf16: 61 * 576 * 2 });
  });

  it("give every Llama 2/3.x text size Meta's own shape, and Llama 2's small sizes a KV head per head", () => {
    const llamas = catalog.models.filter((m) => m.lab === "Meta" && /^llama-[23]/.test(m.id));
    expect(llamas.length).toBeGreaterThan(10);
    for (const m of llamas) {
      expect(m.kvCache?.sourceKind, m.id).toBe("primary");
      expect(m.kvCache!.sourceUrl, m.id).toMatch(
        /^https:\/\/github\.com\/meta-llama\/llama-models\/blob\/[0-9a-f]{40}\//,
      );
    }
    // Llama 2's card: grouped-query attention only in the 70B.
    expect(model("llama-2-7b").kvCache).toMatchObject({ layers: 32, kvHeads: 32, headDim: 128 });
    expect(model("llama-2-70b").kvCache).toMatchObject({ layers: 80, kvHeads: 8, headDim: 128 });
    expect(model("llama-3.2-1b").kvCache).toMatchObject({ layers: 16, kvHeads: 8, headDim: 64 });
  });

  it("give Llama 4 a whole-context cache only in its 12 NoPE layers; the other 36 keep one 8,192-token chunk", () => {
    for (const id of ["llama-4-scout", "llama-4-maverick"]) {
      const kv = model(id).kvCache!;
      expect(kv, id).toMatchObject({ layers: 48, kvHeads: 8, headDim: 128, sourceKind: "secondary" });
      expect(kv.slidingWindow, id).toMatchObject({ tokens: 8192, layers: 36 });
      expect(kv.bytesPerTokenBf16, id).toBe(48 * 2 * 8 * 128 * 2);
    }
  });

  it("give hybrid Qwen models a KV cache in their attention layers only: one layer in four", () => {
    for (const [id, layers, kvHeads] of [
      ["qwen3-next-80b-a3b", 48, 2],
      ["qwen3.5-35b-a3b", 40, 2],
      ["qwen3.6-35b-a3b", 40, 2],
      ["qwen3.5-27b", 64, 4],
      ["qwen3.5-397b-a17b", 60, 2],
    ] as const) {
      const kv = model(id).kvCache!;
      expect(kv, id).toMatchObject({
        layers,
        attentionLayers: layers / 4,
        kvHeads,
        headDim: 256,
        sourceKind: "secondary",
      });
      expect(kv.bytesPerTokenBf16, id).toBe(2 * (layers / 4) * kvHeads * 256 * 2);
      expect(kv.attention, id).toMatch(/Gated DeltaNet/);
    }
    // Models with no recurrent layers carry no attentionLayers: every layer keeps a KV cache.
    expect(model("qwen3-14b").kvCache!.attentionLayers).toBeUndefined();
  });

  it("give AI21's Jamba 1.5 a KV cache in one layer of eight, the rest Mamba layers (secondary)", () => {
    for (const [id, layers, attention] of [
      ["jamba-1.5-mini", 32, 4],
      ["jamba-1.5-large", 72, 9],
    ] as const) {
      const kv = model(id).kvCache!;
      expect(kv, id).toMatchObject({ layers, attentionLayers: attention, kvHeads: 8, headDim: 128 });
      expect(kv.sourceKind, id).toBe("secondary");
      expect(kv.attention, id).toMatch(/Mamba/);
      expect(kv.bytesPerTokenBf16, id).toBe(2 * attention * 8 * 128 * 2);
    }
    // Sized as if every layer attended, the Large's cache would be eight times over.
    expect(model("jamba-1.5-large").kvCache!.bytesPerTokenBf16 * 8).toBe(2 * 72 * 8 * 128 * 2);
  });

  it("give Qwen3-VL 8B its language model's shape from slime's script: 36 layers of 8 KV heads of 128", () => {
    expect(model("qwen3-vl-8b").kvCache).toMatchObject({
      layers: 36,
      kvHeads: 8,
      headDim: 128,
      sourceKind: "secondary",
      bytesPerTokenBf16: 2 * 36 * 8 * 128 * 2,
    });
  });

  it("give Phi-3.5 mini, Phi-4 mini, Phi-4-reasoning and OLMo 2 32B the shapes in MLC LLM's copies of their config.json (secondary)", () => {
    for (const [id, layers, kvHeads, headDim] of [
      ["phi-3.5-mini", 32, 32, 96],
      ["phi-4-mini", 32, 8, 128],
      ["olmo-2-32b", 64, 8, 128],
    ] as const) {
      const kv = model(id).kvCache!;
      expect(kv, id).toMatchObject({ layers, kvHeads, headDim, sourceKind: "secondary" });
      expect(kv.sourceUrl, id).toMatch(/^https:\/\/github\.com\/mlc-ai\/mlc-llm\/blob\/[0-9a-f]{40}\//);
    }
    // Phi-3.5 mini keeps Phi-3 mini's cache; Phi-4 mini's grouped-query attention is a quarter of it.
    expect(model("phi-3.5-mini").kvCache!.bytesPerTokenBf16).toBe(model("phi-3-mini").kvCache!.bytesPerTokenBf16);
    expect(model("phi-4-mini").kvCache!.bytesPerTokenBf16 * 3).toBe(model("phi-3.5-mini").kvCache!.bytesPerTokenBf16);
    // Phi-4-reasoning is a fine-tune of Phi-4: the same cache per token, both secondary.
    expect(model("phi-4-reasoning").kvCache).toMatchObject({ ...shapeOf("phi-4"), sourceKind: "secondary" });
    expect(model("phi-4-reasoning").kvCache!.bytesPerTokenBf16).toBe(model("phi-4").kvCache!.bytesPerTokenBf16);
  });

  it("give NVIDIA's Nemotron-H sizes the attention layers of their own layer pattern, read in NVIDIA's code", () => {
    for (const [id, layers, attention, kvHeads] of [
      ["nemotron-nano-9b-v2", 56, 4, 8],
      ["nemotron-3-nano", 52, 6, 2],
      ["nemotron-3-super", 88, 8, 2],
    ] as const) {
      const kv = model(id).kvCache!;
      expect(kv, id).toMatchObject({
        layers,
        attentionLayers: attention,
        kvHeads,
        headDim: 128,
        sourceKind: "primary",
      });
      expect(kv.sourceUrl, id).toMatch(/^https:\/\/github\.com\/NVIDIA-NeMo\/Megatron-Bridge\/blob\/[0-9a-f]{40}\//);
      expect(kv.bytesPerTokenBf16, id).toBe(2 * attention * kvHeads * 128 * 2);
    }
  });

  it("give Ministral 3 NVIDIA's reading of its sizes, and MiniMax-M2.1 / M2.5 / M2.7 M2's shape (same architecture), as secondary", () => {
    for (const [id, layers] of [
      ["ministral-3-3b", 26],
      ["ministral-3-8b", 34],
      ["ministral-3-14b", 40],
    ] as const)
      expect(model(id).kvCache, id).toMatchObject({ layers, kvHeads: 8, headDim: 128, sourceKind: "secondary" });
    expect(model("minimax-m3").kvCache).toMatchObject({
      layers: 60,
      kvHeads: 4,
      headDim: 128,
      sourceKind: "secondary",
    });
    // SGLang deploys M2.1 with M2's guide: M2's shape, secondary.
    expect(model("minimax-m2.1").kvCache).toMatchObject({ ...shapeOf("minimax-m2"), sourceKind: "secondary" });
    for (const id of ["minimax-m2.5", "minimax-m2.7"]) {
      const kv = model(id).kvCache!;
      expect(kv.sourceKind, id).toBe("secondary");
      expect(kv.bytesPerTokenBf16, id).toBe(model("minimax-m2").kvCache!.bytesPerTokenBf16);
      expect(kv.sourceUrl, id).toMatch(/Megatron-Bridge\/blob\/[0-9a-f]{40}\/docs\/models\/minimax\/minimax-m2\.md$/);
    }
  });

  it("give GPT-Neo 2.7B EleutherAI's own shape: 20 heads of 128 in 32 layers, every other one local (256 tokens)", () => {
    const kv = model("gpt-neo-2.7b").kvCache!;
    expect(kv).toMatchObject({ layers: 32, kvHeads: 20, headDim: 128, sourceKind: "primary" });
    expect(kv.slidingWindow).toEqual({ tokens: 256, layers: 16 });
    expect(kv.sourceUrl).toMatch(/^https:\/\/github\.com\/EleutherAI\/gpt-neo\/blob\/[0-9a-f]{40}\//);
    expect(kv.bytesPerTokenBf16).toBe(2 * 32 * 20 * 128 * 2);
  });

  it("pin every shape read on GitHub to a commit", () => {
    const onGithub = catalog.models.filter((m) => m.kvCache?.sourceUrl.startsWith("https://github.com/"));
    expect(onGithub.length).toBeGreaterThan(30);
    for (const m of onGithub) {
      expect(m.kvCache!.sourceUrl, m.id).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//);
    }
  });

  it("give GLM-4.5 Z.ai's own shape and GLM-5 its latent, and mark sizes Z.ai gives no shape for as borrowed", () => {
    expect(model("glm-4.5").kvCache).toMatchObject({ layers: 92, kvHeads: 8, headDim: 128, sourceKind: "primary" });
    expect(model("glm-4.5-air").kvCache).toMatchObject({ layers: 46, kvHeads: 8, headDim: 128, sourceKind: "primary" });
    expect(model("glm-5").kvCache).toMatchObject({ layers: 78, latentDim: 576, sourceKind: "primary" });
    // GLM-4.6/4.7 are listed at GLM-4.5's size only; fine-tunes and successors carry their base's shape.
    for (const [id, base] of [
      ["glm-4.6", "glm-4.5"],
      ["glm-4.7", "glm-4.5"],
      ["glm-5.1", "glm-5"],
      ["bloomz", "bloom"],
      ["kimi-k2.5", "kimi-k2"],
      ["kimi-k2.6", "kimi-k2.5"],
    ] as const) {
      const kv = model(id).kvCache!;
      expect(kv.sourceKind, id).toBe("secondary");
      expect(kv.bytesPerTokenBf16, id).toBe(model(base).kvCache!.bytesPerTokenBf16);
    }
    expect(model("vicuna-13b").kvCache).toMatchObject({ ...shapeOf("llama-2-13b"), sourceKind: "secondary" });
  });

  it("state bytes per token that follow from the shape, for every model that has one", () => {
    const withKv = catalog.models.filter((m) => m.kvCache);
    expect(withKv.length).toBeGreaterThan(15);
    for (const m of withKv) expect(m.kvCache!.bytesPerTokenBf16, m.id).toBe(kvBytesPerTokenBf16(m.kvCache!));
  });

  it("are only on open models; closed models have no such field", () => {
    for (const m of catalog.models) if (!m.openWeights) expect(m.kvCache, m.id).toBeUndefined();
  });
});

describe("kvCacheFor on a selfhost.json row", () => {
  // An id with no curated config, so the row is what answers; the name is what the row matches.
  const cur = (name: string): ModelCuration => ({
    id: "kv-row-test",
    name,
    lab: "Meta",
    family: "Llama",
    aliases: [],
    openWeights: true,
    licenseId: "llama-3.3",
    description: "test",
  });
  const selfhost = {
    as_of: "2026-11-29",
    parameters: [],
    kv_cache: [
      {
        model: "Llama 3.1 70B / Llama 3.3 70B",
        layers: 80,
        kv_heads: 8,
        head_dim: 128,
        attention: "GQA",
        kv_bytes_per_token_bf16: 327680,
        verified: true,
        sources: [
          { source: "https://github.com/meta-llama/llama-models/blob/abc/models/sku_list.py", date: "2025-02-02" },
        ],
      },
    ],
  } satisfies SelfHostFile;

  it("is primary for the release the lab's file was read for", () => {
    expect(kvCacheFor(cur("Llama 3.1 70B"), selfhost)).toMatchObject({
      layers: 80,
      sourceKind: "primary",
      asOf: "2025-02-02",
    });
  });

  it("is secondary for a release the row only names beside it, and absent for one it does not name", () => {
    expect(kvCacheFor(cur("Llama 3.3 70B"), selfhost)?.sourceKind).toBe("secondary");
    expect(kvCacheFor(cur("Llama 3 70B"), selfhost)).toBeNull();
  });
});

describe("the audit of KV-cache configs", () => {
  const audit = (models: Model[]) => auditCatalog({ models, licenses: [] }, new Date("2026-12-05"));

  it("lists open models without one, and none of the closed ones nor the encoders (never sized for generation)", () => {
    const findings = audit(catalog.models).findings.filter((f) => f.kind === "no-kv-config");
    const without = catalog.models.filter(
      (m) =>
        m.kind === "model" &&
        m.openWeights &&
        m.status !== "retired" &&
        !m.strengths.includes("embedding-encoder") &&
        !m.kvCache,
    );
    expect(without.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.subject).sort()).toEqual(without.map((m) => `model ${m.id}`).sort());
    expect(findings.map((f) => f.subject)).not.toContain("model gemma-3-27b");
    expect(findings.map((f) => f.subject)).not.toContain("model gpt-4o");
    expect(findings.map((f) => f.subject)).not.toContain("model bert");
  });

  it("fails a config marked primary that was read on a re-upload", () => {
    const gemma = model("gemma-3-27b");
    const bad = {
      ...gemma,
      kvCache: { ...gemma.kvCache!, sourceUrl: "https://huggingface.co/unsloth/gemma-3-27b-it" },
    };
    expect(audit([bad]).failures.map((f) => f.detail)).toEqual([expect.stringMatching(/KV-cache config/)]);
  });
});

// truth4: Command R had no shape (sizing estimated it); the catalogue's Command R is the 08-2024
// release, whose config (a copy, secondary) has grouped-query attention, unlike c4ai-command-r-v01.
describe("Command R's KV-cache shape", () => {
  it("is the 08-2024 release's: 40 layers, 8 KV heads of 128 (160 KiB a token at 16-bit), from a copy of its config (secondary)", () => {
    const kv = model("command-r").kvCache!;
    expect(shapeOf("command-r")).toEqual({ layers: 40, kvHeads: 8, headDim: 128, latentDim: null });
    expect(kv.bytesPerTokenBf16).toBe(2 * 40 * 8 * 128 * 2);
    expect(kv).toMatchObject({ sourceKind: "secondary" });
    expect(kv.sourceUrl).toContain("c4ai-command-r-08-2024");
  });
});
