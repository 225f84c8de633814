// The ranking: hard constraints, then a weighted sum of criterion scores. Deterministic: the
// same catalogue and requirements always give the same order. Equal scores are ordered by named,
// meaningful criteria (lower cost, more data control, ...); models equal on all of them are
// interchangeable, and the answer says so instead of pretending an order.
import type { Catalog } from "../catalog/catalog.js";
import type { LicenseVerdict, VerdictLevel } from "../licensing/verdict.js";
import type { SourceRef } from "../ports.js";
import {
  applyConstraints,
  candidateCostRange,
  costRangeOfCandidates,
  newScoringCache,
  requirementsKey,
  visitCandidates,
  type Candidate,
  type CostRange,
  type Exclusion,
  type ScoringCache,
} from "./constraints.js";
import { budgetScaleOf, costFloorNote } from "./cost-floor.js";
import {
  breakdownAt,
  CRITERION_AT,
  costFloor,
  evidenceOf,
  scoreCandidate,
  type Breakdown,
  type BreakdownNotes,
  type ScoreEvidence,
  type ScoringPool,
  writeBreakdown,
  writePoolScores,
  writeScoreBound,
} from "./criteria.js";
import {
  blendedListPrice,
  mustSelfHost,
  type HostingBasis,
  type ListPrice,
  type SelfHostQuote,
  type SelfHostQuoter,
} from "./monthly-cost.js";
import { qualityTablesOf } from "./quality-tables.js";
import { qualityMinimumOf, type QualityNeed } from "./quality-need.js";
import { belowMinimumOf, goodEnoughTest } from "./quality-minimum.js";
import { flagsOfTier, rankTier, TIER_BIT, type RankGroupFlags } from "./rank-groups.js";
import { isJobOtherThanCode } from "./built-for-code.js";
import { groupTierOf } from "./group-tier.js";
import { assumedInputShare, withJobSplit } from "./job-split.js";
import { contextNeed, CRITERIA, withKnownUseCase, type Criterion, type Requirements } from "./requirements.js";
import { orderByScore } from "./score-order.js";
import { weightsFor, type Weights } from "./weights.js";

export interface RankedModel {
  id: string;
  name: string;
  rank: number;
  score: number;
  breakdown: Breakdown;
  notes: BreakdownNotes;
  monthlyCostUsd: number | null;
  /**
   * For a model that reasons first with its requests counted: the monthly cost at the longest
   * published reasoning trace (monthly-cost.ts), monthlyCostUsd being the low end; else undefined.
   */
  reasoningHighUsd?: number | null;
  costLabel: string;
  costBasis: HostingBasis | null;
  /**
   * An API pick with open weights: what running them on rented GPUs would cost at the same volume
   * (the quote its estimate weighed and found dearer), or null (self-hosted already, no weights,
   * not quoted).
   */
  selfHostAlternative: SelfHostQuote | null;
  /** The provider id of the API offering the estimate uses (null when self-hosted or unpriced). */
  apiProvider: string | null;
  /** Its cheapest API list price among the hosts the team may use (shown when no volume is stated). */
  listPrice: ListPrice | null;
  licenseVerdict: VerdictLevel;
  license: LicenseVerdict;
  licenseName: string;
  sources: SourceRef[];
  /** What quality and use-case fit rest on: own signals, a relative's (estimated), or none. */
  evidence: ScoreEvidence;
  /** Its licence was never read (see licence-read.ts): ranked after every model whose licence was. */
  licenceUnread: boolean;
  /** Its quality for the job is below the job's minimum (quality-minimum.ts): ranked after every model that reaches it. */
  belowQualityMinimum: boolean;
  /**
   * It reasons before answering and is within the team's budget only at the low end of published
   * reasoning-trace lengths, over it at the longest (group-tier.ts budgetAtRiskOf): ranked after
   * every model within the budget across that range.
   */
  budgetAtRisk: boolean;
  /**
   * Its host is not on record as processing in the country the team's data must stay in
   * (residency.ts pickUnchecked): ranked after every model known to keep the data there.
   */
  residencyUnchecked: boolean;
  /**
   * The team's users include minors and the terms the pick is served under are not known to address
   * them (age-terms.ts): ranked after every pick whose terms are known.
   */
  noKnownAgeTerms: boolean;
  /** A model built for code weighed for a job that is not code (built-for-code.ts): ranked after every general model. */
  builtForOtherJob: boolean;
  /** A release its lab deprecated or retired, self-hosted (withdrawn-release.ts): ranked after every current one. */
  withdrawnByLab: boolean;
  /** A release whose line has a later one on the team's host at no higher cost (superseded.ts): ranked after every other. */
  supersededInLine: boolean;
}

