// Lookups over catalog/selfhost.json used by the self-hosting estimate: GPU rows, price
// summaries, rule-of-thumb constants, KV-cache and parameter rows for a model.
import type { Model } from "../catalog/schema.js";
import type {
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

/**
 * A GPU name as a user typed it ("h100", "a100 80gb", "rtx 4090"), each word spelled as the
 * catalogue's GPU names spell it ("H100", "A100 80GB", "RTX 4090"); words the catalogue does not
 * use are upper-cased (chip names are). Only the words said are kept: "h100" is not told which
 * H100 it is.
 */
export function spellGpu(data: SelfHostData, typed: string): string {
  const spellings = new Map<string, string>();
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

export function rule(data: SelfHostData, id: string): RuleOfThumb | undefined {
  return data.rules.find((r) => r.id === id);
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
  const r = rule(data, "weight_memory");
  const v = numberAt(r?.value, ["bytes_per_param", BYTES_KEY[precision]]);
  return { value: v ?? BYTES_FALLBACK[precision], rule: r };
}

/** Share of GPU memory a serving engine may use (vLLM's default 0.9); the rest is runtime headroom. */
export function engineMemoryFraction(data: SelfHostData): { value: number; rule: RuleOfThumb | undefined } {
  const r = rule(data, "engine_memory_fraction");
  return { value: numberAt(r?.value, ["vllm_gpu_memory_utilization_default"]) ?? 0.9, rule: r };
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
  row: KvCacheRow;
  /** true when the row is another model's, used as a stand-in. */
  estimated: boolean;
  basis: string;
}

/**
 * The model's own KV row, or else the standard-attention (GQA) row of the nearest model size:
 * KV size follows layers × KV heads × head size, which grows with size but is not derivable
 * from the parameter count alone, so we say which row stood in.
 */
export function kvRowFor(
  data: SelfHostData,
  model: Pick<Model, "id" | "name" | "aliases">,
  totalB: number,
): KvChoice | undefined {
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
      row: own,
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
    row: best.row,
    estimated: true,
    basis: `estimated: no published KV config for this model in our data, so we use ${best.row.model} (${best.size}B parameters, the nearest size with one)`,
  };
}

/** A date to show for a source: the first YYYY-MM(-DD) in its date text, else the data file's date. */
export function sourceAsOf(source: SelfHostSource, fallback: string): string {
  const m = /\d{4}-\d{2}(-\d{2})?/.exec(source.date);
  return m ? m[0] : fallback;
}
