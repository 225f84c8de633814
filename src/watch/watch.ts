// What a thread watches: its models and the facts its decision rested on (prices, licence, the
// licence's output-use and monthly-user terms, lifecycle status), as they were when it started
// watching, and the decision itself (requirements and top 3) so an alert can say whether the
// ranking would now change. Plain JSON: kept in the session and in the adapters' watch index.
import type { Catalog } from "../catalog/catalog.js";
import type { Model, Offering } from "../catalog/schema.js";
import type { ConversationRef } from "../ports.js";
import type { Requirements } from "../scoring/requirements.js";

/** A price must move by more than this much (either way) to be worth an alert. */
export const PRICE_ALERT_THRESHOLD_PCT = 10;

export interface WatchedPrice {
  provider: string;
  providerName: string;
  source: string;
  input: number;
  output: number;
  asOf: string;
}

export interface WatchedModel {
  id: string;
  name: string;
  status: Model["status"];
  /** The lab's announced last day on its own API; absent in watches made before it was tracked. */
  retiresOn?: string | null;
  licenseId: string;
  licenseName: string;
  /** The licence's rule on training other models on outputs (terms.outputsToTrainOtherModels). */
  outputUse: string;
  /** The licence's monthly-active-user ceiling, or null for none. */
  maxMonthlyActiveUsers: number | null;
  prices: WatchedPrice[];
}

export interface WatchedDecision {
  requirements: Requirements;
  assumptions: Record<string, string | number | boolean>;
  /** The decision's top 3 model ids, best first. */
  top: string[];
}

export interface Watch {
  version: 1;
  /** Where alerts go: the thread that decided. */
  ref: ConversationRef;
  since: string;
  thresholdPct: number;
  models: WatchedModel[];
  decision: WatchedDecision | null;
}

/** Blended price at the usual 3:1 input:output mix, to pick the cheapest host. */
const blended = (o: Offering) => (3 * o.inputPerMTok + o.outputPerMTok) / 4;

/**
 * The prices a decision rests on: the lab's own (first-party) prices, or when the lab sells none,
 * the cheapest host's (what the cost columns use for an open model).
 */
function pricesOf(model: Model): WatchedPrice[] {
  const own = model.offerings.filter((o) => o.firstParty);
  const cheapest = [...model.offerings].sort((a, b) => blended(a) - blended(b) || (a.provider < b.provider ? -1 : 1));
  const chosen = own.length > 0 ? own : cheapest.slice(0, 1);
  return chosen.map((o) => ({
    provider: o.provider,
    providerName: o.providerName,
    source: o.source,
    input: o.inputPerMTok,
    output: o.outputPerMTok,
    asOf: o.asOf,
  }));
}

export function watchedModel(model: Model, catalog: Catalog): WatchedModel {
  const license = catalog.licenseById.get(model.licenseId);
  return {
    id: model.id,
    name: model.name,
    status: model.status,
    // Only when announced, so a watch of models without one stays as small as before.
    ...(model.retirement ? { retiresOn: model.retirement.retiresOn } : {}),
    licenseId: model.licenseId,
    licenseName: license?.name ?? model.licenseId,
    outputUse: license?.terms.outputsToTrainOtherModels ?? "unknown",
    maxMonthlyActiveUsers: license?.terms.userThreshold?.maxMonthlyActiveUsers ?? null,
    prices: pricesOf(model),
  };
}

export function createWatch(options: {
  catalog: Catalog;
  ref: ConversationRef;
  modelIds: readonly string[];
  decision: WatchedDecision | null;
  now: Date;
}): Watch {
  const models = [...new Set(options.modelIds)]
    .map((id) => options.catalog.modelById.get(id))
    .filter((m): m is Model => m !== undefined)
    .map((m) => watchedModel(m, options.catalog));
  return {
    version: 1,
    ref: options.ref,
    since: options.now.toISOString(),
    thresholdPct: PRICE_ALERT_THRESHOLD_PCT,
    models,
    decision: options.decision,
  };
}

/** The watch with these models added (facts as of now); models already watched keep their basis. */
export function withModels(watch: Watch, modelIds: readonly string[], catalog: Catalog): Watch {
  const have = new Set(watch.models.map((m) => m.id));
  const added = modelIds
    .filter((id) => !have.has(id))
    .map((id) => catalog.modelById.get(id))
    .filter((m): m is Model => m !== undefined)
    .map((m) => watchedModel(m, catalog));
  return added.length === 0 ? watch : { ...watch, models: [...watch.models, ...added] };
}

/** The watch without these models, or null when nothing is left. */
export function withoutModels(watch: Watch, modelIds: readonly string[]): Watch | null {
  const drop = new Set(modelIds);
  const models = watch.models.filter((m) => !drop.has(m.id));
  return models.length === 0 ? null : { ...watch, models };
}
