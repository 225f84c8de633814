// How the full recommendation (constraints, scores, ranking, why #1 beats #2, the sensitivity
// search) scales with the catalogue: the real catalogue, and generated ones 10× and 100× its size.
// A generated catalogue copies every model under new ids, family names and names (a bigger market
// has more families and more lines of releases, not bigger ones: superseded-lines.property.test.ts checks each copy is
// a line of its own), with prices and benchmark values shifted by a seeded
// pseudo-random factor so that copies neither tie nor share a cheapest offer.
import type { Catalog } from "../../src/catalog/catalog.js";
import type { Model } from "../../src/catalog/schema.js";
import { runRecommendation } from "../../src/answers/recommend-shortlist.js";
import { CLOUD_PROVIDERS, CRITERIA, USE_CASES, type Requirements } from "../../src/scoring/requirements.js";
import { figureOf, sample, type Figure } from "./stats.js";

export const SCALE_TARGETS = { realP99Ms: 5, hundredfoldP99Ms: 50 };

const volume = (total: number) => ({
  inputTokensPerMonth: total * 0.75,
  outputTokensPerMonth: total * 0.25,
  cachedInputTokensPerMonth: 0,
  splitAssumed: true,
  description: `${total} tokens a month`,
});

/** Requirement sets a team would bring (they exercise different filters and cost paths). */
export const SCALE_REQUIREMENTS: Requirements[] = [
  { useCase: "coding", volume: volume(20_000_000), monthlyBudgetUsd: 500 },
  { useCase: "rag", dataSensitivity: "regulated", contextTokens: 64_000, volume: volume(300_000_000) },
  { useCase: "chat", monthlyActiveUsers: 2_000_000, volume: volume(1_000_000_000), exclude: { countries: ["CN"] } },
  { useCase: "extraction", openWeightsOnly: true, deployment: "on-prem", volume: volume(100_000_000) },
  { useCase: "summarization", cloudProvider: "azure", batchOk: true, volume: volume(500_000_000) },
  { useCase: "chat", onDevice: true },
];

/** A seeded generator (mulberry32), so every run builds the same catalogue (and the digest the same sets). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Requirement sets as varied as teams bring (every hard filter, cost path and rank group), from a
 * seeded generator: the same `seed` gives the same sets. ranking-digest.ts compares rankings over
 * them, and the scale bench times them: SCALE_REQUIREMENTS repeats 6 sets, and a repeated set
 * reuses the admissions and costs its last run memoized, which a team's first question cannot.
 */
export function variedRequirements(n: number, seed: number): Requirements[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const maybe = (p: number) => next() < p;
  const out: Requirements[] = [];
  for (let i = 0; i < n; i++) {
    const req: Requirements = {};
    if (maybe(0.9)) req.useCase = pick(USE_CASES);
    if (maybe(0.5)) req.dataSensitivity = pick(["public", "internal", "regulated"] as const);
    if (maybe(0.4)) req.deployment = pick(["any-api", "own-cloud", "on-prem"] as const);
    if (maybe(0.8)) {
      const total = pick([2, 20, 100, 300, 1_000, 5_000]) * 1_000_000;
      req.volume = {
        inputTokensPerMonth: total * 0.75,
        outputTokensPerMonth: total * 0.25,
        cachedInputTokensPerMonth: maybe(0.2) ? total * 0.2 : 0,
        splitAssumed: true,
        description: `${total} tokens a month`,
      };
    }
    if (maybe(0.4)) req.monthlyBudgetUsd = pick([20, 300, 2_000, 20_000]);
    if (maybe(0.3)) req.monthlyActiveUsers = pick([500, 2_000_000, 900_000_000]);
    if (maybe(0.3)) req.fineTuning = maybe(0.5);
    if (maybe(0.3)) req.contextTokens = pick([8_000, 64_000, 200_000]);
    if (maybe(0.2)) req.languages = pick([["de"], ["ja", "ko"], ["fr", "es"]]);
    if (maybe(0.3)) req.mlOpsExperience = pick(["none", "some", "strong"] as const);
    if (maybe(0.2)) req.openWeightsOnly = true;
    if (maybe(0.2)) req.inEu = true;
    if (maybe(0.3)) req.priorities = [pick(CRITERIA)];
    if (maybe(0.1)) req.commercial = false;
    if (maybe(0.1)) req.exclude = pick([{ countries: ["CN"] }, { labs: ["meta"] }, { licenses: ["llama"] }]);
    if (maybe(0.1)) req.onDevice = true;
    if (maybe(0.1)) req.maxParamsB = pick([8, 70, 400]);
    if (maybe(0.1)) req.redistributeWeights = true;
    if (maybe(0.15)) req.cloudProvider = pick(CLOUD_PROVIDERS);
    if (maybe(0.1)) req.needsBaa = true;
    if (maybe(0.1)) req.euDataResidency = true;
    if (maybe(0.15)) req.batchOk = true;
    // The facts that place models in the ranking's groups (rank-groups.ts) and the speed criterion.
    if (maybe(0.15)) req.minorUsers = true;
    if (maybe(0.1)) req.residencyElsewhere = pick(["Germany", "Singapore", "Canada"]);
    if (maybe(0.15)) req.latency = pick(["interactive", "batch"] as const);
    out.push(req);
  }
  return out;
}

