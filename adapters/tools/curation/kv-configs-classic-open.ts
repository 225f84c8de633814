// KV-cache shapes for open models whose makers publish the shape in their own repositories: xAI's
// Grok-1 run script, Databricks' DBRX config, Ai2's OLMo 2 training configs, GPT-J's model table,
// EleutherAI's GPT-Neo config and BigScience's BLOOM training notes (primary); and fine-tunes or
// successors whose makers name the base but not the shape (Vicuna v1.5, BLOOMZ, Kimi K2.5 and
// K2.6): the base's shape, secondary.
import { type Entry, fullAttention, latentAttention } from "./kv-entry.js";

const GROK1_RUN = "https://github.com/xai-org/grok-1/blob/7050ed204b8206bb8645c7b7bbef7252f79561b0/run.py";
const DBRX_CONFIG =
  "https://github.com/databricks/dbrx/blob/7cbcf4ece536ed6621b573ed2ce21afbdba76464/model/config.json";
const OLMO2_CONFIGS =
  "https://github.com/allenai/OLMo/blob/600a8d096b8b77a3fdf126c8ad0f7c8e56b3ea91/configs/official-1124";
/** OLMo's ModelConfig: with n_kv_heads unset, every head keeps its own keys and values. */
const OLMO_CONFIG_CLASS =
  "https://github.com/allenai/OLMo/blob/59a53e3f68e546330ca5a99ec626e58f9ab96494/olmo/config.py";
const GPTJ_README =
  "https://github.com/kingoflolz/mesh-transformer-jax/blob/f8315e3003033b23f21d78361b288953064e0e76/README.md";
/** EleutherAI's config for the released GPT-Neo 2.7B, and its attention code: a local layer looks
 *  back `local_attention_radius` tokens, 256 when the config sets none (as this one does not). */
const GPT_NEO_27B_CONFIG =
  "https://github.com/EleutherAI/gpt-neo/blob/b53c6f01de54d94ec4d99d1faebea27f0e59fef6/configs/GPT3_2-7B_pretrained.json";
const GPT_NEO_LAYERS =
  "https://github.com/EleutherAI/gpt-neo/blob/23485e3c7940560b3b4cb12e0016012f14d03fc7/models/layers.py";
const BLOOM_TRAINING =
  "https://github.com/bigscience-workshop/bigscience/blob/39ed8110482e9eb87d0e094ede05e4d02c40e298/train/tr11-176B-ml/README.md";
const FASTCHAT_README = "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/README.md";
const LLAMA_SKU_LIST =
  "https://github.com/meta-llama/llama-models/blob/8c88b8c0d75dbd136b6895220c4f56ccbe2f2d24/models/sku_list.py";
const KIMI_K25_README =
  "https://github.com/MoonshotAI/Kimi-K2.5/blob/3e60763b943e93c443287c383e0468ffe05b188f/README.md";
const DEEPSEEK_V3_CONFIG =
  "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/inference/configs/config_671B.json";

/** An OLMo 2 size: its training config gives d_model, heads and layers, and no KV-head count. */
function olmo2(size: string, layers: number, heads: number, dModel: number): Entry {
  return fullAttention(
    layers,
    heads,
    dModel / heads,
    {
      url: `${OLMO2_CONFIGS}/OLMo2-${size}-stage1.yaml`,
      kind: "primary",
      asOf: "2025-07-16",
      note: `Ai2's OLMo 2 ${size} training config: d_model ${dModel}, n_heads ${heads}, n_layers ${layers}, no n_kv_heads (OLMo's ModelConfig then keeps one KV head per head: ${OLMO_CONFIG_CLASS}).`,
    },
    heads,
  );
}

const BLOOM_NOTE =
  "BigScience's training notes for the 176B model: NLAYERS 70, NHIDDEN 14336, NHEADS 112 (hidden/heads 128); its launch arguments set no grouped-query or multi-query attention, so each head keeps its own keys and values.";

