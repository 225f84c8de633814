// The attention shape that sets a model's KV-cache size, read in the lab's own code or config at a
// pinned commit: layers, KV heads and head size (grouped-query attention), or the latent size that
// multi-head latent attention caches instead, and the layers that only look back a fixed window.
// Self-hosting sizing reads it from each model (`model.kvCache`); models without an entry here take
// a matching row of selfhost.json when it has one (marked by its source's kind), else have none.
import { type Entry, fullAttention } from "./kv-entry.js";
import { KV_CONFIGS_CLASSIC_OPEN } from "./kv-configs-classic-open.js";
import { KV_CONFIGS_ZAI_QWEN25_MINIMAX } from "./kv-configs-zai-qwen-minimax.js";
import { KV_CONFIGS_TRANSFORMERS } from "./kv-configs-transformers.js";
import { KV_CONFIGS_HYBRID } from "./kv-configs-hybrid.js";
import { KV_CONFIGS_NVIDIA_BRIDGE } from "./kv-configs-nvidia-bridge.js";
import { KV_CONFIGS_CONFIG_COPIES } from "./kv-configs-config-copies.js";

const GEMMA_CODE =
  "https://github.com/google-deepmind/gemma/blob/7691fd4e7f26c9ec5db38110dddb3addfab4d767/gemma/gm/nn/_gemma.py";
/** The pinned commit's date. */
const GEMMA_AS_OF = "2026-07-24";
/** Gemma 4's sizes in the same library at the same commit: a global layer after every five windowed
 *  ones, with its own KV heads and a 512-wide key (_DEFAULT_GLOBAL_KEY_SIZE). */
const GEMMA4_CODE =
  "https://github.com/google-deepmind/gemma/blob/7691fd4e7f26c9ec5db38110dddb3addfab4d767/gemma/gm/nn/gemma4/_gemma4.py";
const DEEPSEEK_V3_CONFIG =
  "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/inference/configs/config_671B.json";

const DEEPSEEK_R1_README =
  "https://github.com/deepseek-ai/DeepSeek-R1/blob/00f3296a14392e787d4138b5a0d8ce0e55a25b23/README.md";

const GPT_OSS_MODEL =
  "https://github.com/openai/gpt-oss/blob/7b583341fe16729127f6d5b94a7b09ccae97e1a1/gpt_oss/torch/model.py";

/** Meta's registry of every Llama checkpoint's arch_args (dim, n_layers, n_heads, n_kv_heads), in
 *  its last edition before the file moved out of llama-models (2025-02-12). */
const LLAMA_SKU_LIST =
  "https://github.com/meta-llama/llama-models/blob/8c88b8c0d75dbd136b6895220c4f56ccbe2f2d24/models/sku_list.py";
const LLAMA_SKU_AS_OF = "2025-02-12";
/** Llama 2's card: only the 70B uses grouped-query attention, so 7B and 13B keep a KV head per
 *  query head (the registry's n_kv_heads of 8 for them contradicts Meta's own card and is not used). */
const LLAMA2_CARD =
  "https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models/llama2/MODEL_CARD.md";

/** A Llama checkpoint as Meta's registry lists it; the head size is dim ÷ n_heads (Meta's model code). */
function llama(skuId: string, dim: number, layers: number, heads: number, kvHeads: number, extra = ""): Entry {
  return fullAttention(layers, kvHeads, dim / heads, {
    url: LLAMA_SKU_LIST,
    kind: "primary",
    asOf: LLAMA_SKU_AS_OF,
    note: `Meta's sku_list.py, CoreModelId.${skuId}: dim ${dim}, ${layers} layers, ${heads} heads, ${kvHeads} KV heads.${extra}`,
  });
}

/** Llama 2 7B/13B: the registry's layers, heads and dim, with one KV head per head as the card says. */
function llama2Mha(skuId: string, dim: number, layers: number, heads: number): Entry {
  return fullAttention(
    layers,
    heads,
    dim / heads,
    {
      url: LLAMA2_CARD,
      kind: "primary",
      asOf: "2025-07-15",
      note: `Meta's Llama 2 card marks this size without grouped-query attention; dim ${dim}, ${layers} layers and ${heads} heads from sku_list.py (CoreModelId.${skuId}, ${LLAMA_SKU_LIST}).`,
    },
    heads,
  );
}

