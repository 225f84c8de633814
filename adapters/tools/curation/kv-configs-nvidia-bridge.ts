// KV-cache shapes as NVIDIA's Megatron Bridge (the conversion library between Hugging Face
// checkpoints and Megatron) documents other labs' models, at a pinned commit: NVIDIA's reading of
// those labs' configs, not the labs' own files, so each entry is secondary.
import { type Entry, fullAttention } from "./kv-entry.js";
import { KV_CONFIGS_ZAI_QWEN25_MINIMAX } from "./kv-configs-zai-qwen-minimax.js";

const BRIDGE = "https://github.com/NVIDIA-NeMo/Megatron-Bridge/blob/067f987df03b8355b03192d88d70f1709fedf51a";
/** When we read these files. */
const READ = "2026-12-05";

/** Ministral 3's model page in the Bridge docs gives each size's layers and query groups; the
 *  provider's kv_channels (128) is the head size. */
const MINISTRAL3_DOC = `${BRIDGE}/docs/models/mistral/ministral3.md`;
const MINISTRAL3_PROVIDER = `${BRIDGE}/src/megatron/bridge/models/ministral3/ministral3_provider.py`;
const ministral3 = (size: string, layers: number): Entry =>
  fullAttention(layers, 8, 128, {
    url: MINISTRAL3_DOC,
    kind: "secondary",
    asOf: READ,
    note: `NVIDIA's Megatron Bridge page for Ministral 3 ${size}: ${layers} layers, 32 attention heads in 8 query groups; head size 128 is the provider's kv_channels (${MINISTRAL3_PROVIDER}). Mistral's own config.json was not read.`,
  });

/** The Bridge's MiniMax-M2 page lists M2.5 and M2.7 as the same MiniMaxM2ForCausalLM architecture,
 *  and the catalogue gives them M2's 230B total / 10B active: M2's shape is taken for them. */
const MINIMAX_M2_DOC = `${BRIDGE}/docs/models/minimax/minimax-m2.md`;
const sameAsMinimaxM2 = (release: string): Entry => {
  const m2 = KV_CONFIGS_ZAI_QWEN25_MINIMAX["minimax-m2"]!;
  return {
    ...m2,
    sourceUrl: MINIMAX_M2_DOC,
    sourceKind: "secondary",
    asOf: READ,
    note: `NVIDIA's Megatron Bridge page for MiniMax-M2 lists ${release} as the same MiniMaxM2ForCausalLM architecture, at M2's size; M2's shape is taken for it (${m2.note})`,
  };
};

/** The Bridge's MiniMax-M3 page: 60 layers, all grouped-query attention (64 query and 4 KV heads, 64 of
 *  128 head channels rotated). Its lightning indexer also keeps per-token keys, not counted here. */
const MINIMAX_M3_DOC = `${BRIDGE}/docs/models/minimax/minimax-m3.md`;

export const KV_CONFIGS_NVIDIA_BRIDGE: Readonly<Record<string, Entry>> = {
  "minimax-m3": fullAttention(60, 4, 128, {
    url: MINIMAX_M3_DOC,
    kind: "secondary",
    asOf: READ,
    note: "NVIDIA's Megatron Bridge page for MiniMax-M3: a 60-layer decoder with GQA attention of 64 query and 4 KV heads, partial RoPE on 64 of 128 head channels (head size 128). The lightning indexer's per-token keys for its block-sparse attention are not counted (their width is not given). MiniMax's own config.json was not read.",
  }),
  "ministral-3-3b": ministral3("3B", 26),
  "ministral-3-8b": ministral3("8B", 34),
  "ministral-3-14b": ministral3("14B", 40),
  "minimax-m2.5": sameAsMinimaxM2("MiniMax-M2.5"),
  "minimax-m2.7": sameAsMinimaxM2("MiniMax-M2.7"),
};