export interface Ranking {
  ranked: RankedModel[];
  excluded: Exclusion[];
  weights: Weights;
  weightAdjustments: string[];
  requirements: Requirements;
  /** The candidates as the team can use them (for the sensitivity search's cost anchors). */
  candidates?: Candidate[];
  /** The candidates' cost range, the one their cost scores are relative to (the search's own anchor). */
  costRange?: CostRange;
}

export interface RankOptions {
  selfHost?: SelfHostQuoter;
  /** Use these weights instead of the ones derived from the requirements (sensitivity search). */
  weights?: Weights;
  /** Shared by the rankings of one recommendation (see ScoringCache). */
  cache?: ScoringCache;
}

/**
 * The scores of one ranking, for every candidate at once: typed arrays, so a ranking of a large
 * catalogue keeps no object and no boxed number per score (a breakdown object with eight boxed
 * numbers per candidate was most of what survived the young-generation collections at 100×
 * today's catalogue, each of them copied and then promoted to be collected again). With them, what
 * every ranked model of the ranking shares (requirements, pool), so a ranked model holds one
 * reference to it instead of four.
 */
class ScoreTable {
  /** Candidate i's criterion scores at i × CRITERIA.length, in CRITERIA order (see writeBreakdown). */
  readonly values: Float64Array;
  readonly totals: Float64Array;
  /** Candidate i's group (rank-groups.ts rankTier): licence unread, below the job's quality minimum, residency or age terms not checked, built for code, withdrawn by its lab, superseded in its line. */
  readonly tier: Uint8Array;

  constructor(
    n: number,
    readonly req: Requirements,
    readonly pool: ScoringPool,
  ) {
    this.values = new Float64Array(n * CRITERIA.length);
    this.totals = new Float64Array(n);
    this.tier = new Uint8Array(n);
  }

  /** Candidate i's breakdown as a plain object, keys in CRITERIA order (the same numbers, bit for bit). */
  breakdown(i: number): Breakdown {
    return breakdownAt(this.values, i * CRITERIA.length);
  }
}

/** What a ranked model makes when first asked (an answer asks for those of a few). */
interface Shown {
  breakdown?: Breakdown;
  detail?: ReturnType<typeof scoreCandidate>;
  evidence?: ScoreEvidence;
  sources?: SourceRef[];
}

/**
 * A ranked candidate: its scores live in the ranking's ScoreTable, and everything else is read
 * from its candidate when asked; its breakdown object, evidence, notes and sources are made when
 * first read (an answer shows those of a few, and a ranking of a large catalogue that kept every
 * note spent most of its time in the garbage collector). Five fields: a ranking makes one per
 * candidate, and at 100× today's catalogue these were the largest share of what it allocated.
 */
class Ranked implements RankedModel {
  rank = 0;
  private shown: Shown | undefined;

  constructor(
    private readonly candidate: Candidate,
    private readonly table: ScoreTable,
    /** The candidate's row in the table. */
    readonly at: number,
  ) {}

