// The shape of one curated KV-cache entry and the builders the curation files share: every layer
// attending to the whole context (grouped-query or multi-head attention), or multi-head latent
// attention caching one compressed latent per layer. Bytes per token are derived by the importer.
import type { KvCacheConfig } from "../../../src/catalog/schema.js";

export type Entry = Omit<KvCacheConfig, "bytesPerTokenBf16">;

export interface EntrySource {
  url: string;
  kind: KvCacheConfig["sourceKind"];
  asOf: string;
  note: string;
}

/** Every layer attends to the whole context with `kvHeads` heads of `headDim` (grouped-query or,
 *  when kvHeads equals the query heads, multi-head attention). */
export function fullAttention(
  layers: number,
  kvHeads: number,
  headDim: number,
  source: EntrySource,
  queryHeads?: number,
): Entry {
  const kind = queryHeads === kvHeads ? "multi-head attention" : "grouped-query attention";
  return {
    layers,
    kvHeads,
    headDim,
    latentDim: null,
    slidingWindow: null,
    attention: `${kind}, ${kvHeads} KV heads of size ${headDim} in each of ${layers} layers`,
    ...fromSource(source),
  };
}

/**
 * Multi-head latent attention: each layer caches one latent of `cached` values per token, shared by
 * all heads (the compressed KV plus the RoPE key, and any further per-token key the layer keeps);
 * `what` says what those values are.
 */
export function latentAttention(layers: number, cached: number, what: string, source: EntrySource): Entry {
  return {
    layers,
    kvHeads: null,
    headDim: null,
    latentDim: cached,
    slidingWindow: null,
    attention: `multi-head latent attention: each of ${layers} layers caches ${cached} values per token (${what}), shared by all heads`,
    ...fromSource(source),
  };
}

function fromSource(source: EntrySource): Pick<Entry, "sourceUrl" | "sourceKind" | "asOf" | "note"> {
  return { sourceUrl: source.url, sourceKind: source.kind, asOf: source.asOf, note: source.note };
}

/**
 * A hybrid model: only `attentionLayers` of its `layers` attend over the context (grouped-query, with
 * `kvHeads` heads of `headDim`) and keep a KV cache; `others` says what the rest are (Gated DeltaNet
 * or Mamba layers, whose state per sequence does not grow with its length, and plain MoE or MLP
 * layers), none of which adds anything per token.
 */
export function hybridAttention(
  layers: number,
  attentionLayers: number,
  kvHeads: number,
  headDim: number,
  others: string,
  source: EntrySource,
): Entry {
  return {
    layers,
    attentionLayers,
    kvHeads,
    headDim,
    latentDim: null,
    slidingWindow: null,
    attention: `hybrid: ${attentionLayers} of ${layers} layers are grouped-query attention with ${kvHeads} KV heads of size ${headDim}; the other ${layers - attentionLayers} are ${others}, which keep no per-token cache`,
    ...fromSource(source),
  };
}
