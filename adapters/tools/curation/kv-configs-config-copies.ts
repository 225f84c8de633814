// KV-cache shapes read in third-party copies of a lab's config.json: MLC LLM keeps the config of
// each model it ships a preset for (python/mlc_llm/model/model_preset.py), with the checkpoint's
// `_name_or_path` where the copy names one; a fine-tune takes the shape of the base its lab names,
// read in such a copy. The numbers are the lab's, but the file is not, so each entry is secondary.
import { type Entry, fullAttention } from "./kv-entry.js";

const MLC_PRESETS =
  "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py";
/** When we read the file. */
const READ = "2026-12-05";

/** A preset's shape: head size is hidden_size ÷ num_attention_heads (no head_dim in these configs). */
function mlcPreset(
  preset: string,
  checkpoint: string,
  c: { hidden: number; layers: number; heads: number; kv: number },
): Entry {
  return fullAttention(
    c.layers,
    c.kv,
    c.hidden / c.heads,
    {
      url: MLC_PRESETS,
      kind: "secondary",
      asOf: READ,
      note: `MLC LLM's copy of ${checkpoint}'s config.json (preset "${preset}"): hidden_size ${c.hidden}, ${c.layers} layers, ${c.heads} attention and ${c.kv} KV heads (head size ${c.hidden / c.heads}). The lab's own config.json was not read.`,
    },
    c.heads,
  );
}

/** A copy of microsoft/phi-4's config.json (the row selfhost.json gives Phi-4), and llama.cpp's
 *  metadata dump of a Phi-4 conversion, which agree: 40 layers, 40 heads, 10 KV heads, width 5120. */
const PHI4_CONFIG_COPY = "https://huggingface.co/gaianet/phi-4-GGUF/blob/main/config.json";
const PHI4_GGUF_DUMP = "https://hf.qhduan.com/smcleod/phi-4";
/** Microsoft's Phi-4-reasoning report (arXiv 2504.21318), its abstract read in copies of it. */
const PHI4_REASONING_ABSTRACT =
  "https://arxivlens.com/PaperView/Details/phi-4-reasoning-technical-report-7151-cd7a32aa";

/** Unsloth's copy of CohereForAI/c4ai-command-r-08-2024's config.json (its `_name_or_path`), revision
 *  5a0b68a; Cohere's own gated repository was not read. */
const COMMAND_R_0824_CONFIG_COPY = "https://huggingface.co/unsloth/c4ai-command-r-08-2024/blob/main/config.json";

export const KV_CONFIGS_CONFIG_COPIES: Readonly<Record<string, Entry>> = {
  // The catalogue's Command R is the 08-2024 release, which has grouped-query attention (8 KV heads);
  // the March 2024 c4ai-command-r-v01 had a KV head per head, so its config would overstate the cache.
  "command-r": fullAttention(
    40,
    8,
    8192 / 64,
    {
      url: COMMAND_R_0824_CONFIG_COPY,
      kind: "secondary",
      asOf: "2026-12-06",
      note: "A copy of CohereForAI/c4ai-command-r-08-2024's config.json (Unsloth's re-upload, revision 5a0b68a): hidden_size 8192, 40 layers, 64 attention and 8 KV heads (head size 128). Cohere's own config.json was not read.",
    },
    64,
  ),
  // Phi-3.5-mini keeps Phi-3-mini's shape: a KV head per head.
  "phi-3.5-mini": mlcPreset("phi-3_5", "Phi-3.5-mini-instruct", { hidden: 3072, layers: 32, heads: 32, kv: 32 }),
  // The preset MLC names "phi-4" is Phi-4-mini-instruct (its _name_or_path), not Phi-4 14B.
  "phi-4-mini": mlcPreset("phi-4", "Phi-4-mini-instruct", { hidden: 3072, layers: 32, heads: 24, kv: 8 }),
  // This copy has no _name_or_path; the preset is named for OLMo 2 32B.
  "olmo-2-32b": mlcPreset("olmo2_32b", "OLMo 2 32B", { hidden: 5120, layers: 64, heads: 40, kv: 8 }),
  // A fine-tune keeps its base's layers and heads.
  "phi-4-reasoning": fullAttention(40, 10, 5120 / 40, {
    url: PHI4_CONFIG_COPY,
    kind: "secondary",
    asOf: READ,
    note: `Phi-4's shape: a copy of microsoft/phi-4's config.json gives 40 layers, 40 heads, 10 KV heads and width 5120 (head size 128), as does llama.cpp's metadata dump of a Phi-4 conversion (${PHI4_GGUF_DUMP}). Microsoft's Phi-4-reasoning report says the model was trained via supervised fine-tuning of Phi-4 (${PHI4_REASONING_ABSTRACT}). Microsoft's own config.json was not read.`,
  }),
};