  get id(): string {
    return this.candidate.model.id;
  }
  get name(): string {
    return this.candidate.model.name;
  }
  get score(): number {
    return this.table.totals[this.at] as number;
  }
  // The bits of rank-groups.ts rankTier (TIER_BIT).
  get licenceUnread(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.licenceUnread) !== 0;
  }
  get belowQualityMinimum(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.belowQualityMinimum) !== 0;
  }
  get budgetAtRisk(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.budgetAtRisk) !== 0;
  }
  get residencyUnchecked(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.residencyUnchecked) !== 0;
  }
  get noKnownAgeTerms(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.noKnownAgeTerms) !== 0;
  }
  get builtForOtherJob(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.builtForOtherJob) !== 0;
  }
  get withdrawnByLab(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.withdrawnByLab) !== 0;
  }
  get supersededInLine(): boolean {
    return ((this.table.tier[this.at] as number) & TIER_BIT.supersededInLine) !== 0;
  }
  private get made(): Shown {
    return (this.shown ??= {});
  }
  get breakdown(): Breakdown {
    return (this.made.breakdown ??= this.table.breakdown(this.at));
  }
  get monthlyCostUsd(): number | null {
    return this.candidate.cost.monthlyUsd;
  }
  get reasoningHighUsd(): number | null | undefined {
    return this.candidate.cost.reasoningHighUsd;
  }
  get costLabel(): string {
    return this.candidate.cost.label;
  }
  get selfHostAlternative(): SelfHostQuote | null {
    const cost = this.candidate.cost;
    return cost.basis === "api" ? (cost.selfHost ?? null) : null;
  }
  get costBasis(): HostingBasis | null {
    return this.candidate.cost.basis;
  }
  get apiProvider(): string | null {
    const cost = this.candidate.cost;
    return cost.basis === "api" ? (cost.api?.provider ?? null) : null;
  }
  get listPrice(): ListPrice | null {
    const req = this.table.req;
    return mustSelfHost(req) ? null : blendedListPrice(this.candidate.model, assumedInputShare(req.useCase));
  }
  get licenseVerdict(): VerdictLevel {
    return this.candidate.verdict.verdict;
  }
  get license(): LicenseVerdict {
    return this.candidate.verdict;
  }
  get licenseName(): string {
    return this.candidate.license.name;
  }

  private get scored(): ReturnType<typeof scoreCandidate> {
    return (this.made.detail ??= scoreCandidate(this.candidate, this.table.req, this.table.pool));
  }

  get evidence(): ScoreEvidence {
    return (this.made.evidence ??= evidenceOf(this.candidate, this.table.req, this.table.pool));
  }

  get notes(): BreakdownNotes {
    return this.scored.notes;
  }

  /** The cost's sources, then the quality signals actually used (not every benchmark on file). */
  get sources(): SourceRef[] {
    const made = this.made;
    if (!made.sources) {
      const c = this.candidate;
      made.sources = [
        ...c.cost.sources,
        ...this.scored
          .qualitySignals()
          .map((q) =>
            /^https?:\/\//.test(q.source)
              ? { label: `${c.model.name}: ${q.name}`, url: q.source, asOf: q.asOf }
              : { label: `${c.model.name}: ${q.name} (${q.source})`, asOf: q.asOf },
          ),
      ];
    }
    return made.sources;
  }
}

/** Scores closer than this count as equal, so float noise never decides an order. */
const TIE = 1e-9;

export function weightedScore(breakdown: Breakdown, weights: Weights): number {
  // An indexed loop, not reduce with a closure or an iterator: it runs per candidate and pass.
  let sum = 0;
  for (let i = 0; i < CRITERIA.length; i++) {
    const c = CRITERIA[i] as Criterion;
    sum += weights[c] * breakdown[c];
  }
  return sum;
}

/** The weights in CRITERIA order, for weightedScoreAt. */
function weightRow(weights: Weights): Float64Array {
  return Float64Array.from(CRITERIA, (c) => weights[c]);
}

/** weightedScore of a row of scores (see writeBreakdown): the same sum in the same order, so the same bits. */
function weightedScoreAt(values: Float64Array, at: number, w: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < CRITERIA.length; k++) sum += (w[k] as number) * (values[at + k] as number);
  return sum;
}

/** What every candidate's scores are relative to: the cheapest candidate, the cost floor, the signals. */
export function poolFor(catalog: Catalog, req: Requirements, candidates: readonly Candidate[]): ScoringPool {
  return poolWith(catalog, req, costRangeOfCandidates(candidates, goodEnoughTest(catalog, req)));
}

