// KV-cache shapes for Z.ai's GLM models, Qwen2.5 sizes, MiniMax-M2, DeepSeek-V3.2 and Kimi K2
// Thinking. Z.ai's own texts (the GLM-4.5 technical report in its repository, and the model scripts
// of slime, the post-training framework Z.ai publishes under its THUDM account and names as the one
// behind GLM-4.5 to GLM-5.2) are primary for the GLM releases they name. The same slime scripts
// restate other labs' configs: for those models they are a third party's reading, so secondary.
import { type Entry, type EntrySource, fullAttention, latentAttention } from "./kv-entry.js";

const SLIME_COMMIT = "624b824a898ab0ec1fcb4d373004c7f3852bf515";
/** The pinned slime commit's date. */
const SLIME_AS_OF = "2026-08-21";
const slimeScript = (name: string) => `https://github.com/THUDM/slime/blob/${SLIME_COMMIT}/scripts/models/${name}.sh`;

/** Table 1 of the GLM-4.5 technical report, as committed to Z.ai's GLM-4.5 repository. */
const GLM45_REPORT =
  "https://github.com/zai-org/GLM-4.5/blob/bebc6b41d9644bd2d42f67206cdaabf1f77bdbe9/resources/GLM_4_5_technical_report.pdf";
/** Z.ai's GLM-4.x README: GLM-4.6 and GLM-4.7 are listed at the same 355B-A32B size as GLM-4.5. */
const GLM4X_README = "https://github.com/zai-org/GLM-4.5/blob/170f20b2c10659008fdbc909d478bc2a75bc3627/README.md";

/** Qwen's Qwen2.5 launch post: per-size layers and query / KV heads (no hidden or head size). */
const QWEN25_BLOG =
  "https://github.com/QwenLM/qwenlm.github.io/blob/a55fd10480de419b462edb4d049c914813731b2e/content/blog/qwen2.5-llm/index.md";
/** Qwen's Qwen2.5-Coder family post: the Coder sizes share the base sizes' layers and heads. */
const QWEN25_CODER_BLOG =
  "https://github.com/QwenLM/qwenlm.github.io/blob/7e70adff995f86c62e7ad1fe3c8645dc9f0a48ef/content/blog/qwen2.5-coder-family/index.md";

/** torchtune's Qwen2.5 builders (PyTorch's fine-tuning library): embed_dim per size. */
const TORCHTUNE_QWEN25 =
  "https://github.com/pytorch/torchtune/blob/47a9e1989d7b1434b5a6dbaaa4b829283ba86281/torchtune/models/qwen2_5/_model_builders.py";

const DEEPSEEK_V32_EXP =
  "https://github.com/deepseek-ai/DeepSeek-V3.2-Exp/blob/3b99a5350d260b7c2a357e82362305509e2d0724";

/** GLM-4.5's 355B-A32B shape: 3 dense and 89 MoE layers (the MTP layer only drafts tokens), 96 query
 *  heads and 8 KV heads of 128. */
const GLM45_LAYERS = 3 + 89;
const glm45From = (source: EntrySource) => fullAttention(GLM45_LAYERS, 8, 128, source);

/** A GLM-4.x release listed at GLM-4.5's size, whose own shape Z.ai does not state: GLM-4.5's is
 *  taken for it, so the entry is secondary. */
function glm4xSameSizeAs45(release: string): Entry {
  return glm45From({
    url: GLM4X_README,
    kind: "secondary",
    asOf: "2026-02-01",
    note: `Z.ai's README lists ${release} at GLM-4.5's size (355B-A32B) without its shape; GLM-4.5's 92 layers of 8 KV heads of 128 (technical report, ${GLM45_REPORT}) are taken for it.`,
  });
}

/** GLM-5's 744B-A40B shape in Z.ai's slime script: 3 dense + 75 MoE layers of multi-head latent
 *  attention (kv_lora_rank 512, RoPE key 64). Its sparse-attention indexer also keeps a key per token
 *  and layer, whose width the script reads from the checkpoint: it is not counted here. */
function glm5(script: string, release: string, kind: EntrySource["kind"], extra = ""): Entry {
  return latentAttention(78, 512 + 64, "a 512-wide compressed KV and a 64-wide RoPE key", {
    url: slimeScript(script),
    kind,
    asOf: SLIME_AS_OF,
    note: `Z.ai's slime script for ${release}: 3 dense + 75 MoE layers, multi-latent attention, kv-lora-rank 512, qk-pos-emb-head-dim 64. The DSA indexer's per-token keys are not counted (their width is not in the script).${extra}`,
  });
}

/**
 * A Qwen2.5 size: layers and query / KV heads from Qwen's own launch post; the head size is the
 * hidden size ÷ query heads (the Qwen2 model class), the hidden size read in slime's script for that
 * size (torchtune's builder for the 14B, which slime has no script for), a third party's copy of
 * Qwen's config: so the entry is secondary.
 */
function qwen25(
  size: string,
  layers: number,
  queryHeads: number,
  kvHeads: number,
  hidden: number,
  post = QWEN25_BLOG,
  asOf = "2024-09-19",
  hiddenFrom = `slime's script, ${slimeScript(`qwen2.5-${size}`)}`,
): Entry {
  return fullAttention(layers, kvHeads, hidden / queryHeads, {
    url: post,
    kind: "secondary",
    asOf,
    note: `Qwen's post: Qwen2.5-${size} has ${layers} layers and ${queryHeads} / ${kvHeads} query / KV heads. Head size ${hidden / queryHeads} = hidden size ${hidden} (${hiddenFrom}) ÷ ${queryHeads} heads; Qwen's own config was not read.`,
  });
}

