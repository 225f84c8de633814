// Builds catalog/selfhost.json from the reference file ../shared/data/selfhost.json (or a path
// given as the first argument). Keeps what the cost engine uses, with every row's sources (URL +
// date), verified flag and notes; drops quotes, spec columns and the alternative price views.
// Output is deterministic (stable order, no timestamps) so re-running it gives an empty diff.
//   npx tsx adapters/tools/import-selfhost.ts [path/to/selfhost.json] [out.json]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  selfHostDataSchema,
  type PrecisionClass,
  type SelfHostData,
  type SelfHostSource,
} from "../../src/catalog/selfhost-schema.js";
import { rowMatchKeys } from "../../src/costs/model-key.js";
import { CHECKPOINTS } from "./curation/checkpoints.js";
import { WORKSTATION_GPUS } from "./curation/workstation-gpus.js";

type Raw = Record<string, unknown>;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DEFAULT_IN = resolve(repoRoot, "../shared/data/selfhost.json");
const DEFAULT_OUT = resolve(repoRoot, "catalog/selfhost.json");

/** Extra names a row answers to, where the upstream label alone would not match catalogue ids. */
const EXTRA_KEYS: Record<string, string[]> = {
  "Llama 4 Maverick (17Bx128E)": ["Llama 4 Maverick 17B 128E"],
  "Llama 4 Scout (17Bx16E)": ["Llama 4 Scout 17B 16E"],
  "Llama 4 Maverick": ["Llama 4 Maverick 17B 128E"],
  "Llama 4 Scout": ["Llama 4 Scout 17B 16E"],
  "Command R (c4ai-command-r-v01)": ["Command R"],
  "Command R+ (c4ai-command-r-plus)": ["Command R+", "Command R Plus"],
  "Phi-4 (14B)": ["Phi-4"],
  // DeepSeek's V3.2-Exp README: V3.2 "builds upon V3.1-Terminus" (the V3 architecture: 61 layers, MLA
  // with kv_lora_rank 512 + 64 rope dims, as its inference/model.py keeps); its sparse-attention
  // indexer adds 128 key dims per layer that this row does not count (about a tenth more).
  "DeepSeek-V3 / DeepSeek-R1 (MLA)": ["DeepSeek-V3.1", "DeepSeek-V3.2"],
};

const arr = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);
const str = (v: unknown): string | null => (typeof v === "string" && v.length > 0 ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function sources(row: Raw): SelfHostSource[] {
  return arr(row.sources).map((s) => ({ source: String(s.source), date: str(s.date) ?? "not stated" }));
}

function precisionClass(label: string): PrecisionClass {
  // The label's first word is the serving precision; later words are notes ("MoE weights ship as MXFP4").
  const l = label.trim().toLowerCase();
  if (l.startsWith("fp4")) return "fp4";
  if (l.startsWith("fp8")) return "fp8";
  return "fp16";
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 1e4) / 1e4;
}

/** Rows a team can actually rent on demand in a datacenter: no marketplace, no list-price equivalents. */
function rentable(row: Raw): boolean {
  return row.pricing === "on-demand" && !/community|marketplace/i.test(String(row.tier ?? ""));
}

/**
 * Per GPU: each provider's cheapest VERIFIED on-demand datacenter row is one vote, and the median
 * of those votes is the default $/GPU-hour (one vote per provider, so a provider with many sizes
 * does not weigh more). Unverified rows are kept for display ("not used: unverified") and used
 * only when a GPU has no verified row at all. Dated rows win ties, so a date can be shown.
 */
function priceSummaries(rows: Raw[]): SelfHostData["prices"] {
  const byGpu = new Map<string, Raw[]>();
  for (const r of rows.filter(rentable)) byGpu.set(String(r.gpu_key), [...(byGpu.get(String(r.gpu_key)) ?? []), r]);
  const out: SelfHostData["prices"] = [];
  for (const [gpuKey, list] of byGpu) {
    const cheapestPerProvider = (subset: Raw[]): Raw[] => {
      const best = new Map<string, Raw>();
      for (const r of subset) {
        const cur = best.get(String(r.provider));
        const usd = Number(r.usd_per_gpu_hour);
        if (
          !cur ||
          usd < Number(cur.usd_per_gpu_hour) ||
          (usd === Number(cur.usd_per_gpu_hour) && !cur.observed_date && r.observed_date)
        )
          best.set(String(r.provider), r);
      }
      return [...best.values()];
    };
    const verified = cheapestPerProvider(list.filter((r) => r.verified === true));
    const verifiedProviders = new Set(verified.map((r) => String(r.provider)));
    const others = cheapestPerProvider(
      list.filter((r) => r.verified !== true && !verifiedProviders.has(String(r.provider))),
    );
    const basis = verified.length > 0 ? ("verified" as const) : ("unverified-only" as const);
    const used = basis === "verified" ? verified : others;
    const reading = (r: Raw, isUsed: boolean) => ({
      provider: String(r.provider),
      offering: String(r.offering),
      usdPerGpuHour: Number(r.usd_per_gpu_hour),
      observedDate: str(r.observed_date),
      used: isUsed,
      sources: sources(r),
      verified: r.verified === true,
    });
    const byPrice = (a: { usdPerGpuHour: number; provider: string }, b: { usdPerGpuHour: number; provider: string }) =>
      a.usdPerGpuHour - b.usdPerGpuHour || a.provider.localeCompare(b.provider);
    const usedReadings = used.map((r) => reading(r, true)).sort(byPrice);
    const rest = basis === "verified" ? others.map((r) => reading(r, false)).sort(byPrice) : [];
    const prices = usedReadings.map((r) => r.usdPerGpuHour);
    out.push({
      gpuKey,
      basis,
      min: prices[0]!,
      median: median(prices),
      max: prices[prices.length - 1]!,
      readings: [...usedReadings, ...rest],
    });
  }
  return out.sort((a, b) => a.gpuKey.localeCompare(b.gpuKey));
}

