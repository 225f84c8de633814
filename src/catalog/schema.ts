// The catalogue's single source of truth: every file under catalog/ is validated against these
// schemas at start-up, and the JSON Schema for editors is generated from them.
import { z } from "zod";
import { BENCHMARK_IDS } from "./benchmarks.js";
import { factSourceSchema, isoDate, sourceKindSchema } from "./schema-common.js";
import { cloudAvailabilitySchema, hostOwnerSchema, labSchema, providerPolicySchema } from "./signals-schema.js";

/** Where a fact came from and when it was checked. */
export const sourceSchema = z.object({
  source: z.string().min(1),
  asOf: isoDate,
});

/** Provenance of a model's release date or context window: answers say "per <label>, <asOf>".
 *  sourceKind "primary" is the lab's own text (model card, licence, README, announcement). */
export const modelFactSourceSchema = factSourceSchema.extend({
  /** Short human label: "Meta's Llama 4 model card (meta-llama/llama-models)". */
  label: z.string().min(1),
  /** true only when a primary source was read; derived or secondary facts are unverified. */
  verified: z.boolean(),
  /** How the value was obtained when it was not read as such: "model-id" (a snapshot date in the
   *  model's id), "host-cap" (one host's serving limit rather than the model card). */
  derived: z.enum(["model-id", "host-cap"]).optional(),
});
export type ModelFactSource = z.infer<typeof modelFactSourceSchema>;

/** What a model can be good at, in the order answers list them. */
export const STRENGTHS = [
  "chat",
  "coding",
  "rag",
  "extraction",
  "agents",
  "creative",
  "multilingual",
  "reasoning",
  "vision",
  "embedding-encoder",
  // A safety classifier (Llama Guard, ShieldGemma, gpt-oss-safeguard): labels content against a
  // policy; offered for moderation jobs only (src/scoring/moderation-fit.ts).
  "moderation",
] as const;

export const clauseTopicSchema = z.enum([
  "commercial-use",
  "user-threshold",
  "outputs-training",
  "attribution",
  "derivative-naming",
  "acceptable-use",
  "redistribution",
  "fine-tuning",
  "self-hosting",
  "serve-as-api",
  "regional",
  "field-of-use",
  // A use policy's words on decisions about people (automated decisions, discrimination in
  // employment, credit, housing): quoted when a team's field is one where such decisions are made.
  "decisions-about-people",
  // Age terms: whether a product may be offered to people under 18 (OpenAI: parents' consent).
  "minors",
  "ownership",
  "relicensing",
  "general",
  // The licence of the lab's code repository, not of the weights (Gemma's library is Apache-2.0,
  // its weights are under the Gemma Terms): shown as such, never as the model licence's own words.
  "code-licence",
]);
export type ClauseTopic = z.infer<typeof clauseTopicSchema>;

export const clauseSchema = z.object({
  topic: clauseTopicSchema,
  /** Verbatim, short (at most about 25 words), from the source. */
  quote: z.string().min(1),
  source: z.string().min(1),
  checkedAt: isoDate,
  primary: z.boolean(),
  /** How the quote was checked (e.g. "quote found verbatim in snapshot", "third-party page"). */
  checkedHow: z.string().optional(),
  /**
   * The release the quote speaks for, when the curation states it: a checkpoint's name when the
   * text is that checkpoint's card or repository (answers quote it only for that model), null when
   * the words are the licence's own though another model's page shows them. Absent: a Hugging Face
   * model repository in `source` names the checkpoint (src/licensing/checkpoint.ts).
   */
  checkpoint: z.string().min(1).nullable().optional(),
  /**
   * The date a versioned text says it took effect (terms pages are replaced over time): answers
   * print it, so a quote never reads as the current terms without saying which version it is.
   */
  inForceFrom: isoDate.optional(),
});
export type Clause = z.infer<typeof clauseSchema>;

