// A team's requirements for a guided recommendation. Every field is optional: the flow asks for
// what is missing and free text may fill several at once.
import { CLOUD_KEYS } from "../catalog/cloud-hosts.js";
import type { OpsCapacity } from "../costs/assumptions.js";
import type { Volume } from "../costs/volume.js";
import type { LatencyTarget } from "./latency-target.js";

/** Currencies a budget can be said in (their words: intents/requirements-text.ts); prices are in USD. */
export type Currency =
  | "USD"
  | "EUR"
  | "GBP"
  | "JPY"
  | "CNY"
  | "INR"
  | "PKR"
  | "LKR"
  | "NPR"
  | "CHF"
  | "NOK"
  | "SEK"
  | "DKK"
  | "AUD"
  | "CAD"
  | "NZD"
  | "SGD"
  | "HKD"
  | "KRW"
  | "NGN"
  | "TRY"
  | "MXN"
  | "BRL"
  | "ZAR"
  | "KES"
  | "EGP"
  | "IDR"
  | "THB"
  | "VND"
  | "PLN"
  | "ILS"
  | "AED"
  | "MAD"
  | "SAR"
  | "TWD"
  | "RUB"
  | "KZT"
  | "PHP"
  | "COP"
  | "TZS"
  | "UGX"
  | "PEN"
  | "CLP"
  | "ARS"
  | "BDT"
  | "GHS";
export type ForeignCurrency = Exclude<Currency, "USD">;

export const USE_CASES = [
  "chat",
  "coding",
  "rag",
  "extraction",
  "agents",
  "creative",
  "summarization",
  "translation",
] as const;
export type UseCase = (typeof USE_CASES)[number];

/**
 * The requirements with a use case this release does not know (a session saved by an older one,
 * a hand-edited file) dropped: read as "no job stated" rather than failing every table keyed by
 * use case. Where requirements come in from storage and where a ranking starts.
 */
export function withKnownUseCase<R extends { useCase?: UseCase }>(req: R): R {
  if (req.useCase === undefined || (USE_CASES as readonly string[]).includes(req.useCase)) return req;
  const { useCase: _unknown, ...rest } = req;
  return rest as R;
}

/** Context a use case needs when the team did not say (tokens). */
export const DEFAULT_CONTEXT_NEED: Record<UseCase, number> = {
  chat: 8_000,
  coding: 32_000,
  rag: 32_000,
  extraction: 8_000,
  agents: 32_000,
  creative: 8_000,
  // A long document in one request is the point of summarising.
  summarization: 32_000,
  translation: 8_000,
};

/**
 * The context one request needs: the stated one; else one counted item when each is sent whole
 * and is longer than the use case's usual need ("3,000 papers a month, 150k tokens in and 1.5k
 * out each" needs 151.5k, so a 128k window cannot take a paper at once); else that usual need.
 */
export function contextNeed(req: Requirements): { tokens: number; stated: boolean; item?: string } {
  if (req.contextTokens !== undefined) return { tokens: req.contextTokens, stated: true };
  const usual = req.useCase ? DEFAULT_CONTEXT_NEED[req.useCase] : 8_000;
  // A job run once sends its items whole too ("2,000 papers once, 150k tokens each").
  const item = (req.volume ?? req.oneOffVolume)?.perItem;
  const itemTokens = item ? item.inputTokens + item.outputTokens : 0;
  if (item && itemTokens > usual) return { tokens: itemTokens, stated: false, item: item.noun };
  return { tokens: usual, stated: false };
}

/**
 * The context one request must hold, as a hard requirement (a window below it rules the model
 * out, constraints.ts): the stated need, or one counted item whose size the team said and which is
 * longer than the use case's usual need. A window that cannot take one 150K-token case bundle
 * cannot do the job as the team described it; scored only as a lower context fit, GPT-4o (128K)
 * was the Edinburgh law firm's #3. An item whose size we assumed is no requirement of theirs.
 */
export function hardContextNeed(req: Requirements): { tokens: number; item?: string } | undefined {
  const need = contextNeed(req);
  if (need.stated) return { tokens: need.tokens };
  const item = (req.volume ?? req.oneOffVolume)?.perItem;
  if (need.item === undefined || !item || item.sizeAssumed) return undefined;
  return { tokens: need.tokens, item: need.item };
}

