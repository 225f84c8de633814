// Hard constraints, checked before any weighing: a model that fails one is out, whatever its
// scores, and the answer says which requirement ruled it out and why, in plain words.
import { classifierOffJobReason, isModerationJob } from "./moderation-fit.js";
import type { Catalog } from "../catalog/catalog.js";
import type { License, Model } from "../catalog/schema.js";
import type { TeamFacts } from "../licensing/facts.js";
import type { LicenseVerdict } from "../licensing/verdict.js";
import { LicenceCheck } from "../licensing/verdict-later.js";
import { formatTokens, formatUsd } from "../render/format.js";
import { estimateMonthlyCost, mustSelfHost, type CostEstimate, type SelfHostQuoter } from "./monthly-cost.js";
import { hardContextNeed, type Requirements } from "./requirements.js";
import { assumedInputShare } from "./job-split.js";
import { applyHosting, type HostingConstraint } from "./hosting.js";
import { hostingRulesKey, pricedAtBatchRates } from "./hosting-rules.js";
import { apiHostsUnchecked } from "./residency.js";
import {
  allowedLicenceReason,
  exclusionReason,
  imageInputReason,
  redistributionReason,
  sizeReason,
} from "./team-filters.js";
import { KeyedMemo, keysWithin } from "./model-memo.js";
import { modelSlots, type ModelSlots } from "./model-slots.js";
import { fitContext, hardwareFit } from "./hardware-fit.js";
import { latencyTargetReason } from "./latency-target.js";
import { belowBarReason, qualityBarOf, type QualityBar } from "./quality-floor.js";
import { hasFirstParty, isPreview } from "./model-traits.js";
import { withdrawnByLab } from "./withdrawn-release.js";
import { isLabApi } from "../catalog/offering-lifecycle.js";
import { licenceUnread } from "./licence-read.js";
import { budgetUsdOf, budgetWords } from "./budget.js";
import { isCodeSpecialised } from "./built-for-code.js";
import { speedValue } from "./speed.js";
import { groupTierOf } from "./group-tier.js";
import { isJobOtherThanCode } from "./built-for-code.js";
import { ownSignalForJob, releaseLines, supersededInLine, type LinePass } from "./superseded.js";
import { qualityTablesOf } from "./quality-tables.js";
import { goodEnoughTest } from "./quality-minimum.js";

export type ConstraintId =
  | "availability"
  | "excluded"
  | "open-weights"
  | "deployment"
  | "size"
  | "image-input"
  | "quality-floor"
  | "latency-target"
  | "hardware"
  | "license"
  | "redistribution"
  | HostingConstraint
  | "context"
  | "context-unknown"
  | "budget"
  | "no-license";

export interface Exclusion {
  id: string;
  name: string;
  constraint: ConstraintId;
  reason: string;
}

export interface Candidate {
  model: Model;
  license: License;
  verdict: LicenseVerdict;
  cost: CostEstimate;
  /** How `model` was narrowed from the catalogue's (for the cost cache's key). */
  narrowing: Narrowing;
  /** The model's slot in its catalogue (see model-slots.ts), or -1 for a model not in it. */
  slot: number;
  /**
   * Facts of `model` the criteria read per candidate and pass (criteria.ts: hasFirstParty,
   * isPreview), found once when the model is admitted: a walk of its offerings and a memo lookup
   * per candidate and pass were a tenth of a ranking at 100× today's catalogue. A candidate made
   * elsewhere leaves them out and the criteria find them.
   */
  firstParty?: boolean;
  preview?: boolean;
  /** licenceUnread(license), found once per admission like the two above (it filters the clauses). */
  unread?: boolean;
  /** residency.ts apiHostsUnchecked(model), found once per admission like the three above. */
  apiUnchecked?: boolean;
  /** built-for-code.ts isCodeSpecialised(model), found once per admission (a memo lookup per candidate and pass was a tenth of a ranking for a job that is not code). */
  codeNamed?: boolean;
  /** speed.ts speedValue(model): the model's alone, found once per admission (its tier-word memo was a lookup per candidate and pass). */
  speed?: number;
  /** A later release of its line is a candidate too, at no higher cost and in no later group (superseded.ts): found per pass. */
  superseded?: boolean;
}

export interface ConstraintResult {
  candidates: Candidate[];
  excluded: Exclusion[];
  /** costRangeOfCandidates(candidates), found while they are admitted (no second pass over them). */
  costRange: CostRange;
}

/** The licence questions a recommendation answers, from the requirements. */
export function teamFactsOf(req: Requirements): TeamFacts {
  // A team choosing a model is building something: unless told otherwise, the use is commercial
  // (the shortlist says so). Otherwise non-commercial licences would top shortlists as "conditional".
  return { ...statedTeamFacts(req), commercial: req.commercial ?? true };
}

/** The licence facts the requirements state, nothing assumed (a licence question in the same thread reads these). */
export function statedTeamFacts(req: Requirements): TeamFacts {
  const facts: TeamFacts = {};
  if (req.commercial !== undefined) facts.commercial = req.commercial;
  if (req.monthlyActiveUsers !== undefined) facts.monthlyActiveUsers = req.monthlyActiveUsers;
  if (req.fineTuning !== undefined) facts.fineTune = req.fineTuning;
  if (req.trainOnOutputs !== undefined) facts.trainOnOutputs = req.trainOnOutputs;
  if (mustSelfHost(req)) facts.selfHost = true;
  // An app that carries the model on the device hands the weights to every user who installs
  // it: for the licence that is distribution (its duties apply), though the team never said it
  // publishes weights, so the recommendation keeps no must-redistribute requirement for it.
  if (req.redistributeWeights || req.onDevice) facts.distributeWeights = true;
  if (req.serveAsApi) facts.serveAsApi = true;
  if (req.inEu !== undefined) facts.inEu = req.inEu;
  if (req.fieldOfUse) facts.fieldOfUse = req.fieldOfUse;
  if (req.minorUsers) facts.minorUsers = true;
  if (req.nonprofit) facts.nonprofit = true;
  return facts;
}

/**
 * The requirements a licence question's facts state, the other way round from statedTeamFacts:
 * "we're headquartered in Munich … a commercial product" is a team in the EU building something
 * commercial, kept for the recommendation asked next ("which open-weights vision model can we use
 * instead?"). Self-hosting is left out: a licence question asks whether it is allowed, not where
 * the team will run.
 */
export function requirementsOfFacts(facts: TeamFacts): Partial<Requirements> {
  const req: Partial<Requirements> = {};
  if (facts.commercial !== undefined) req.commercial = facts.commercial;
  if (facts.monthlyActiveUsers !== undefined) req.monthlyActiveUsers = facts.monthlyActiveUsers;
  if (facts.fineTune !== undefined) req.fineTuning = facts.fineTune;
  if (facts.trainOnOutputs !== undefined) req.trainOnOutputs = facts.trainOnOutputs;
  if (facts.distributeWeights) req.redistributeWeights = true;
  if (facts.serveAsApi) req.serveAsApi = true;
  if (facts.inEu !== undefined) req.inEu = facts.inEu;
  if (facts.fieldOfUse) req.fieldOfUse = facts.fieldOfUse;
  if (facts.minorUsers) req.minorUsers = true;
  if (facts.nonprofit) req.nonprofit = true;
  return req;
}

