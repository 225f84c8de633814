// Bytes of KV cache per token that follow from a model's attention shape (model.kvCache), in one
// place: the importer states them in the catalogue and self-hosting sizing splits them between the
// layers that keep every token and those that keep only a window.
import type { KvCacheConfig } from "./schema.js";

type Shape = Pick<KvCacheConfig, "layers" | "kvHeads" | "headDim" | "latentDim" | "slidingWindow" | "attentionLayers">;

/** K and V (2) × 2 bytes per value for each KV head of each layer that keeps a KV cache; or one
 *  latent per such layer. A hybrid model's recurrent layers add nothing per token. */
export function kvBytesPerTokenBf16(c: Shape): number {
  const caching = kvCachingLayers(c);
  if (c.latentDim !== null) return caching * c.latentDim * 2;
  const windowed = c.slidingWindow ? Math.min(c.slidingWindow.layers, caching) : 0;
  return perLayer(c.kvHeads, c.headDim) * (caching - windowed) + windowedKvBytesPerTokenBf16(c);
}

/** The layers that keep a KV cache: all of them, or a hybrid model's attention layers. */
export function kvCachingLayers(c: Pick<Shape, "layers" | "attentionLayers">): number {
  return Math.min(c.attentionLayers ?? c.layers, c.layers);
}

/** The windowed layers' share of kvBytesPerTokenBf16: their own heads and head size where they
 *  differ from the full-attention layers' (Gemma 4), else the model's. 0 without a window. */
export function windowedKvBytesPerTokenBf16(c: Shape): number {
  const w = c.slidingWindow;
  if (!w || c.latentDim !== null) return 0;
  return perLayer(w.kvHeads ?? c.kvHeads, w.headDim ?? c.headDim) * Math.min(w.layers, kvCachingLayers(c));
}

function perLayer(kvHeads: number | null, headDim: number | null): number {
  return 2 * (kvHeads ?? 0) * (headDim ?? 0) * 2;
}