export const KV_CONFIGS_CLASSIC_OPEN: Readonly<Record<string, Entry>> = {
  "grok-1": fullAttention(64, 8, 128, {
    url: GROK1_RUN,
    kind: "primary",
    asOf: "2024-03-19",
    note: "xAI's Grok-1 run script, TransformerConfig: 64 layers, 48 query heads, 8 KV heads, key_size 128.",
  }),
  dbrx: fullAttention(40, 8, 6144 / 48, {
    url: DBRX_CONFIG,
    kind: "primary",
    asOf: "2024-03-27",
    note: "Databricks' DBRX config: n_layers 40, d_model 6144, n_heads 48, attn_config.kv_n_heads 8 (head size 6144 / 48 = 128).",
  }),
  "olmo-2-7b": olmo2("7B", 32, 32, 4096),
  "olmo-2-13b": olmo2("13B", 40, 40, 5120),
  "gpt-j-6b": fullAttention(
    28,
    16,
    256,
    {
      url: GPTJ_README,
      kind: "primary",
      asOf: "2023-01-13",
      note: "GPT-J's model details in its authors' repository: 28 layers, d_model 4096 split into 16 heads of 256.",
    },
    16,
  ),
  // Every other layer is a local one; each head keeps its own keys and values (no KV-head count).
  "gpt-neo-2.7b": {
    layers: 32,
    kvHeads: 20,
    headDim: 2560 / 20,
    latentDim: null,
    slidingWindow: { tokens: 256, layers: 16 },
    attention: "multi-head attention, 20 heads of size 128; 16 of 32 layers attend only to the last 256 tokens",
    sourceUrl: GPT_NEO_27B_CONFIG,
    sourceKind: "primary",
    asOf: "2021-03-29",
    note: `EleutherAI's config for the released GPT-Neo 2.7B: n_embd 2560, n_head 20, n_layer 32, attention_types [["global", "local"], 16]; its attention code gives a local layer a radius of 256 tokens when the config sets none (${GPT_NEO_LAYERS}).`,
  },
  bloom: fullAttention(
    70,
    112,
    128,
    { url: BLOOM_TRAINING, kind: "primary", asOf: "2023-11-20", note: BLOOM_NOTE },
    112,
  ),
  // BLOOMZ is BLOOM 176B fine-tuned on prompts: the same shape, but BigScience's notes name BLOOM only.
  bloomz: fullAttention(
    70,
    112,
    128,
    {
      url: BLOOM_TRAINING,
      kind: "secondary",
      asOf: "2023-11-20",
      note: `${BLOOM_NOTE} BLOOMZ is a fine-tune of that model; its own config was not read.`,
    },
    112,
  ),
  // Vicuna v1.5 13B is a fine-tune of Llama 2 13B (FastChat's README): Llama 2 13B's shape.
  "vicuna-13b": fullAttention(
    40,
    40,
    128,
    {
      url: FASTCHAT_README,
      kind: "secondary",
      asOf: "2025-04-12",
      note: `LMSYS's README: Vicuna v1.5 is based on Llama 2. Llama 2 13B's shape (dim 5120, 40 layers, 40 heads, one KV head per head as Meta's card says; ${LLAMA_SKU_LIST}) is taken for it; Vicuna's own config was not read.`,
    },
    40,
  ),
  // Moonshot's K2.5 README: 61 layers, MLA, continued pretraining atop Kimi-K2-Base; it gives no
  // latent width, so DeepSeek-V3's (whose model class K2 reuses) is taken: secondary, as for K2.
  "kimi-k2.5": latentAttention(61, 512 + 64, "taken as DeepSeek-V3's 512-wide latent and 64-wide RoPE key", {
    url: KIMI_K25_README,
    kind: "secondary",
    asOf: "2026-01-31",
    note: `Moonshot's K2.5 README: 61 layers (1 dense), attention mechanism MLA, built atop Kimi-K2-Base. The latent width is DeepSeek-V3's config (${DEEPSEEK_V3_CONFIG}), not stated by Moonshot.`,
  }),
  // Moonshot's K2.6 deployment guide: "Kimi-K2.6 has the same architecture as Kimi-K2.5" (read in a
  // duplicate of Moonshot's repository); its model summary, in a host's copy, gives 61 layers, MLA.
  "kimi-k2.6": latentAttention(61, 512 + 64, "taken as DeepSeek-V3's 512-wide latent and 64-wide RoPE key", {
    url: "https://huggingface.co/mutlukurt/Kimi-K2.6/blob/main/docs/deploy_guidance.md",
    kind: "secondary",
    asOf: "2026-12-05",
    note: `A duplicate of moonshotai/Kimi-K2.6's deployment guide: "Kimi-K2.6 has the same architecture as Kimi-K2.5"; a host's copy of Moonshot's model summary gives 61 layers (1 dense) and MLA (https://haimaker.ai/models/moonshotai/kimi-k2.6). K2.5's shape is taken, its latent width DeepSeek-V3's (${DEEPSEEK_V3_CONFIG}), not stated by Moonshot. Moonshot's own files were not read.`,
  }),
};