/** The pool for these requirements with a cost range found elsewhere (the sensitivity search's anchors). */
export function poolWith(catalog: Catalog, req: Requirements, range: CostRange): ScoringPool {
  const { quality, fit } = qualityTablesOf(catalog, req);
  const budgetScale = budgetScaleOf(req);
  return {
    // Cost is read from the cheapest candidate good enough for the job (CostRange.cheapestGoodMonthly).
    cheapestMonthly: range.cheapestGoodMonthly ?? range.cheapestMonthly,
    costFloorUsd: costFloor(req),
    contextNeedTokens: contextNeed(req).tokens,
    ...(costFloorNote(req) ? { costFloorWhy: costFloorNote(req) } : {}),
    ...(budgetScale ? { budgetScale } : {}),
    cheapestBlended: range.cheapestGoodBlended ?? range.cheapestBlended,
    ...((range.cheapestGoodMonthly ?? range.cheapestMonthly) !== range.cheapestMonthly ||
    (range.cheapestGoodBlended ?? range.cheapestBlended) !== range.cheapestBlended
      ? { anchoredOnGoodEnough: true as const }
      : {}),
    priciestMonthly: range.priciestMonthly,
    priciestBlended: range.priciestBlended,
    catalog,
    qualityOf: quality.of,
    useCaseFitOf: fit.of,
    qualityScoreOf: quality.scoreOf,
    useCaseFitScoreOf: fit.scoreOf,
  };
}

export function rankModels(catalog: Catalog, stated: Requirements, options: RankOptions = {}): Ranking {
  const req = withJobSplit(withKnownUseCase(stated));
  const derived = weightsFor(req);
  const weights = options.weights ?? derived.weights;
  const { candidates, excluded, costRange } = applyConstraints(catalog, req, options.selfHost, options.cache);
  const pool = poolWith(catalog, req, costRange);
  const table = new ScoreTable(candidates.length, req, pool);
  const { totals, tier } = table;
  const w = weightRow(weights);
  const minimum = qualityMinimumOf(req);
  const otherJob = isJobOtherThanCode(req.useCase);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    const at = i * CRITERIA.length;
    writeBreakdown(c, req, pool, table.values, at);
    totals[i] = weightedScoreAt(table.values, at, w);
    tier[i] = groupTierOf(catalog, c, req, otherJob) | belowMinimumBit(minimum, table.values, at);
  }
  // compareRanked's order, read from the table (no breakdown object is made to break a tie).
  const order = orderByScore(totals, tier, TIE, (i, j) =>
    compareAt(table, totals, i, j, candidates[i] as Candidate, candidates[j] as Candidate),
  );
  const scored: Ranked[] = new Array<Ranked>(order.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const row = new Ranked(candidates[i] as Candidate, table, i);
    row.rank = k + 1;
    scored[k] = row;
  }
  const ranking: Ranking = {
    ranked: scored,
    excluded,
    weights,
    weightAdjustments: options.weights ? [] : derived.adjustments,
    requirements: req,
    candidates,
    costRange,
  };
  scoreTables.set(ranking, { table, candidates, selfHost: options.selfHost });
  return ranking;
}

/** Each ranking's score table and candidates, and the self-hosting quotes its costs came from (see reweighedLeaderAndPair). */
const scoreTables = new WeakMap<
  Ranking,
  { table: ScoreTable; candidates: readonly Candidate[]; selfHost: SelfHostQuoter | undefined }
>();

/** The requirements apart from their priorities, as a comparable string. */
const withoutPriorities = (req: Requirements) => JSON.stringify({ ...req, priorities: undefined });

/**
 * leaderAndPair for requirements that differ from the ranking's in their priorities alone: then
 * the candidates and their costs are the ranking's own (priorities decide no admission and no
 * price), and of their scores only those that read the pool can change (writePoolScores: a
 * priority can move the cost floor or the quality need), so the ranking's table is copied with
 * those rewritten and the sums re-weighed, instead of every candidate being visited, priced and
 * grouped again (a priority edit is the sensitivity search's last resort, and that was most of the
 * search at 100× today's catalogue). Undefined when the requirements differ in more.
 */
