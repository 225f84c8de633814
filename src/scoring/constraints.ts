// Hard constraints, checked before any weighing: a model that fails one is out, whatever its
// scores, and the answer says which requirement ruled it out and why, in plain words.
import type { Catalog } from "../catalog/catalog.js";
import type { License, Model } from "../catalog/schema.js";
import type { TeamFacts } from "../licensing/facts.js";
import { licenseConstraint, type LicenseVerdict } from "../licensing/verdict.js";
import { tokens as formatTokens, usd as formatUsd } from "./fast-format.js";
import { estimateMonthlyCost, mustSelfHost, type CostEstimate, type SelfHostQuoter } from "./monthly-cost.js";
import type { Requirements } from "./requirements.js";
import { applyHosting, type HostingConstraint } from "./hosting.js";
import { exclusionReason, redistributionReason, sizeReason } from "./team-filters.js";

export type ConstraintId =
  | "availability"
  | "excluded"
  | "open-weights"
  | "deployment"
  | "size"
  | "license"
  | "redistribution"
  | HostingConstraint
  | "context"
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
}

export interface ConstraintResult {
  candidates: Candidate[];
  excluded: Exclusion[];
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
  if (req.redistributeWeights) facts.distributeWeights = true;
  if (req.serveAsApi) facts.serveAsApi = true;
  if (req.inEu !== undefined) facts.inEu = req.inEu;
  if (req.fieldOfUse) facts.fieldOfUse = req.fieldOfUse;
  return facts;
}

const DEPLOYMENT_WORDS = { "own-cloud": "in your own cloud", "on-prem": "on your premises" } as const;

/**
 * Memo for one recommendation: the sensitivity search re-ranks with many small requirement
 * changes, and most of them change neither the licence facts nor the cost inputs.
 */
export interface ScoringCache {
  licence: Map<string, ReturnType<typeof licenseConstraint>>;
  cost: Map<string, CostEstimate>;
}

export function newScoringCache(): ScoringCache {
  return { licence: new Map(), cost: new Map() };
}

/**
 * A cache shared by every recommendation on this catalogue with the same cost assumptions (the
 * self-hosting edits, as a key): licence verdicts and cost estimates are pure functions of their
 * keys, and a bot is asked about the same volumes and facts again and again. Bounded: a cache
 * that grows past SHARED_CACHE_LIMIT entries starts over.
 */
const SHARED_CACHE_LIMIT = 200_000;
const MAX_ASSUMPTION_SETS = 64;
const sharedCaches = new WeakMap<Catalog, Map<string, ScoringCache>>();

export function sharedScoringCache(catalog: Catalog, assumptionsKey: string): ScoringCache {
  let byKey = sharedCaches.get(catalog);
  if (!byKey || byKey.size > MAX_ASSUMPTION_SETS) {
    byKey = new Map();
    sharedCaches.set(catalog, byKey);
  }
  let cache = byKey.get(assumptionsKey);
  if (!cache || cache.cost.size + cache.licence.size > SHARED_CACHE_LIMIT) {
    cache = newScoringCache();
    byKey.set(assumptionsKey, cache);
  }
  return cache;
}

/**
 * Licence verdicts depend only on the model, its licence and the team's facts, and teams ask
 * with few distinct fact sets, so verdicts are kept per catalogue across recommendations
 * (bounded: cleared when it grows past LICENCE_MEMO_LIMIT).
 */
const LICENCE_MEMO_LIMIT = 100_000;
const licenceMemos = new WeakMap<Catalog, Map<string, ReturnType<typeof licenseConstraint>>>();

function licenceMemo(catalog: Catalog): Map<string, ReturnType<typeof licenseConstraint>> {
  let memo = licenceMemos.get(catalog);
  if (!memo || memo.size > LICENCE_MEMO_LIMIT) {
    memo = new Map();
    licenceMemos.set(catalog, memo);
  }
  return memo;
}

const sortedModels = new WeakMap<Catalog, Model[]>();