/** Where the weights must run, as a closed model's exclusion says it ("self-host" names no place). */
function whereItRuns(req: Requirements): string {
  if (req.deployment === "on-prem") return "on your premises";
  if (req.deployment === "own-cloud") return "in your own cloud";
  return "on hardware you run yourselves";
}

/**
 * Sets of cost inputs kept per cache: a recommendation uses about a dozen (the volume steps of the
 * search); the 6 kinds of team the scale bench repeats use 53 in the busiest cache at 10× today's
 * catalogue, 25 at 100×. Each set is three tables of a slot per model, so the bound is also in
 * slots: COST_INPUT_SETS on catalogues up to ten times today's, fewer on bigger ones but never
 * under MIN_COST_INPUT_SETS. Counted in keys alone, sets of tables a catalogue 100× today's long
 * (and their estimates) were the largest part of the heap after a few hundred different teams.
 */
const COST_INPUT_SETS = 256;
const MIN_COST_INPUT_SETS = 64;
const COST_SLOTS_PER_CACHE = 600_000;

/** Sets of cost inputs a cache keeps on a catalogue of `models` models (see COST_INPUT_SETS). */
const costInputSetsFor = (models: number): number =>
  keysWithin(COST_SLOTS_PER_CACHE, models, MIN_COST_INPUT_SETS, COST_INPUT_SETS);

/** In a table of monthly figures: not computed yet, and "no figure" (costs are never negative). */
const NOT_PRICED = NaN;
const NO_FIGURE = -1;

/**
 * Memo of cost estimates, per cost inputs and model slot: the sensitivity search re-ranks with
 * many small requirement changes, and most of them change neither the licence facts nor the
 * cost inputs. Its tables are arrays by slot of one catalogue, the last it was used with (a
 * cache used with another catalogue starts over rather than read another numbering).
 */
export class ScoringCache {
  private slots: ModelSlots | null = null;
  private costMemo = new KeyedMemo<(CostEstimate | undefined)[]>(COST_INPUT_SETS, () => []);
  private monthlyMemo = new KeyedMemo<Float64Array>(COST_INPUT_SETS, () => new Float64Array(0));
  private blendedMemo = new KeyedMemo<Float64Array>(COST_INPUT_SETS, () => new Float64Array(0));
  private supersededMemo = new KeyedMemo<Uint8Array>(MAX_SUPERSESSION_SETS, () => new Uint8Array(0));

  private bind(catalog: Catalog): void {
    const slots = modelSlots(catalog);
    if (this.slots === slots) return;
    const n = slots.models.length;
    const sets = costInputSetsFor(n);
    this.slots = slots;
    this.costMemo = new KeyedMemo(sets, () => new Array<CostEstimate | undefined>(n));
    this.monthlyMemo = new KeyedMemo(sets, () => new Float64Array(n).fill(NOT_PRICED));
    this.blendedMemo = new KeyedMemo(sets, () => new Float64Array(n).fill(NOT_PRICED));
    this.supersededMemo = new KeyedMemo(supersessionSetsFor(n), () => new Uint8Array(n));
  }

  /** Whole estimates under one set of cost inputs, by slot. */
  costs(catalog: Catalog, key: string): (CostEstimate | undefined)[] {
    this.bind(catalog);
    return this.costMemo.table(key);
  }

  /**
   * Monthly figures alone, by slot, for the sensitivity search's edits: it needs the cheapest
   * and dearest figure over the candidates (see candidateCostRange).
   */
  monthly(catalog: Catalog, key: string): Float64Array {
    this.bind(catalog);
    return this.monthlyMemo.table(key);
  }

  /** Blended list prices alone, by slot (with the monthly figures, all a cost range needs). */
  blended(catalog: Catalog, key: string): Float64Array {
    this.bind(catalog);
    return this.blendedMemo.table(key);
  }

  /**
   * Which candidates a later release of their line supersedes under one set of requirements
   * (requirementsKey), by slot: 0 not walked yet, 1 not superseded, 2 superseded (see
   * supersededTest). Walking every line of the catalogue was a quarter of a recommendation at
   * 100× today's catalogue, though a bot ranks under the same requirements on every turn of a
   * thread, and a recommendation's own search repeats them.
   */
  superseded(catalog: Catalog, key: string): Uint8Array {
    this.bind(catalog);
    return this.supersededMemo.table(key);
  }
}

/**
 * Sets of requirements whose supersession answers a cache keeps: one byte per model each, so up
 * to MAX_SUPERSESSION_SETS while they hold at most SUPERSESSION_SLOTS bytes, never fewer than
 * MIN_SUPERSESSION_SETS (the 6 kinds of team the scale bench repeats use 9).
 */
const MAX_SUPERSESSION_SETS = 256;
const MIN_SUPERSESSION_SETS = 32;
const SUPERSESSION_SLOTS = 2_000_000;
const supersessionSetsFor = (models: number): number =>
  keysWithin(SUPERSESSION_SLOTS, models, MIN_SUPERSESSION_SETS, MAX_SUPERSESSION_SETS);

/**
 * What decides whether a release is superseded in a pass: its admissions, costs and budget, the
 * job's quality tables and the rank groups are all read from the requirements (and the cost
 * assumptions, which are the cache's own), so the whole requirements are the key: a field that
 * decides none of them only costs a memo miss, a field left out of a narrower key would be a
 * wrong answer. Numbers JSON cannot write (NaN, Infinity: all null to it) are written as text.
 */
export function requirementsKey(req: Requirements, quoter: SelfHostQuoter | undefined): string {
  return `${quoter ? 1 : 0}|${JSON.stringify(req, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v))}`;
}

export function newScoringCache(): ScoringCache {
  return new ScoringCache();
}

/**
 * A cache shared by every recommendation on this catalogue with the same cost assumptions (the
 * self-hosting edits, as a key): cost estimates are pure functions of their keys, and a bot is
 * asked about the same volumes again and again. Bounded by keys (see COST_INPUT_SETS) and in
 * slots over all of a catalogue's caches: up to MAX_ASSUMPTION_SETS sets of assumptions while
 * their tables stay within SHARED_COST_SLOTS, never fewer than MIN_ASSUMPTION_SETS (the 6 kinds
 * of team the scale bench repeats use 3). The oldest set goes when full (all of them went at
 * once before, the ones in use too).
 */
const MAX_ASSUMPTION_SETS = 64;
const MIN_ASSUMPTION_SETS = 4;
const SHARED_COST_SLOTS = 6_000_000;
const sharedCaches = new WeakMap<Catalog, Map<string, ScoringCache>>();