// "unknown": the sources we hold do not settle it (unverified licences, unread clauses). Answers
// must say so rather than treat it as yes or no.
const LICENSE_TERM_NAMES = [
  "commercialUse",
  "selfHosting",
  "fineTuning",
  "redistribution",
  "serveAsApi",
  "outputsToTrainOtherModels",
  "userThreshold",
  "attribution",
  "derivativeNaming",
  "acceptableUsePolicy",
  "passThrough",
  "regionalExclusions",
  "fieldOfUseRestrictions",
  "minorUsers",
] as const;

const permission = z.enum(["yes", "conditional", "no", "unknown"]);

export const licenseTermsSchema = z.object({
  commercialUse: permission,
  selfHosting: permission,
  fineTuning: z.enum(["yes", "conditional", "no", "not-applicable", "unknown"]),
  /** Distributing the weights or derivatives (fine-tunes, quantizations). */
  redistribution: z.enum(["yes", "conditional", "no", "not-applicable", "unknown"]),
  /** Offering the model to third parties as a hosted API. */
  serveAsApi: permission,
  outputsToTrainOtherModels: z.enum(["yes", "conditional", "no", "not-addressed", "not-applicable", "unknown"]),
  /** Above this many monthly active users the licence no longer grants rights by itself. */
  userThreshold: z.object({ maxMonthlyActiveUsers: z.number().int().positive(), consequence: z.string() }).nullable(),
  attribution: z.string().nullable(),
  derivativeNaming: z.string().nullable(),
  acceptableUsePolicy: z.string().nullable(),
  passThrough: z.string().nullable(),
  /** Rights not granted to parties in a region (e.g. multimodal Llama 3.2 in the EU), or, with
   *  effect "condition", a regional condition (Gemini: apps for EEA/CH/UK users must use paid services). */
  regionalExclusions: z.array(
    z.object({
      region: z.string(),
      scope: z.string(),
      /** "multimodal": only the licence's multimodal models are concerned. */
      appliesTo: z.enum(["all", "multimodal"]).optional(),
      effect: z.enum(["excluded", "condition"]).optional(),
    }),
  ),
  fieldOfUseRestrictions: z.array(z.string()),
  /**
   * A use policy's clause on decisions about people, by the fields of use (team-facts' names) it
   * reaches: "automated" forbids such decisions made without a person deciding (Gemma: automated
   * decisions in employment, finance …; DeepSeek-V3, MiniMax-M2.5: fully automated decisions that
   * adversely affect a person's legal rights); "discrimination" forbids discriminatory conduct there
   * (Llama: in the provision of employment, credit, housing). The words are the clauses of topic
   * "decisions-about-people"; `policy` is how an answer names the text that holds them ("the Gemma
   * Prohibited Use Policy"). Absent: the texts we hold say nothing on it.
   */
  decisionsAboutPeople: z
    .object({
      kind: z.enum(["automated", "discrimination"]),
      fields: z.array(z.string().min(1)).min(1),
      policy: z.string().min(1),
    })
    .optional(),
  /** Duties on outputs used to train other models (e.g. a naming rule), when conditional. */
  outputsTrainingDuty: z.string().nullable(),
  /** Which other models a "no" covers: any other LLM (Llama 2/3, DBRX: own derivatives excepted) or
   *  only models that compete with the vendor (OpenAI, Anthropic, Google, AI21 terms). */
  outputsTrainingScope: z.enum(["any-other-model", "competing-models"]).optional(),
  /** Whether a product may be offered to people under 18, as the provider's terms say: "no" (Gemini
   *  API: not in apps likely to be used by under-18s), "conditional" (OpenAI: parents' consent).
   *  Absent: the terms we hold say nothing on age, which for a hosted service means "not checked". */
  minorUsers: z.enum(["allowed", "conditional", "no"]).optional(),
  /** Plain-words reason behind a term that is conditional, "no" or "unknown" (our own words),
   *  keyed by the term's name, e.g. { serveAsApi: "hosted services may need a separate TII licence" }. */
  notes: z.partialRecord(z.enum(LICENSE_TERM_NAMES), z.string()).optional(),
});
export type LicenseTerms = z.infer<typeof licenseTermsSchema>;

