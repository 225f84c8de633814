// Each open model's KV-cache shape (model.kvCache): the entry read in the lab's own code or config
// (curation/kv-configs.ts), else the selfhost.json row named for this very model, marked primary
// only when that row is verified and its first source is the lab's own repository. A row named for
// another release is never lent: sizing estimates those and says so.
import { kvBytesPerTokenBf16 } from "../../../src/catalog/kv-shape.js";
import type { KvCacheConfig } from "../../../src/catalog/schema.js";
import { keysOfModel, rowMatchKeys } from "../../../src/costs/model-key.js";
import { KV_CONFIGS } from "../curation/kv-configs.js";
import type { ModelCuration } from "../curation/model-types.js";
import type { SelfHostFile, SelfHostKvRow } from "./source-types.js";

/** GitHub and Hugging Face accounts that publish each lab's own weights, configs and code. */
const LAB_ACCOUNTS: Readonly<Record<string, readonly string[]>> = {
  Meta: ["meta-llama", "facebookresearch"],
  "Mistral AI": ["mistralai"],
  "Alibaba (Qwen)": ["Qwen", "QwenLM"],
  DeepSeek: ["deepseek-ai"],
  OpenAI: ["openai"],
  Google: ["google", "google-deepmind"],
  Microsoft: ["microsoft"],
};

export function kvCacheFor(cur: ModelCuration, selfhost: SelfHostFile): KvCacheConfig | null {
  const read = KV_CONFIGS[cur.id];
  if (read) return { ...read, bytesPerTokenBf16: kvBytesPerTokenBf16(read) };
  // A fine-tune keeps its base's attention: the base's entry, saying whose it is.
  const base = cur.tunedFrom ? KV_CONFIGS[cur.tunedFrom.id] : undefined;
  if (base && cur.tunedFrom)
    return {
      ...base,
      note: `${base.note ? `${base.note} ` : ""}Read for ${cur.tunedFrom.id}, whose network this model fine-tunes (${cur.tunedFrom.sourceUrl}).`,
      bytesPerTokenBf16: kvBytesPerTokenBf16(base),
    };
  const keys = keysOfModel(cur);
  for (const row of selfhost.kv_cache ?? []) {
    const names = row.model.split(/\s+\/\s+/);
    const matched = names.findIndex((name) => rowMatchKeys(name).some((k) => keys.has(k)));
    // A row naming several releases ("Llama 3.1 70B / Llama 3.3 70B") was read for its first name;
    // for the others it rests on the curators' word that the architecture is the same.
    if (matched >= 0) return fromSelfhostRow(row, cur.lab, selfhost.as_of, matched === 0);
  }
  return null;
}

function fromSelfhostRow(row: SelfHostKvRow, lab: string, asOf: string, readForIt: boolean): KvCacheConfig | null {
  // A latent-attention row gives no latent size in these fields: it needs a curated entry.
  if (row.kv_heads === null || row.head_dim === null) return null;
  const first = row.sources[0];
  if (!first) return null;
  const date = /\d{4}-\d{2}-\d{2}/.exec(first.date)?.[0] ?? asOf;
  const labs = LAB_ACCOUNTS[lab] ?? [];
  const primary = readForIt && row.verified && labs.some((a) => isAccountOf(first.source, a));
  return {
    layers: row.layers,
    kvHeads: row.kv_heads,
    headDim: row.head_dim,
    latentDim: null,
    slidingWindow: null,
    attention: row.attention,
    bytesPerTokenBf16: row.kv_bytes_per_token_bf16,
    sourceUrl: first.source,
    sourceKind: primary ? "primary" : "secondary",
    asOf: date,
    note: `selfhost.json's row for ${row.model}.`,
  };
}

function isAccountOf(url: string, account: string): boolean {
  return new RegExp(`^https://(github\\.com|huggingface\\.co)/${account}/`).test(url);
}