/** The volume an answer prices for the thread: its monthly volume, else the job it runs once (priced once). */
export function threadJob(req: Requirements): Volume | undefined {
  if (req.volume) return req.volume;
  return req.oneOffVolume ? { ...req.oneOffVolume, oneOff: true } : undefined;
}

export const CRITERIA = [
  "cost",
  "quality",
  "customization",
  "dataControl",
  "integration",
  "operations",
  "contextFit",
  "useCaseFit",
  "speed",
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** How each criterion is named to users (a higher score is always better: "integration" 1 = least effort). */
export const CRITERION_LABELS: Record<Criterion, string> = {
  cost: "cost",
  quality: "quality",
  customization: "customization",
  dataControl: "data control",
  integration: "integration effort",
  operations: "operations load",
  contextFit: "context fit",
  useCaseFit: "use-case fit",
  speed: "speed",
};

export const USE_CASE_LABELS: Record<UseCase, string> = {
  chat: "chat assistant",
  coding: "coding",
  rag: "RAG over documents",
  extraction: "extraction / classification",
  agents: "agents with tools",
  // The job covers stories and copy and also formal drafting (letters, deeds, descriptions:
  // use-case-text.ts DOCUMENT_DRAFTING), so it is said back as writing, not as creative writing.
  creative: "writing and drafting",
  summarization: "summarisation",
  translation: "translation",
};

/** What a team rules out. Each entry is a hard filter; the shortlist names what it removed and why. */
export interface Exclusions {
  /** Lab ids as in the catalogue ("deepseek", "alibaba", "meta"). */
  labs?: string[];
  /** ISO 3166-1 alpha-2 codes of the labs' home countries ("CN" for "no Chinese models"). */
  countries?: string[];
  /** Licence ids or families as in the catalogue ("llama-3.1", "cc-by-nc-4.0"). */
  licenses?: string[];
  /** Model ids. */
  models?: string[];
  /**
   * Clouds ruled out as hosts ("no AWS", "we're not on Azure"): their offerings are dropped, the
   * labs that also sell through them are not ruled out. Values are CloudProvider ids.
   */
  providers?: string[];
  /**
   * Countries whose companies may not host the team's API traffic ("no US-owned cloud providers",
   * "pas d'hébergeur américain" -> ["US"]), by the host's owner (src/catalog/host-owners.ts), not by
   * the model's lab: a US lab's open weights served by an EU host or self-hosted stay usable.
   */
  hostCountries?: string[];
  /**
   * API hosts ruled out by name ("no openai/anthropic/google APIs"): offering provider ids. Their
   * labs' models served elsewhere, and their open weights, stay usable.
   */
  hosts?: string[];
  /**
   * The only countries whose companies may host the team's API traffic ("no foreign providers" with
   * the data kept in China, "only Turkish-owned providers" -> ["CN"], ["TR"]): every host owned
   * elsewhere is ruled out, by the host's owner as with hostCountries.
   */
  hostsOwnedOutside?: string[];
  /**
   * The only places a model's lab may come from ("only French models", "only models from European
   * labs" -> ["FR"], ["EUROPE"]): ISO alpha-2 codes or region ids of catalog/origin-regions.ts. Every
   * model whose lab is from elsewhere is ruled out, and so is every one whose lab's country is not
   * on record (the reason says so): an allow-list cannot let in what it cannot check.
   */
  originsOutside?: string[];
}

/** The kinds of exclusion, one list for every walk over them. */
export const EXCLUSION_KINDS = [
  "labs",
  "countries",
  "licenses",
  "models",
  "providers",
  "hostCountries",
  "hosts",
  "hostsOwnedOutside",
  "originsOutside",
] as const;

/** Both sets of exclusions together (a rule said twice is kept once). */
export function unionExclusions(a: Exclusions | undefined, b: Exclusions | undefined): Exclusions {
  const out: Exclusions = { ...a };
  for (const key of EXCLUSION_KINDS) {
    const all = [...new Set([...(a?.[key] ?? []), ...(b?.[key] ?? [])])];
    if (all.length > 0) out[key] = all;
  }
  return out;
}

/** Cloud platforms where closed models can run inside the team's own account. */
export const CLOUD_PROVIDERS = CLOUD_KEYS;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

/** How sensitive the team's data is, least first. */
export const DATA_SENSITIVITIES = ["public", "internal", "regulated"] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITIES)[number];

