// Picks the measured throughput row most comparable to a deployment (same model, GPU, precision,
// GPU count and input/output mix where possible) and derives the replica's output tokens/s from
// it, saying which row it used and how it was adjusted when the match is not exact.
import type { Gpu, PrecisionClass, SelfHostData, ThroughputRow } from "../catalog/selfhost-schema.js";
import type { Precision } from "./assumptions.js";
import { rowMatches } from "./model-key.js";
import { gpuByKey, rowActiveParams, rowIsMoe } from "./selfhost-data.js";

export interface ThroughputNeed {
  modelKeys: ReadonlySet<string>;
  /** Active parameters (billions): compute per token follows these for MoE models. */
  activeB: number;
  moe: boolean;
  gpu: Gpu;
  gpusPerReplica: number;
  precision: Precision;
  /** Input tokens per output token in the workload (3 for a 3:1 mix). */
  inputPerOutput: number;
}

export interface ThroughputChoice {
  row: ThroughputRow;
  /** Output tokens per second for one replica (gpusPerReplica GPUs). */
  replicaOutputTokensPerSec: number;
  exact: boolean;
  /** Plain words: which row and what was adjusted. */
  basis: string;
}

const PRECISION_BYTES: Record<PrecisionClass | Precision, number> = { fp16: 2, fp8: 1, int8: 1, fp4: 0.5, int4: 0.5 };
const precisionClassOf = (p: Precision): PrecisionClass => (p === "fp16" ? "fp16" : p === "int4" ? "fp4" : "fp8");
/** A typical request length used only to break ties between rows with the same mix. */
const TYPICAL_REQUEST_TOKENS = 2000;

function score(row: ThroughputRow, need: ThroughputNeed, data: SelfHostData): number {
  let s = 0;
  if (!rowMatches(row, need.modelKeys)) {
    const active = rowActiveParams(data, row);
    s += 10 + (active ? 3 * Math.abs(Math.log(active / need.activeB)) : 10);
    // Expert routing changes the speed per active parameter: prefer the same architecture.
    if (rowIsMoe(data, row) !== need.moe) s += 3;
  }
  if (row.gpuKey !== need.gpu.key) {
    const bw = gpuByKey(data, row.gpuKey)?.bandwidthTbS;
    s += 20 + (bw && need.gpu.bandwidthTbS ? 2 * Math.abs(Math.log(bw / need.gpu.bandwidthTbS)) : 10);
  }
  if (row.precisionClass !== precisionClassOf(need.precision)) s += 2;
  if (row.numGpus !== need.gpusPerReplica) s += 0.5 + 0.2 * Math.abs(Math.log2(row.numGpus / need.gpusPerReplica));
  if (row.inputTokens === null || row.outputTokens === null) s += 1.5;
  else {
    s += 0.5 * Math.abs(Math.log(row.inputTokens / row.outputTokens / need.inputPerOutput));
    s += 0.1 * Math.abs(Math.log((row.inputTokens + row.outputTokens) / TYPICAL_REQUEST_TOKENS));
  }
  if (row.scenario === "online") s += 0.3;
  if (!row.verified) s += 0.5;
  return s;
}

export function chooseThroughput(data: SelfHostData, need: ThroughputNeed): ThroughputChoice | undefined {
  let best: { row: ThroughputRow; s: number } | undefined;
  for (const row of data.throughput) {
    const s = score(row, need, data);
    if (!best || s < best.s) best = { row, s };
  }
  if (!best) return undefined;
  const row = best.row;
  const notes: string[] = [];
  let perGpu = row.outputTokensPerSecPerGpu;
  const sameModel = rowMatches(row, need.modelKeys);
  if (!sameModel) {
    // Compute per generated token scales with active parameters. Only slow down: a smaller model
    // is usually faster, but fixed overheads make the gain smaller than the size ratio, and we do
    // not assume speed-ups nobody measured.
    const active = rowActiveParams(data, row) ?? need.activeB;
    if (active < need.activeB) {
      perGpu *= active / need.activeB;
      notes.push(`scaled from ${row.model} by active parameters (${active}B vs ${need.activeB}B)`);
    } else notes.push(`${row.model}'s rate (${active}B active), not raised for the smaller ${need.activeB}B model`);
  }
  if (row.gpuKey !== need.gpu.key) {
    // Decoding is bound by memory bandwidth (rule decode_is_memory_bound).
    const bw = gpuByKey(data, row.gpuKey)?.bandwidthTbS;
    if (bw && need.gpu.bandwidthTbS) {
      perGpu *= need.gpu.bandwidthTbS / bw;
      notes.push(
        `scaled from ${row.gpuKey} to ${need.gpu.name} by memory bandwidth (${need.gpu.bandwidthTbS} vs ${bw} TB/s)`,
      );
    } else notes.push(`measured on ${row.gpuKey}, not on ${need.gpu.name}`);
  }
  const wantBytes = PRECISION_BYTES[need.precision];
  const rowBytes = PRECISION_BYTES[row.precisionClass];
  if (wantBytes > rowBytes) {
    // Only slow down: lower-precision speed-ups (int4) are not assumed without a measurement.
    perGpu *= rowBytes / wantBytes;
    notes.push(
      `× ${rowBytes / wantBytes} for ${need.precision.toUpperCase()}, which reads more bytes per parameter than the row's ${row.precisionClass.toUpperCase()}`,
    );
  } else if (wantBytes < rowBytes)
    notes.push(`${need.precision.toUpperCase()} assumed no faster than the row's ${row.precisionClass.toUpperCase()}`);
  const exactGroup = row.numGpus === need.gpusPerReplica;
  const replica = exactGroup && notes.length === 0 ? row.outputTokensPerSecTotal : perGpu * need.gpusPerReplica;
  if (!exactGroup) notes.push(`per-GPU rate of the ${row.numGpus}-GPU row × ${need.gpusPerReplica} GPUs`);
  const mix =
    row.inputTokens !== null && row.outputTokens !== null
      ? `${row.inputTokens}/${row.outputTokens} input/output tokens`
      : "dataset-length requests";
  const basis =
    `${row.model}, ${row.engine}, ${row.numGpus}× ${row.gpuKey} ${row.parallelism}, ${row.precision}, ${mix}, ${row.scenario}: ` +
    `${Math.round(row.outputTokensPerSecTotal).toLocaleString("en-US")} output tok/s` +
    (notes.length > 0 ? ` (${notes.join("; ")})` : "");
  return { row, replicaOutputTokensPerSec: replica, exact: notes.length === 0, basis };
}