export const KV_CONFIGS_ZAI_QWEN25_MINIMAX: Readonly<Record<string, Entry>> = {
  "glm-4.5": glm45From({
    url: GLM45_REPORT,
    kind: "primary",
    asOf: "2025-08-09",
    note: `Z.ai's GLM-4.5 technical report, Table 1: 3 dense + 89 MoE layers, 96 attention heads, 8 key-value heads, head dim 128; the same in Z.ai's slime script (${slimeScript("glm4.5-355B-A32B")}).`,
  }),
  "glm-4.5-air": fullAttention(1 + 45, 8, 128, {
    url: GLM45_REPORT,
    kind: "primary",
    asOf: "2025-08-09",
    note: `Z.ai's GLM-4.5 technical report, Table 1: GLM-4.5-Air has 1 dense + 45 MoE layers, 96 attention heads, 8 key-value heads, head dim 128; the same in Z.ai's slime script (${slimeScript("glm4.5-106B-A12B")}).`,
  }),
  "glm-4.6": glm4xSameSizeAs45("GLM-4.6"),
  "glm-4.7": glm4xSameSizeAs45("GLM-4.7"),
  "glm-4.7-flash": latentAttention(1 + 46, 512 + 64, "a 512-wide compressed KV and a 64-wide RoPE key", {
    url: slimeScript("glm4.7-30B-A3B"),
    kind: "primary",
    asOf: SLIME_AS_OF,
    note: "Z.ai's slime script for GLM-4.7-Flash (30B-A3B): 1 dense + 46 MoE layers, 20 heads, multi-latent attention, kv-lora-rank 512, qk-pos-emb-head-dim 64.",
  }),
  "glm-5": glm5("glm5-744B-A40B", "GLM-5", "primary"),
  "glm-5.2": glm5("glm5.2-744B-A40B", "GLM-5.2", "primary"),
  // No slime script names GLM-5.1; GLM-5 and GLM-5.2 on either side of it share one shape.
  "glm-5.1": glm5(
    "glm5-744B-A40B",
    "GLM-5",
    "secondary",
    " GLM-5.1 has no script of its own: the shape GLM-5 and GLM-5.2 share is taken for it.",
  ),
  "qwen2.5-0.5b": qwen25("0.5B", 24, 14, 2, 896),
  "qwen2.5-1.5b": qwen25("1.5B", 28, 12, 2, 1536),
  "qwen2.5-3b": qwen25("3B", 36, 16, 2, 2048),
  "qwen2.5-7b": qwen25("7B", 28, 28, 4, 3584),
  "qwen2.5-14b": qwen25("14B", 48, 40, 8, 5120, QWEN25_BLOG, "2024-09-19", `torchtune's builder, ${TORCHTUNE_QWEN25}`),
  "qwen2.5-32b": qwen25("32B", 64, 40, 8, 5120),
  // Qwen's Coder post gives the Coder sizes the base sizes' layers and heads.
  "qwen2.5-coder-3b": qwen25("3B", 36, 16, 2, 2048, QWEN25_CODER_BLOG, "2024-11-18"),
  "qwen2.5-coder-32b": qwen25("32B", 64, 40, 8, 5120, QWEN25_CODER_BLOG, "2024-11-18"),
  "minimax-m2": fullAttention(62, 8, 128, {
    url: slimeScript("minimax-m2"),
    kind: "secondary",
    asOf: SLIME_AS_OF,
    note: "slime's script for MiniMax-M2 (a third party's reading of MiniMax's config): 62 layers, 48 query heads, 8 query groups, kv-channels 128. MiniMax's own config was not read.",
  }),
  // SGLang's MiniMax page serves M2.1 and M2 with one guide ("only update the model name"), both at
  // 230B total / 10B active: M2's shape is taken for M2.1.
  "minimax-m2.1": fullAttention(62, 8, 128, {
    url: "https://docs.sglang.io/basic_usage/minimax_m2.html",
    kind: "secondary",
    asOf: "2026-12-05",
    note: `SGLang's "MiniMax M2.1/M2 Usage" page deploys MiniMax-M2.1 and MiniMax-M2 alike (only the model name changes) and gives the series 230B total and 10B active parameters; M2's shape, from slime's script (${slimeScript("minimax-m2")}), is taken for M2.1. MiniMax's own config.json was not read.`,
  }),
  // DeepSeek's V3.2-Exp inference code: MLA's 512 + 64 per layer, and the sparse-attention indexer's
  // one 128-wide key per token and layer (kept in FP8 with a scale in the reference code).
  "deepseek-v3.2": latentAttention(
    61,
    512 + 64 + 128,
    "MLA's 512-wide compressed KV and 64-wide RoPE key, plus the sparse-attention indexer's 128-wide key",
    {
      url: `${DEEPSEEK_V32_EXP}/inference/config_671B_v3.2.json`,
      kind: "secondary",
      asOf: "2025-10-02",
      note: `DeepSeek's config for V3.2-Exp (n_layers 61, kv_lora_rank 512, qk_rope_head_dim 64, index_head_dim 128; caches in ${DEEPSEEK_V32_EXP}/inference/model.py). Read for V3.2-Exp: DeepSeek-V3.2's own config was not read.`,
    },
  ),
  "kimi-k2-thinking": latentAttention(61, 512 + 64, "a 512-wide compressed KV and a 64-wide RoPE key", {
    url: slimeScript("kimi-k2-thinking"),
    kind: "secondary",
    asOf: SLIME_AS_OF,
    note: "slime's script for Kimi K2 Thinking (a third party's reading of Moonshot's config): 61 layers, multi-latent attention, kv-lora-rank 512, qk-pos-emb-head-dim 64. Moonshot's own config was not read.",
  }),
};
