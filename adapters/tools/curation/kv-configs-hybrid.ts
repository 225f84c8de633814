// KV-cache shapes of hybrid models, where most layers are linear attention or state-space layers
// with a fixed-size state and only every few layers attend over the whole context: only those keep
// a KV cache (model.kvCache.attentionLayers), so sizing them as if every layer did would over-count
// the cache several times over. NVIDIA's Nemotron shapes are read in NVIDIA's own Megatron Bridge
// code (primary). Qwen's own config.json files were not read: those shapes come from the
// Transformers configuration classes the Qwen team co-wrote (whose defaults are a named checkpoint)
// and from the slime training scripts, so each is secondary.
import { type Entry, hybridAttention } from "./kv-entry.js";

const TRANSFORMERS = "https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419";
const SLIME = "https://github.com/THUDM/slime/blob";
/** When we read these files. */
const READ = "2026-12-05";
const GATED_DELTANET = "Gated DeltaNet linear-attention layers (a fixed-size state per sequence)";

/** Qwen3-Next and Qwen3.5 make every fourth layer full attention (`full_attention_interval` 4 in the
 *  Transformers config classes' layer pattern); the other three are Gated DeltaNet. */
const QWEN_INTERVAL = 4;
const qwenHybrid = (layers: number, kvHeads: number, url: string, note: string): Entry =>
  hybridAttention(layers, layers / QWEN_INTERVAL, kvHeads, 256, GATED_DELTANET, {
    url,
    kind: "secondary",
    asOf: READ,
    note,
  });

/** NVIDIA's Megatron Bridge model providers: each Nemotron-H size's layer pattern, one letter a layer
 *  (M Mamba-2, * attention, E MoE, - MLP), with its query groups (KV heads) and kv_channels. */
const NEMOTRON_PROVIDERS =
  "https://github.com/NVIDIA-NeMo/Megatron-Bridge/blob/160ccccbb49d8eb37d05197a9fd4c4390eb9f88e/src/megatron/bridge/models/nemotronh/nemotron_h_provider.py";
const MAMBA = "Mamba-2 layers (a fixed-size state per sequence) and MoE or MLP layers";

/** A Nemotron-H size from its provider's layer pattern: the attention layers are its `*`s. */
function nemotron(provider: string, pattern: string, kvHeads: number): Entry {
  const attention = [...pattern].filter((c) => c === "*").length;
  return hybridAttention(pattern.length, attention, kvHeads, 128, MAMBA, {
    url: NEMOTRON_PROVIDERS,
    kind: "primary",
    asOf: READ,
    note: `NVIDIA's Megatron Bridge ${provider}: layer pattern ${pattern} (${pattern.length} layers, ${attention} of them attention), ${kvHeads} query groups, kv_channels 128.`,
  });
}

/** AI21's Jamba: one attention layer in every eight (attn_layer_period 8), the rest Mamba layers. */
const JAMBA_CLASS =
  "https://github.com/huggingface/transformers/blob/008f5c8c29be84d4721dc6d1e0fcd72300580be4/src/transformers/models/jamba/configuration_jamba.py";
/** AI21's Jamba-1.5 paper: Jamba-1.5-Mini is "an updated and instruction-tuned version of our earlier
 *  Jamba release". Read in its introduction, not in its architecture section. */
const JAMBA15_PAPER = "https://arxiv.org/html/2408.12570v1";
const JAMBA_MAMBA = "Mamba layers (a fixed-size state per sequence)";

const QWEN35_MOE_CLASS = `${TRANSFORMERS}/src/transformers/models/qwen3_5_moe/configuration_qwen3_5_moe.py`;
const QWEN35_35B_A3B_NOTE = `Transformers' Qwen3_5MoeTextConfig, whose defaults its docstring ties to Qwen/Qwen3.5-35B-A3B: 40 layers, 16 query and 2 KV heads of 256, every fourth layer full attention and the rest Gated DeltaNet (10 of 40 keep a KV cache). The slime script for the same checkpoint agrees on layers and heads (${SLIME}/624b824a898ab0ec1fcb4d373004c7f3852bf515/scripts/models/qwen3.5-35B-A3B.sh). Qwen's own config.json was not read.`;