export const licenseSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/),
  name: z.string().min(1),
  /** Family id in ../shared/data/licenses.json this record was curated from; null for records
   *  (vendor API terms) that the licence data does not cover. */
  family: z.string().min(1).nullable(),
  developer: z.string().min(1),
  kind: z.enum([
    "osi-open-source",
    "open-weights-custom",
    "research-only",
    "proprietary-api",
    "not-released",
    "library",
  ]),
  spdx: z.string().nullable(),
  osiApproved: z.boolean().nullable(),
  weightsAvailable: z.boolean().nullable(),
  /** false: only secondary sources were found; answers must say "unverified". */
  verified: z.boolean(),
  verificationNote: z.string().nullable(),
  /** Our own words, one or two sentences. */
  summary: z.string().min(1),
  terms: licenseTermsSchema,
  /** Verified licences carry at least one clause (checked by the loader). */
  clauses: z.array(clauseSchema),
  history: z.string().nullable(),
  /** Correction of the 2024 comparison, when it got this licence wrong. */
  seedCorrection: z.string().nullable(),
});
export type License = z.infer<typeof licenseSchema>;

/** A long-context rate: a prompt over `aboveInputTokens` is billed whole at these prices. */
export const longContextTierSchema = z.object({
  aboveInputTokens: z.number().int().positive(),
  inputPerMTok: z.number().nonnegative(),
  outputPerMTok: z.number().nonnegative(),
  cachedInputPerMTok: z.number().nonnegative().nullable(),
  /** Where the tier was read, when another list than the offering's base price gave it. */
  source: z.string().min(1).optional(),
  sourceUrl: z.string().nullable().optional(),
  asOf: isoDate.optional(),
});
export type LongContextTier = z.infer<typeof longContextTierSchema>;

/**
 * A host's own end of life for one offering (model × host), read on that host's lifecycle page or
 * model card: clouds retire a model on their own dates, which may differ from the lab's (Amazon
 * Bedrock says only its own dates apply there). Past `retiresOn`, the offering is no longer sold.
 */
export const offeringRetirementSchema = factSourceSchema.extend({
  /** When the host moved it to legacy (no new customers), when the source says. */
  legacyOn: isoDate.nullable(),
  /** The host's end-of-life date: requests fail from then on. */
  retiresOn: isoDate,
  /** Short human label for answers: "AWS's Bedrock model card for Llama 3.2 90B Instruct". */
  label: z.string().min(1),
});
export type OfferingRetirement = z.infer<typeof offeringRetirementSchema>;

export const offeringSchema = z.object({
  provider: z.string().min(1),
  providerName: z.string().min(1),
  providerModelId: z.string().min(1),
  firstParty: z.boolean(),
  inputPerMTok: z.number().nonnegative(),
  outputPerMTok: z.number().nonnegative(),
  cachedInputPerMTok: z.number().nonnegative().nullable(),
  /** Higher rates for long prompts, lowest threshold first; absent when the provider has one rate. */
  longContextTiers: z.array(longContextTierSchema).optional(),
  /** Where the price was read: a reference list ("models.dev", "litellm") or the lab's own text ("Mistral AI's model card"). */
  source: z.string().min(1),
  sourceUrl: z.string().nullable(),
  asOf: isoDate,
  /** The host's announced end of life for this offering (offering-lifecycle.ts reads it). */
  retirement: offeringRetirementSchema.optional(),
});
export type Offering = z.infer<typeof offeringSchema>;