/** Sets of cost assumptions kept per catalogue of `models` models (see SHARED_COST_SLOTS). */
const assumptionSetsFor = (models: number): number =>
  keysWithin(SHARED_COST_SLOTS, models * costInputSetsFor(models), MIN_ASSUMPTION_SETS, MAX_ASSUMPTION_SETS);

export function sharedScoringCache(catalog: Catalog, assumptionsKey: string): ScoringCache {
  let byKey = sharedCaches.get(catalog);
  if (!byKey) {
    byKey = new Map();
    sharedCaches.set(catalog, byKey);
  }
  let cache = byKey.get(assumptionsKey);
  if (!cache) {
    if (byKey.size >= assumptionSetsFor(modelSlots(catalog).models.length)) {
      const oldest = byKey.keys().next();
      if (!oldest.done) byKey.delete(oldest.value);
    }
    cache = newScoringCache();
    byKey.set(assumptionsKey, cache);
  }
  return cache;
}

/**
 * Licence verdicts depend only on the model, its licence and the team's facts, and teams ask
 * with few distinct fact sets, so verdicts are kept per catalogue across recommendations
 * (bounded by fact sets: see KeyedMemo).
 */
const FACT_SETS = 64;
type LicenceMemo = KeyedMemo<Map<string, LicenceCheck>>;
const licenceMemos = new WeakMap<Catalog, LicenceMemo>();

function licenceMemo(catalog: Catalog): LicenceMemo {
  let memo = licenceMemos.get(catalog);
  if (!memo) {
    memo = new KeyedMemo(FACT_SETS, () => new Map());
    licenceMemos.set(catalog, memo);
  }
  return memo;
}

interface Step {
  model: Model;
  /** The model's slot (see model-slots.ts), or -1 for a model not in the catalogue. */
  slot: number;
  /** See availabilityReason. */
  unavailable: string | null;
}
const walks = new WeakMap<Catalog, Step[]>();

/**
 * Every run walks the models in slot order (by id), each with what rules it out whatever the
 * team says, found once per catalogue (a lookup per model and run was a tenth of the ranking's
 * time at 100× today's catalogue).
 */
function catalogueWalk(catalog: Catalog): Step[] {
  let walk = walks.get(catalog);
  if (!walk) {
    walk = modelSlots(catalog).models.map((model, slot) => ({ model, slot, unavailable: availabilityReason(model) }));
    walks.set(catalog, walk);
  }
  return walk;
}

/** Why a model can never be recommended, whatever the team says (memoized: it depends on the model alone). */
const availabilityMemo = new WeakMap<Model, string | null>();

function availabilityReason(model: Model): string | null {
  const known = availabilityMemo.get(model);
  if (known !== undefined) return known;
  let reason: string | null = null;
  if (model.kind === "library") reason = `${model.name} is a software library, not a model`;
  else if (model.kind === "unreleased") reason = `${model.name} was never released (no weights, no API)`;
  else if (model.strengths.includes("embedding-encoder"))
    reason = `${model.name} is an encoder model (embeddings, classification), not a text generator`;
  else if (withdrawnByLab(model) && !model.openWeights) reason = `${model.name} is ${model.status} by its provider`;
  else if (!model.openWeights && model.offerings.length === 0)
    reason = `${model.name} has neither downloadable weights nor an API offering in the catalogue`;
  availabilityMemo.set(model, reason);
  return reason;
}

/**
 * Open weights whose lab withdrew the model from its own API: the lab's endpoint is gone, but other
 * hosts of the weights (Deep Infra, Bedrock, …) keep serving it and a team can run the weights
 * itself, so only the lab's own offering is dropped (the lead engineer's decision, issue 12). A
 * closed model withdrawn by its lab is ruled out altogether (availabilityReason). The answer names
 * the retirement (later-group-notes.ts, answers/retirement.ts).
 */
function withoutLabApi(model: Model): Model {
  if (!model.openWeights || !withdrawnByLab(model)) return model;
  const kept = model.offerings.filter((o) => !isLabApi(o));
  return kept.length === model.offerings.length ? model : { ...model, offerings: kept };
}

/** How a candidate's model was narrowed from the catalogue's (see applyConstraints). */
export type Narrowing = "none" | "hosting" | "api";

/**
 * Cost cache keys of one set of requirements, one per narrowing, built once per pass: a key
 * made per model would be hashed per model (the memo lookups dominated the ranking's profile).
 * The narrowing is named by the requirements that decide it (the hosting rules) rather than by
 * the narrowed offerings, so the key is cheap and rankings that narrow alike share estimates.
 */
export interface CostKeys {
  none: string;
  hosting: string;
  api: string;
}

export function costKeysOf(req: Requirements, quoter?: SelfHostQuoter): CostKeys {
  const v = req.volume;
  const inputs = `${mustSelfHost(req)}|${req.deployment === "any-api" ? "api-only" : ""}|${req.onDevice ? "device" : ""}|${pricedAtBatchRates(req) ? "batch" : ""}|${v ? `${v.inputTokensPerMonth}/${v.outputTokensPerMonth}/${v.cachedInputTokensPerMonth}` : "-"}|${assumedInputShare(req.useCase)}|${quoter ? 1 : 0}`;
  const hosting = hostingRulesKey(req);
  return { none: `|${inputs}`, hosting: `|${hosting}|${inputs}`, api: `api|${hosting}|${inputs}` };
}

/** A model's cost estimate through `costs`, the cache's table for its cost inputs (usable: the model as the team can use it). */
function cachedCost(
  slot: number,
  usable: Model,
  costs: (CostEstimate | undefined)[],
  req: Requirements,
  quoter: SelfHostQuoter | undefined,
): CostEstimate {
  let cost = slot >= 0 ? costs[slot] : undefined;
  if (!cost) {
    cost = estimateMonthlyCost(usable, req, quoter);
    if (slot >= 0) costs[slot] = cost;
  }
  return cost;
}

/**
 * What one model is to a team, apart from its cost: ruled out (and why), or usable as `usable`
 * under `terms`. Depends on the model and on the requirements that admissionKey names.
 */
type Admission =
  | RuledOut
  | {
      out: false;
      model: Model;
      usable: Model;
      terms: License;
      verdict: LicenseVerdict;
      narrowing: Narrowing;
      slot: number;
      /** See Candidate. */
      firstParty: boolean;
      preview: boolean;
      unread: boolean;
      apiUnchecked: boolean;
      codeNamed: boolean;
      speed: number;
      /** The budget exclusion last listed for this model (see budgetExclusionOf). */
      overBudget?: OverBudget;
      /**
       * The candidate last made from this admission (see applyConstraints): a thread re-ranks
       * under the same requirements on every turn, and a candidate is the admission plus its
       * cost, so one made with the same cost estimate is the same candidate.
       */
      candidate?: Candidate;
    };

