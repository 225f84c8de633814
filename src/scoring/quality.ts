// Quality and use-case fit from the catalogue's sourced signals (benchmarks, arena ratings), never
// from absence. Raw numbers from different benchmarks are not comparable, so each signal becomes a
// percentile among the catalogue models that report the same signal.
//
// Two criteria read signals:
// - quality: general capability (arena ratings, intelligence indexes, MMLU-Pro, GPQA, ...); a model
//   with only other benchmarks is scored from them as a weaker proxy (pulled toward the middle);
// - use-case fit: the benchmarks of the team's use case (coding -> SWE-bench, Aider, ...), blended
//   with multilingual benchmarks when the team needs languages other than English.
//
// A model with no signal for a criterion takes its nearest measured relative's score (same family
// or same line, nearest size; lowered when the relative is larger) and is marked "estimated from
// <relative>".
// With no measured relative it scores below every measured model, and the note says so.
// Scores for a whole catalogue are computed once per (catalogue, use case, languages) and looked
// up, so a ranking costs one lookup per candidate and percentiles use binary search.
import { languageName } from "../catalog/languages.js";
import { lineOf } from "../catalog/model-line.js";
import type { Catalog } from "../catalog/catalog.js";
import { BENCHMARK_IDS, BENCHMARKS, benchmarkLanguage, type SignalUseCase } from "../catalog/benchmarks.js";
import type { Model, QualitySignal } from "../catalog/schema.js";
import type { UseCase } from "./requirements.js";
import { modelSlots } from "./model-slots.js";
import { isCodeSpecialised, isJobOtherThanCode } from "./built-for-code.js";
import { taskFirstScore } from "./task-evidence.js";
import { anchorOf, NEUTRAL_QUALITY_PRIOR, placer, towardMiddle, type Placement } from "./signal-scale.js";
import { LANGUAGE_QUALITY_SHARE, USE_CASE_QUALITY_SHARE } from "./weights.js";
import { aboveNeed, needKey, sayNeed, type QualityNeed } from "./quality-need.js";
import { fieldsOf, noteLater } from "./later-note.js";
import { heldBySizeClass, measuredBySize } from "./size-class-hold.js";
import { keysWithin } from "./model-memo.js";

/** Benchmarks of another kind (coding results for general quality) count this much of their distance from the middle. */
export const PROXY_WEIGHT = 0.5;
/** An estimate from a larger relative loses this much per halving of size (never gains from a smaller one). */
export const ESTIMATE_PENALTY_PER_HALVING = 0.05;
/** An estimate from a relative of unknown relative size loses this much. */
export const ESTIMATE_PENALTY_UNKNOWN_SIZE = 0.05;
/**
 * A relative's score above the middle counts this share for an estimate, as another kind of
 * benchmark does (PROXY_WEIGHT): a model no board has rated is an unknown, and a newer tier
 * estimated at its measured predecessor's 0.98 led a shortlist over measured models of its class
 * (Gemini 3.5 Flash from Gemini 3 Flash). Below the middle the relative's score stands: pulling
 * it up would reward the missing measurement.
 */
const ESTIMATE_WEIGHT = 0.5;
/** A model with no signal and no measured relative scores this far below the lowest measured one. */
export const UNMEASURED_MARGIN = 0.05;
/**
 * A board at most this many models report, that could not be placed on the criterion's broad scale
 * (its reporters have no broad rating: signal-scale.ts), ranks a model only among a handful of
 * others whose own standing is unknown: the agentic-coding harness boards report two or three
 * frontier models each, and the last of three frontier models there is no weak model. A
 * measurement made only of such boards is thin (see THIN_PRIOR_PEERS).
 */
export const THIN_BOARD_REPORTERS = 4;
/**
 * A thin measurement is weighed with what the model's measured relative says (its estimate), as if
 * the estimate were this many more reporters: own · n / (n + k) + estimate · k / (n + k), n the
 * other reporters per board. Claude Sonnet 4.6, rated only on three-model coding boards below
 * Opus 4.6 and 4.7, had a general quality of 0.40 beside Sonnet 4.5's 0.94; its estimate from
 * Sonnet 4.5 now weighs in.
 */
export const THIN_PRIOR_PEERS = 2;

/**
 * Which signals speak to a criterion: by the benchmark's declared use case when the signal names
 * its benchmark (src/catalog/benchmarks.ts), else by its name (older models.dev rows). A class
 * may name a weaker proxy for models with none of its own signals, and why it is only a proxy.
 */
export interface SignalClass {
  /** Cache key: one table per class and catalogue. */
  id: string;
  reads: (s: QualitySignal) => boolean;
  proxy?: { reads: (s: QualitySignal) => boolean; why: string };
  /** What the signals used leave out, said after them ("; no Estonian rating: …"), or "". */
  missing?: (used: readonly QualitySignal[]) => string;
  /** Task results weigh before people's votes (task-evidence.ts): the code jobs. */
  taskFirst?: boolean;
}

const byKind =
  (kinds: readonly SignalUseCase[], names: RegExp) =>
  (s: QualitySignal): boolean =>
    s.benchmark !== undefined ? kinds.includes(BENCHMARKS[s.benchmark].useCase) : names.test(s.name);

const GENERAL: SignalClass = {
  id: "quality",
  reads: byKind(
    ["general", "reasoning"],
    /arena|elo|intelligence index|mmlu|gpqa|humanity|\bhle\b|ifeval|mt-?bench|bbh|simpleqa/i,
  ),
  proxy: { reads: () => true, why: "no general-capability signal for this model; other benchmarks used" },
};

const USE_CASE_KINDS: Record<UseCase, [readonly SignalUseCase[], RegExp]> = {
  chat: [["general", "instruction-following"], /arena|elo|mt-?bench|ifeval|alpaca|chatbot/i],
  coding: [["coding"], /swe|humaneval|livecode|aider|coding|code|mbpp|terminal|scicode/i],
  rag: [["long-context"], /long|ruler|needle|mrcr|loft|frames|rag|retriev/i],
  extraction: [["instruction-following"], /ifeval|bfcl|json|extract|structured/i],
  agents: [["coding"], /tau\d?|bfcl|tool|agent|terminal|swe/i],
  creative: [["creative"], /creative|writing/i],
  summarization: [["long-context"], /summ|long|ruler|mrcr|longbench/i],
  translation: [["multilingual"], /multilingual|mgsm|flores|wmt|mmmlu|translat|global/i],
};