/** The vision models' text decoder; the cross-attention layers Meta adds cache the image, not each token. */
/**
 * Llama 4 Scout and Maverick: Meta's registry gives them no arch_args, and their params.json was not
 * read; torchtune's builders for them (PyTorch's library, not Meta's release) give 48 layers, 40
 * heads, 8 KV heads and a 5,120-wide model (head size 128). Meta's reference code (llama-models,
 * models/llama4/model.py) makes every fourth layer a NoPE layer attending to the whole context and
 * the others attend only within their 8,192-token chunk, so those keep at most a chunk of keys.
 */
const TORCHTUNE_LLAMA4 =
  "https://github.com/pytorch/torchtune/blob/27aa76b887ca4015fd017774c9537b8754033438/torchtune/models/llama4/_model_builders.py";
const LLAMA4_MODEL =
  "https://github.com/meta-llama/llama-models/blob/408c577168a187941f9359c916004fa3b21fbc3b/models/llama4/model.py";
function llama4(builder: string): Entry {
  return {
    layers: 48,
    kvHeads: 8,
    headDim: 128,
    latentDim: null,
    slidingWindow: { tokens: 8192, layers: 36 },
    attention:
      "grouped-query attention, 8 KV heads of size 128; 36 of 48 layers attend only within their 8,192-token chunk, every fourth layer to the whole context",
    sourceUrl: TORCHTUNE_LLAMA4,
    sourceKind: "secondary",
    asOf: "2026-12-05",
    note: `torchtune's ${builder}: num_layers 48, num_heads 40, num_kv_heads 8, embed_dim 5120, attention_chunk_size 8192, a NoPE layer every 4; the chunked and NoPE layers as in Meta's reference code (${LLAMA4_MODEL}). Meta's own params.json was not read.`,
  };
}

const VISION_NOTE =
  " The cross-attention layers added for images attend to the image's tokens, not to each text token.";

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

/**
 * A Gemma 4 size: windowed layers with `local` KV heads of 256, global layers with `global` KV heads
 * of 512. The global layers compute one projection for keys and values (k_eq_v_global), but the
 * reference cache (TransformerConfig.init_cache, Attention.init_cache) keeps a K and a V buffer for
 * every layer, so both are counted.
 */