/**
 * The requirements that decide admissions: all but those that only weigh, price or describe
 * (cost and budget are applied per pass, from the cost memo). Leaving fields out by name, not
 * picking the ones in, means a new hard filter is part of the key without anyone remembering to.
 */
const NOT_ADMISSION: ReadonlySet<keyof Requirements> = new Set<keyof Requirements>([
  "volume",
  "monthlyBudgetUsd",
  "statedBudget",
  "priorities",
  "mlOpsExperience",
  "useCase",
  "languages",
  "latency",
  "gpuHourlyUsd",
  "peakToAverage",
  "moderation",
]);

function admissionKey(req: Requirements): string {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(req)) if (!NOT_ADMISSION.has(k as keyof Requirements)) kept[k] = v;
  // Owned GPUs are judged at the use case's usual context when none is stated, so then the use
  // case decides admissions too (left out, a coding team's 32k verdict was reused for a chat team).
  if (req.ownedGpus || req.namedGpus) kept.fitContext = fitContext(req);
  // A counted item's size is a hard context need (requirements.ts hardContextNeed), read from the
  // volume; its noun is in the reason the admission keeps.
  const hard = hardContextNeed(req);
  if (hard?.item !== undefined) kept.itemContext = [hard.tokens, hard.item];
  // Work that waits (latency "batch") is priced at batch rates, so latency decides the usable offerings then.
  if (pricedAtBatchRates(req)) kept.batchRates = true;
  // A quality bar is read for the team's job and languages.
  if (req.qualityFloor) Object.assign(kept, { barJob: req.useCase ?? null, barLanguages: req.languages ?? [] });
  // Safety classifiers are admitted for a moderation job only, and the reason one is ruled out
  // names the job: without it in the key, a summarisation team was told a classifier is "not for
  // writing and drafting", the job of the team whose admissions it reused.
  if (isModerationJob(req)) kept.moderationJob = true;
  else kept.offJob = req.useCase ?? null;
  return JSON.stringify(kept);
}

/**
 * Admissions per catalogue and admission key, in walk order: a recommendation ranks under its
 * own requirements and a few edited ones (the sensitivity search), and a bot is asked again and
 * again under the same ones, so a pass costs one cost lookup per admitted model. Bounded by keys
 * (memory: at most ADMISSION_SETS arrays of one small record per model).
 */
const ADMISSION_SETS = 32;
const admissionMemos = new WeakMap<Catalog, Map<string, Admission[]>>();

function admissionsOf(catalog: Catalog, req: Requirements): Admission[] {
  let byKey = admissionMemos.get(catalog);
  if (!byKey) {
    byKey = new Map();
    admissionMemos.set(catalog, byKey);
  }
  const key = admissionKey(req);
  let list = byKey.get(key);
  if (!list) {
    if (byKey.size >= ADMISSION_SETS) {
      const oldest = byKey.keys().next();
      if (!oldest.done) byKey.delete(oldest.value);
    }
    const facts = teamFactsOf(req);
    const licences = licenceMemo(catalog).table(JSON.stringify(facts));
    const bar = qualityBarOf(catalog, req);
    list = catalogueWalk(catalog).map((step) => admit(catalog, step, req, facts, licences, bar));
    byKey.set(key, list);
  }
  return list;
}

/**
 * A model ruled out under one admission key, and its exclusion as listed: one object, kept in the
 * admission memo, its reason written each time it is read and never kept. A ranking lists every
 * excluded model but an answer reads the reasons of a few, and at 100× today's catalogue the
 * reasons kept per model and key (a string, a listed copy and a closure each) were a third of
 * the heap the memos held, and what made its full collections pause 50-140 ms.
 * The model and the reason stay private: an exclusion compares (toEqual) and serialises by its
 * id, name, constraint and reason alone.
 */
class RuledOut implements Exclusion {
  readonly out = true;
  readonly id: string;
  readonly name: string;
  readonly #model: Model;
  readonly #why: string | ((model: Model) => string);

  constructor(
    model: Model,
    readonly constraint: ConstraintId,
    why: string | ((model: Model) => string),
  ) {
    this.id = model.id;
    this.name = model.name;
    this.#model = model;
    this.#why = why;
  }

  get model(): Model {
    return this.#model;
  }