export function reweighedLeaderAndPair(
  catalog: Catalog,
  ranking: Ranking,
  edited: Requirements,
  ids: readonly [string, string],
  options: RankOptions = {},
): ReturnType<typeof leaderAndPair> | undefined {
  // The volume at the job's split, as rankModels priced the ranking's (job-split.ts).
  const req = withJobSplit(edited);
  const kept = scoreTables.get(ranking);
  if (!kept || options.weights || kept.selfHost !== options.selfHost || ranking.costRange === undefined)
    return undefined;
  if (withoutPriorities(ranking.requirements) !== withoutPriorities(req)) return undefined;
  const { candidates } = kept;
  const n = candidates.length;
  const pool = poolWith(catalog, req, ranking.costRange);
  const table = new ScoreTable(n, req, pool);
  table.values.set(kept.table.values);
  const w = weightRow(weightsFor(req).weights);
  const minimum = qualityMinimumOf(req);
  const { values, totals, tier } = table;
  let lead = -1;
  const at: [number, number] = [-1, -1];
  for (let i = 0; i < n; i++) {
    const c = candidates[i] as Candidate;
    const row = i * CRITERIA.length;
    writePoolScores(c, pool, values, row);
    totals[i] = weightedScoreAt(values, row, w);
    tier[i] = ((kept.table.tier[i] as number) & ~TIER_BIT.belowQualityMinimum) | belowMinimumBit(minimum, values, row);
    // leaderAndPair's leader: the first row, in candidate order, that no later row comes before.
    if (lead < 0 || compareAt(table, totals, i, lead, c, candidates[lead] as Candidate) < 0) lead = i;
    if (c.model.id === ids[0]) at[0] = i;
    else if (c.model.id === ids[1]) at[1] = i;
  }
  const scored = (i: number): ScoredRow | undefined => {
    const c = candidates[i];
    if (!c) return undefined;
    return {
      id: c.model.id,
      name: c.model.name,
      score: totals[i] as number,
      breakdown: table.breakdown(i),
      monthlyCostUsd: c.cost.monthlyUsd,
      ...flagsOfTier(tier[i] as number),
    };
  };
  return { leader: scored(lead), pair: [scored(at[0]), scored(at[1])] };
}

/**
 * The candidate's group flags (rank-groups.ts), with its quality-minimum flag as its scores set it
 * (`below`), for the few rows an answer or the sensitivity search keeps (see groupTierOf).
 */
export function groupFlagsOf(catalog: Catalog, c: Candidate, req: Requirements, below: boolean): RankGroupFlags {
  const tier = groupTierOf(catalog, c, req, isJobOtherThanCode(req.useCase));
  return flagsOfTier(below ? tier | TIER_BIT.belowQualityMinimum : tier);
}

/** belowMinimum of a row of scores (see writeBreakdown), as its group bit (TIER_BIT). */
function belowMinimumBit(minimum: QualityNeed | undefined, values: Float64Array, at: number): number {
  const quality = values[at + CRITERION_AT.quality] as number;
  const useCaseFit = values[at + CRITERION_AT.useCaseFit] as number;
  return belowMinimumOf(minimum, quality, useCaseFit) ? TIER_BIT.belowQualityMinimum : 0;
}

/** A candidate as the sensitivity search sees it: enough to order it, nothing to show. */
export type ScoredRow = Pick<
  RankedModel,
  | "id"
  | "name"
  | "score"
  | "breakdown"
  | "monthlyCostUsd"
  | "licenceUnread"
  | "belowQualityMinimum"
  | "budgetAtRisk"
  | "residencyUnchecked"
  | "noKnownAgeTerms"
  | "builtForOtherJob"
  | "withdrawnByLab"
  | "supersededInLine"
>;

/**
 * Who would lead under these requirements, and where two named models would stand (undefined:
 * ruled out), in the same order as rankModels but without sorting, listing exclusions or
 * keeping anything per candidate: the sensitivity search needs no more of the ranking an edit
 * would give, and building whole rankings was half its time at 100× today's catalogue.
 */
export function leaderAndPair(
  catalog: Catalog,
  edited: Requirements,
  ids: readonly [string, string],
  options: RankOptions = {},
): LeaderAndPair {
  // The volume at the job's split, as rankModels prices it (an edit of the job re-splits it).
  const req = withJobSplit(edited);
  const cache = options.cache;
  if (!cache) return findLeaderAndPair(catalog, req, ids, options);
  const key = `${ids[0]}|${ids[1]}|${options.weights ? JSON.stringify(options.weights) : "-"}|${requirementsKey(req, options.selfHost)}`;
  const kept = leaderMemo(catalog, cache);
  let found = kept.get(key);
  if (!found) {
    if (kept.size >= LEADER_SETS) {
      const oldest = kept.keys().next();
      if (!oldest.done) kept.delete(oldest.value);
    }
    found = findLeaderAndPair(catalog, req, ids, options);
    kept.set(key, found);
  }
  return found;
}

