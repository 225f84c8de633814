// Lookups over catalog/selfhost.json used by the self-hosting estimate: GPU rows, price
// summaries, rule-of-thumb constants, KV-cache and parameter rows for a model.
import { kvCachingLayers, windowedKvBytesPerTokenBf16 } from "../catalog/kv-shape.js";
import type { Model } from "../catalog/schema.js";
import type {
  CheckpointRow,
  Gpu,
  GpuPriceSummary,
  KvCacheRow,
  ParameterRow,
  RuleOfThumb,
  SelfHostData,
  SelfHostSource,
} from "../catalog/selfhost-schema.js";
import type { Precision } from "./assumptions.js";
import { keysOfModel, rowMatches, rowMatchKeys } from "./model-key.js";

/** Used only if the data file lacks the rule (it states 730 = 8,760 h / 12). */
export const FALLBACK_HOURS_PER_MONTH = 730;

export function gpuByKey(data: SelfHostData, key: string): Gpu | undefined {
  return data.gpus.find((g) => g.key === key);
}

// Words of GPU names the data may not hold yet, spelled as NVIDIA spells them ("RTX 6000 Ada").
const NAME_WORDS: Readonly<Record<string, string>> = { ada: "Ada", blackwell: "Blackwell", pro: "PRO" };

/**
 * A GPU name as a user typed it ("h100", "a100 80gb", "rtx 4090"), each word spelled as the
 * catalogue's GPU names spell it ("H100", "A100 80GB", "RTX 4090"); words the catalogue does not
 * use are upper-cased (chip names are). Only the words said are kept: "h100" is not told which
 * H100 it is.
 */
export function spellGpu(data: SelfHostData, typed: string): string {
  const spellings = new Map<string, string>(Object.entries(NAME_WORDS));
  for (const g of data.gpus) for (const word of g.name.split(/[\s()/,]+/)) spellings.set(word.toLowerCase(), word);
  return typed
    .trim()
    .split(/\s+/)
    .map((word) => spellings.get(word.toLowerCase()) ?? word.toUpperCase())
    .join(" ");
}

export function priceSummary(data: SelfHostData, gpuKey: string): GpuPriceSummary | undefined {
  return data.prices.find((p) => p.gpuKey === gpuKey);
}

/**
 * Rules by id, and the constants read from them, per data file: sizing one model reads them on
 * every GPU it is tried on, and a cold recommendation sizes every open model at each of its
 * volumes (a scan of the rules and a new object per read were a share of its garbage).
 */
interface RuleFacts {
  byId: Map<string, RuleOfThumb>;
  bytes: Map<Precision, { value: number; rule: RuleOfThumb | undefined }>;
  fraction?: { value: number; rule: RuleOfThumb | undefined };
}
const ruleFacts = new WeakMap<SelfHostData, RuleFacts>();

function factsOf(data: SelfHostData): RuleFacts {
  let facts = ruleFacts.get(data);
  if (!facts) {
    // The first rule of an id wins, as a scan would find it.
    const byId = new Map<string, RuleOfThumb>();
    for (const r of data.rules) if (!byId.has(r.id)) byId.set(r.id, r);
    facts = { byId, bytes: new Map() };
    ruleFacts.set(data, facts);
  }
  return facts;
}

export function rule(data: SelfHostData, id: string): RuleOfThumb | undefined {
  return factsOf(data).byId.get(id);
}