  get reason(): string {
    const why = this.#why;
    return typeof why === "function" ? why(this.#model) : why;
  }

  toJSON(): Exclusion {
    return { id: this.id, name: this.name, constraint: this.constraint, reason: this.reason };
  }
}

// The reasons a model is ruled out, as functions of the model: shared by every model ruled out
// the same way, or closing over what the team said alone (a closure over admit's scope kept all
// of it, per model and key).
const noWeightsWanted = (m: Model) =>
  `${m.name} has no downloadable weights, and you asked for open-weights models only`;
const noWeightsWhere = (req: Requirements) => (m: Model) =>
  `${m.name} has no downloadable weights, so it cannot run ${whereItRuns(req)}`;
const licenceMissing = (m: Model) =>
  `${m.name}: its licence (${m.licenseId}) is not in the catalogue, so no verdict can be given`;
const licenceRules = (lc: LicenceCheck) => (m: Model) =>
  lc.reason() ?? `${m.name}: its licence does not allow the stated use`;
const noHostedApi = (m: Model) =>
  `${m.name} has no hosted API in the catalogue that you can use, and you use managed APIs only`;
type ContextNeed = NonNullable<ReturnType<typeof hardContextNeed>>;
const needWords = (hard: ContextNeed) =>
  hard.item === undefined
    ? `the ${formatTokens(hard.tokens)} you need`
    : `one of your ${hard.item} (${formatTokens(hard.tokens)} in a request)`;
const contextUnknown = (hard: ContextNeed) => (m: Model) =>
  `${m.name}'s context window is not in the catalogue, so it cannot be checked against ${needWords(hard)}`;
const contextTooSmall = (hard: ContextNeed) => (m: Model) =>
  hard.item === undefined
    ? `${m.name}'s context window of ${formatTokens(m.contextWindow ?? 0)} is smaller than ${needWords(hard)}`
    : `${m.name}'s context window of ${formatTokens(m.contextWindow ?? 0)} cannot hold ${needWords(hard)}`;

function admit(
  catalog: Catalog,
  { model, slot, unavailable }: Step,
  req: Requirements,
  facts: TeamFacts,
  licences: Map<string, LicenceCheck>,
  bar: QualityBar | undefined,
): Admission {
  admitted++;
  if (unavailable) return new RuledOut(model, "availability", unavailable);
  const offJob = classifierOffJobReason(model, req);
  if (offJob) return new RuledOut(model, "availability", offJob);
  const named = exclusionReason(catalog, model, catalog.licenseById.get(model.licenseId), req.exclude);
  if (named) return new RuledOut(model, "excluded", named);
  const notAllowed = allowedLicenceReason(model, catalog.licenseById.get(model.licenseId), req);
  if (notAllowed) return new RuledOut(model, "excluded", notAllowed);
  if (req.openWeightsOnly && !model.openWeights) return new RuledOut(model, "open-weights", noWeightsWanted);
  if (mustSelfHost(req) && !model.openWeights && !req.onDevice)
    return new RuledOut(model, "deployment", noWeightsWhere(req));
  const tooBig = sizeReason(model, req);
  if (tooBig) return new RuledOut(model, "size", tooBig);
  const noImages = imageInputReason(model, req);
  if (noImages) return new RuledOut(model, "image-input", noImages);
  const belowBar = bar ? belowBarReason(bar, model, slot) : null;
  if (belowBar) return new RuledOut(model, "quality-floor", belowBar);
  const tooSlow = req.latencyTarget ? latencyTargetReason(model, req.latencyTarget) : null;
  if (tooSlow) return new RuledOut(model, "latency-target", tooSlow);
  const onHardware = hardwareFit(catalog, model, req);
  if (onHardware && !onHardware.fits) return new RuledOut(model, "hardware", onHardware.reason);
  const license = catalog.licenseById.get(model.licenseId);
  if (!license) return new RuledOut(model, "no-license", licenceMissing);
  let lc = licences.get(model.id);
  if (!lc) {
    lc = new LicenceCheck(model, license, facts);
    licences.set(model.id, lc);
  }
  // Research-only weights with a commercial first-party API (Mistral Large 2, Command R):
  // usable only through the lab's own API, so scored as a closed model priced at that API.
  let usable = withoutLabApi(model);
  let throughApi = false;
  let terms = license;
  const apiLicense = model.apiLicenseId ? catalog.licenseById.get(model.apiLicenseId) : undefined;
  const firstParty = lc.excluded && apiLicense ? usable.offerings.filter((o) => o.firstParty) : [];
  // Not when the team wants open weights: through the API it is a closed model to them.
  if (lc.excluded && apiLicense && firstParty.length > 0 && !mustSelfHost(req) && !req.openWeightsOnly) {
    const viaApi = new LicenceCheck(model, license, facts, apiLicense);
    if (!viaApi.excluded) {
      lc = viaApi;
      usable = { ...usable, openWeights: false, offerings: firstParty };
      throughApi = true;
      terms = apiLicense;
    }
  }
  if (lc.excluded) {
    return new RuledOut(model, "license", licenceRules(lc));
  }
  const noShipping = redistributionReason(usable, terms, req);
  if (noShipping) return new RuledOut(model, "redistribution", noShipping);
  const hosting = applyHosting(catalog, usable, req);
  if (hosting.failure) return new RuledOut(model, hosting.failure.constraint, hosting.failure.reason);
  usable = hosting.model;
  // Managed APIs only ("no self-hosting"): open weights with no hosted API left have nowhere to run.
  if (req.deployment === "any-api" && usable.offerings.length === 0 && !req.onDevice)
    return new RuledOut(model, "deployment", noHostedApi);
  // An unknown fact never passes a stated hard requirement silently.
  const hard = hardContextNeed(req);
  const window = model.contextWindow;
  // Unknown is not "too small": held apart and said as unknown, so the team can check the model card.
  if (hard !== undefined && window === null) return new RuledOut(model, "context-unknown", contextUnknown(hard));
  if (hard !== undefined && window !== null && window < hard.tokens)
    return new RuledOut(model, "context", contextTooSmall(hard));
  const narrowing: Narrowing = usable === model ? "none" : throughApi ? "api" : "hosting";
  return {
    out: false,
    model,
    usable,
    terms,
    verdict: lc.verdict,
    narrowing,
    slot,
    firstParty: hasFirstParty(usable),
    preview: isPreview(usable),
    unread: licenceUnread(terms),
    apiUnchecked: apiHostsUnchecked(catalog, usable, req),
    codeNamed: isCodeSpecialised(usable),
    speed: speedValue(usable),
    overBudget: undefined,
    candidate: undefined,
  };
}

/**
 * A model the budget rules out, its reason written when read: a ranking lists every model over
 * the budget and an answer reads the reasons of a few (formatting two amounts per model and
 * ranking was a tenth of a ranking under a tight budget at 100× today's catalogue). Written each
 * time and not kept, like RuledOut's (kept, with a closure each, they filled the heap the
 * admission memos held).
 */
class OverBudget implements Exclusion {
  readonly constraint = "budget";
  readonly id: string;
  readonly name: string;
  readonly #model: Model;
  readonly #cost: CostEstimate;
  readonly #budget: string;

  constructor(model: Model, cost: CostEstimate, budget: string) {
    this.id = model.id;
    this.name = model.name;
    this.#model = model;
    this.#cost = cost;
    this.#budget = budget;
  }

  /** Made for this cost and budget (a thread re-ranks under the same ones on every turn). */
  madeFor(cost: CostEstimate, budget: string): boolean {
    return this.#cost === cost && this.#budget === budget;
  }

  get reason(): string {
    const cost = this.#cost;
    const monthly = cost.monthlyUsd;
    const name = this.#model.name;
    return monthly === null
      ? `${name} cannot be checked against your ${this.#budget}/month budget: ${cost.label}`
      : `${name} would cost about ${formatUsd(monthly)}/month at your volume (cheapest option: ${cost.label}), over your ${this.#budget} budget`;
  }