function gemma4(className: string, layers: number, local: number, global: number): Entry {
  const windowed = layers - layers / 6;
  return {
    layers,
    kvHeads: global,
    headDim: 512,
    latentDim: null,
    slidingWindow: { tokens: 1024, layers: windowed, kvHeads: local, headDim: 256 },
    attention: `grouped-query attention; ${windowed} of ${layers} layers keep ${local} KV heads of size 256 for the last 1024 tokens, the other ${layers - windowed} keep ${global} KV heads of size 512 for the whole context`,
    sourceUrl: GEMMA4_CODE,
    sourceKind: "primary",
    asOf: GEMMA_AS_OF,
    note: `Google's gemma library, class ${className} (num_kv_heads ${local}, num_global_kv_heads ${global}, sliding_window_size 1024, five windowed layers to one global).`,
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

/** Moonshot's Kimi K2 repository: the README's model summary (61 layers, MLA) and the deploy guide's
 *  "Kimi-K2 reuses the DeepSeekV3CausalLM architecture". */
const KIMI_K2_REPO = "https://github.com/MoonshotAI/Kimi-K2/blob/c6157be8531e1c52f5dfd3bb91a1275b089eac50";

/** Qwen's Qwen3 launch post: its per-size tables give layers and query / KV heads. */
const QWEN3_BLOG =
  "https://github.com/QwenLM/qwenlm.github.io/blob/ab34a96447550d9225c67004625f8e69917992ea/content/blog/qwen3/index.md";
/** The Qwen3 model class in Transformers (the Qwen team's and Hugging Face's code): head_dim 128, set
 *  apart from hidden size ÷ heads (Qwen3-8B's 4096 ÷ 32 would also be 128, Qwen3-14B's 5120 ÷ 40 too). */
const QWEN3_CLASS =
  "https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419/src/transformers/models/qwen3/configuration_qwen3.py";

/** Huawei's Ascend MindSpeed-RL training config for Qwen3-30B-A3B (kv_channels 128). */
const QWEN3_30B_MINDSPEED = "https://gitcode.com/Ascend/MindSpeed-RL/blob/master/configs/model/qwen3_30b_a3b.yaml";

/** A Qwen3 size: Qwen's own layer and KV-head counts; the head size 128 read elsewhere than in that
 *  checkpoint's config (the dense model class's default, or a training config), so secondary. */
function qwen3(size: string, layers: number, queryHeads: number, kvHeads: number, headSizeFrom: string): Entry {
  return fullAttention(layers, kvHeads, 128, {
    url: QWEN3_BLOG,
    kind: "secondary",
    asOf: "2025-04-29",
    note: `Qwen's Qwen3 launch post: Qwen3-${size} has ${layers} layers and ${queryHeads} / ${kvHeads} query / KV heads. Head size 128 from ${headSizeFrom}; this checkpoint's config was not read.`,
  });
}
const QWEN3_DENSE_HEAD = `the Qwen3 model class's default (${QWEN3_CLASS})`;

/**
 * A Mistral size whose shape we read only in a copy of Mistral's config.json: a quantization or
 * fine-tune of Mistral's checkpoint keeps its layers and heads, but it is not Mistral's file, so the
 * entry is secondary.
 */
function mistralCopy(layers: number, url: string, whose: string): Entry {
  return fullAttention(layers, 8, 128, {
    url,
    kind: "secondary",
    asOf: "2026-12-05",
    note: `${whose}: ${layers} layers, 8 KV heads, head_dim 128; Mistral's own config was not read.`,
  });
}

/** NVIDIA's Megatron Bridge page for GPT OSS: 24 layers for the 20b, and the attention OpenAI's
 *  reference code gives the 120b. OpenAI's own card for the 20b was not read, so this is secondary. */
const GPT_OSS_20B_NVIDIA = "https://docs.nvidia.com/nemo/megatron-bridge/nightly/models/llm/gpt-oss.html";

export const KV_CONFIGS: Readonly<Record<string, Entry>> = {
  ...KV_CONFIGS_ZAI_QWEN25_MINIMAX,
  ...KV_CONFIGS_CLASSIC_OPEN,
  ...KV_CONFIGS_TRANSFORMERS,
  ...KV_CONFIGS_HYBRID,
  ...KV_CONFIGS_NVIDIA_BRIDGE,
  ...KV_CONFIGS_CONFIG_COPIES,
  "llama-2-7b": llama2Mha("llama2_7b", 4096, 32, 32),
  "llama-2-13b": llama2Mha("llama2_13b", 5120, 40, 40),
  "llama-2-70b": llama("llama2_70b", 8192, 80, 64, 8),
  "llama-3-8b": llama("llama3_8b", 4096, 32, 32, 8),
  "llama-3-70b": llama("llama3_70b", 8192, 80, 64, 8),
  "llama-3.1-8b": llama("llama3_1_8b", 4096, 32, 32, 8),
  "llama-3.1-70b": llama("llama3_1_70b", 8192, 80, 64, 8),
  "llama-3.1-405b": llama(
    "llama3_1_405b",
    16384,
    126,
    128,
    8,
    " Its 16-GPU FP16 copy lists 16 KV heads: each head repeated for the split, not a larger cache per model.",
  ),
  "llama-3.2-1b": llama("llama3_2_1b", 2048, 16, 32, 8),
  "llama-3.2-3b": llama("llama3_2_3b", 3072, 28, 24, 8),
  "llama-3.2-11b-vision": llama("llama3_2_11b_vision", 4096, 32, 32, 8, VISION_NOTE),
  "llama-3.2-90b-vision": llama("llama3_2_90b_vision", 8192, 80, 64, 8, VISION_NOTE),
  "llama-3.3-70b": llama("llama3_3_70b_instruct", 8192, 80, 64, 8),
  "llama-4-scout": llama4("llama4_scout_17b_16e"),
  "llama-4-maverick": llama4("llama4_maverick_17b_128e"),
  // Gemma 2 alternates a 4,096-token local layer with a global one; Gemma 3 repeats five local
  // layers (1,024 tokens) and one global, the pattern cut where the layers run out.
  "gemma-2-2b": gemma("Gemma2_2B", 26, 4, 256, { tokens: 4096, layers: 13 }),
  "gemma-2-9b": gemma("Gemma2_9B", 42, 8, 256, { tokens: 4096, layers: 21 }),
  "gemma-2-27b": gemma("Gemma2_27B", 46, 16, 128, { tokens: 4096, layers: 23 }),
  // The 1B keeps one KV head and a 512-token window (26 layers: the five-local, one-global pattern
  // four times, then two local layers).
  "gemma-3-1b": gemma("Gemma3_1B", 26, 1, 256, { tokens: 512, layers: 22 }),
  "gemma-3-4b": gemma("Gemma3_4B", 34, 4, 256, { tokens: 1024, layers: 29 }),
  "gemma-3-12b": gemma("Gemma3_12B", 48, 8, 256, { tokens: 1024, layers: 40 }),
  "gemma-3-27b": gemma("Gemma3_27B", 62, 16, 128, { tokens: 1024, layers: 52 }),
  "gemma-4-31b": gemma4("Gemma4_31B", 60, 16, 4),
  "gemma-4-26b-a4b": gemma4("Gemma4_26B_A4B", 30, 8, 2),
  "deepseek-v3": DEEPSEEK_V3_MLA,
  // DeepSeek's R1 README: "DeepSeek-R1-Zero & DeepSeek-R1 are trained based on DeepSeek-V3-Base. For
  // more details regarding the model architecture, please refer to DeepSeek-V3 repository."
  "deepseek-r1": {
    ...DEEPSEEK_V3_MLA,
    note: `DeepSeek's R1 README says R1 is trained from DeepSeek-V3-Base and refers to the V3 repository for its architecture (${DEEPSEEK_R1_README}); the shape is V3's inference config.`,
  },
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
  "mistral-nemo": mistralCopy(
    40,
    "https://huggingface.co/casperhansen/mistral-nemo-instruct-2407-awq/blob/main/config.json",
    "An AWQ quantization's config.json, made from a snapshot of mistralai/Mistral-Nemo-Instruct-2407",
  ),
  "mistral-small-2409": mistralCopy(
    56,
    "https://huggingface.co/minchyeom/letta/blob/main/config.json",
    "The config.json of a fine-tune of mistralai/Mistral-Small-Instruct-2409",
  ),
  "mistral-small-3": mistralCopy(
    40,
    "https://huggingface.co/yuzhen17/tmp_mistral_by_qwen_test/blame/main/config.json",
    "A copy of mistralai/Mistral-Small-24B-Base-2501's config.json in a training repository",
  ),
  // Mistral Small 3.1 (2503) sits between Small 3 and 3.2, whose copies give the same 40 × 8 × 128;
  // write-ups of Mistral's release say it builds on Small 3 at the same 24B.
  "mistral-small-3.1": {
    ...mistralCopy(
      40,
      "https://huggingface.co/yuzhen17/tmp_mistral_by_qwen_test/blame/main/config.json",
      "Mistral Small 3's shape, read in a copy of mistralai/Mistral-Small-24B-Base-2501's config.json",
    ),
    note: "Mistral Small 3's shape (a copy of mistralai/Mistral-Small-24B-Base-2501's config.json: 40 layers, 8 KV heads, head_dim 128), which the 3.2 release's copy repeats. Write-ups of Mistral's release say Small 3.1 builds on Small 3 at the same 24B parameters, adding vision and a 128K window (https://app.actuia.com/en/news/mistral-ai-launches-mistral-small-31-a-new-benchmark-for-open-source-ai, https://chatforest.com/reviews/mistral-small-3-1-vision-24b-llm-review/). Mistral's own config was not read.",
  },
  "mistral-small-3.2": mistralCopy(
    40,
    "https://huggingface.co/darkc0de/3.2test/blob/main/config.json",
    "The config.json of a text-only derivative of mistralai/Mistral-Small-3.2-24B-Instruct-2506",
  ),
  "qwen3-0.6b": qwen3("0.6B", 28, 16, 8, QWEN3_DENSE_HEAD),
  "qwen3-1.7b": qwen3("1.7B", 28, 16, 8, QWEN3_DENSE_HEAD),
  "qwen3-4b": qwen3("4B", 36, 32, 8, QWEN3_DENSE_HEAD),
  "qwen3-8b": qwen3("8B", 36, 32, 8, QWEN3_DENSE_HEAD),
  "qwen3-14b": qwen3("14B", 40, 40, 8, QWEN3_DENSE_HEAD),
  "qwen3-30b-a3b": qwen3(
    "30B-A3B",
    48,
    32,
    4,
    `Huawei's Ascend training config for it, kv_channels 128 (${QWEN3_30B_MINDSPEED})`,
  ),
  // Qwen3-Coder 30B-A3B: the same 48 layers of 4 KV heads, in the config of a copy Alibaba's RTP-LLM
  // team published (not Qwen's own file).
  "qwen3-coder-30b-a3b": fullAttention(48, 4, 128, {
    url: "https://huggingface.co/RTP-LLM/Qwen3-Coder-30B-A3B-Instruct-RTPurbo/blob/main/config.json",
    kind: "secondary",
    asOf: "2026-12-05",
    note: "The config.json of RTP-LLM's copy of Qwen3-Coder-30B-A3B-Instruct: 48 layers, 32 / 4 query / KV heads, head_dim 128; Qwen's own config was not read.",
  }),
  // Qwen3-VL's language model in slime's scripts (a third party's reading, so secondary): the
  // vision tower caches nothing per generated token.
  "qwen3-vl-235b-a22b": fullAttention(94, 4, 128, {
    url: "https://github.com/THUDM/slime/blob/dfdf8e3dcabd502250b0a5f43c8cf4c8c971a131/scripts/models/qwen3-vl-235b-a22b.sh",
    kind: "secondary",
    asOf: "2026-12-05",
    note: "slime's Qwen3-VL-235B-A22B script: 94 layers, 64 query heads in 4 query groups (KV heads), kv-channels 128; Qwen's own config.json was not read.",
  }),
  "qwen3-vl-8b": fullAttention(36, 8, 128, {
    url: "https://github.com/THUDM/slime/blob/e2f461d6451ba962808a8e46feb4968ae3819069/scripts/models/qwen3-vl-8B.sh",
    kind: "secondary",
    asOf: "2026-12-05",
    note: "slime's Qwen3-VL-8B-Instruct script: 36 layers, 32 query heads in 8 query groups (KV heads), kv-channels 128; Qwen's own config.json was not read.",
  }),
  "qwen3-vl-30b-a3b": fullAttention(48, 4, 128, {
    url: "https://github.com/THUDM/slime/blob/dfdf8e3dcabd502250b0a5f43c8cf4c8c971a131/scripts/models/qwen3-vl-30b-a3b.sh",
    kind: "secondary",
    asOf: "2026-12-05",
    note: "slime's Qwen3-VL-30B-A3B script: 48 layers, 32 query heads in 4 query groups (KV heads), kv-channels 128; Qwen's own config.json was not read.",
  }),
  // Moonshot states the layer count and MLA, and that K2 reuses DeepSeek-V3's model class, but not the
  // latent's width: V3's 512 + 64 is taken for it, so the entry is secondary (shown unverified).
  "kimi-k2": {
    ...DEEPSEEK_V3_MLA,
    attention:
      "multi-head latent attention in DeepSeek-V3's model class; the cached latent per layer is taken as V3's (512 + 64): Moonshot does not state its width",
    sourceUrl: `${KIMI_K2_REPO}/README.md`,
    sourceKind: "secondary",
    asOf: "2025-07-31",
    note: `Moonshot's README: 61 layers, attention mechanism MLA; its deploy guide (${KIMI_K2_REPO}/docs/deploy_guidance.md): K2 reuses the DeepSeekV3CausalLM architecture. The latent width is V3's config (${DEEPSEEK_V3_CONFIG}), not stated by Moonshot.`,
  },
  "gpt-oss-20b": {
    layers: 24,
    kvHeads: 8,
    headDim: 64,
    latentDim: null,
    slidingWindow: { tokens: 128, layers: 12 },
    attention: "grouped-query attention, 8 KV heads of size 64; 12 of 24 layers attend only to the last 128 tokens",
    sourceUrl: GPT_OSS_20B_NVIDIA,
    sourceKind: "secondary",
    asOf: "2026-12-05",
    note: "NVIDIA's Megatron Bridge page: 24 decoder layers, 8 key-value groups, KV channels 64, a 128-token window alternating with full attention; the same attention as OpenAI's reference code for the 120b.",
  },
};