export const qualitySignalSchema = z.object({
  /** e.g. "MMLU", "LMArena Elo", "SWE-bench Verified". */
  name: z.string().min(1),
  value: z.number(),
  /** Higher is better unless false. */
  higherIsBetter: z.boolean(),
  source: z.string().min(1),
  asOf: isoDate,
  /** Which public evaluation (src/catalog/benchmarks.ts); absent for the models.dev benchmark rows. */
  benchmark: z.enum(BENCHMARK_IDS).optional(),
  sourceUrl: z.string().optional(),
  sourceKind: sourceKindSchema.optional(),
  /** The model's name in the source (e.g. "claude-sonnet-4-5-20250929"), when it differs. */
  sourceModel: z.string().optional(),
  /** Our own words: scaffold, variant or caveat. */
  note: z.string().optional(),
});
export type QualitySignal = z.infer<typeof qualitySignalSchema>;

export const retirementSchema = factSourceSchema.extend({
  /** When the lab marked it deprecated on its API, if it says. */
  deprecatedOn: isoDate.nullable(),
  /** When the lab's API stops serving it. */
  retiresOn: isoDate,
  /** The model the lab names as its replacement, in the lab's words. */
  replacement: z.string().nullable(),
  /** Short human label for answers: "Mistral AI's model card for Mistral Small 3.2". */
  label: z.string().min(1),
});
export type Retirement = z.infer<typeof retirementSchema>;

/**
 * The attention shape that sets an open model's KV-cache size per token, read in its lab's config
 * or code. Grouped-query attention caches K and V for each KV head of each layer; multi-head latent
 * attention caches one latent per layer instead (latentDim); layers that only attend to a window
 * hold at most that many tokens.
 */
export const kvCacheConfigSchema = factSourceSchema.extend({
  layers: z.number().int().positive(),
  /** KV heads per layer; null for latent attention. */
  kvHeads: z.number().int().positive().nullable(),
  /** Size of one head; null for latent attention. */
  headDim: z.number().int().positive().nullable(),
  /** Latent attention: values cached per token per layer (DeepSeek-V3: 512 latent + 64 RoPE key). */
  latentDim: z.number().int().positive().nullable(),
  /** Hybrid models: how many of `layers` attend over the context and so keep a KV cache (Qwen3-Next:
   *  12 of 48); the others (Gated DeltaNet, Mamba) carry a fixed-size state per sequence whatever its
   *  length. Absent: every layer keeps a KV cache. */
  attentionLayers: z.number().int().positive().optional(),
  /** Layers that attend only to the last `tokens` tokens; null when every layer sees the whole context.
   *  `kvHeads` / `headDim` are the windowed layers' own shape when it differs from the full-attention
   *  layers' (Gemma 4: 16 KV heads of 256 in its windowed layers, 4 of 512 in its global ones); the
   *  top-level kvHeads / headDim are then the full-attention layers'. */
  slidingWindow: z
    .object({
      tokens: z.number().int().positive(),
      layers: z.number().int().positive(),
      kvHeads: z.number().int().positive().optional(),
      headDim: z.number().int().positive().optional(),
    })
    .nullable(),
  /** Our own words. */
  attention: z.string().min(1),
  /** Bytes per token across every layer at 16-bit, before any window caps a layer. */
  bytesPerTokenBf16: z.number().int().positive(),
});
export type KvCacheConfig = z.infer<typeof kvCacheConfigSchema>;

