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

/** What a row's score reads of the data beyond the row (parameter and GPU rows), per row. */
interface RowFacts {
  active: number | undefined;
  moe: boolean | undefined;
  bandwidthTbS: number | null | undefined;
  /** The row's input tokens per output token (null: a dataset-length row), divided once. */
  mix: number | null;
  /** The row's request-length term of the score (0 for a dataset-length row). */
  lengthPart: number;
}
const rowFactsMemo = new WeakMap<SelfHostData, RowFacts[]>();

/** RowFacts for every throughput row, in data.throughput order: found once per data file. */
function rowFacts(data: SelfHostData): RowFacts[] {
  let facts = rowFactsMemo.get(data);
  if (!facts) {
    facts = data.throughput.map((row) => {
      const measuredMix = row.inputTokens !== null && row.outputTokens !== null;
      return {
        active: rowActiveParams(data, row),
        moe: rowIsMoe(data, row),
        bandwidthTbS: gpuByKey(data, row.gpuKey)?.bandwidthTbS,
        mix: measuredMix ? row.inputTokens! / row.outputTokens! : null,
        lengthPart: measuredMix
          ? 0.1 * Math.abs(Math.log((row.inputTokens! + row.outputTokens!) / TYPICAL_REQUEST_TOKENS))
          : 0,
      };
    });
    rowFactsMemo.set(data, facts);
  }
  return facts;
}

/**
 * The part of each row's score that depends on the model alone (a row of another model: how far
 * its size and architecture are). Sizing one model tries it on every GPU, one search per GPU
 * with the same model, so the last model's parts are kept (one entry: nothing to bound).
 */
let lastModel: {
  data: SelfHostData;
  keys: ReadonlySet<string>;
  activeB: number;
  moe: boolean;
  parts: Float64Array;
} | null = null;

function modelParts(data: SelfHostData, need: ThroughputNeed): Float64Array {
  const last = lastModel;
  if (
    last &&
    last.data === data &&
    last.keys === need.modelKeys &&
    last.activeB === need.activeB &&
    last.moe === need.moe
  )
    return last.parts;
  const facts = rowFacts(data);
  const parts = new Float64Array(data.throughput.length);
  data.throughput.forEach((row, i) => {
    let s = 0;
    if (!rowMatches(row, need.modelKeys)) {
      const { active, moe } = facts[i]!;
      s += 10 + (active ? 3 * Math.abs(Math.log(active / need.activeB)) : 10);
      // Expert routing changes the speed per active parameter: prefer the same architecture.
      if (moe !== need.moe) s += 3;
    }
    parts[i] = s;
  });
  lastModel = { data, keys: need.modelKeys, activeB: need.activeB, moe: need.moe, parts };
  return parts;
}

/**
 * Each row's score up to its input/output mix (the model's part, then the GPU, precision and group
 * terms): everything but the mix is the same for every volume a deployment is sized at, so it is
 * added once per deployment, and each mix adds the rest (mixScore).
 */
function deploymentParts(data: SelfHostData, need: ThroughputNeed): Float64Array {
  const rows = data.throughput;
  const facts = rowFacts(data);
  const model = modelParts(data, need);
  const parts = new Float64Array(rows.length);
  const precisionClass = precisionClassOf(need.precision);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // The terms are added in this order (floating-point sums depend on it; ties keep the first row).
    let s = model[i]!;
    if (row.gpuKey !== need.gpu.key) {
      const bw = facts[i]!.bandwidthTbS;
      s += 20 + (bw && need.gpu.bandwidthTbS ? 2 * Math.abs(Math.log(bw / need.gpu.bandwidthTbS)) : 10);
    }
    if (row.precisionClass !== precisionClass) s += 2;
    if (row.numGpus !== need.gpusPerReplica) s += 0.5 + 0.2 * Math.abs(Math.log2(row.numGpus / need.gpusPerReplica));
    parts[i] = s;
  }
  return parts;
}

/** A row's whole score (lower is closer) from its deployment part: the mix's terms, then the row's own. */
function mixScore(row: ThroughputRow, facts: RowFacts, deploymentPart: number, inputPerOutput: number): number {
  let s = deploymentPart;
  if (facts.mix === null) s += 1.5;
  else {
    s += 0.5 * Math.abs(Math.log(facts.mix / inputPerOutput));
    s += facts.lengthPart;
  }
  if (row.scenario === "online") s += 0.3;
  if (!row.verified) s += 0.5;
  return s;
}