export const KV_CONFIGS_HYBRID: Readonly<Record<string, Entry>> = {
  // Jamba v0.1's shape, which Jamba 1.5 Mini updates; AI21's own config.json was not read.
  "jamba-1.5-mini": hybridAttention(32, 4, 8, 4096 / 32, JAMBA_MAMBA, {
    url: JAMBA_CLASS,
    kind: "secondary",
    asOf: READ,
    note: `Transformers' JambaConfig (copyright AI21 Labs and Hugging Face), whose defaults its docstring ties to ai21labs/Jamba-v0.1: hidden_size 4096, 32 layers, 32 query and 8 KV heads (head size 128), an attention layer every 8 layers from layer 4, so 4 of 32 keep a KV cache. AI21's Jamba-1.5 paper calls Jamba-1.5-Mini an updated and instruction-tuned version of that release (${JAMBA15_PAPER}). AI21's own config.json was not read.`,
  }),
  "jamba-1.5-large": hybridAttention(72, 9, 8, 8192 / 64, JAMBA_MAMBA, {
    url: "https://www.emergentmind.com/topics/jamba-1-5",
    kind: "secondary",
    asOf: READ,
    note: `A summary of AI21's Jamba-1.5 paper (${JAMBA15_PAPER}): 9 blocks of 8 layers, one attention layer to seven Mamba layers (9 of 72 keep a KV cache), hidden size 8192, 64 query and 8 KV heads (head size 128); the 9 blocks of 8 at 1:7 also in https://zfn9.com/inside-jamba-1-5-transformer-and-mamba-meet-in-one-architecture.html. Neither the paper's architecture section nor AI21's config.json was read.`,
  }),
  // The base provider's num_query_groups (8) holds for the Nano v2 sizes; Nemotron 3 sets 2.
  "nemotron-nano-9b-v2": nemotron(
    "NemotronNanoModelProvider9Bv2",
    "M-M-M-MM-M-M-M*-M-M-M*-M-M-M-M*-M-M-M-M*-M-MM-M-M-M-M-M-",
    8,
  ),
  "nemotron-3-nano": nemotron("Nemotron3NanoProvider", "MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME", 2),
  "nemotron-3-super": nemotron(
    "Nemotron3SuperProvider",
    "MEMEMEM*EMEMEMEM*EMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEMEM*EMEMEMEM*EMEMEMEME",
    2,
  ),
  "qwen3-next-80b-a3b": qwenHybrid(
    48,
    2,
    `${TRANSFORMERS}/src/transformers/models/qwen3_next/configuration_qwen3_next.py`,
    "Transformers' Qwen3NextConfig (copyright the Qwen team and Hugging Face), whose defaults its docstring ties to Qwen/Qwen3-Next-80B-A3B-Instruct: 48 layers, 16 query and 2 KV heads of 256, every fourth layer full attention and the rest Gated DeltaNet (12 of 48 keep a KV cache). Qwen's own config.json was not read.",
  ),
  "qwen3.5-35b-a3b": qwenHybrid(40, 2, QWEN35_MOE_CLASS, QWEN35_35B_A3B_NOTE),
  // slime's script for Qwen3.6-35B-A3B only loads the 3.5 script: "the same language/MoE topology".
  "qwen3.6-35b-a3b": qwenHybrid(
    40,
    2,
    `${SLIME}/40d418ab48367169ffbc1a0675c587165e9f34e9/scripts/models/qwen36-35B-A3B.sh`,
    `slime's Qwen3.6-35B-A3B script states it uses the same language and MoE topology as Qwen3.5-35B-A3B and loads that script; the shape is the 3.5 one: ${QWEN35_35B_A3B_NOTE}`,
  ),
  "qwen3.5-27b": qwenHybrid(
    64,
    4,
    `${SLIME}/624b824a898ab0ec1fcb4d373004c7f3852bf515/scripts/models/qwen3.5-27B.sh`,
    `slime's Qwen3.5-27B script: 64 layers, 24 query heads in 4 query groups (KV heads), kv-channels 256, gated attention; the one-in-four full-attention pattern is the Qwen3.5 config class's (${TRANSFORMERS}/src/transformers/models/qwen3_5/configuration_qwen3_5.py), so 16 of 64 layers keep a KV cache. Qwen's own config.json was not read.`,
  ),
  "qwen3.5-397b-a17b": qwenHybrid(
    60,
    2,
    `${SLIME}/aa84536b351586da7db37f74688d0550f3d333cf/scripts/models/qwen3.5-397B-A17B.sh`,
    `slime's Qwen3.5-397B-A17B script ("linear_attention + full_attention hybrid layers"): 60 layers, 32 query heads in 2 query groups (KV heads), kv-channels 256; the one-in-four full-attention pattern is the Qwen3.5 MoE config class's (${QWEN35_MOE_CLASS}), so 15 of 60 layers keep a KV cache. Qwen's own config.json was not read.`,
  ),
};
