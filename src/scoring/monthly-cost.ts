// What a model would cost this team per month: the cheapest of its API offerings and a
// self-hosted deployment, among the hosting modes the team's deployment allows. Without a
// stated volume there is no monthly figure, and models are compared by blended list price.
import type { Model } from "../catalog/schema.js";
import { cheapestOffering, type ApiCost } from "../costs/api-cost.js";
import { blendedPerMTok } from "../costs/price-ratio.js";
import { DEFAULT_INPUT_SHARE, type Volume } from "../costs/volume.js";
import { assumedInputShare } from "./job-split.js";
import type { SourceRef } from "../ports.js";
import { billedVolume, hiddenReasoningTokens } from "./hidden-reasoning.js";
import { REASONING_TOKENS_ESTIMATE, REASONING_TOKENS_HIGH } from "./latency-target.js";
import type { Requirements } from "./requirements.js";

/** A self-hosting monthly figure from the cost engine, reduced to what scoring needs. */
export interface SelfHostQuote {
  monthlyUsd: number;
  /** e.g. "2× H100 80GB at $2.49/h, 24/7, plus ops time". */
  summary: string;
  sources: SourceRef[];
  /** GPUs of the fleet beyond the team's own (rented or bought): 0 when it runs on owned cards alone. */
  gpusNotOwned?: number;
}

/** Injected so scoring stays independent of how self-hosting is costed (and testable alone). */
export type SelfHostQuoter = (model: Model, volume: Volume) => SelfHostQuote | { unavailable: string };

export type HostingBasis = "api" | "self-host";

export interface CostEstimate {
  /** Monthly USD at the stated volume, or null (no volume, or no priced option). */
  monthlyUsd: number | null;
  basis: HostingBasis | null;
  /** "API via Together AI" / "self-hosted: 1× H100 ..." / why there is no figure. */
  label: string;
  api?: ApiCost;
  selfHost?: SelfHostQuote;
  selfHostUnavailable?: string;
  /** Cheapest blended list price (USD per 1M tokens, at the job's assumed split: job-split.ts), when an API exists. */
  blendedPerMTok: number | null;
  sources: SourceRef[];
  /**
   * For a model that reasons first with its requests counted: the cheapest option's monthly USD
   * with every request reasoning REASONING_TOKENS_HIGH tokens, the longest published trace (null
   * when nothing is priced there); monthlyUsd is the low end. Undefined for every other model.
   */
  reasoningHighUsd?: number | null;
}

/**
 * No third-party API at all: self-hosting stated, on-premises, on a device, or "our own cloud" without a named cloud
 * (with one, closed models offered in that cloud's marketplace run inside the team's account), or
 * open weights fine-tuned on GPUs the team owns (see fineTunesOnOwnedGpus).
 */
export function mustSelfHost(req: Requirements): boolean {
  return (
    req.selfHosted === true ||
    req.deployment === "on-prem" ||
    req.onDevice === true ||
    // Cards named with a count are where it runs; rented cards said without one ("we rent H200s at
    // $3.50/h") only say which card a self-hosted pick is priced on, and APIs stay candidates.
    req.namedGpus?.count !== undefined ||
    (req.deployment === "own-cloud" && req.cloudProvider === undefined) ||
    fineTunesOnOwnedGpus(req)
  );
}

/**
 * A team that fine-tunes open weights and owns GPUs ("fine-tune an open model … we own 8x A100")
 * trains on them and serves its fine-tune there: a shared API serves the base model, not a
 * fine-tune only the team has. Not when it asked for APIs only.
 */
export function fineTunesOnOwnedGpus(req: Requirements): boolean {
  return (
    req.fineTuning === true &&
    req.openWeightsOnly === true &&
    req.ownedGpus !== undefined &&
    req.deployment !== "any-api"
  );
}