/**
 * Choices per data file and model (its keys), by deployment (GPU, group, precision), then by mix:
 * a cold recommendation sizes every open model at each concurrency its volumes reach (see
 * concurrencyForLoad), on the same GPUs in the same groups, and the search over every row was a
 * fifth of its time. The deployment's part of every row's score is kept with its choices, so a mix
 * not seen before scores the rows' mix terms only. The mixes are numbers, looked up as numbers
 * (writing a ratio such as 2.8571428571428568 into a string key cost more than the search).
 * Bounded: the deployments are the data's GPUs, groups and precisions; each keeps its last
 * MIXES_KEPT mixes (every volume of every conversation has its own ratio).
 */
interface DeploymentChoices {
  activeB: number;
  moe: boolean;
  gpusPerReplica: number;
  precision: Precision;
  parts: Float64Array;
  byMix: Map<number, ThroughputChoice | null>;
}
export const MIXES_KEPT = 64;
/** Per data file, model keys and GPU row: the deployments asked (a handful of groups and precisions). */
const choiceMemo = new WeakMap<SelfHostData, WeakMap<ReadonlySet<string>, WeakMap<Gpu, DeploymentChoices[]>>>();

function deploymentOf(data: SelfHostData, need: ThroughputNeed, create: boolean): DeploymentChoices | undefined {
  let byModel = choiceMemo.get(data);
  if (!byModel) {
    if (!create) return undefined;
    choiceMemo.set(data, (byModel = new WeakMap()));
  }
  let byGpu = byModel.get(need.modelKeys);
  if (!byGpu) {
    if (!create) return undefined;
    byModel.set(need.modelKeys, (byGpu = new WeakMap()));
  }
  let deployments = byGpu.get(need.gpu);
  if (!deployments) {
    if (!create) return undefined;
    byGpu.set(need.gpu, (deployments = []));
  }
  // A short list, compared field by field: a key string per call cost more than the search it saved.
  for (const d of deployments)
    if (
      d.gpusPerReplica === need.gpusPerReplica &&
      d.precision === need.precision &&
      d.activeB === need.activeB &&
      d.moe === need.moe
    )
      return d;
  if (!create) return undefined;
  const d: DeploymentChoices = {
    activeB: need.activeB,
    moe: need.moe,
    gpusPerReplica: need.gpusPerReplica,
    precision: need.precision,
    parts: deploymentParts(data, need),
    byMix: new Map(),
  };
  deployments.push(d);
  return d;
}

export function chooseThroughput(data: SelfHostData, need: ThroughputNeed): ThroughputChoice | undefined {
  const deployment = deploymentOf(data, need, true)!;
  let choice = deployment.byMix.get(need.inputPerOutput);
  if (choice === undefined) {
    choice = closestRow(data, need, deployment.parts) ?? null;
    const byMix = deployment.byMix;
    if (byMix.size >= MIXES_KEPT) byMix.delete(byMix.keys().next().value!);
    byMix.set(need.inputPerOutput, choice);
  }
  return choice ?? undefined;
}

/** How many mixes the memo keeps for this model's deployment (for the memo's bound test). */
export function mixesKept(data: SelfHostData, need: ThroughputNeed): number {
  return deploymentOf(data, need, false)?.byMix.size ?? 0;
}

function closestRow(data: SelfHostData, need: ThroughputNeed, parts: Float64Array): ThroughputChoice | undefined {
  const rows = data.throughput;
  const facts = rowFacts(data);
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < rows.length; i++) {
    const s = mixScore(rows[i]!, facts[i]!, parts[i]!, need.inputPerOutput);
    if (best < 0 || s < bestScore) {
      best = i;
      bestScore = s;
    }
  }
  const row = rows[best];
  if (!row) return undefined;
  // The figure first; its words are written when read (see adjust): every open model is sized on
  // every GPU at every volume the sensitivity search tries, and an answer shows a few bases.
  let perGpu = row.outputTokensPerSecPerGpu;
  let adjusted = false;
  if (!rowMatches(row, need.modelKeys)) {
    const active = rowActiveParams(data, row) ?? need.activeB;
    if (active < need.activeB) perGpu *= active / need.activeB;
    adjusted = true;
  }
  if (row.gpuKey !== need.gpu.key) {
    const bw = gpuByKey(data, row.gpuKey)?.bandwidthTbS;
    if (bw && need.gpu.bandwidthTbS) perGpu *= need.gpu.bandwidthTbS / bw;
    adjusted = true;
  }
  const wantBytes = PRECISION_BYTES[need.precision];
  const rowBytes = PRECISION_BYTES[row.precisionClass];
  if (wantBytes > rowBytes) perGpu *= rowBytes / wantBytes;
  if (wantBytes !== rowBytes) adjusted = true;
  const exactGroup = row.numGpus === need.gpusPerReplica;
  const replica = exactGroup && !adjusted ? row.outputTokensPerSecTotal : perGpu * need.gpusPerReplica;
  return new Choice(row, replica, !adjusted && exactGroup, data, need);
}