/** Catalogue order is not meaningful: every run walks the models sorted by id. */
function modelsById(catalog: Catalog): Model[] {
  let sorted = sortedModels.get(catalog);
  if (!sorted) {
    sorted = [...catalog.models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    sortedModels.set(catalog, sorted);
  }
  return sorted;
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
  else if (model.status === "retired" || model.status === "deprecated")
    reason = `${model.name} is ${model.status} by its provider`;
  else if (!model.openWeights && model.offerings.length === 0)
    reason = `${model.name} has neither downloadable weights nor an API offering in the catalogue`;
  availabilityMemo.set(model, reason);
  return reason;
}

/** The part of a cost estimate's cache key that comes from the requirements. */
export function costKeyOf(req: Requirements, quoter?: SelfHostQuoter): string {
  const v = req.volume;
  return `${mustSelfHost(req)}|${req.onDevice ? "device" : ""}|${req.batchOk ? "batch" : ""}|${v ? `${v.inputTokensPerMonth}/${v.outputTokensPerMonth}/${v.cachedInputTokensPerMonth}` : "-"}|${quoter ? 1 : 0}`;
}

/** A candidate's monthly cost estimate, through the cache (usable: the model as the team can use it). */
export function cachedCost(
  usable: Model,
  original: Model | null,
  req: Requirements,
  costKey: string,
  quoter: SelfHostQuoter | undefined,
  cache: ScoringCache,
): CostEstimate {
  const shape =
    original === null || usable !== original
      ? `${usable.openWeights}/${usable.offerings.map((o) => `${o.provider}:${o.inputPerMTok}`).join(",")}|`
      : "";
  const key = `${usable.id}|${shape}${costKey}`;
  let cost = cache.cost.get(key);
  if (!cost) {
    cost = estimateMonthlyCost(usable, req, quoter);
    cache.cost.set(key, cost);
  }
  return cost;
}

export function applyConstraints(
  catalog: Catalog,
  req: Requirements,
  quoter?: SelfHostQuoter,
  cache: ScoringCache = newScoringCache(),
  /** Check only these models (the sensitivity search tests #1 and #2 alone). */
  only?: readonly Model[],
): ConstraintResult {
  const licences = licenceMemo(catalog);
  const facts = teamFactsOf(req);
  const factsKey = JSON.stringify(facts);
  const costKey = costKeyOf(req, quoter);
  const candidates: Candidate[] = [];
  const excluded: Exclusion[] = [];
  const models = only ?? modelsById(catalog);
  for (const model of models) {
    const out = (constraint: ConstraintId, reason: string) =>
      excluded.push({ id: model.id, name: model.name, constraint, reason });
    const unavailable = availabilityReason(model);
    if (unavailable) {
      out("availability", unavailable);
      continue;
    }
    const named = exclusionReason(catalog, model, catalog.licenseById.get(model.licenseId), req.exclude);
    if (named) {
      out("excluded", named);
      continue;
    }
    if (req.openWeightsOnly && !model.openWeights) {
      out("open-weights", `${model.name} has no downloadable weights, and you asked for open-weights models only`);
      continue;
    }
    if (mustSelfHost(req) && !model.openWeights && !req.onDevice) {
      out(
        "deployment",
        `${model.name} has no downloadable weights, so it cannot run ${DEPLOYMENT_WORDS[req.deployment as "own-cloud" | "on-prem"]}`,
      );
      continue;
    }
    const tooBig = sizeReason(model, req);
    if (tooBig) {
      out("size", tooBig);
      continue;
    }
    const license = catalog.licenseById.get(model.licenseId);
    if (!license) {
      out(
        "no-license",
        `${model.name}: its licence (${model.licenseId}) is not in the catalogue, so no verdict can be given`,
      );
      continue;
    }
    const lKey = `${model.id}|${factsKey}`;
    let lc = licences.get(lKey);
    if (!lc) {
      lc = licenseConstraint(model, license, facts);
      licences.set(lKey, lc);
    }
    // Research-only weights with a commercial first-party API (Mistral Large 2, Command R):
    // usable only through the lab's own API, so scored as a closed model priced at that API.
    let usable = model;
    let terms = license;
    const apiLicense = model.apiLicenseId ? catalog.licenseById.get(model.apiLicenseId) : undefined;
    const firstParty = model.offerings.filter((o) => o.firstParty);
    // Not when the team wants open weights: through the API it is a closed model to them.
    if (lc.excluded && apiLicense && firstParty.length > 0 && !mustSelfHost(req) && !req.openWeightsOnly) {
      const viaApi = licenseConstraint(model, license, facts, { apiLicense });
      if (!viaApi.excluded) {
        lc = viaApi;
        usable = { ...model, openWeights: false, offerings: firstParty };
        terms = apiLicense;
      }
    }
    if (lc.excluded) {
      out("license", lc.reason ?? `${model.name}: its licence does not allow the stated use`);
      continue;
    }
    const noShipping = redistributionReason(usable, terms, req);
    if (noShipping) {
      out("redistribution", noShipping);
      continue;
    }
    const hosting = applyHosting(catalog, usable, req);
    if (hosting.failure) {
      out(hosting.failure.constraint, hosting.failure.reason);
      continue;
    }
    usable = hosting.model;
    // An unknown fact never passes a stated hard requirement silently.
    if (req.contextTokens !== undefined && model.contextWindow === null) {
      out(
        "context",
        `${model.name}'s context window is not in the catalogue, so it cannot be checked against the ${formatTokens(req.contextTokens)} you need`,
      );
      continue;
    }
    if (req.contextTokens !== undefined && model.contextWindow !== null && model.contextWindow < req.contextTokens) {
      out(
        "context",
        `${model.name}'s context window of ${formatTokens(model.contextWindow)} is smaller than the ${formatTokens(req.contextTokens)} you need`,
      );
      continue;
    }
    const cost = cachedCost(usable, model, req, costKey, quoter, cache);
    if (req.monthlyBudgetUsd !== undefined && req.volume) {
      if (cost.monthlyUsd === null) {
        out(
          "budget",
          `${model.name} cannot be checked against your ${formatUsd(req.monthlyBudgetUsd)}/month budget: ${cost.label}`,
        );
        continue;
      }
      if (cost.monthlyUsd > req.monthlyBudgetUsd) {
        out(
          "budget",
          `${model.name} would cost about ${formatUsd(cost.monthlyUsd)}/month at your volume (cheapest option: ${cost.label}), over your ${formatUsd(req.monthlyBudgetUsd)} budget`,
        );
        continue;
      }
    }
    candidates.push({ model: usable, license: terms, verdict: lc.verdict, cost });
  }
  return { candidates, excluded };
}
