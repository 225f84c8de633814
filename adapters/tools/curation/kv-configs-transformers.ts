// KV-cache shapes read in the Transformers library's configuration classes, whose docstrings say
// their defaults match a named checkpoint: the lab's own config.json was not read, so each entry is
// secondary.
import { type Entry, fullAttention } from "./kv-entry.js";

const TRANSFORMERS = "https://github.com/huggingface/transformers/blob";
const PHI3_CLASS = `${TRANSFORMERS}/d7991107f1114ec9fd32a4fdfed4c2dd8a76e0e4/src/transformers/models/phi3/configuration_phi3.py`;
const FALCON_CLASS = `${TRANSFORMERS}/5fd8edad2a672d6a10d6352b62b823d56c3032bf/src/transformers/models/falcon/configuration_falcon.py`;
/** When we read these files. */
const READ = "2026-12-05";

export const KV_CONFIGS_TRANSFORMERS: Readonly<Record<string, Entry>> = {
  // Phi3Config's defaults are Phi-3-mini-4k's; the 128k release differs only in its RoPE scaling.
  "phi-3-mini": fullAttention(
    32,
    32,
    3072 / 32,
    {
      url: PHI3_CLASS,
      kind: "secondary",
      asOf: READ,
      note: "Transformers' Phi3Config (Microsoft's and Hugging Face's code), whose defaults its docstring calls similar to Phi-3-mini-4k-instruct: hidden_size 3072, 32 layers, 32 heads and no separate KV-head count (so one KV head per head, head size 96). The 128k release changes only the RoPE scaling; Microsoft's own config.json was not read.",
    },
    32,
  ),
  // FalconConfig's defaults are Falcon-7B's: multi-query attention, one KV head shared by 71 heads.
  "falcon-7b": fullAttention(32, 1, 4544 / 71, {
    url: FALCON_CLASS,
    kind: "secondary",
    asOf: READ,
    note: "Transformers' FalconConfig, whose defaults its docstring calls similar to tiiuae/falcon-7b: hidden_size 4544, 32 layers, 71 heads, multi_query true (one key and value head shared by all heads; head size 4544 / 71 = 64). TII's own config.json was not read.",
  }),
};