  toJSON(): Exclusion {
    return { id: this.id, name: this.name, constraint: this.constraint, reason: this.reason };
  }
}

/**
 * The admitted model's budget exclusion under this cost and budget: the one listed last when both
 * are the same (a thread re-ranks under the same requirements on every turn, and a tight budget
 * rules out thousands of models per ranking at 100× today's catalogue), else a new one.
 */
function budgetExclusionOf(a: Extract<Admission, { out: false }>, cost: CostEstimate, budget: string): Exclusion {
  const last = a.overBudget;
  if (last?.madeFor(cost, budget)) return last;
  return (a.overBudget = new OverBudget(a.model, cost, budget));
}

/** Ruled out by the budget: no figure to check, or over it (no budget without a volume). */
function overBudget(monthly: number | null, budget: number | undefined): boolean {
  return budget !== undefined && (monthly === null || monthly > budget);
}

/**
 * The admissions of a pass that checks only some models (the sensitivity search's #1 and #2, and
 * the releases of their lines), by slot, kept per catalogue and admission key like the whole
 * lists (and as many keys): the search asks the same few models under the same edits on every
 * recommendation with the same requirements, and admitting them anew (licence, hosting and
 * context checks, an offerings list per narrowed model) was most of what it allocated outside
 * the rankings at 10× today's catalogue. A key whose whole list is memoized reads that list.
 * A table holds a few models, so it keeps more keys than the whole lists do: a recommendation
 * tries up to a dozen edits, and a bot answers several sets of requirements in turn.
 */
const SOME_ADMISSION_SETS = 256;
const someMemos = new WeakMap<Catalog, KeyedMemo<Map<number, Admission>>>();

/** Admissions made (admit calls): a test checks that a repeated recommendation admits no model anew. */
let admitted = 0;
export const admissionsMade = (): number => admitted;

/** Release lines walked for a whole pass: a test checks that a pass under requirements seen before walks none. */
let lineWalks = 0;
export const releaseLineWalks = (): number => lineWalks;

/**
 * The admission of a model for a pass that checks only some models, from the memo where it was
 * admitted before: one per pass, so the key and the memo's table are found once.
 */
function someAdmitter(catalog: Catalog, req: Requirements): (model: Model) => Admission {
  const key = admissionKey(req);
  const whole = admissionMemos.get(catalog)?.get(key);
  const { slotOf } = modelSlots(catalog);
  let memo = someMemos.get(catalog);
  if (!memo) {
    memo = new KeyedMemo(SOME_ADMISSION_SETS, () => new Map());
    someMemos.set(catalog, memo);
  }
  const made = whole ? undefined : memo.table(key);
  let inputs: { facts: TeamFacts; licences: Map<string, LicenceCheck>; bar: QualityBar | undefined } | undefined;
  return (model) => {
    const slot = slotOf.get(model.id) ?? -1;
    const kept = slot < 0 ? undefined : whole ? whole[slot] : made?.get(slot);
    if (kept && kept.model === model) return kept;
    if (!inputs) {
      const facts = teamFactsOf(req);
      inputs = { facts, licences: licenceMemo(catalog).table(JSON.stringify(facts)), bar: qualityBarOf(catalog, req) };
    }
    const a = admit(
      catalog,
      { model, slot, unavailable: availabilityReason(model) },
      req,
      inputs.facts,
      inputs.licences,
      inputs.bar,
    );
    if (slot >= 0 && made) made.set(slot, a);
    return a;
  };
}

/** The admissions of one pass: the catalogue's, memoized, or only these models'. */
function passAdmissions(catalog: Catalog, req: Requirements, only: readonly Model[] | undefined): readonly Admission[] {
  return only ? only.map(someAdmitter(catalog, req)) : admissionsOf(catalog, req);
}

/**
 * A model's admission in this pass by its slot: the catalogue's memoized ones, or, when the pass
 * checks only some models (the sensitivity search's #1 and #2), each admitted when first asked, so
 * a release is judged superseded by the same successors either way.
 */
function admissionAt(
  catalog: Catalog,
  req: Requirements,
  only: readonly Model[] | undefined,
): (slot: number) => Admission | undefined {
  if (!only) {
    const all = admissionsOf(catalog, req);
    return (slot) => all[slot];
  }
  const { models } = modelSlots(catalog);
  const admitOne = someAdmitter(catalog, req);
  return (slot) => {
    const model = models[slot];
    return model ? admitOne(model) : undefined;
  };
}

/**
 * Whether an admitted release is superseded in this pass (superseded.ts): a later current release
 * of its line is admitted too, within the budget, at no higher cost, at least as good for the job
 * on the evidence (an unmeasured successor is not: Claude Opus 4.8 with no rating does not
 * supersede Opus 4.5, nor does one whose scores are all estimated from relatives), and in no later rank group (its host checked for the team's residency or
 * age terms where the release's is, say). A
 * withdrawn release is not: its own group already lists it after the current ones.
 */
function supersededTest(
  catalog: Catalog,
  req: Requirements,
  at: (slot: number) => Admission | undefined,
  costOf: (a: Extract<Admission, { out: false }>) => CostEstimate,
  budget: number | undefined,
  /**
   * Answer every release of a line when one is asked (a whole pass), keeping the answers in this
   * table by slot (see ScoringCache.superseded: answers kept from an earlier pass under the same
   * requirements are read, not walked again); without it only the one asked.
   */
  answers: Uint8Array | undefined,
): (a: Extract<Admission, { out: false }>) => boolean {
  const { lineOfSlot } = releaseLines(catalog);
  const otherJob = isJobOtherThanCode(req.useCase);
  const groups = (a: Extract<Admission, { out: false }>, cost: CostEstimate) =>
    // The fields the groups read, not a spread of the admission (a copy of all its fields per
    // release and pass was a tenth of a recommendation at 100× today's catalogue).
    groupTierOf(
      catalog,
      {
        model: a.usable,
        license: a.terms,
        cost,
        unread: a.unread,
        apiUnchecked: a.apiUnchecked,
        codeNamed: a.codeNamed,
      },
      req,
      otherJob,
    );
  // The job's quality and fit (the average the quality minimum reads), found when first needed.
  let tables: ReturnType<typeof qualityTablesOf> | undefined;
  const goodness = (a: Extract<Admission, { out: false }>) => {
    tables ??= qualityTablesOf(catalog, req);
    const c = { model: a.usable, slot: a.slot };
    return (tables.quality.scoreOf(c) + tables.fit.scoreOf(c)) / 2;
  };
  // What the line walk reads of a release in this pass; `asked` limits it to one release.
  let asked: number | undefined;
  const admitted = (slot: number) => {
    const a = at(slot);
    return a && !a.out ? a : undefined;
  };
  // A later release with no signal of its own for the job is no successor, even when its estimate
  // (taken from a relative of its line, quality.ts) equals the release's score.
  const ownEvidence = (a: Extract<Admission, { out: false }>) => {
    tables ??= qualityTablesOf(catalog, req);
    const c = { model: a.usable, slot: a.slot };
    return ownSignalForJob(tables.quality.of(c).evidence, tables.fit.of(c).evidence);
  };
  const pass: LinePass = {
    asks: (slot) => {
      const a = asked === undefined || asked === slot ? admitted(slot) : undefined;
      return a !== undefined && !withdrawnByLab(a.model) && !overBudget(costOf(a).monthlyUsd, budget);
    },
    usable: (slot) => {
      const a = admitted(slot);
      return a !== undefined && !overBudget(costOf(a).monthlyUsd, budget) && ownEvidence(a);
    },
    cost: (slot) => costOf(admitted(slot) as Extract<Admission, { out: false }>),
    good: (slot) => goodness(admitted(slot) as Extract<Admission, { out: false }>),
    group: (slot) => {
      const a = admitted(slot) as Extract<Admission, { out: false }>;
      return groups(a, costOf(a));
    },
  };
  // Per slot, once its line is walked: 1 not superseded, 2 superseded.
  return (a) => {
    const line = a.slot >= 0 ? lineOfSlot[a.slot] : undefined;
    if (!line) return false;
    if (!answers) {
      let yes = false;
      asked = a.slot;
      supersededInLine(line, pass, () => (yes = true));
      return yes;
    }
    if (answers[a.slot] === 0) {
      const table = answers;
      for (const slot of line.slots) table[slot] = 1;
      lineWalks++;
      supersededInLine(line, pass, (slot) => (table[slot] = 2));
    }
    return answers[a.slot] === 2;
  };
}

/** The cost tables of one pass, one per narrowing, each found when first needed. */
function passCosts(
  catalog: Catalog,
  req: Requirements,
  quoter: SelfHostQuoter | undefined,
  cache: ScoringCache,
): (a: Extract<Admission, { out: false }>) => CostEstimate {
  const keys = costKeysOf(req, quoter);
  let none: (CostEstimate | undefined)[] | undefined;
  let hosting: (CostEstimate | undefined)[] | undefined;
  let api: (CostEstimate | undefined)[] | undefined;
  return (a) => {
    const costs =
      a.narrowing === "none"
        ? (none ??= cache.costs(catalog, keys.none))
        : a.narrowing === "hosting"
          ? (hosting ??= cache.costs(catalog, keys.hosting))
          : (api ??= cache.costs(catalog, keys.api));
    return cachedCost(a.slot, a.usable, costs, req, quoter);
  };
}

export function applyConstraints(
  catalog: Catalog,
  req: Requirements,
  quoter?: SelfHostQuoter,
  cache: ScoringCache = newScoringCache(),
  /** Check only these models (the sensitivity search tests #1 and #2 alone). */
  only?: readonly Model[],
  /** Without: no exclusions are listed (the sensitivity search needs only the candidates). */
  withReasons = true,
): ConstraintResult {
  const costOf = passCosts(catalog, req, quoter, cache);
  const candidates: Candidate[] = [];
  const excluded: Exclusion[] = [];
  const budget = req.volume ? budgetUsdOf(req) : undefined;
  // The budget as the exclusions say it, written once per pass when a model is first over it.
  let budgetSaid: string | undefined;
  const range = new CostRangeScan();
  const good = goodEnoughTest(catalog, req);
  const admissions = passAdmissions(catalog, req, only);
  const superseded = supersededTest(
    catalog,
    req,
    admissionAt(catalog, req, only),
    costOf,
    budget,
    only ? undefined : cache.superseded(catalog, requirementsKey(req, quoter)),
  );
  // Indexed loops here and below: a for-of over the admissions made an iterator result per model
  // (the largest share of what a recommendation allocated at 100× today's catalogue).
  for (let i = 0; i < admissions.length; i++) {
    const a = admissions[i] as Admission;
    if (a.out) {
      if (withReasons) excluded.push(a);
      continue;
    }
    const { usable, narrowing, slot } = a;
    const cost = costOf(a);
    const monthly = cost.monthlyUsd;
    if (overBudget(monthly, budget)) {
      if (withReasons)
        excluded.push(budgetExclusionOf(a, cost, (budgetSaid ??= budgetWords(req) ?? formatUsd(budget ?? 0))));
      continue;
    }
    const later = superseded(a);
    let candidate = a.candidate;
    if (candidate?.cost !== cost || (candidate.superseded ?? false) !== later) {
      candidate = {
        model: usable,
        license: a.terms,
        verdict: a.verdict,
        cost,
        narrowing,
        slot,
        firstParty: a.firstParty,
        preview: a.preview,
        unread: a.unread,
        apiUnchecked: a.apiUnchecked,
        codeNamed: a.codeNamed,
        speed: a.speed,
        superseded: later,
      };
      a.candidate = candidate;
    }
    candidates.push(candidate);
    range.add(monthly, cost.blendedPerMTok, good === undefined || good(candidate));
  }
  return { candidates, excluded, costRange: range.range() };
}

/** How many times visitCandidates has walked a catalogue: a test counts the sensitivity search's whole-catalogue passes. */
let visits = 0;
export const candidateVisits = (): number => visits;

/**
 * The candidates applyConstraints would give, in the same order, each handed to `visit` as one
 * reused object whose fields are overwritten per model (`visit` must not keep it): the
 * sensitivity search's leader pass scores every candidate of an edit once and keeps a few
 * numbers, and building a candidate object per model and edit was most of what it allocated.
 */
export function visitCandidates(
  catalog: Catalog,
  req: Requirements,
  quoter: SelfHostQuoter | undefined,
  cache: ScoringCache,
  visit: (c: Candidate) => void,
): void {
  visits++;
  const costOf = passCosts(catalog, req, quoter, cache);
  const budget = req.volume ? budgetUsdOf(req) : undefined;
  const admissions = admissionsOf(catalog, req);
  const superseded = supersededTest(
    catalog,
    req,
    admissionAt(catalog, req, undefined),
    costOf,
    budget,
    cache.superseded(catalog, requirementsKey(req, quoter)),
  );
  let c: Candidate | undefined;
  for (let i = 0; i < admissions.length; i++) {
    const a = admissions[i] as Admission;
    if (a.out) continue;
    const cost = costOf(a);
    if (overBudget(cost.monthlyUsd, budget)) continue;
    if (!c)
      c = {
        model: a.usable,
        license: a.terms,
        verdict: a.verdict,
        cost,
        narrowing: a.narrowing,
        slot: a.slot,
        firstParty: a.firstParty,
        preview: a.preview,
        unread: a.unread,
        apiUnchecked: a.apiUnchecked,
        codeNamed: a.codeNamed,
        speed: a.speed,
        superseded: superseded(a),
      };
    else {
      c.model = a.usable;
      c.license = a.terms;
      c.verdict = a.verdict;
      c.cost = cost;
      c.narrowing = a.narrowing;
      c.slot = a.slot;
      c.firstParty = a.firstParty;
      c.preview = a.preview;
      c.unread = a.unread;
      c.apiUnchecked = a.apiUnchecked;
      c.codeNamed = a.codeNamed;
      c.speed = a.speed;
      c.superseded = superseded(a);
    }
    visit(c);
  }
}

/** The cost figures every candidate's cost score is relative to (see ScoringPool). */
export interface CostRange {
  cheapestMonthly: number | null;
  priciestMonthly: number | null;
  /**
   * The cheapest of the candidates that reach the job's minimum (quality-minimum.ts goodEnoughTest),
   * null when none is priced: what cost scores are read from (rank.ts poolWith).
   */
  cheapestGoodMonthly: number | null;
  cheapestGoodBlended: number | null;
  cheapestBlended: number | null;
  priciestBlended: number | null;
}

/**
 * A cost range found one figure at a time, in plain double fields (updated in place) and flags:
 * a CostRange of number | null boxes every new cheapest or dearest figure, a number per model
 * and pass over a large catalogue.
 */
class CostRangeScan {
  private seenMonthly = false;
  private cheapestMonthly = 0;
  private priciestMonthly = 0;
  private seenBlended = false;
  private cheapestBlended = 0;
  private priciestBlended = 0;
  private seenGoodMonthly = false;
  private cheapestGoodMonthly = 0;
  private seenGoodBlended = false;
  private cheapestGoodBlended = 0;