/**
 * The word that marks copy k in its name: letters only, from consonants, so model-line.ts reads
 * it as part of the line (a word with digits, "g37", would read as a version of a line "g", and a
 * bracketed word is dropped: every copy would be one more release of the original's line) and it
 * spells no word a model trait reads ("preview", "mini", "coder").
 */
export function copyMark(k: number): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  let mark = "";
  for (let n = k; n > 0; n = Math.floor(n / letters.length)) mark = (letters[n % letters.length] as string) + mark;
  return `g${mark}`;
}

export function scaledCatalog(real: Catalog, factor: number): Catalog {
  if (factor === 1) return real;
  const next = random(factor);
  const models: Model[] = [];
  for (let k = 0; k < factor; k++) {
    for (const m of real.models) {
      if (k === 0) {
        models.push(m);
        continue;
      }
      const shift = () => 0.8 + 0.4 * next();
      models.push({
        ...m,
        id: `${m.id}-g${k}`,
        name: `${m.name} ${copyMark(k)}`,
        family: `${m.family} g${k}`,
        aliases: [],
        offerings: m.offerings.map((o) => {
          const f = shift();
          return {
            ...o,
            inputPerMTok: o.inputPerMTok * f,
            outputPerMTok: o.outputPerMTok * f,
            cachedInputPerMTok: o.cachedInputPerMTok === null ? null : o.cachedInputPerMTok * f,
          };
        }),
        quality: m.quality.map((q) => ({ ...q, value: q.value * (0.95 + 0.1 * next()) })),
      });
    }
  }
  return { ...real, models, modelById: new Map(models.map((m) => [m.id, m])) };
}

export interface ScaleResult {
  factor: number;
  models: number;
  /** One run per requirement set on a fresh copy of the catalogue (nothing cached yet). */
  cold: Figure;
  /** Runs after a warm-up, cycling through the requirement sets. */
  warm: Figure;
  /** The warm runs of each requirement set alone, in SCALE_REQUIREMENTS order. */
  perSet: Figure[];
  /** Process CPU time (all threads: the collector's helpers too) per warm run, mean. */
  cpuMsPerRun: number;
}

/**
 * Warm samples per scale: ≥ 5,000 wherever a p99 is a target (the real catalogue and ×100), and
 * at ×10, whose figure feeds the growth check. BENCH_SCALE_SAMPLES overrides all three for a quick
 * look (each figure prints its n, so a short run never passes for a full one).
 */
const override = Number(process.env.BENCH_SCALE_SAMPLES ?? "");
export const SCALE_SAMPLES: Record<number, number> =
  override > 0 ? { 1: override, 10: override, 100: override } : { 1: 5000, 10: 5000, 100: 5000 };

/** Untimed runs before the samples: every requirement set this many times (JIT, caches, heap size). */
const WARMUP_CYCLES = 5;