/** Where a team may run the model. */
export const DEPLOYMENTS = ["any-api", "own-cloud", "on-prem"] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

/** How each deployment is said to users (the ids are internal and never shown). */
export const DEPLOYMENT_LABELS: Record<Deployment, string> = {
  "any-api": "any managed API",
  "own-cloud": "runs in your own cloud",
  "on-prem": "on-prem",
};

export interface Requirements {
  useCase?: UseCase;
  /**
   * A second job the message named ("a support chatbot and also code completion"): one shortlist
   * ranks one job (`useCase`, the first named), so this one is said back with how to rank for it,
   * never dropped unsaid. Not ranked on.
   */
  secondUseCase?: UseCase;
  dataSensitivity?: DataSensitivity;
  deployment?: Deployment;
  volume?: Volume;
  monthlyBudgetUsd?: number;
  /**
   * No money to spend at all ("we have literally no budget ($0)", "no budget for API fees, only
   * electricity"): never a $0 cap, which every priced pick is over (a self-hosted figure carries
   * ops staff even on an owned card). Said back; with GPUs the team owns, picks that run on them
   * with no GPU rented or bought rank first (group-tier.ts needsSpendOf); with none, nothing is
   * free to run and the answer asks what hardware the team has (answers/no-cash-note.ts).
   */
  noCashBudget?: true;
  /**
   * The budget as said per thing ("at most 0.3 cents per ticket"), which made monthlyBudgetUsd
   * with the volume's count of those things: said back beside it, and dropped with it.
   */
  budgetPerUnit?: { usd: number; thing: string; count: number; noun: string };
  /**
   * A job run once ("2M documents to summarise once, ~3k tokens each"): its tokens in all. Kept
   * and said back, never read as a monthly volume (the ranking prices monthly volumes).
   */
  oneOffVolume?: Volume;
  /**
   * A budget said in a currency the prices are not in ("1500 EUR a month"): kept and said back as
   * said, never read as dollars; the ranking applies it at the most it can be worth where the
   * currency has a rate on record (budget.ts budgetUsdOf), and not at all where it has none.
   */
  statedBudget?: { currency: ForeignCurrency; perMonth: number };
  /**
   * A budget for the whole of a job run once ("a one-off budget of £40,000 for this", "total budget
   * for the backfill about $15k"), in its currency: never a monthly cap. Said back, and set against
   * each pick's one-off cost when the job is one-off (answers/one-off-cost.ts).
   */
  oneOffBudget?: { currency: Currency; amount: number };
  monthlyActiveUsers?: number;
  /**
   * The users said as a daily count ("40k daily actives", "120k DAU"): the monthly users are at
   * least that many, so monthlyActiveUsers holds the same figure as a floor (a licence's monthly
   * threshold counts no fewer) and this says it back as daily. Goes when monthly users are said.
   */
  dailyActiveUsers?: number;
  /**
   * How many people the team is ("a 12-person startup", "a studio (80 people)"): who builds and
   * runs it, not who uses it. Kept and said back; it never stands in for monthly users (licence
   * user thresholds count users of the product) and does not change the ranking.
   */
  teamSize?: number;
  /**
   * The whole organisation's headcount ("an insurer with 4,000 employees"): not the team that
   * builds it, nor its users. Said back; it changes nothing in the ranking.
   */
  organisationSize?: number;
  /**
   * Whom the organisation serves, counted as who it is ("a medical scheme with about 400,000
   * members") when the tool does not face them: not its users (a licence's user threshold counts
   * the product's users). Said back; it changes nothing in the ranking.
   */
  organisationBase?: { count: number; noun: string };
  fineTuning?: boolean;
  /**
   * Fine-tuning said as a wish, not a need ("would be nice to have", "we might fine-tune later"):
   * no model is ruled out for it; the customization criterion is weighed more than when tuning
   * is not mentioned (weights.ts). Set only while `fineTuning` is not.
   */
  fineTuningWanted?: boolean;
  trainOnOutputs?: boolean;
  contextTokens?: number;
  languages?: string[];
  /**
   * The language the team wrote its message in (an ISO 639-1 code), when not English: with no
   * language named, the one the answers are assumed to be in (judged-defaults.ts).
   */
  writtenIn?: string;
  mlOpsExperience?: OpsCapacity;
  latency?: "interactive" | "batch";
  /**
   * A stated response time ("answers under 1.5 s", "p95 below 800 ms", a voice agent's assumed
   * one): rules out models that always reason first and weighs speed more (latency-target.ts).
   */
  latencyTarget?: LatencyTarget;
  openWeightsOnly?: boolean;
  /** Data must stay in / team is established in the EU. */
  inEu?: boolean;
  /**
   * A named model's quality is the bar ("no worse than GPT-4o", "at least as good as Claude
   * Sonnet"): a hard filter on the quality criterion's sourced score for the team's job.
   */
  qualityFloor?: { id: string; name: string };
  /** Stated priorities raise a criterion's weight ("cost matters most"). */
  priorities?: Criterion[];
  /** For a commercial product; licence verdicts treat "not stated" as an open question. */
  commercial?: boolean;
  /** Hard exclusions ("no Chinese labs", "anything but Llama", "not GPT-4o"). */
  exclude?: Exclusions;
  /**
   * What the team would rather avoid but does not rule out ("we'd rather avoid Meta", "no US
   * models if possible"): no filter; a pick it covers is flagged in the answer (soft-avoid.ts).
   */
  avoidIfPossible?: Exclusions;
  /**
   * Countries of origin the team let back in after they were assumed out (judged-defaults.ts
   * assumedOriginExclusions: a defence team's "what if Chinese models are fine?"): ISO codes, so
   * the assumption is not made again in the thread.
   */
  originsAllowed?: string[];
  /**
   * The only kinds of licence the team accepts ("Apache or MIT only", "permissive licences only"):
   * a hard filter. Kind ids of licensing/licence-kinds.ts ALLOWED_KINDS.
   */
  allowedLicenses?: string[];
  /** Kinds of licence the team prefers but does not require ("ideally Apache or MIT"): said back only. */
  preferredLicenses?: string[];
  /** The model is sent images (photos, screenshots): a model without image input is ruled out. */
  imageInput?: boolean;
  /** Must run on a phone, laptop or edge device. */
  onDevice?: boolean;
  /**
   * The smallest device class the app must run on: a phone app needs a far smaller model than a
   * laptop app (see DEVICE_CAPS). Unset: a laptop is assumed, and the answer says so.
   */
  device?: "phone" | "laptop";
  /** At most this many billion total parameters ("at most 8B"). */
  maxParamsB?: number;
  /** The device's memory in GB ("6GB VRAM"), when the size cap was worked out from it. */
  deviceMemoryGb?: number;
  /**
   * The most the weights file may weigh, in GB, on a device ("the model can add at most 3 GB to the
   * download"): with `maxParamsB`, which is the smaller of its cap (4-bit) and the memory's.
   */
  weightsFileGb?: number;
  /** The team ships the weights (or a fine-tune) to its customers: the licence must allow it. */
  redistributeWeights?: boolean;
  /** The team offers the model to others as an API (model-as-a-service): the licence must allow it. */
  serveAsApi?: boolean;
  /** Closed models only through the team's own cloud account (Azure OpenAI, Bedrock, Vertex). */
  cloudProvider?: CloudProvider;
  /**
   * The team must run in a US government cloud (AWS GovCloud (US), Azure Government: CUI, FedRAMP
   * High): with `cloudProvider`, only models that cloud's own page lists in its government regions
   * (src/catalog/clouds.ts usGovernmentAvailability); Google Cloud has no such partition on record.
   */
  usGovernmentCloud?: boolean;
  /**
   * The FedRAMP impact level the cloud service must be authorised at ("must be FedRAMP Moderate
   * authorized", "what if we need FedRAMP High?"). The catalogue holds no FedRAMP records, so the
   * answer names each pick's host as not on record at that level rather than ruling any out.
   */
  fedrampLevel?: "low" | "moderate" | "high";
  /** The provider must sign a HIPAA Business Associate Agreement. */
  needsBaa?: boolean;
  /** An API must process and keep the data in the EU (data residency), not only a team in the EU. */
  euDataResidency?: boolean;
  /**
   * A place other than the EU as a whole where the data must stay ("data cannot leave Singapore",
   * "data must stay in Germany"), as said back; hosts are checked by its country where records
   * exist (scoring/residency.ts), and said to be not checked where none do.
   */
  residencyElsewhere?: string;
  /**
   * Where the team would like its data kept, or whom it would like to serve it, said as a wish and
   * not a rule ("should stay in Nigeria where possible" -> "data kept in Nigeria", "we prefer a
   * european vendor" -> "a European vendor"): said back, never ranked on.
   */
  preferredPlace?: string;
  /**
   * An API host must keep nothing of the team's data (zero data retention), and so train on none
   * of it. A self-hosted model meets it by itself: no provider sees the data.
   */
  noRetention?: boolean;
  /**
   * An API host must not train on the team's data ("never trained on our data"); keeping it for
   * abuse checks is allowed. Weaker than noRetention: most APIs meet it by their own terms.
   */
  noTrainingOnData?: boolean;
  /**
   * The team can use batch APIs (asynchronous, discounted) for its volume. Work that waits for no
   * one (latency "batch") can too unless this is false: see pricedAtBatchRates (scoring/hosting.ts).
   */
  batchOk?: boolean;
  /** What the team pays per GPU-hour ("we pay $2.10/h for H100s"). */
  gpuHourlyUsd?: number;
  /**
   * Peak load ÷ average load ("peaks are 10x", "spiky traffic, 5x at lunch"): self-hosting sizes
   * its GPUs for the peak. The one home of the team's stated peak; cost edits take it from here.
   */
  peakToAverage?: number;
  /**
   * A busy occasion said in a thread ("what if a storm day brings 200,000 conversations?"): how
   * much busier than an average day it is, and for how many days. Capacity, not a new month:
   * peakToAverage sizes the fleet for it, the monthly volume stays the ordinary month's.
   */
  peakOccasion?: PeakOccasion;
  /**
   * GPUs the team already owns ("we own 8 H100s"): amortised instead of rented; `perServer` when
   * they are in several servers ("2 servers with 2x L40S each"), each of which a replica fits within.
   */
  ownedGpus?: { type: string; count: number; perServer?: number };
  /**
   * GPUs the message names as where the model runs, not said to be the team's ("best open model
   * for tickets on a single A100 80GB"): `type` is a gpu_key of catalog/selfhost.json. The weights
   * are self-hosted on them, only a model that loads there is a candidate, and they are priced as
   * rented at their median rate (intents/named-gpus-text.ts). Owned GPUs, when said, take their place.
   * No count when the team said it rents that card without one ("we rent H200s at $3.50/h"): the
   * estimate runs on that card, as many as its sizing needs, and no group limits the picks.
   */
  namedGpus?: { type: string; count?: number };
  /**
   * The team will buy its hardware ("we don't have GPUs yet; the board approved CHF 400k capex"):
   * the GPUs it runs are bought (amortised), not rented, and a capex it states is kept in its own
   * currency (applied only in US dollars: the repo holds no sourced exchange rate).
   */
  hardwareToBuy?: { capex?: { currency: Currency; amount: number } };
  /**
   * The field the model is used in ("military", "medical"), as the licence checks name it: use
   * policies forbid some fields outright (the Llama policies: military, weapons, ITAR).
   */
  fieldOfUse?: string;
  /** The product is for, or likely used by, people under 18 (providers' age terms apply). */
  minorUsers?: boolean;
  /**
   * The team is a nonprofit organisation ("a nonprofit health system"): said back, never read as
   * non-commercial use (licences restrict the use, not the kind of organisation).
   */
  nonprofit?: boolean;
  /**
   * The team runs the weights itself, even inside a cloud account where closed models are offered
   * (a bank on Azure asking "what if we self-host?"): no API of any kind.
   */
  selfHosted?: boolean;
  /**
   * The classification job is content moderation (labelling what users post for harm): safety
   * classifiers (Llama Guard, ShieldGemma, gpt-oss-safeguard) are made for it and offered for it
   * alone (moderation-fit.ts). Read with the use case (intents/use-case-text.ts moderationIn).
   */
  moderation?: boolean;
}

/** A busy occasion beside the ordinary month (see Requirements.peakOccasion). */
export interface PeakOccasion {
  /** The occasion as said: "storm day", "event weekend". */
  words: string;
  /** Its days: 1 for a day, 2 for a weekend, 7 for a week. */
  days: number;
  /** Its traffic a day ÷ an average day's (above 1). */
  dayFactor: number;
}
