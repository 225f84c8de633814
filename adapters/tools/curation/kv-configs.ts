// The attention shape that sets a model's KV-cache size, read in the lab's own code or config at a
// pinned commit: layers, KV heads and head size (grouped-query attention), or the latent size that
// multi-head latent attention caches instead, and the layers that only look back a fixed window.
// Self-hosting sizing reads it from each model (`model.kvCache`); models without an entry here take
// a matching row of selfhost.json when it has one (marked by its source's kind), else have none.
import type { KvCacheConfig } from "../../../src/catalog/schema.js";

const GEMMA_CODE =
  "https://github.com/google-deepmind/gemma/blob/7691fd4e7f26c9ec5db38110dddb3addfab4d767/gemma/gm/nn/_gemma.py";
/** The pinned commit's date. */
const GEMMA_AS_OF = "2026-07-24";
const DEEPSEEK_V3_CONFIG =
  "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/inference/configs/config_671B.json";

const GPT_OSS_MODEL =
  "https://github.com/openai/gpt-oss/blob/7b583341fe16729127f6d5b94a7b09ccae97e1a1/gpt_oss/torch/model.py";

type Entry = Omit<KvCacheConfig, "bytesPerTokenBf16">;

/** A Gemma model as Google's gemma library defines it (its config class for that size). */
function gemma(
  className: string,
  layers: number,
  kvHeads: number,
  headDim: number,
  window: { tokens: number; layers: number },
): Entry {
  return {
    layers,
    kvHeads,
    headDim,
    latentDim: null,
    slidingWindow: window,
    attention: `grouped-query attention, ${kvHeads} KV heads of size ${headDim}; ${window.layers} of ${layers} layers attend only to the last ${window.tokens} tokens`,
    sourceUrl: GEMMA_CODE,
    sourceKind: "primary",
    asOf: GEMMA_AS_OF,
    note: `Google's gemma library, class ${className}.`,
  };
}

/** DeepSeek-V3's multi-head latent attention: one 512-wide latent plus a 64-wide RoPE key per layer. */
const DEEPSEEK_V3_MLA: Entry = {
  layers: 61,
  kvHeads: null,
  headDim: null,
  latentDim: 512 + 64,
  slidingWindow: null,
  attention:
    "multi-head latent attention: each layer caches one compressed latent (kv_lora_rank 512) and one RoPE key (64) per token, shared by all heads",
  sourceUrl: DEEPSEEK_V3_CONFIG,
  sourceKind: "primary",
  asOf: "2025-08-28",
  note: "DeepSeek's inference config for the 671B model (n_layers, kv_lora_rank, qk_rope_head_dim).",
};

export const KV_CONFIGS: Readonly<Record<string, Entry>> = {
  // Gemma 2 alternates a 4,096-token local layer with a global one; Gemma 3 repeats five local
  // layers (1,024 tokens) and one global, the pattern cut where the layers run out.
  "gemma-2-2b": gemma("Gemma2_2B", 26, 4, 256, { tokens: 4096, layers: 13 }),
  "gemma-2-9b": gemma("Gemma2_9B", 42, 8, 256, { tokens: 4096, layers: 21 }),
  "gemma-2-27b": gemma("Gemma2_27B", 46, 16, 128, { tokens: 4096, layers: 23 }),
  "gemma-3-4b": gemma("Gemma3_4B", 34, 4, 256, { tokens: 1024, layers: 29 }),
  "gemma-3-12b": gemma("Gemma3_12B", 48, 8, 256, { tokens: 1024, layers: 40 }),
  "gemma-3-27b": gemma("Gemma3_27B", 62, 16, 128, { tokens: 1024, layers: 52 }),
  "deepseek-v3": DEEPSEEK_V3_MLA,
  // OpenAI's reference implementation: ModelConfig's defaults are the 120b model (128 experts), and
  // every even-numbered layer attends only to the last 128 tokens.
  "gpt-oss-120b": {
    layers: 36,
    kvHeads: 8,
    headDim: 64,
    latentDim: null,
    slidingWindow: { tokens: 128, layers: 18 },
    attention: "grouped-query attention, 8 KV heads of size 64; 18 of 36 layers attend only to the last 128 tokens",
    sourceUrl: GPT_OSS_MODEL,
    sourceKind: "primary",
    asOf: "2026-07-24",
    note: "OpenAI's gpt-oss reference code, ModelConfig defaults and the attention block's sliding window.",
  },
};