export const modelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/),
  name: z.string().min(1),
  lab: z.string().min(1),
  family: z.string().min(1),
  aliases: z.array(z.string()),
  /** "library": not a model (Hugging Face Transformers); "unreleased": no weights nor API. */
  kind: z.enum(["model", "library", "unreleased"]),
  releaseDate: isoDate.nullable(),
  /** Where the release date comes from (the lab's announcement, or a derived/secondary date). */
  releaseDateSource: modelFactSourceSchema.nullable().optional(),
  status: z.enum(["current", "legacy", "deprecated", "retired"]),
  /** Where the status comes from: the lab's own model page or deprecation table (primary), or a
   *  copy of it (secondary, unverified). Absent: no source on file; the audit lists such statuses. */
  statusSource: modelFactSourceSchema.nullable().optional(),
  /** The lab's own announcement that it retires this model from its API (read in the lab's text;
   *  never from a price list). Hosts of open weights may keep serving it. */
  retirement: retirementSchema.nullable().optional(),
  openWeights: z.boolean(),
  licenseId: z.string().min(1),
  /** Terms that govern use through the lab's own paid API, when they differ from the weights'
   *  licence (e.g. Mistral Large 2: weights under a research licence, API use under Mistral's
   *  terms). Absent or null: the same as licenseId, or not known. */
  apiLicenseId: z.string().min(1).nullable().optional(),
  parameters: z
    .object({
      totalB: z.number().positive(),
      /** Equal to totalB for dense models; null when a mixture-of-experts' active count is not sourced. */
      activeB: z.number().positive().nullable(),
      source: z.string(),
      asOf: isoDate,
      /** false when only secondary sources give the count. */
      verified: z.boolean().optional(),
      sourceKind: sourceKindSchema.optional(),
      /** Our own words, e.g. "model card: 12.2B; rounded in the name". */
      note: z.string().optional(),
    })
    .nullable(),
  /**
   * The catalogue model whose network this one is, fine-tuned with the same architecture (Llama
   * Guard 3 8B is Llama 3.1 8B tuned, per Meta's card): self-hosting sizes it on that model's
   * measured throughput and KV-cache shape. Absent: its own, or none on file.
   */
  tunedFrom: factSourceSchema.extend({ id: z.string().min(1) }).optional(),
  /** Open models: the KV-cache shape from the lab's config (null: none on file). Absent for closed models. */
  kvCache: kvCacheConfigSchema.nullable().optional(),
  contextWindow: z.number().int().positive().nullable(),
  /** Where the context window comes from (the model card, or a host's serving cap). */
  contextWindowSource: modelFactSourceSchema.nullable().optional(),
  maxOutput: z.number().int().positive().nullable(),
  inputModalities: z.array(z.string()),
  outputModalities: z.array(z.string()),
  capabilities: z.object({
    reasoning: z.boolean().nullable(),
    toolCalling: z.boolean().nullable(),
    structuredOutput: z.boolean().nullable(),
  }),
  /** What it is known to be good at; used by the scoring engine's use-case fit. */
  strengths: z.array(z.enum(STRENGTHS)),
  quality: z.array(qualitySignalSchema),
  offerings: z.array(offeringSchema),
  /** Where the model runs inside Azure, Bedrock or Vertex (src/catalog/clouds.ts reads it). */
  clouds: z.array(cloudAvailabilitySchema).optional(),
  specSource: sourceSchema,
  /** Our own words. */
  description: z.string().min(1),
  /** Correction of the 2024 comparison, when it got this model wrong. */
  seedCorrection: z.string().nullable(),
  /** The name under which the 2024 open-vs-closed comparison listed this model, if it did. */
  seed2024: z.string().nullable().optional(),
});
export type Model = z.infer<typeof modelSchema>;

/** An upstream snapshot a catalogue file was generated from (shown by the "sources" answer). */
export const provenanceSchema = z.object({
  label: z.string().min(1),
  url: z.string().optional(),
  commit: z.string().optional(),
  asOf: isoDate,
  licence: z.string().optional(),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const licensesFileSchema = z.object({
  /** Editors' hint: the generated JSON Schema for this file. */
  $schema: z.string().optional(),
  generatedFrom: z.string(),
  asOf: isoDate,
  sources: z.array(provenanceSchema).optional(),
  licenses: z.array(licenseSchema),
});
export const modelsFileSchema = z.object({
  $schema: z.string().optional(),
  generatedFrom: z.string(),
  asOf: isoDate,
  sources: z.array(provenanceSchema).optional(),
  models: z.array(modelSchema),
  /** Labs with their country of origin (src/catalog/labs.ts reads it). */
  labs: z.array(labSchema).optional(),
  /** API providers' data terms and batch discounts (src/catalog/provider-policies.ts reads it). */
  providerPolicies: z.array(providerPolicySchema).optional(),
  /** Who owns each API host, by offering provider id (src/catalog/host-owners.ts reads it). */
  hostOwners: z.array(hostOwnerSchema).optional(),
});