function numberAt(value: unknown, path: readonly string[]): number | undefined {
  let cur: unknown = value;
  for (const part of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === "number" && Number.isFinite(cur) ? cur : undefined;
}

/** Upstream keys of the weight_memory rule for each precision we offer. */
const BYTES_KEY: Record<Precision, string> = { fp16: "fp16/bf16", fp8: "fp8/int8", int8: "fp8/int8", int4: "int4/fp4" };
/** Same numbers as the rule, used only when the rule is missing from the data. */
const BYTES_FALLBACK: Record<Precision, number> = { fp16: 2, fp8: 1, int8: 1, int4: 0.5 };

export function bytesPerParam(
  data: SelfHostData,
  precision: Precision,
): { value: number; rule: RuleOfThumb | undefined } {
  const known = factsOf(data).bytes;
  let bytes = known.get(precision);
  if (!bytes) {
    const r = rule(data, "weight_memory");
    const v = numberAt(r?.value, ["bytes_per_param", BYTES_KEY[precision]]);
    bytes = { value: v ?? BYTES_FALLBACK[precision], rule: r };
    known.set(precision, bytes);
  }
  return bytes;
}

/** Share of GPU memory a serving engine may use (vLLM's default 0.9); the rest is runtime headroom. */
export function engineMemoryFraction(data: SelfHostData): { value: number; rule: RuleOfThumb | undefined } {
  const facts = factsOf(data);
  if (!facts.fraction) {
    const r = rule(data, "engine_memory_fraction");
    facts.fraction = { value: numberAt(r?.value, ["vllm_gpu_memory_utilization_default"]) ?? 0.9, rule: r };
  }
  return facts.fraction;
}

/**
 * Share of dense peak FLOPS a GPU achieves in large matrix multiplies (rule
 * achievable_vs_peak_flops: H100 0.803, A100 0.869, MI300X 0.514); other GPUs take the H100 figure.
 */
export function flopsShare(data: SelfHostData, gpu: Pick<Gpu, "key">): number {
  const v = rule(data, "achievable_vs_peak_flops")?.value ?? {};
  const key = gpu.key.startsWith("A100")
    ? "a100_bf16_matmul_efficiency"
    : gpu.key.startsWith("MI300")
      ? "mi300x_bf16_matmul_efficiency"
      : "h100_bf16_matmul_efficiency";
  return numberAt(v, [key]) ?? 0.8;
}

export function hoursPerMonth(data: SelfHostData): number {
  return data.hoursPerMonth > 0 ? data.hoursPerMonth : FALLBACK_HOURS_PER_MONTH;
}

export function parameterRowFor(
  data: SelfHostData,
  model: Pick<Model, "id" | "name" | "aliases">,
): ParameterRow | undefined {
  const keys = keysOfModel(model);
  return data.parameters.find((p) => rowMatches(p, keys));
}

/**
 * The parameter row describing the model another row (throughput, KV cache) names, or null:
 * found once per row. Sizing a model on one GPU scores every throughput row, and each score
 * asked this of its row with a scan of the parameter rows, so pricing one model on every GPU
 * scanned the parameter rows over a thousand times (most of a cold recommendation at 100×
 * today's catalogue). Kept per data file and row object, so it lives and goes with the data.
 */
const paramRowMemo = new WeakMap<SelfHostData, WeakMap<object, ParameterRow | null>>();

function paramRowOf(data: SelfHostData, row: { matchKeys: readonly string[] }): ParameterRow | undefined {
  let byRow = paramRowMemo.get(data);
  if (!byRow) {
    byRow = new WeakMap();
    paramRowMemo.set(data, byRow);
  }
  let found = byRow.get(row);
  if (found === undefined) {
    const keys = new Set(row.matchKeys);
    found = data.parameters.find((p) => rowMatches(p, keys)) ?? null;
    byRow.set(row, found);
  }
  return found ?? undefined;
}

/** Total parameters of the model a row describes (joined by name), for nearest-size estimates. */
export function rowTotalParams(data: SelfHostData, row: { matchKeys: readonly string[] }): number | undefined {
  return paramRowOf(data, row)?.totalB;
}

export function rowIsMoe(data: SelfHostData, row: { matchKeys: readonly string[] }): boolean | undefined {
  const p = paramRowOf(data, row);
  return p ? p.architecture === "moe" : undefined;
}

export function rowActiveParams(data: SelfHostData, row: { matchKeys: readonly string[] }): number | undefined {
  const p = paramRowOf(data, row);
  return p ? (p.activeB ?? p.totalB) : undefined;
}

export interface KvChoice {
  /** The model whose attention shape is used: this one, or the stand-in of an estimate. */
  model: string;
  layers: number;
  /** Bytes per token across every layer at 16-bit, before a sliding window caps any layer. */
  bytesPerTokenBf16: number;
  /** Layers that keep only the last `tokens` tokens, and their share of bytesPerTokenBf16; null when
   *  every layer sees the whole context. */
  slidingWindow: { tokens: number; layers: number; bytesPerTokenBf16: number } | null;
  source: SelfHostSource | undefined;
  verified: boolean;
  /** true when the row is another model's, used as a stand-in. */
  estimated: boolean;
  basis: string;
}

/**
 * The model's own attention shape (model.kvCache, read in the lab's code or config), else its
 * selfhost.json KV row, else the standard-attention (GQA) row of the nearest model size: KV size
 * follows layers × KV heads × head size, which grows with size but is not derivable from the
 * parameter count alone, so we say which row stood in.
 */
export function kvRowFor(
  data: SelfHostData,
  model: Pick<Model, "id" | "name" | "aliases"> & { kvCache?: Model["kvCache"] },
  totalB: number,
): KvChoice | undefined {
  const cfg = model.kvCache;
  if (cfg) {
    const known = ownShapeMemo.get(cfg);
    // The words name the model: a copy of the entry under another name (a generated catalogue's)
    // shares the shape object but not the name.
    if (known && known.model === model.name) return known;
    const w = cfg.slidingWindow;
    const keeps = w ? `keep only the last ${w.tokens.toLocaleString("en-US")} tokens` : "";
    // Gemma 4's windowed layers have their own heads and head size: name both kinds of layer.
    const twoKinds = w && (w.kvHeads || w.headDim);
    const shape = cfg.latentDim
      ? `${cfg.layers} layers, a ${cfg.latentDim}-value latent per layer`
      : twoKinds
        ? `${cfg.layers} layers: ${cfg.layers - w.layers} with ${cfg.kvHeads} KV heads of size ${cfg.headDim} over the whole context, ${w.layers} with ${w.kvHeads ?? cfg.kvHeads} KV heads of size ${w.headDim ?? cfg.headDim} that ${keeps}`
        : `${layersSaid(cfg)}${cfg.kvHeads ? `, ${cfg.kvHeads} KV heads` : ""}${cfg.headDim ? `, head size ${cfg.headDim}` : ""}`;
    const window = w && !twoKinds ? `; ${w.layers} of ${cfg.layers} layers ${keeps}` : "";
    const choice: KvChoice = {
      model: model.name,
      layers: cfg.layers,
      bytesPerTokenBf16: cfg.bytesPerTokenBf16,
      slidingWindow: w
        ? {
            tokens: w.tokens,
            layers: Math.min(w.layers, cfg.layers),
            bytesPerTokenBf16: windowedKvBytesPerTokenBf16(cfg),
          }
        : null,
      source: { source: cfg.sourceUrl, date: cfg.asOf },
      verified: cfg.sourceKind === "primary",
      estimated: false,
      basis: `${model.name} config (${shape}${window})`,
    };
    ownShapeMemo.set(cfg, choice);
    return choice;
  }
  const keys = keysOfModel(model);
  let byModel = kvMemo.get(data);
  if (!byModel) {
    byModel = new WeakMap();
    kvMemo.set(data, byModel);
  }
  let bySize = byModel.get(keys);
  if (!bySize) {
    bySize = new Map();
    byModel.set(keys, bySize);
  }
  let choice = bySize.get(totalB);
  if (choice === undefined) {
    choice = findKvRow(data, model, keys, totalB) ?? null;
    bySize.set(totalB, choice);
  }
  return choice ?? undefined;
}

/** "48 layers", or a hybrid model's "48 layers, 12 of them attention layers with a KV cache (the
 *  other 36 keep none)": the bytes per token count only the attention layers. */
function layersSaid(cfg: NonNullable<Model["kvCache"]>): string {
  const caching = kvCachingLayers(cfg);
  if (caching === cfg.layers) return `${cfg.layers} layers`;
  return `${cfg.layers} layers, ${caching} of them attention layers with a KV cache (the other ${cfg.layers - caching} keep none)`;
}

/** A model's own shape in kvRowFor's words, once per catalogue entry and name (it goes with the catalogue). */
const ownShapeMemo = new WeakMap<object, KvChoice>();

/**
 * kvRowFor's choices per data file, model (its keys) and size: a model is sized on every GPU at
 * every concurrency a recommendation's volumes reach, and the row (and its words) never change.
 */
const kvMemo = new WeakMap<SelfHostData, WeakMap<ReadonlySet<string>, Map<number, KvChoice | null>>>();

function findKvRow(
  data: SelfHostData,
  model: Pick<Model, "name">,
  keys: ReadonlySet<string>,
  totalB: number,
): KvChoice | undefined {
  const own = data.kvCache.find((k) => rowMatches(k, keys));
  if (own) {
    // A row may name a later release of the same architecture (import-selfhost's extra keys, each
    // with the lab's text that says so): the basis names the release the config was read for.
    const named = rowMatchKeys(own.model).some((k) => keys.has(k));
    return {
      ...fromRow(own),
      estimated: false,
      basis: `${own.model} config (${own.layers} layers${own.kvHeads ? `, ${own.kvHeads} KV heads` : ""}${own.headDim ? `, head size ${own.headDim}` : ""})${named ? "" : `, the architecture ${model.name} builds on`}`,
    };
  }
  let best: { row: KvCacheRow; distance: number; size: number } | undefined;
  for (const row of data.kvCache) {
    if (/MLA|sliding/i.test(row.attention) || row.kvHeads === null) continue;
    const size = rowTotalParams(data, row);
    if (size === undefined) continue;
    const distance = Math.abs(Math.log(size / totalB));
    if (!best || distance < best.distance) best = { row, distance, size };
  }
  if (!best) return undefined;
  return {
    ...fromRow(best.row),
    estimated: true,
    basis: `estimated: no published KV config for this model in our data, so we use ${best.row.model} (${best.size}B parameters, the nearest size with one)`,
  };
}

function fromRow(row: KvCacheRow): Omit<KvChoice, "estimated" | "basis"> {
  return {
    model: row.model,
    layers: row.layers,
    bytesPerTokenBf16: row.bytesPerTokenBf16,
    slidingWindow: null,
    source: row.sources[0],
    verified: row.verified,
  };
}

/**
 * KV-cache bytes per token of context, averaged over a sequence of `contextTokens`: layers with a
 * sliding window hold at most its tokens, so their share shrinks as the context grows. FP8 serving
 * keeps the cache in FP8 (as the measured FP8 rows do), half the 16-bit bytes; otherwise 16-bit.
 */
export function kvBytesPerToken(kv: KvChoice, precision: Precision, contextTokens: number): number {
  const scale = precision === "fp8" ? 0.5 : 1;
  const w = kv.slidingWindow;
  if (!w || contextTokens <= w.tokens) return kv.bytesPerTokenBf16 * scale;
  const full = kv.bytesPerTokenBf16 - w.bytesPerTokenBf16;
  return (full + (w.bytesPerTokenBf16 * w.tokens) / contextTokens) * scale;
}

export interface PublishedWeights {
  row: CheckpointRow;
  /** Weight memory as published: quantized parameters at the format's bytes + the rest at 16-bit. */
  weightsGb: number;
  bytesPerQuantizedParam: number;
  rule: RuleOfThumb | undefined;
}

/** The weights as the lab publishes them in a compact format, or undefined (sized at the plan's precision). */
export function publishedWeights(
  data: SelfHostData,
  model: Pick<Model, "id" | "name" | "aliases">,
  totalB: number,
): PublishedWeights | undefined {
  const keys = keysOfModel(model);
  const row = data.checkpoints.find((c) => rowMatches(c, keys));
  if (!row) return undefined;
  const r = rule(data, "weight_memory");
  const bytes = numberAt(r?.value, ["bytes_per_param", row.format]);
  if (bytes === undefined) return undefined;
  const rest = Math.max(0, totalB - row.quantizedB);
  const weightsGb = row.quantizedB * bytes + rest * bytesPerParam(data, "fp16").value;
  return { row, weightsGb, bytesPerQuantizedParam: bytes, rule: r };
}

/**
 * The precision a model is served at on a GPU unless the team says otherwise or it does not fit:
 * as the lab publishes its weights, else FP8 where the GPU has FP8 tensor cores (as in the
 * measured rows), else 16-bit. The one decision the cost estimate and the owned-hardware fit share,
 * so a fit note and the fleet it costs name the same precision.
 */
export function defaultServingPrecision(
  published: PublishedWeights | undefined,
  gpu: Pick<Gpu, "fp8Supported">,
): Precision {
  return published?.row.precision ?? (gpu.fp8Supported ? "fp8" : "fp16");
}

/** A default precision, then the more compact ones tried when it does not fit, the more faithful first. */
export function precisionsFrom(from: Precision): Precision[] {
  const order: Precision[] = ["fp16", "fp8", "int4"];
  const at = order.indexOf(from);
  return at < 0 ? [from, "int4"] : order.slice(at);
}

/** A date to show for a source: the first YYYY-MM(-DD) in its date text, else the data file's date. */
export function sourceAsOf(source: SelfHostSource, fallback: string): string {
  const m = /\d{4}-\d{2}(-\d{2})?/.exec(source.date);
  return m ? m[0] : fallback;
}