const useCaseClass = (useCase: UseCase): SignalClass => ({
  id: `use:${useCase}`,
  reads: byKind(...USE_CASE_KINDS[useCase]),
  ...(USE_CASE_KINDS[useCase][0].includes("coding") ? { taskFirst: true } : {}),
});

const multilingual = byKind(...USE_CASE_KINDS.translation);
const languageOf = (s: QualitySignal) => (s.benchmark !== undefined ? benchmarkLanguage(s.benchmark) : undefined);

/**
 * Multilingual signals for the team's languages: a leaderboard in one of them, or a benchmark
 * that spans many languages. Another language's leaderboard says little about German, so it is
 * only a proxy (counting half), and the note says which languages had no signal.
 */
function languageClass(codes: readonly string[]): SignalClass {
  const wanted = [...new Set(codes.map((c) => c.toLowerCase()))].sort();
  const names = orList(wanted.map(nameOfLanguage));
  return {
    id: `languages:${wanted.join(",")}`,
    reads: (s) => multilingual(s) && (languageOf(s) === undefined || wanted.includes(languageOf(s)?.code ?? "")),
    proxy: {
      reads: (s) => multilingual(s) && languageOf(s) !== undefined,
      why: `no ${names} signal for this model; ratings in other languages used`,
    },
    missing: (used) => {
      // A rating in one of the team's languages does not speak for the others ("Russian, Estonian").
      if (wanted.length < 2) return "";
      const have = new Set(used.map((s) => languageOf(s)?.code));
      if (used.some((s) => multilingual(s) && languageOf(s) === undefined)) return "";
      const lacking = wanted.filter((c) => !have.has(c));
      if (lacking.length === 0) return "";
      const nowhere = lacking.filter((c) => !LANGUAGE_NAMES.has(c));
      const here = lacking.filter((c) => LANGUAGE_NAMES.has(c));
      return [
        nowhere.length > 0 ? `no model in the catalogue has a rating in ${orList(nowhere.map(nameOfLanguage))}` : "",
        here.length > 0 ? `no rating in ${orList(here.map(nameOfLanguage))} for this model` : "",
      ]
        .filter(Boolean)
        .map((x) => `; ${x}`)
        .join("");
    },
  };
}

const LANGUAGE_NAMES = new Map(
  BENCHMARK_IDS.flatMap((id) => {
    const l = benchmarkLanguage(id);
    return l ? [[l.code, l.name] as const] : [];
  }),
);

/** A language's name for the notes: the benchmark's, else the stated languages' table (never a bare code). */
function nameOfLanguage(code: string): string {
  return LANGUAGE_NAMES.get(code) ?? languageName(code);
}