type LeaderAndPair = { leader: ScoredRow | undefined; pair: [ScoredRow | undefined, ScoredRow | undefined] };

/**
 * leaderAndPair's answers per shared cost cache (which holds the cost assumptions) and catalogue:
 * a recommendation asked again (each turn of a thread) tries the same edits and scores the same
 * swapping edit's candidates again, a sixth of a recommendation at 100× today's catalogue. Three
 * rows each, at most LEADER_SETS; a cache used with another catalogue starts over.
 */
const LEADER_SETS = 64;
const leaderMemos = new WeakMap<ScoringCache, { catalog: Catalog; kept: Map<string, LeaderAndPair> }>();

function leaderMemo(catalog: Catalog, cache: ScoringCache): Map<string, LeaderAndPair> {
  let memo = leaderMemos.get(cache);
  if (memo?.catalog !== catalog) {
    memo = { catalog, kept: new Map() };
    leaderMemos.set(cache, memo);
  }
  return memo.kept;
}

/** leaderAndPair found afresh (req already at the job's split). */
function findLeaderAndPair(
  catalog: Catalog,
  req: Requirements,
  ids: readonly [string, string],
  options: RankOptions,
): LeaderAndPair {
  const weights = options.weights ?? weightsFor(req).weights;
  const cache = options.cache ?? newScoringCache();
  // The cost range the scores are relative to from the cost tables alone (candidateCostRange: the
  // same figures as a visit of the candidates, a third of this search's time at 100× today's
  // catalogue when it was one), then one visit of the candidates, none of them built, for the scores.
  const pool = poolWith(catalog, req, candidateCostRange(catalog, req, options.selfHost, cache));
  const w = weightRow(weights);
  // One candidate's scores at a time: only the rows kept (leader, pair) get a breakdown object.
  const values = new Float64Array(CRITERIA.length);
  // A bound on the score is a bound only if no weight is negative (the sums are then monotone).
  const boundable = w.every((x) => x >= 0);
  const minimum = qualityMinimumOf(req);
  const otherJob = isJobOtherThanCode(req.useCase);
  let leader: ScoredRow | undefined;
  let leaderTier = 0;
  const pair: [ScoredRow | undefined, ScoredRow | undefined] = [undefined, undefined];
  visitCandidates(catalog, req, options.selfHost, cache, (c) => {
    const named = c.model.id === ids[0] || c.model.id === ids[1];
    // Every group bit but the quality minimum's, which the scores decide (added below); found
    // only when needed, as it reads the model's hosts and terms.
    let groups = -1;
    if (boundable && leader !== undefined && !named) {
      // Cheap first: a bound at least the score (see writeScoreBound; quality and fit, which set
      // the tier, are exact in it), in the same or a lower tier and clearly below the leader.
      writeScoreBound(c, pool, values, 0);
      const behind = leader.score - weightedScoreAt(values, 0, w) > TIE;
      // No group comes before the first (tier 0): behind a leader there, the groups change nothing.
      if (behind && leaderTier === 0) return;
      groups = groupTierOf(catalog, c, req, otherJob);
      const tier = groups | belowMinimumBit(minimum, values, 0);
      if (tier > leaderTier) return;
      if (tier === leaderTier && behind) return;
    }
    if (groups < 0) groups = groupTierOf(catalog, c, req, otherJob);
    writeBreakdown(c, req, pool, values, 0);
    const score = weightedScoreAt(values, 0, w);
    const tier = groups | belowMinimumBit(minimum, values, 0);
    // Clearly behind the leader (a lower tier, or the same and clearly below) and not one of the pair: nothing to keep.
    if (leader !== undefined && !named && (tier > leaderTier || (tier === leaderTier && leader.score - score > TIE)))
      return;
    const row: ScoredRow = {
      id: c.model.id,
      name: c.model.name,
      score,
      breakdown: breakdownAt(values, 0),
      monthlyCostUsd: c.cost.monthlyUsd,
      ...flagsOfTier(tier),
    };
    if (!leader || compareRanked(row, leader) < 0) {
      leader = row;
      leaderTier = tier;
    }
    if (row.id === ids[0]) pair[0] = row;
    else if (row.id === ids[1]) pair[1] = row;
  });
  return { leader, pair };
}