/** No tokens at all: what a fixed fleet costs before any volume is said. */
const NO_VOLUME: Volume = {
  inputTokensPerMonth: 0,
  outputTokensPerMonth: 0,
  cachedInputTokensPerMonth: 0,
  splitAssumed: true,
  description: "no volume stated",
};

/** Why an open model has no self-hosting figure for a team that uses managed APIs only. */
const API_ONLY = "you use managed APIs only, so running the weights yourselves is not priced";

/** Shown as the cost of a model that runs on the users' own devices. */
export const ON_DEVICE_LABEL = "on-device: runs on your users' hardware, no serving cost to you";

/** A model's cheapest API offering by its blended list price (at an input share, 3:1 by default). */
export interface ListPrice {
  perMTok: number;
  provider: string;
  inputPerMTok: number;
  outputPerMTok: number;
}

/** Cheapest blended list price of a model's API offerings, ties broken by provider id. */
export function blendedListPrice(model: Model, inputShare = DEFAULT_INPUT_SHARE): ListPrice | null {
  let best: ListPrice | null = null;
  for (const o of model.offerings) {
    const perMTok = blendedPerMTok(o, inputShare);
    if (!best || perMTok < best.perMTok || (perMTok === best.perMTok && o.provider < best.provider))
      best = { perMTok, provider: o.providerName, inputPerMTok: o.inputPerMTok, outputPerMTok: o.outputPerMTok };
  }
  return best;
}

/**
 * One class for every cost estimate, its fields set in one order by one constructor: a ranking
 * reads `cost.monthlyUsd` and `cost.basis` of every candidate in every pass, and the object
 * literals this replaced (half a dozen shapes, some with getters, some with spread fields) made
 * those reads polymorphic. Its label and sources are written when read: the cost memo keeps an
 * estimate per model and set of cost inputs, an answer shows a few, and an "API via …" label and
 * a source list per estimate were most of the strings a warm recommendation kept at 100× today's
 * catalogue. A fixed label (why there is no figure, or the on-device one) is kept as given.
 */
class Estimate implements CostEstimate {
  private sourcesMade: SourceRef[] | undefined = undefined;
  /** Set after construction, on the few estimates of models that reason first (see CostEstimate). */
  reasoningHighUsd: number | null | undefined = undefined;

  constructor(
    readonly monthlyUsd: number | null,
    readonly basis: HostingBasis | null,
    /** The label when it is not the API's or the self-hosting quote's (see label). */
    private readonly fixedLabel: string | null,
    readonly api: ApiCost | undefined,
    readonly selfHost: SelfHostQuote | undefined,
    readonly selfHostUnavailable: string | undefined,
    readonly blendedPerMTok: number | null,
  ) {}

  get label(): string {
    if (this.fixedLabel !== null) return this.fixedLabel;
    if (this.basis === "api") return `API via ${(this.api as ApiCost).providerName}`;
    return `self-hosted: ${(this.selfHost as SelfHostQuote).summary}`;
  }

  get sources(): SourceRef[] {
    // The quote writes its sources when first read and keeps them (see selfHostQuoter).
    if (this.fixedLabel === null && this.basis === "self-host") return (this.selfHost as SelfHostQuote).sources;
    if (!this.sourcesMade) {
      const api = this.api;
      this.sourcesMade =
        this.fixedLabel === null && this.basis === "api" && api
          ? [{ label: `${api.providerName} prices (${api.source})`, asOf: api.asOf }]
          : [];
    }
    return this.sourcesMade;
  }
}

export function estimateMonthlyCost(model: Model, req: Requirements, quoter?: SelfHostQuoter): CostEstimate {
  const estimate = estimateAt(model, req, quoter, REASONING_TOKENS_ESTIMATE);
  // A model that reasons first is priced at the longest published trace too, the figure its
  // budget is checked at (hidden-reasoning.ts): a second estimate for the few models that do.
  if (req.volume && estimate.monthlyUsd !== null && hiddenReasoningTokens(model, req.volume) > 0)
    estimate.reasoningHighUsd = estimateAt(model, req, quoter, REASONING_TOKENS_HIGH).monthlyUsd;
  return estimate;
}