export function importSelfHost(raw: Raw): SelfHostData {
  const rules = arr(raw.rules_of_thumb);
  const gpuHoursRule = rules.find((r) => r.id === "gpus_needed_from_throughput");
  const hours = num((gpuHoursRule?.value as Raw | undefined)?.hours_per_month) ?? 730;

  const gpuPriceRows = arr(raw.gpu_prices);

  const data: SelfHostData = {
    generatedFrom: "../shared/data/selfhost.json (see selfhost.md there for provenance)",
    asOf: String(raw.as_of),
    hoursPerMonth: hours,
    gpus: [
      ...arr(raw.gpus).map((g) => ({
        key: String(g.gpu_key),
        name: String(g.name),
        vendor: String(g.vendor),
        memoryGb: Number(g.memory_gb),
        bandwidthTbS: num(g.bandwidth_tb_s),
        fp8Supported: g.fp8_supported === true,
        bf16DenseTflops: num(g.bf16_dense_tflops) ?? num(g.fp16_dense_tflops),
        fp8DenseTflops: num(g.fp8_dense_tflops),
        sources: sources(g),
        verified: g.verified === true,
      })),
      // Curated here, not upstream: workstation cards teams own (curation/workstation-gpus.ts).
      ...WORKSTATION_GPUS.filter((w) => !arr(raw.gpus).some((g) => String(g.gpu_key) === w.key)),
    ],
    prices: priceSummaries(gpuPriceRows),
    kvCache: arr(raw.kv_cache).map((k) => ({
      model: String(k.model),
      matchKeys: rowMatchKeys(String(k.model), EXTRA_KEYS[String(k.model)] ?? []),
      layers: Number(k.layers),
      kvHeads: num(k.kv_heads),
      headDim: num(k.head_dim),
      attention: String(k.attention ?? ""),
      bytesPerTokenBf16: Number(k.kv_bytes_per_token_bf16),
      bytesPerTokenFp8: Number(k.kv_bytes_per_token_fp8),
      notes: str(k.notes),
      sources: sources(k),
      verified: k.verified === true,
    })),
    throughput: arr(raw.throughput).map((t) => {
      const precision = String(t.precision);
      const scenarioText = String(t.scenario);
      return {
        model: String(t.model),
        matchKeys: rowMatchKeys(String(t.model), EXTRA_KEYS[String(t.model)] ?? []),
        engine: String(t.engine),
        gpuKey: String(t.gpu_key),
        numGpus: Number(t.num_gpus),
        parallelism: String(t.parallelism),
        precision,
        precisionClass: precisionClass(precision),
        inputTokens: num(t.input_tokens),
        outputTokens: num(t.output_tokens),
        scenario: scenarioText.toLowerCase().startsWith("online") ? ("online" as const) : ("offline" as const),
        scenarioText,
        outputTokensPerSecTotal: Number(t.output_tokens_per_s_total),
        outputTokensPerSecPerGpu: Number(t.output_tokens_per_s_per_gpu),
        date: String(t.date),
        sources: sources(t),
        verified: t.verified === true,
      };
    }),
    parameters: arr(raw.parameters).map((p) => ({
      model: String(p.model),
      matchKeys: rowMatchKeys(String(p.model), EXTRA_KEYS[String(p.model)] ?? []),
      architecture: p.architecture === "moe" ? ("moe" as const) : ("dense" as const),
      totalB: Number(p.total_params_b),
      activeB: num(p.active_params_b),
      sources: sources(p),
      verified: p.verified === true,
    })),
    rules: rules.map((r) => ({
      id: String(r.id),
      rule: String(r.rule),
      formula: str(r.formula),
      value: r.value && typeof r.value === "object" ? (r.value as Record<string, unknown>) : null,
      notes: str(r.notes),
      sources: sources(r),
      verified: r.verified === true,
    })),
    // Curated here, not upstream: what a lab publishes its weights in (curation/checkpoints.ts).
    checkpoints: [...CHECKPOINTS].sort((a, b) => a.model.localeCompare(b.model)),
  };
  // Validate before writing: a bad upstream row fails here, naming the path.
  return selfHostDataSchema.parse(data);
}

function main(): void {
  const input = resolve(process.argv[2] ?? DEFAULT_IN);
  const output = resolve(process.argv[3] ?? DEFAULT_OUT);
  const raw = JSON.parse(readFileSync(input, "utf8")) as Raw;
  const data = importSelfHost(raw);
  writeFileSync(output, JSON.stringify(data, null, 2) + "\n");
  console.log(
    `wrote ${output}: ${data.gpus.length} GPUs, ${data.prices.length} price summaries, ${data.kvCache.length} KV rows, ` +
      `${data.throughput.length} throughput rows, ${data.parameters.length} parameter rows, ${data.rules.length} rules, ${data.checkpoints.length} published checkpoints`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