/** Scores closer than this are a tie (exported for the explanation). */
export const TIE_EPSILON = TIE;

/** What orders equal scores: a scored row without its name. */
type TieRow = Omit<ScoredRow, "name">;

/** The criteria that order equal scores, each with the reason a team would accept (see TIE_BREAKERS). */
type TieCriterion = "cost" | "dataControl" | "quality" | "useCaseFit" | "operations" | "customization";

/** How far a is ahead of b on one tie-breaker (positive: a first). Cost compares monthly figures when both have one. */
function tieGap(c: TieCriterion, aMonthly: number | null, bMonthly: number | null, a: number, b: number): number {
  return c === "cost" && aMonthly !== null && bMonthly !== null ? bMonthly - aMonthly : a - b;
}

/** What orders equal scores, in this order: each names a reason a team would accept. */
export const TIE_BREAKERS: { name: string; criterion: TieCriterion; better: (a: TieRow, b: TieRow) => number }[] = (
  [
    ["lower cost", "cost"],
    ["more data control", "dataControl"],
    ["higher measured quality", "quality"],
    ["better use-case fit", "useCaseFit"],
    ["less operations load", "operations"],
    ["more room for customization", "customization"],
  ] as const
).map(([name, criterion]) => ({
  name,
  criterion,
  better: (a: TieRow, b: TieRow) =>
    tieGap(criterion, a.monthlyCostUsd, b.monthlyCostUsd, a.breakdown[criterion], b.breakdown[criterion]),
}));

/** The first tie-breaker that separates two equally scored models, or null (interchangeable). */
export function tieBreaker(a: TieRow, b: TieRow): { name: string; order: number } | null {
  for (const t of TIE_BREAKERS) {
    const d = t.better(a, b);
    if (Math.abs(d) > TIE) return { name: t.name, order: d > 0 ? -1 : 1 };
  }
  return null;
}

/** compareRanked of two rows of a ranking's table (rows i and j, made from candidates ci and cj), with these weighted sums. */
function compareAt(
  table: ScoreTable,
  totals: Float64Array,
  i: number,
  j: number,
  ci: Candidate,
  cj: Candidate,
): number {
  const ta = table.tier[i] as number;
  const tb = table.tier[j] as number;
  if (ta !== tb) return ta > tb ? 1 : -1;
  const sa = totals[i] as number;
  const sb = totals[j] as number;
  if (Math.abs(sa - sb) > TIE) return sb > sa ? 1 : -1;
  const values = table.values;
  for (let k = 0; k < TIE_BREAKERS.length; k++) {
    const c = (TIE_BREAKERS[k] as (typeof TIE_BREAKERS)[number]).criterion;
    const at = CRITERION_AT[c];
    const d = tieGap(
      c,
      ci.cost.monthlyUsd,
      cj.cost.monthlyUsd,
      values[i * CRITERIA.length + at] as number,
      values[j * CRITERIA.length + at] as number,
    );
    if (Math.abs(d) > TIE) return d > 0 ? -1 : 1;
  }
  const a = ci.model.id;
  const b = cj.model.id;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareRanked(a: TieRow, b: TieRow): number {
  // The groups first, whatever the scores (rank-groups.ts): a licence nobody has read after every
  // licence that was; a model below the job's quality minimum after every one that reaches it; a
  // host not checked for the team's residency place after every one known to keep the data there.
  const ta = rankTier(a);
  const tb = rankTier(b);
  if (ta !== tb) return ta > tb ? 1 : -1;
  // ±1, not the difference: only the sign orders, and a difference is a boxed number per comparison.
  if (Math.abs(a.score - b.score) > TIE) return b.score > a.score ? 1 : -1;
  // tieBreaker's order, without building its answer or an iterator (a sort compares many times).
  for (let i = 0; i < TIE_BREAKERS.length; i++) {
    const d = TIE_BREAKERS[i]?.better(a, b) ?? 0;
    if (Math.abs(d) > TIE) return d > 0 ? -1 : 1;
  }
  // Interchangeable on everything scored: a stable order only (the answer says the order means nothing).
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