/** The estimate with each request reasoning `perRequest` hidden tokens (for a model that reasons first). */
function estimateAt(model: Model, req: Requirements, quoter: SelfHostQuoter | undefined, perRequest: number): Estimate {
  if (req.onDevice) return new Estimate(0, "self-host", ON_DEVICE_LABEL, undefined, undefined, undefined, null);
  const selfHostOnly = mustSelfHost(req);
  // With no volume, list prices are blended at the split the job is assumed to read and write.
  const share = assumedInputShare(req.useCase);
  const blended = selfHostOnly ? null : blendedListPrice(model, share);
  const blendedPerMTok = blended?.perMTok ?? null;
  const volume = req.volume;
  // The GPUs named as where it runs cost the same at any volume they carry: with no volume said,
  // the fleet is that group, always on (its rent and ops), not an unknown.
  const fixedFleet = !volume && req.namedGpus?.count !== undefined && model.openWeights && quoter;
  if (fixedFleet) {
    const quote = quoter(model, NO_VOLUME);
    if (!("unavailable" in quote))
      return new Estimate(quote.monthlyUsd, "self-host", null, undefined, quote, undefined, blendedPerMTok);
  }
  if (!volume) {
    const label = blended
      ? `no volume stated; list price ${blended.perMTok.toFixed(2)} USD per 1M tokens (blended ${share === DEFAULT_INPUT_SHARE ? "3:1" : `${Math.round(share * 100)}% in / ${Math.round((1 - share) * 100)}% out, assumed for the job`}) via ${blended.provider}`
      : "no volume stated and no API price";
    return new Estimate(null, null, label, undefined, undefined, undefined, blendedPerMTok);
  }

  // A model that reasons first is billed and served on its hidden reasoning too (hidden-reasoning.ts).
  const billed = billedVolume(model, volume, perRequest);
  const api = selfHostOnly ? undefined : cheapestOffering(model.offerings, billed);
  let selfHost: SelfHostQuote | undefined;
  let selfHostUnavailable: string | undefined;
  if (model.openWeights) {
    // "No self-hosting", "managed APIs only": open weights are priced at their hosted APIs alone.
    if (req.deployment === "any-api") selfHostUnavailable = API_ONLY;
    else if (!quoter) selfHostUnavailable = "no self-hosting estimate available";
    else {
      const quote = quoter(model, billed);
      if ("unavailable" in quote) selfHostUnavailable = quote.unavailable;
      else selfHost = quote;
    }
  }

  // A team with no money to spend runs what its own GPUs carry there, whatever an API would bill.
  if (req.noCashBudget && selfHost?.gpusNotOwned === 0)
    return new Estimate(selfHost.monthlyUsd, "self-host", null, api, selfHost, undefined, blendedPerMTok);
  // Prefer the API on an exact tie: no operations burden for the same money.
  if (api && (!selfHost || api.totalUsd <= selfHost.monthlyUsd))
    return new Estimate(api.totalUsd, "api", null, api, selfHost, selfHostUnavailable, blendedPerMTok);
  if (selfHost) return new Estimate(selfHost.monthlyUsd, "self-host", null, api, selfHost, undefined, blendedPerMTok);
  const why = selfHostOnly
    ? model.openWeights
      ? `no self-hosting estimate (${selfHostUnavailable ?? "unknown"})`
      : "no weights to self-host"
    : model.offerings.length === 0
      ? model.openWeights
        ? `no API price in the catalogue and no self-hosting estimate (${selfHostUnavailable ?? "unknown"})`
        : "no API price in the catalogue"
      : "no price";
  return new Estimate(null, null, why, undefined, undefined, selfHostUnavailable, blendedPerMTok);
}
