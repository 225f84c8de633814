// KV-cache shapes read in third-party copies of a lab's config.json: MLC LLM keeps the config of
// each model it ships a preset for (python/mlc_llm/model/model_preset.py), with the checkpoint's
// `_name_or_path` where the copy names one. The numbers are the lab's, but the file is not the
// lab's, so each entry is secondary.
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

export const KV_CONFIGS_CONFIG_COPIES: Readonly<Record<string, Entry>> = {
  // Phi-3.5-mini keeps Phi-3-mini's shape: a KV head per head.
  "phi-3.5-mini": mlcPreset("phi-3_5", "Phi-3.5-mini-instruct", { hidden: 3072, layers: 32, heads: 32, kv: 32 }),
  // The preset MLC names "phi-4" is Phi-4-mini-instruct (its _name_or_path), not Phi-4 14B.
  "phi-4-mini": mlcPreset("phi-4", "Phi-4-mini-instruct", { hidden: 3072, layers: 32, heads: 24, kv: 8 }),
  // This copy has no _name_or_path; the preset is named for OLMo 2 32B.
  "olmo-2-32b": mlcPreset("olmo2_32b", "OLMo 2 32B", { hidden: 5120, layers: 64, heads: 40, kv: 8 }),
};