/**
 * A choice with its words written when read. A class, not an object literal with a `basis`
 * getter: V8 keeps a literal with an accessor in dictionary mode (~430 bytes of properties) with a
 * closure and context besides, and a choice is kept per model, GPU group, precision and mix
 * (chooseThroughput's memo, and every plan the quoter keeps). What the words are written from is
 * in private fields, so the choice's own properties stay the ThroughputChoice ones.
 */
class Choice implements ThroughputChoice {
  #said: string | undefined;
  readonly #data: SelfHostData;
  readonly #need: ThroughputNeed;

  constructor(
    readonly row: ThroughputRow,
    readonly replicaOutputTokensPerSec: number,
    readonly exact: boolean,
    data: SelfHostData,
    need: ThroughputNeed,
  ) {
    this.#data = data;
    this.#need = need;
  }

  get basis(): string {
    return (this.#said ??= basisOf(this.#data, this.row, this.#need));
  }
}

/** What chooseThroughput did to the row, in words (the same steps, in the same order). */
function basisOf(data: SelfHostData, row: ThroughputRow, need: ThroughputNeed): string {
  const notes: string[] = [];
  if (!rowMatches(row, need.modelKeys)) {
    // Compute per generated token scales with active parameters. Only slow down: a smaller model
    // is usually faster, but fixed overheads make the gain smaller than the size ratio, and we do
    // not assume speed-ups nobody measured.
    const active = rowActiveParams(data, row) ?? need.activeB;
    if (active < need.activeB)
      notes.push(`scaled from ${row.model} by active parameters (${active}B vs ${need.activeB}B)`);
    else notes.push(`${row.model}'s rate (${active}B active), not raised for the smaller ${need.activeB}B model`);
  }
  if (row.gpuKey !== need.gpu.key) {
    // Decoding is bound by memory bandwidth (rule decode_is_memory_bound).
    const bw = gpuByKey(data, row.gpuKey)?.bandwidthTbS;
    if (bw && need.gpu.bandwidthTbS)
      notes.push(
        `scaled from ${row.gpuKey} to ${need.gpu.name} by memory bandwidth (${need.gpu.bandwidthTbS} vs ${bw} TB/s)`,
      );
    else notes.push(`measured on ${row.gpuKey}, not on ${need.gpu.name}`);
  }
  const wantBytes = PRECISION_BYTES[need.precision];
  const rowBytes = PRECISION_BYTES[row.precisionClass];
  // Only slow down: lower-precision speed-ups (int4) are not assumed without a measurement.
  if (wantBytes > rowBytes)
    notes.push(
      `× ${rowBytes / wantBytes} for ${need.precision.toUpperCase()}, which reads more bytes per parameter than the row's ${row.precisionClass.toUpperCase()}`,
    );
  else if (wantBytes < rowBytes)
    notes.push(`${need.precision.toUpperCase()} assumed no faster than the row's ${row.precisionClass.toUpperCase()}`);
  if (row.numGpus !== need.gpusPerReplica)
    notes.push(`per-GPU rate of the ${row.numGpus}-GPU row × ${need.gpusPerReplica} GPUs`);
  const mix =
    row.inputTokens !== null && row.outputTokens !== null
      ? `${row.inputTokens}/${row.outputTokens} input/output tokens`
      : "dataset-length requests";
  return (
    `${row.model}, ${row.engine}, ${row.numGpus}× ${row.gpuKey} ${row.parallelism}, ${row.precision}, ${mix}, ${row.scenario}: ` +
    `${Math.round(row.outputTokensPerSecTotal).toLocaleString("en-US")} output tok/s` +
    (notes.length > 0 ? ` (${notes.join("; ")})` : "")
  );
}