  /** Takes in one cost: its monthly figure and blended price per 1M tokens (null: none). */
  add(m: number | null, b: number | null, good: boolean): void {
    if (m !== null) this.addMonthly(m, good);
    if (b !== null) this.addBlended(b, good);
  }

  // A figure passed as `number | null` is a boxed number: a pass over a table of figures calls
  // these with plain numbers instead (at 100× today's catalogue, boxing two figures per model and
  // cost range was a quarter of what a recommendation allocated).
  addMonthly(m: number, good: boolean): void {
    if (good && (!this.seenGoodMonthly || m < this.cheapestGoodMonthly)) {
      this.cheapestGoodMonthly = m;
      this.seenGoodMonthly = true;
    }
    if (!this.seenMonthly || m < this.cheapestMonthly) this.cheapestMonthly = m;
    if (!this.seenMonthly || m > this.priciestMonthly) this.priciestMonthly = m;
    this.seenMonthly = true;
  }

  addBlended(b: number, good: boolean): void {
    if (good && (!this.seenGoodBlended || b < this.cheapestGoodBlended)) {
      this.cheapestGoodBlended = b;
      this.seenGoodBlended = true;
    }
    if (!this.seenBlended || b < this.cheapestBlended) this.cheapestBlended = b;
    if (!this.seenBlended || b > this.priciestBlended) this.priciestBlended = b;
    this.seenBlended = true;
  }