/** Times full recommendations on the catalogue `factor`× the real one (see ScaleResult). */
export function measureScale(real: Catalog, factor: number, samples = SCALE_SAMPLES[factor] ?? 5000): ScaleResult {
  // A fresh copy for the cold runs: every per-catalogue table and memo is keyed by the catalogue.
  const catalog = scaledCatalog(real, factor);
  const fresh = factor === 1 ? { ...real } : catalog;
  const cold = SCALE_REQUIREMENTS.map((req) => {
    const t = performance.now();
    runRecommendation(fresh, req);
    return performance.now() - t;
  });
  const n = SCALE_REQUIREMENTS.length;
  const bySet: number[][] = SCALE_REQUIREMENTS.map(() => []);
  const cpu0 = process.cpuUsage();
  const warm = sample(
    `recommendation ×${factor} (${catalog.models.length} models), warm`,
    (i) => runRecommendation(catalog, SCALE_REQUIREMENTS[i % n] ?? {}),
    { samples, warmup: WARMUP_CYCLES * n, each: (i, ms) => bySet[i % n]?.push(ms) },
  );
  const cpu = process.cpuUsage(cpu0);
  return {
    factor,
    models: catalog.models.length,
    cold: figureOf(`recommendation ×${factor}, cold (first run of each requirement set)`, cold),
    warm,
    perSet: bySet.map((ms, k) => figureOf(`  set ${k + 1} (${SCALE_REQUIREMENTS[k]?.useCase ?? "-"})`, ms)),
    // The warm-up runs are inside this interval too: divided by all runs, not only the timed ones.
    cpuMsPerRun: (cpu.user + cpu.system) / 1000 / (samples + WARMUP_CYCLES * n),
  };
}

/**
 * How much longer the recommendation takes on the bigger catalogue: one pass through every
 * requirement set, each at its median, against the same on the real catalogue. The sets differ
 * 3× in cost, so the median of the mixed samples would be whichever set happens to sit in the
 * middle, and its ratio between scales compares different sets; the sum of per-set medians
 * compares the same work at both sizes.
 */
export function growth(big: ScaleResult, base: ScaleResult): number {
  const cycle = (r: ScaleResult) => r.perSet.reduce((sum, f) => sum + f.p50, 0);
  const b = cycle(base);
  return b > 0 ? cycle(big) / b : 0;
}

export interface VariedResult {
  factor: number;
  /** Runs of distinct requirement sets (variedRequirements), each asked once. */
  varied: Figure;
  /** Process CPU time per varied run, mean. */
  cpuMsPerRun: number;
  /** Heap used after a full collection, after the repeated sets' warm-up and after the varied runs (0 without a collector to call). */
  heapMbAfterRepeated: number;
  heapMbAfterVaried: number;
}

/**
 * Varied runs per scale: each is a team's first question, so it admits, prices and scores the
 * catalogue afresh (about a second at ×100), hence far fewer than SCALE_SAMPLES.
 * BENCH_VARIED_SAMPLES overrides all three.
 */
const variedOverride = Number(process.env.BENCH_VARIED_SAMPLES ?? "");
const VARIED_SAMPLES: Record<number, number> =
  variedOverride > 0 ? { 1: variedOverride, 10: variedOverride, 100: variedOverride } : { 1: 300, 10: 100, 100: 30 };

/**
 * Times recommendations over requirement sets that are all different, on a fresh copy of the
 * catalogue warmed with the repeated sets (so the per-catalogue tables are built, as in a running
 * bot): what measureScale's repeated sets hide, since a repeated set reuses the admissions,
 * costs and tables its previous run memoized. Run after every measureScale: the memos these runs
 * fill are kept while their catalogue is, and would slow the repeated figures' collections.
 */
export function measureVaried(
  real: Catalog,
  factor: number,
  collect: (() => void) | undefined,
  samples = VARIED_SAMPLES[factor] ?? 30,
): VariedResult {
  const catalog = factor === 1 ? { ...real } : scaledCatalog(real, factor);
  const n = SCALE_REQUIREMENTS.length;
  for (let i = 0; i < WARMUP_CYCLES * n; i++) runRecommendation(catalog, SCALE_REQUIREMENTS[i % n] ?? {});
  const heapMb = () => {
    if (!collect) return 0;
    collect();
    return process.memoryUsage().heapUsed / 1048576;
  };
  const heapMbAfterRepeated = heapMb();
  // A seed of its own: ranking-digest.ts's sets are 11 + factor.
  const sets = variedRequirements(samples, 7000 + factor);
  const cpu0 = process.cpuUsage();
  const varied = sample(
    `recommendation ×${factor} (${catalog.models.length} models), varied sets`,
    (i) => runRecommendation(catalog, sets[i] ?? {}),
    { samples, warmup: 0 },
  );
  const cpu = process.cpuUsage(cpu0);
  return {
    factor,
    varied,
    cpuMsPerRun: (cpu.user + cpu.system) / 1000 / samples,
    heapMbAfterRepeated,
    heapMbAfterVaried: heapMb(),
  };
}