/** "Arabic, Hindi or Thai" / "Arabic, Hindi and Thai": a list said in a sentence. */
const joined = (names: readonly string[], last: "and" | "or"): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${last} ${names[names.length - 1]}`;

export const orList = (names: readonly string[]): string => joined(names, "or");
export const andList = (names: readonly string[]): string => joined(names, "and");

export type Evidence = "measured" | "proxy" | "estimated" | "unmeasured";

export interface QualityScore {
  score: number;
  /** What the number rests on, e.g. "SWE-bench Verified 49 (11 other models report it; percentile score 0.71)". */
  note: string;
  /** The signals used (for an estimate, the relative's), each with its source. */
  signals: QualitySignal[];
  evidence: Evidence;
  /** For an estimate: the relative it was taken from. */
  estimatedFrom?: { id: string; name: string };
  /** The team's languages this model has no rating in, when its quality was scored without one ("Japanese"). */
  unratedIn?: string;
  /** What its signals leave out, as said after them ("; no rating in Estonian for this model"). */
  lacking?: string;
  /** For a thin measurement (THIN_BOARD_REPORTERS): the other reporters per board, on average. */
  thinPeers?: number;
}

function describe(parts: { s: QualitySignal; p: Placement }[]): string {
  const shown = parts.slice(0, 3).map((x) => {
    const peers = `${x.p.of - 1} other model${x.p.of === 2 ? "" : "s"} report it`;
    // A narrow benchmark's score is its place among its reporters, read on the broad signal's scale.
    const score = x.p.placedOn
      ? `score ${x.p.share.toFixed(2)} on the ${x.p.placedOn} scale of its reporters`
      : `percentile score ${x.p.share.toFixed(2)}`;
    return `${x.s.name} ${x.s.value} (${peers}; ${score})`;
  });
  return (parts.length > 3 ? [...shown, `and ${parts.length - 3} more`] : shown).join("; ");
}

/** The signals a model's own score rests on, and how it is taken from them (see ownScore). */
function ownParts(model: Model, cls: SignalClass, place: (s: QualitySignal) => Placement) {
  const relevant = model.quality.filter(cls.reads);
  const proxied = relevant.length === 0 && cls.proxy ? model.quality.filter(cls.proxy.reads) : [];
  const proxy = proxied.length > 0;
  const used = proxy ? proxied : relevant;
  if (used.length === 0) return null;
  // A board a handful of unplaced models report speaks only when nothing broader does (THIN_BOARD_REPORTERS).
  const placed = used.map((s) => ({ s, p: place(s) }));
  const isThin = (x: { p: Placement }) => x.p.placedOn === undefined && x.p.of <= THIN_BOARD_REPORTERS;
  const broad = placed.filter((x) => !isThin(x));
  const parts = broad.length > 0 ? broad : placed;
  const first = cls.taskFirst && !proxy ? taskFirstScore(parts.map((x) => ({ s: x.s, share: x.p.share }))) : null;
  const lacking = proxy ? "" : (cls.missing?.(parts.map((x) => x.s)) ?? "");
  return { proxy, broad, parts, first, lacking };
}

/** A model's own score from the signals of class `cls`, or from its proxy signals (counting half). */
function ownScore(model: Model, cls: SignalClass, place: (s: QualitySignal) => Placement): QualityScore | null {
  const own = ownParts(model, cls, place);
  if (!own) return null;
  const { proxy, broad, parts, first, lacking } = own;
  const mean = parts.reduce((sum, x) => sum + x.p.share, 0) / parts.length;
  const score = proxy ? towardMiddle(mean, PROXY_WEIGHT) : (first?.score ?? mean);
  const thinPeers = broad.length === 0 ? parts.reduce((sum, x) => sum + x.p.of - 1, 0) / parts.length : undefined;
  return noteLater(
    {
      score,
      signals: parts.map((x) => x.s),
      evidence: proxy ? "proxy" : "measured",
      ...(lacking ? { lacking } : {}),
      ...(thinPeers !== undefined ? { thinPeers } : {}),
    },
    // The parts are found again when the note is read: keeping them per model and table cost
    // more than the note they write.
    () => {
      const again = ownParts(model, cls, place) as NonNullable<ReturnType<typeof ownParts>>;
      return (
        describe(again.parts) +
        (again.first?.how ?? "") +
        (again.proxy ? ` (${cls.proxy?.why}: these count half, pulled toward the middle)` : again.lacking)
      );
    },
  );
}

const releaseDay = (m: Model) =>
  m.releaseDate ? Date.parse(m.releaseDate.length === 7 ? `${m.releaseDate}-01` : m.releaseDate) : NaN;
/** Days between two releases; an undated one is as far as can be. */
const daysApart = (a: Model, b: Model): number => {
  const d = Math.abs(releaseDay(a) - releaseDay(b));
  return Number.isNaN(d) ? Infinity : d;
};

/** Specialised variants (a coder, a vision model) are poor stand-ins for a general sibling. */
const SPECIALISATION = /coder|codestral|code|math|vision|vl\b|reasoning|guard|embed/i;
const specialisation = (m: Model) => (SPECIALISATION.exec(m.id)?.[0] ?? "").toLowerCase();

/**
 * Words labs use for a tier of a family, when no parameter count is published. Anthropic's Opus and
 * Sonnet name tiers too (TIER_STEP leaves them at the flagship step, as the speed criterion reads
 * them), so a Sonnet is estimated from a Sonnet: Claude Sonnet 4.6 took Claude Opus 4.6's score.
 */
const SIZE_TIER = /\b(nano|micro|mini|small|lite|flash|haiku|tiny|sonnet|opus)\b/gi;
/** All tier words in order: "Flash-Lite" is its own tier, below "Flash". */
const sizeTier = (m: Model) => (m.name.replace(/-/g, " ").match(SIZE_TIER) ?? []).join(" ").toLowerCase();
/**
 * How far below a family's flagship a tier word puts a model: 0 for none (Pro, Opus, a plain
 * name), 1 for the lab's mid tier (Flash, Mini, Small, Haiku), 2 for its smallest (Lite, Nano,
 * Micro, Tiny). "Flash-Lite" takes its smallest word.
 */
const TIER_STEP: Record<string, number> = {
  flash: 1,
  mini: 1,
  small: 1,
  haiku: 1,
  lite: 2,
  nano: 2,
  micro: 2,
  tiny: 2,
};
const tierSteps = new WeakMap<Model, number>();
/**
 * Memoized per model: the speed criterion asks it of every closed candidate in every ranking, and
 * reading the name (replace, match, join, split) each time was most of what speed scoring allocated.
 */
export function tierStep(m: Model): number {
  let step = tierSteps.get(m);
  if (step === undefined) {
    step = Math.max(
      0,
      ...sizeTier(m)
        .split(" ")
        .map((w) => TIER_STEP[w] ?? 0),
    );
    tierSteps.set(m, step);
  }
  return step;
}

/** How a tier step is named in notes. */
const TIER_CLASS: Record<number, string> = { 1: "Flash, Mini, Small, Haiku", 2: "Lite, Nano, Micro, Tiny" };

/**
 * A model's generation as its lab numbers it in the name: the first number not followed by a size
 * unit ("Phi-4-mini" 4, "Phi-3.5 mini" 3.5, "Llama 3.2 3B" 3.2, "DeepSeek-V3.2" 3.2, "GPT-4o mini"
 * 4o), or undefined when the name carries none ("gpt-oss-20b": 20b is a size; "Mixtral 8x7B").
 */
export function generationOf(m: Model): string | undefined {
  for (const x of m.name.matchAll(/(\d+(?:\.\d+)?)([a-z]*)/gi)) {
    const unit = (x[2] ?? "").toLowerCase();
    if (unit === "b" || unit === "m" || unit === "k" || unit.startsWith("x")) continue;
    return `${x[1]}${unit}`;
  }
  return undefined;
}

/**
 * How far apart two models' generations are: 0 the same (or the model's own is unknown), 1 the
 * same major number (Llama 3.1 and 3.2), 2 another generation. A lab's later generation is a
 * different training recipe, so an estimate reads its own generation before the nearest size:
 * Phi-4-mini, distilled alongside Phi-4, was estimated from Phi-3-mini.
 */
function generationDistance(model: Model, other: Model): number {
  const own = generationOf(model);
  if (own === undefined) return 0;
  const theirs = generationOf(other);
  if (theirs === own) return 0;
  return theirs !== undefined && parseInt(theirs, 10) === parseInt(own, 10) ? 1 : 2;
}

/** A generation step outweighs any size distance, never a specialisation. */
const GENERATION_STEP = 3e6;
/**
 * Another tier word among unsized models outweighs a point release (Claude 4.5 → 4.6: one step)
 * but not a new generation (two steps): a lab's tiers are different sizes, while its point
 * releases of one tier are one product retrained.
 */
const TIER_MISMATCH = 1.5 * GENERATION_STEP;

/** A relative a model may take its score from, or the larger tier it may not (said in the note). */
interface Relative {
  relative: Model | null;
  largerTier: Model | null;
}

/**
 * Same family, measured, same specialisation first (else a general sibling before another
 * specialisation), then the same generation (generationDistance), nearest in size (then in
 * release date, then id). Without both parameter counts, a relative of a larger tier ("Gemini 3 Pro" for a
 * "Flash-Lite") is never used: its score says nothing of the smaller tier's, so it is returned
 * as `largerTier` for the note instead.
 */
function nearestRelative(model: Model, family: readonly Model[]): Relative {
  let best: { m: Model; d: number; days: number } | null = null;
  let largerTier: Model | null = null;
  const size = model.parameters?.totalB;
  const spec = specialisation(model);
  const tier = sizeTier(model);
  const step = tierStep(model);
  for (const other of family) {
    if (other.id === model.id) continue;
    const otherSize = other.parameters?.totalB;
    const sized = size !== undefined && otherSize !== undefined;
    if (!sized && tierStep(other) < step) {
      // Named in the note: the larger-tier sibling nearest in release date.
      if (!largerTier || daysApart(other, model) < daysApart(largerTier, model)) largerTier = other;
      continue;
    }
    // Without parameter counts the lab's size-tier word ("nano", "mini", "flash") is the size:
    // a nano is estimated from a measured nano before a flagship, and the same tier of the previous
    // release (Sonnet 4.5 for Sonnet 4.6) before another tier of the same release (TIER_MISMATCH).
    const sizeDistance = sized
      ? Math.abs(Math.log2(otherSize / size))
      : 1e6 + (sizeTier(other) === tier ? 0 : TIER_MISMATCH);
    // A different specialisation is the last resort: a vision model without a measured vision
    // sibling takes a general sibling's score before a coder's.
    const otherSpec = specialisation(other);
    const d =
      sizeDistance +
      GENERATION_STEP * generationDistance(model, other) +
      (otherSpec === spec ? 0 : otherSpec === "" ? 1e7 : 2e7);
    const days = Math.abs(releaseDay(other) - releaseDay(model));
    const dd = Number.isNaN(days) ? 1e12 : days;
    if (!best || d < best.d || (d === best.d && (dd < best.days || (dd === best.days && other.id < best.m.id))))
      best = { m: other, d, days: dd };
  }
  return { relative: best?.m ?? null, largerTier };
}

/** How an estimate's relative is related to the model, as said in its note. */
function kinship(model: Model, relative: Model): string {
  // A relative found through the line (model-line.ts) is an earlier or later release of the same product.
  const kin = relative.family === model.family ? "same family" : "same line";
  if (generationOf(model) === undefined) return kin;
  return generationDistance(model, relative) < 2
    ? `${kin} and generation`
    : `${kin}, generation ${generationOf(relative) ?? "unnumbered"}: none of its own generation is measured`;
}

/**
 * The measured models a model may be estimated from: its family's and its line's (model-line.ts).
 * Anthropic's families are generations ("Claude 4.6" holds Opus and Sonnet), so a Sonnet whose
 * generation no board has rated had no relative and was ranked below every measured model (Claude
 * Sonnet 4.6 at 0.00 for summarising, beside Sonnet 4.5 at 0.97); its line holds Sonnet 4.5.
 * nearestRelative still prefers its own generation (GENERATION_STEP), then the nearest size.
 */
function relativesOf(
  model: Model,
  families: ReadonlyMap<string, Model[]>,
  lines: ReadonlyMap<string, Model[]>,
): readonly Model[] {
  const family = families.get(model.family) ?? [];
  const key = lineOf(model)?.key;
  const line = key === undefined ? [] : (lines.get(key) ?? []).filter((m) => m.family !== model.family);
  return line.length === 0 ? family : [...family, ...line];
}

export interface CriterionTable {
  scores: Map<string, QualityScore>;
  /** Lowest measured score (null when no model is measured for this criterion). */
  lowestMeasured: number | null;
}

function buildTable(catalog: Catalog, cls: SignalClass, what: string): CriterionTable {
  // Narrow benchmarks are placed on the scale of the class's broadest signal (signal-scale.ts).
  const place = placer(catalog, anchorOf(catalog, cls.reads));
  const measured = new Map<string, QualityScore>();
  for (const m of catalog.models) {
    const own = ownScore(m, cls, place);
    if (own) measured.set(m.id, own);
  }
  let lowest: number | null = null;
  for (const q of measured.values()) lowest = lowest === null ? q.score : Math.min(lowest, q.score);
  const floor = lowest === null ? NEUTRAL_QUALITY_PRIOR : Math.max(0, lowest - UNMEASURED_MARGIN);
  // The lowest measured score per tier step, for a tiered model that has no measured relative of its tier.
  const lowestOfTier = new Map<number, number>();
  for (const m of catalog.models) {
    const q = measured.get(m.id);
    const t = tierStep(m);
    if (q && t > 0) lowestOfTier.set(t, Math.min(lowestOfTier.get(t) ?? Infinity, q.score));
  }
  const tierFloor = (t: number): number | undefined => {
    const low = lowestOfTier.get(t);
    return low === undefined ? undefined : Math.max(floor, low - UNMEASURED_MARGIN);
  };
  const scores = new Map(measured);
  // Measured models by family, so estimates look only at relatives (linear in the catalogue).
  const families = new Map<string, Model[]>();
  const lines = new Map<string, Model[]>();
  for (const m of catalog.models) {
    if (!measured.has(m.id)) continue;
    families.set(m.family, [...(families.get(m.family) ?? []), m]);
    const key = lineOf(m)?.key;
    if (key !== undefined) lines.set(key, [...(lines.get(key) ?? []), m]);
  }
  // Thin measurements first, so a model estimated from one borrows its weighed score.
  const weighed = new Map<string, QualityScore>();
  for (const [id, own] of measured) {
    if (own.thinPeers === undefined) continue;
    const m = catalog.modelById.get(id);
    const { relative } = m ? nearestRelative(m, relativesOf(m, families, lines)) : { relative: null };
    const rq = relative ? measured.get(relative.id) : undefined;
    // Only a relative with broader evidence says where the few-model boards' group stands.
    if (m && relative && rq && rq.thinPeers === undefined)
      weighed.set(id, weighedWithEstimate(own, estimateFrom(m, relative, rq, floor, what)));
  }
  for (const [id, q] of weighed) {
    measured.set(id, q);
    scores.set(id, q);
  }
  const bySize = measuredBySize(catalog.models, measured);
  for (const m of catalog.models) {
    if (scores.has(m.id)) continue;
    if (lowest === null) {
      scores.set(
        m.id,
        noteLater(
          { score: NEUTRAL_QUALITY_PRIOR, signals: [], evidence: "unmeasured" },
          () => `no model in the catalogue has a ${what} signal, so this criterion does not separate them`,
        ),
      );
      continue;
    }
    const kin = relativesOf(m, families, lines);
    const { relative, largerTier } = nearestRelative(m, kin);
    const rq = relative ? measured.get(relative.id) : undefined;
    if (relative && rq) {
      const sibling = cappedByLargerSibling(m, estimateFrom(m, relative, rq, floor, what), kin, measured);
      scores.set(m.id, heldBySizeClass(m, sibling, bySize, ESTIMATE_PENALTY_PER_HALVING, floor));
      continue;
    }
    if (largerTier) {
      // Below every measured model of its own tier class (other labs' Lite / Nano / Mini models).
      const own = tierFloor(tierStep(m));
      const score = own ?? floor;
      scores.set(
        m.id,
        noteLater(
          { score, signals: [], evidence: "unmeasured" },
          () =>
            `no ${what} signal and no measured model of its size tier in its family (${largerTier.name} is a larger tier, so its score is not borrowed): ranked below every measured ${own !== undefined ? `model of its tier (${TIER_CLASS[tierStep(m)]})` : "model"} on this (${score.toFixed(2)})`,
        ),
      );
      continue;
    }
    scores.set(
      m.id,
      noteLater(
        { score: floor, signals: [], evidence: "unmeasured" },
        () =>
          `no ${what} signal and no measured model of its family or line: ranked below every measured model on this (${floor.toFixed(2)})`,
      ),
    );
  }
  return { scores, lowestMeasured: lowest };
}

/** A generation number to order by ("2.5" of Qwen2.5, "3" of Gemma 3n), or undefined when the name has none. */
const generationNumber = (m: Model): number | undefined => {
  const g = generationOf(m);
  const n = g === undefined ? NaN : Number.parseFloat(g);
  return Number.isNaN(n) ? undefined : n;
};

/**
 * The measured larger sibling an estimate may not pass: of the model's family or line, the same
 * specialisation, larger, and of the same or a later generation, the lowest scored. A guess from a
 * relative says less than a measurement of a bigger model of the same make: Qwen3.5 35B-A3B,
 * estimated from the dense 27B, stood above the measured Qwen3.5 122B-A10B on code; GLM-4.7,
 * estimated from GLM-4.6, above the measured GLM-5.1. An older generation's larger model is no
 * bound (Gemma 3n E2B may well beat Gemma 2 27B), nor another specialisation's (a coder's general
 * score says little of its general sibling).
 */
function largerSiblingCap(
  m: Model,
  kin: readonly Model[],
  measured: ReadonlyMap<string, QualityScore>,
): { model: Model; score: number } | null {
  const size = m.parameters?.totalB;
  if (size === undefined) return null;
  const gen = generationNumber(m);
  const spec = specialisation(m);
  let cap: { model: Model; score: number } | null = null;
  for (const o of kin) {
    const q = measured.get(o.id);
    const theirs = o.parameters?.totalB;
    if (!q || o.id === m.id || theirs === undefined || theirs <= size || specialisation(o) !== spec) continue;
    const og = generationNumber(o);
    if (gen !== undefined && (og === undefined || og < gen)) continue;
    if (!cap || q.score < cap.score) cap = { model: o, score: q.score };
  }
  return cap;
}

/** An estimate held at or below its measured larger siblings (largerSiblingCap), said in its note. */
function cappedByLargerSibling(
  m: Model,
  estimate: QualityScore,
  kin: readonly Model[],
  measured: ReadonlyMap<string, QualityScore>,
): QualityScore {
  const cap = largerSiblingCap(m, kin, measured);
  if (!cap || estimate.score <= cap.score) return estimate;
  return noteLater(
    { ...fieldsOf(estimate), score: cap.score },
    () =>
      `${estimate.note}; held at ${cap.score.toFixed(2)}, the measured score of ${cap.model.name}, a larger model of its make and generation (an estimate does not pass a measurement of a bigger sibling)`,
  );
}

/**
 * A model's score taken from a measured relative: counted half above the middle (ESTIMATE_WEIGHT),
 * lowered when the relative is larger (or of a size that cannot be compared), never below `floor`.
 */
function estimateFrom(m: Model, relative: Model, rq: QualityScore, floor: number, what: string): QualityScore {
  const own = m.parameters?.totalB;
  const theirs = relative.parameters?.totalB;
  const penalty =
    own !== undefined && theirs !== undefined
      ? ESTIMATE_PENALTY_PER_HALVING * Math.max(0, Math.log2(theirs / own))
      : ESTIMATE_PENALTY_UNKNOWN_SIZE;
  const shrunk = rq.score > NEUTRAL_QUALITY_PRIOR ? towardMiddle(rq.score, ESTIMATE_WEIGHT) : rq.score;
  const score = Math.max(floor, shrunk - penalty);
  const note = () => {
    const sizeWords =
      own !== undefined && theirs !== undefined
        ? theirs > own
          ? `, lowered by ${penalty.toFixed(2)} because ${relative.name} is larger`
          : ""
        : `, lowered by ${penalty.toFixed(2)} because the sizes cannot be compared`;
    return `estimated from ${relative.name} (${kinship(m, relative)}, nearest measured size: ${rq.score.toFixed(2)}${shrunk < rq.score ? `, counted half above the middle as an estimate (${shrunk.toFixed(2)})` : ""}${sizeWords}); no ${what} signal of its own`;
  };
  return noteLater(
    { score, signals: rq.signals, evidence: "estimated", estimatedFrom: { id: relative.id, name: relative.name } },
    note,
  );
}

/** A thin measurement weighed with the relative's estimate (THIN_PRIOR_PEERS), said in its note. */
function weighedWithEstimate(own: QualityScore, estimate: QualityScore): QualityScore {
  const n = own.thinPeers ?? 0;
  const share = n / (n + THIN_PRIOR_PEERS);
  const score = share * own.score + (1 - share) * estimate.score;
  const from = estimate.estimatedFrom?.name ?? "a relative";
  return noteLater(
    { ...fieldsOf(own), score },
    () =>
      `${own.note}; these boards rank it among only about ${Math.round(n)} other model${Math.round(n) === 1 ? "" : "s"} each, none rated on a broad board, so its ${own.score.toFixed(2)} is weighed with its estimate from ${from} (${estimate.score.toFixed(2)}): ${score.toFixed(2)}`,
  );
}

/**
 * Tables kept per catalogue. A table not tied to a set of languages is one of a finite few (a
 * signal class or job, with or without its need), so all are kept. Tables for a set of languages
 * are kept per set, for at most languageSetsFor(models) sets, the least recently asked going first:
 * teams name any combination of languages, and each set adds tables as long as the catalogue, so
 * kept without a bound they grew with every new set a bot was asked about. A set asked again after
 * it went is built again, to the same scores.
 */
interface KeptTables {
  fixed: Map<string, CriterionTable>;
  byLanguages: Map<string, Map<string, CriterionTable>>;
}
const tables = new WeakMap<Catalog, KeptTables>();

/**
 * Sets of languages whose tables a catalogue keeps: MAX_LANGUAGE_SETS while they hold at most
 * LANGUAGE_SET_SLOTS models in all (a set holds a few tables), fewer on a bigger catalogue, never
 * under MIN_LANGUAGE_SETS (a bot's teams rarely name more sets at once; the scale bench names 3).
 */
const MAX_LANGUAGE_SETS = 32;
const MIN_LANGUAGE_SETS = 8;
const LANGUAGE_SET_SLOTS = 200_000;
const languageSetsFor = (models: number): number =>
  keysWithin(LANGUAGE_SET_SLOTS, models, MIN_LANGUAGE_SETS, MAX_LANGUAGE_SETS);

/** The tables of this catalogue kept under `languages` (a languageClass id), or its fixed ones. */
function keptFor(catalog: Catalog, languages: string | undefined): Map<string, CriterionTable> {
  let kept = tables.get(catalog);
  if (!kept) {
    kept = { fixed: new Map(), byLanguages: new Map() };
    tables.set(catalog, kept);
  }
  if (languages === undefined) return kept.fixed;
  const { byLanguages } = kept;
  let byKey = byLanguages.get(languages);
  if (byKey) {
    // Asked again: the most recent now (a Map keeps insertion order).
    byLanguages.delete(languages);
  } else {
    byKey = new Map();
    if (byLanguages.size >= languageSetsFor(catalog.models.length)) {
      const oldest = byLanguages.keys().next();
      if (!oldest.done) byLanguages.delete(oldest.value);
    }
  }
  byLanguages.set(languages, byKey);
  return byKey;
}

function table(catalog: Catalog, key: string, build: () => CriterionTable, languages?: string): CriterionTable {
  const byKey = keptFor(catalog, languages);
  let t = byKey.get(key);
  if (!t) {
    t = build();
    byKey.set(key, t);
  }
  return t;
}

export function qualityTable(catalog: Catalog, need?: QualityNeed): CriterionTable {
  const plain = table(catalog, GENERAL.id, () => buildTable(catalog, GENERAL, "quality"));
  return need ? table(catalog, `${GENERAL.id}${needKey(need)}`, () => withNeed(plain, need)) : plain;
}

/**
 * A leaf table (one kind of signal) with the job's need applied to each score (see
 * quality-need.ts): before any blend, so a model's weak part (no rating in the team's language)
 * is not hidden under another part's surplus, and before the code models' penalty, so the
 * penalty is not flattened with the surplus it is taken from.
 */
function withNeed(t: CriterionTable, need: QualityNeed): CriterionTable {
  const scores = new Map<string, QualityScore>();
  for (const [id, q] of t.scores) {
    const score = aboveNeed(q.score, need);
    const note = () => {
      let said = "";
      sayNeed(q.score, need, (part) => (said += part));
      return q.note + said;
    };
    scores.set(id, score === q.score ? q : noteLater({ ...fieldsOf(q), score }, note));
  }
  const lowest = t.lowestMeasured;
  return { scores, lowestMeasured: lowest === null ? null : aboveNeed(lowest, need) };
}

/**
 * A code model (built-for-code.ts) is a poor pick for summarising contracts or answering
 * customers even when a broad signal (LMArena's longer-query board) measured it well, so its fit
 * there is lowered and said.
 */
export const SPECIALISED_ELSEWHERE_PENALTY = 0.15;

export function useCaseTable(catalog: Catalog, useCase: UseCase, need?: QualityNeed): CriterionTable {
  const cls = useCaseClass(useCase);
  return table(catalog, `${cls.id}${needKey(need)}`, () => {
    const plain = table(catalog, `${cls.id}:plain`, () => buildTable(catalog, cls, `${useCase} benchmark`));
    const built = need ? withNeed(plain, need) : plain;
    return isJobOtherThanCode(useCase) ? lowerCodeModels(catalog, built) : built;
  });
}

/** A table with every code-specialised model lowered (see SPECIALISED_ELSEWHERE_PENALTY). */
function lowerCodeModels(catalog: Catalog, built: CriterionTable): CriterionTable {
  const scores = new Map(built.scores);
  for (const m of catalog.models) {
    const q = scores.get(m.id);
    if (!q || !isCodeSpecialised(m)) continue;
    scores.set(
      m.id,
      noteLater(
        { ...fieldsOf(q), score: Math.max(0, q.score - SPECIALISED_ELSEWHERE_PENALTY) },
        () =>
          `${q.note}; lowered by ${SPECIALISED_ELSEWHERE_PENALTY} because ${m.name} is a code-specialised model (so named by its lab)`,
      ),
    );
  }
  return { ...built, scores };
}

/** Multilingual fit for these languages (ISO 639-1 codes, English left out). */
export function languagesTable(catalog: Catalog, codes: readonly string[], need?: QualityNeed): CriterionTable {
  const cls = languageClass(codes);
  const plain = table(catalog, cls.id, () => buildTable(catalog, cls, "multilingual benchmark"), cls.id);
  return need ? table(catalog, `${cls.id}${needKey(need)}`, () => withNeed(plain, need), cls.id) : plain;
}

/**
 * languagesTable for a use case: a code-specialised model's ratings in a language are lowered for
 * anything but code, as its use-case fit is (Qwen3-Coder's French rating made it a translator).
 */
function languagesTableFor(
  catalog: Catalog,
  codes: readonly string[],
  useCase: UseCase | undefined,
  need?: QualityNeed,
): CriterionTable {
  const t = languagesTable(catalog, codes, need);
  if (!isJobOtherThanCode(useCase)) return t;
  const languages = languageClass(codes).id;
  return table(catalog, `${languages}${needKey(need)}:not-code`, () => lowerCodeModels(catalog, t), languages);
}

const MISSING: QualityScore = {
  score: 0,
  note: "not in the catalogue's quality tables",
  signals: [],
  evidence: "unmeasured",
};

export function qualityOf(catalog: Catalog, modelId: string): QualityScore {
  return qualityLookup(catalog)(modelId);
}

/** qualityOf with the table found once (see useCaseFitLookup). */
export function qualityLookup(catalog: Catalog): (modelId: string) => QualityScore {
  const scores = qualityTable(catalog).scores;
  return (id) => scores.get(id) ?? MISSING;
}

/**
 * Quality for a use case: USE_CASE_QUALITY_SHARE of it from the use case's own benchmarks, the
 * rest from general ability, for a model measured on that use case's benchmarks. A model without
 * them keeps its general quality (its use-case fit already ranks it below the measured ones), so
 * no model is scored twice for what the catalogue does not know.
 */
export function useCaseQualityTable(
  catalog: Catalog,
  useCase: UseCase | undefined,
  need?: QualityNeed,
): CriterionTable {
  const share = useCase ? USE_CASE_QUALITY_SHARE[useCase] : 0;
  const general = qualityTable(catalog, need);
  if (!useCase || share <= 0) return general;
  const what = USE_CASE_BENCHMARK_WORDS[useCase];
  return table(catalog, `quality:${useCase}${needKey(need)}`, () =>
    blended(
      catalog,
      general,
      useCaseTable(catalog, useCase, need).scores,
      share,
      `for ${what}`,
      `${what} benchmarks`,
      "as in use-case fit",
    ),
  );
}

/**
 * Quality for a team working in languages other than English: LANGUAGE_QUALITY_SHARE of it from
 * the ratings in those languages, for a model rated in them (the rest as useCaseQualityTable). The
 * answers its users read are in those languages: without this a model with no rating in Japanese
 * and one leading the Japanese board differed only in use-case fit, and cost decided.
 */
export function languageQualityTable(
  catalog: Catalog,
  useCase: UseCase | undefined,
  languages: readonly string[],
  need?: QualityNeed,
): CriterionTable {
  const base = useCaseQualityTable(catalog, useCase, need);
  const codes = nonEnglish(languages);
  if (codes.length === 0) return base;
  const cls = languageClass(codes);
  const names = orList(cls.id.slice("languages:".length).split(",").map(nameOfLanguage));
  return table(
    catalog,
    `quality:${useCase ?? ""}:${cls.id}${needKey(need)}`,
    () =>
      blended(
        catalog,
        base,
        languagesTable(catalog, codes, need).scores,
        LANGUAGE_QUALITY_SHARE,
        `in ${names}`,
        `ratings in ${names}`,
        "rated",
        { words: `no rating in ${names}`, languages: names },
      ),
    cls.id,
  );
}

const nonEnglish = (languages: readonly string[]) => languages.filter((l) => !/^(en|english)$/i.test(l.trim()));

/**
 * `share` of a measured part with the rest from `base`. Without `unrated`, a model without the part
 * keeps its base score (its use-case fit already ranks it below the measured ones). With it (the
 * team's languages), a model not rated in them takes the part's own estimate, as the part's table
 * made it (other languages' ratings counted half, a relative's rating, or below every rated model),
 * and `unrated` says so: the answers its users read are in those languages, and a model nobody
 * rated in them kept its full general score and led models rated well in them (DeepSeek-V3.2, no
 * Japanese rating, first for a Japanese support bot).
 */
function blended(
  catalog: Catalog,
  base: CriterionTable,
  part: Map<string, QualityScore>,
  share: number,
  scope: string,
  partWords: string,
  partHow: string,
  unrated?: { words: string; languages: string },
): CriterionTable {
  const scores = new Map<string, QualityScore>();
  let lowest: number | null = null;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  for (const m of catalog.models) {
    const g = base.scores.get(m.id) ?? MISSING;
    const u = part.get(m.id);
    const rated = u?.evidence === "measured";
    const q: QualityScore =
      !u || (!rated && unrated === undefined)
        ? g
        : noteLater(
            {
              score: share * u.score + (1 - share) * g.score,
              signals: [...u.signals, ...g.signals.filter((s) => !u.signals.includes(s))],
              evidence: rated ? "measured" : g.evidence === "measured" ? "proxy" : g.evidence,
              ...(rated || !unrated ? {} : { unratedIn: unrated.languages }),
            },
            () =>
              `${scope}: ${pct(share)} ${rated ? partWords : unrated?.words} (${u.score.toFixed(2)}, ${rated ? `${partHow}${u.lacking ?? ""}` : u.note}) + ${pct(1 - share)} ${g.note.startsWith("for ") ? "" : "general ability "}(${g.score.toFixed(2)}: ${g.note})`,
          );
    scores.set(m.id, q);
    if (q.evidence === "measured") lowest = lowest === null ? q.score : Math.min(lowest, q.score);
  }
  return { scores, lowestMeasured: lowest };
}

/** How a use case's benchmarks are named in the quality note. */
const USE_CASE_BENCHMARK_WORDS: Record<UseCase, string> = {
  chat: "chat",
  coding: "coding",
  rag: "long-input",
  extraction: "instruction-following",
  agents: "agent and tool-use",
  creative: "creative-writing",
  summarization: "long-input",
  translation: "multilingual",
};

/** A model as a ranking holds it: its slot in the catalogue (see model-slots.ts), -1 when not in it. */
export interface SlottedModel {
  model: { id: string };
  slot: number;
}

/**
 * A score table read by slot: each model's whole score (with its note and signals), and its
 * number alone. A ranking reads the number of every candidate: from a typed array it is one read
 * from memory a few pages long, where a score object per model was a read from anywhere in the
 * heap (at 100× today's catalogue those two reads were a quarter of a ranking).
 */
export interface SlotScores {
  of: (c: SlottedModel) => QualityScore;
  scoreOf: (c: SlottedModel) => number;
}

/** A score table as arrays by slot, built once per table (a ranking reads it for every candidate). */
const slotArrays = new WeakMap<Map<string, QualityScore>, { objects: QualityScore[]; numbers: Float64Array }>();

function bySlot(catalog: Catalog, scores: Map<string, QualityScore>): SlotScores {
  let arrays = slotArrays.get(scores);
  if (!arrays) {
    const objects = modelSlots(catalog).models.map((m) => scores.get(m.id) ?? MISSING);
    arrays = { objects, numbers: Float64Array.from(objects, (q) => q.score) };
    slotArrays.set(scores, arrays);
  }
  const { objects, numbers } = arrays;
  const of = (c: SlottedModel): QualityScore =>
    c.slot >= 0 ? (objects[c.slot] ?? MISSING) : (scores.get(c.model.id) ?? MISSING);
  return {
    of,
    scoreOf: (c) => (c.slot >= 0 && c.slot < numbers.length ? (numbers[c.slot] as number) : of(c).score),
  };
}

/** Quality for the team's use case and languages by slot (see languageQualityTable): what a ranking reads per candidate. */
export function qualityBySlot(
  catalog: Catalog,
  useCase?: UseCase,
  languages: readonly string[] = [],
  need?: QualityNeed,
): (c: SlottedModel) => QualityScore {
  return qualitySlotScores(catalog, useCase, languages, need).of;
}

/** qualityBySlot with the numbers alone beside it (see SlotScores). */
export function qualitySlotScores(
  catalog: Catalog,
  useCase?: UseCase,
  languages: readonly string[] = [],
  need?: QualityNeed,
): SlotScores {
  return bySlot(catalog, languageQualityTable(catalog, useCase, languages, need).scores);
}

/** useCaseFitLookup by slot, with the numbers alone beside it (see SlotScores); a blend with languages is computed per call, as by id. */
export function useCaseFitSlotScores(
  catalog: Catalog,
  useCase: UseCase | undefined,
  languages: readonly string[] = [],
  need?: QualityNeed,
): SlotScores {
  const others = languages.filter((l) => !/^(en|english)$/i.test(l.trim()));
  if (others.length === 0 && useCase) return bySlot(catalog, useCaseTable(catalog, useCase, need).scores);
  const byId = useCaseFitLookup(catalog, useCase, languages, need);
  return { of: (c) => byId(c.model.id), scoreOf: (c) => byId(c.model.id).score };
}

/**
 * Use-case fit from the use case's benchmarks; when languages other than English are needed,
 * blended half and half with signals in those languages (translation reads only those).
 */
export function useCaseFitOf(
  catalog: Catalog,
  modelId: string,
  useCase: UseCase | undefined,
  languages: readonly string[] = [],
): QualityScore {
  return useCaseFitLookup(catalog, useCase, languages)(modelId);
}

const UNSTATED: QualityScore = {
  score: NEUTRAL_QUALITY_PRIOR,
  note: "use case not stated",
  signals: [],
  evidence: "unmeasured",
};

/**
 * useCaseFitOf for one use case and set of languages, with the tables found once: a ranking
 * looks up every candidate, and finding the tables (and reading the languages) per candidate
 * was most of the criterion's cost at 100× today's catalogue.
 */
export function useCaseFitLookup(
  catalog: Catalog,
  useCase: UseCase | undefined,
  languages: readonly string[] = [],
  need?: QualityNeed,
): (modelId: string) => QualityScore {
  const others = languages.filter((l) => !/^(en|english)$/i.test(l.trim()));
  if (others.length > 0 && useCase === "translation") {
    const ml = languagesTableFor(catalog, others, useCase, need).scores;
    return (id) => ml.get(id) ?? MISSING;
  }
  const base = useCase ? useCaseTable(catalog, useCase, need).scores : null;
  const baseOf = (id: string): QualityScore => (base ? (base.get(id) ?? MISSING) : UNSTATED);
  if (others.length === 0) return baseOf;
  const ml = languagesTableFor(catalog, others, useCase, need).scores;
  const names = others.map((c) => nameOfLanguage(c.toLowerCase())).join(", ");
  return (id) => {
    const b = baseOf(id);
    const lang = ml.get(id) ?? MISSING;
    let note: string | undefined;
    return {
      score: (b.score + lang.score) / 2,
      // Written when read: answers show the notes of a few candidates.
      get note() {
        return (note ??= `${b.note}; for ${names}: ${lang.note}`);
      },
      signals: [...b.signals, ...lang.signals],
      evidence: b.evidence === "measured" && lang.evidence === "measured" ? "measured" : b.evidence,
    };
  };
}