  range(): CostRange {
    return {
      cheapestMonthly: this.seenMonthly ? this.cheapestMonthly : null,
      priciestMonthly: this.seenMonthly ? this.priciestMonthly : null,
      cheapestGoodMonthly: this.seenGoodMonthly ? this.cheapestGoodMonthly : null,
      cheapestGoodBlended: this.seenGoodBlended ? this.cheapestGoodBlended : null,
      cheapestBlended: this.seenBlended ? this.cheapestBlended : null,
      priciestBlended: this.seenBlended ? this.priciestBlended : null,
    };
  }
}

/** The cost range of these candidates (`openOnly`: of the open-weights ones alone). */
export function costRangeOfCandidates(
  candidates: readonly Candidate[],
  good: ((c: Candidate) => boolean) | undefined,
  openOnly = false,
): CostRange {
  const scan = new CostRangeScan();
  // An indexed loop: it runs per ranking over every candidate.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    if (!openOnly || c.model.openWeights)
      scan.add(c.cost.monthlyUsd, c.cost.blendedPerMTok, good === undefined || good(c));
  }
  return scan.range();
}

/**
 * The admitted models of one admission list as three typed columns, in walk order: a cost range
 * pass (candidateCostRange, a dozen per recommendation) reads only these and two typed tables,
 * so it touches no admission object and holds no number in a variable that could be boxed (the
 * pass over the admission objects, mixing table reads with estimate fields, allocated a heap
 * number per admitted model and pass: a quarter of what a recommendation allocated at 100×).
 */
interface AdmittedColumns {
  /** Each admitted model's slot, its narrowing (an index into NARROWINGS) and its admission. */
  slots: Int32Array;
  narrowings: Uint8Array;
  at: Int32Array;
}
const NARROWINGS: readonly Narrowing[] = ["none", "hosting", "api"];
const admittedMemo = new WeakMap<readonly Admission[], AdmittedColumns>();

function admittedColumns(admissions: readonly Admission[]): AdmittedColumns {
  let cols = admittedMemo.get(admissions);
  if (!cols) {
    const kept: number[] = [];
    for (let i = 0; i < admissions.length; i++) if (!(admissions[i] as Admission).out) kept.push(i);
    cols = {
      slots: new Int32Array(kept.length),
      narrowings: new Uint8Array(kept.length),
      at: Int32Array.from(kept),
    };
    for (let k = 0; k < kept.length; k++) {
      const a = admissions[kept[k] as number] as Extract<Admission, { out: false }>;
      cols.slots[k] = a.slot;
      cols.narrowings[k] = NARROWINGS.indexOf(a.narrowing);
    }
    admittedMemo.set(admissions, cols);
  }
  return cols;
}

/** Prices an admitted model into the monthly and blended tables (NO_FIGURE where there is none). */
function priceInto(
  a: Extract<Admission, { out: false }>,
  req: Requirements,
  quoter: SelfHostQuoter | undefined,
  monthly: Float64Array,
  blended: Float64Array,
): void {
  const cost = estimateMonthlyCost(a.usable, req, quoter);
  monthly[a.slot] = cost.monthlyUsd ?? NO_FIGURE;
  blended[a.slot] = cost.blendedPerMTok ?? NO_FIGURE;
}

/**
 * The cost range over the candidates applyConstraints would give, without building them: the
 * sensitivity search needs only this (and #1 and #2) for an edit that changes who is admitted.
 * Only the two figures per model are kept (ScoringCache.monthly and .blended): whole estimates
 * for every edited set of requirements were most of the heap at 100× today's catalogue, and a
 * heap that size made every garbage collection slow.
 */
export function candidateCostRange(
  catalog: Catalog,
  req: Requirements,
  quoter?: SelfHostQuoter,
  cache: ScoringCache = newScoringCache(),
): CostRange {
  const keys = costKeysOf(req, quoter);
  const budget = req.volume ? budgetUsdOf(req) : undefined;
  const limited = budget !== undefined;
  const limit = budget ?? 0;
  const scan = new CostRangeScan();
  const good = goodEnoughTest(catalog, req);
  const admissions = admissionsOf(catalog, req);
  const { slots, narrowings, at } = admittedColumns(admissions);
  // The tables of each narrowing (see costKeysOf), found when first needed.
  const monthlyBy: (Float64Array | undefined)[] = [undefined, undefined, undefined];
  const blendedBy: (Float64Array | undefined)[] = [undefined, undefined, undefined];
  for (let k = 0; k < slots.length; k++) {
    const n = narrowings[k] as number;
    let monthly = monthlyBy[n];
    let blended = blendedBy[n];
    if (!monthly || !blended) {
      const key = keys[NARROWINGS[n] as Narrowing];
      monthly = monthlyBy[n] = cache.monthly(catalog, key);
      blended = blendedBy[n] = cache.blended(catalog, key);
    }
    const slot = slots[k] as number;
    if (Number.isNaN(monthly[slot]) || Number.isNaN(blended[slot]))
      priceInto(admissions[at[k] as number] as Extract<Admission, { out: false }>, req, quoter, monthly, blended);
    const m = monthly[slot] as number;
    const b = blended[slot] as number;
    const priced = m !== NO_FIGURE;
    // overBudget: no figure to check, or over it.
    if (limited && (!priced || m > limit)) continue;
    // Whether it reaches the job's minimum, asked only of a figure that could be a new cheapest.
    const admitted = admissions[at[k] as number] as Extract<Admission, { out: false }>;
    const ok = good === undefined || good({ model: admitted.usable, slot });
    if (priced) scan.addMonthly(m, ok);
    if (b !== NO_FIGURE) scan.addBlended(b, ok);
  }
  return scan.range();
}
