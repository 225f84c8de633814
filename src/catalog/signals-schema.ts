// Schemas of the catalogue's decision data beyond specs and prices: labs (country of origin),
// where first-party closed models run inside the big clouds, and providers' data policies and
// batch discounts. Every value carries its own source, kind and date.
import { z } from "zod";
import { factSourceSchema, isoDate, sourcedFact, sourceKindSchema } from "./schema-common.js";

/** ISO 3166-1 alpha-2, e.g. "US", "CN", "FR". */
const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 country code");
/** A country, or "EU" for a scope that keeps processing inside the EU as a whole (src/catalog/region-countries.ts). */
const placeCode = countryCode;

export const labSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Exactly as models name it in `model.lab`. */
  name: z.string().min(1),
  /** Where the lab is headquartered; null when no source settles it (answers say "not known"). */
  country: countryCode.nullable(),
  sourceUrl: z.string().nullable(),
  sourceKind: sourceKindSchema.nullable(),
  asOf: isoDate.nullable(),
  /** Our own words, e.g. "a research workshop of many countries, coordinated by Hugging Face". */
  note: z.string().optional(),
});
export type Lab = z.infer<typeof labSchema>;

export const cloudIdSchema = z.enum(["azure", "aws-bedrock", "google-vertex"]);
export type CloudId = z.infer<typeof cloudIdSchema>;

/** One piece of evidence that a model can be used inside a cloud account, and where. */
export const cloudAvailabilitySchema = factSourceSchema.extend({
  cloud: cloudIdSchema,
  /** e.g. "Azure OpenAI in Azure AI Foundry", "Amazon Bedrock", "Vertex AI Model Garden". */
  service: z.string().min(1),
  /** The id the cloud uses for the model (deployment / model id). */
  cloudModelId: z.string().min(1),
  /**
   * Regions or deployment scopes the source names (e.g. "eu-central-1", "EU data zone"). Empty: the
   * source does not say, or (with `tableRegions`) lists the model in none of its table's regions.
   */
  regions: z.array(z.string()),
  /** true when the source shows processing that stays in the EU (EU region or EU data zone). */
  euProcessing: z.boolean(),
  /**
   * The countries the listed regions keep processing in ("EU" for an EU-wide scope), worked out
   * from `regions` with src/catalog/region-countries.ts. Absent or empty: none is known.
   */
  countries: z.array(placeCode).optional(),
  /**
   * The source lists every region where this kind of deployment of the model is offered (a
   * cloud's own availability table): a country in none of the model's records for this cloud is
   * then known not to be offered, rather than not checked.
   */
  allRegionsListed: z.boolean().optional(),
  /**
   * Every region the source's table has a column for (a cloud's per-geography table): the model is
   * known not to be offered, by this kind of deployment, in the ones `regions` leaves out, and this
   * record is the one to cite for their countries ("no regional deployment in japaneast").
   */
  tableRegions: z.array(z.string()).optional(),
  /**
   * Countries the source's table covers for some models, whose cell for this model we could not
   * read (Google's data-residency table): such a country stays not checked, while a country the
   * table does not cover at all is known not to be offered when `allRegionsListed`.
   */
  unreadCountries: z.array(placeCode).optional(),
});
export type CloudAvailability = z.infer<typeof cloudAvailabilitySchema>;

/**
 * Who owns an API host, for rules like "no US-owned cloud providers": either the lab whose own API
 * or cloud it is (`lab`: a lab id; its country is the lab record's, never copied here), or the
 * company the host's own legal pages (terms, imprint, privacy policy) name, with the country they
 * give; `country` null when those pages name the company but no country, so a rule on owners says
 * "not checked" for it rather than guessing from a company suffix.
 */
export const hostOwnerSchema = z.union([
  z.object({ provider: z.string().min(1), lab: z.string().min(1) }),
  sourcedFact(z.object({ company: z.string().min(1), country: countryCode.nullable() })).extend({
    provider: z.string().min(1),
  }),
]);
export type HostOwnerRecord = z.infer<typeof hostOwnerSchema>;

const tri = z.enum(["yes", "no", "on-request", "unknown"]);

/** A provider's terms for API traffic, each fact with its own source. */
export const providerPolicySchema = z.object({
  /** The provider id used by offerings (`offering.provider`), e.g. "openai", "azure", "amazon-bedrock". */
  provider: z.string().min(1),
  name: z.string().min(1),
  /** How long prompts and outputs are kept by default (days; 0 = not stored). */
  retentionDays: sourcedFact(z.number().int().nonnegative().nullable()).optional(),
  /** Whether nothing is kept at all (zero data retention) can be had. */
  zeroDataRetention: sourcedFact(tri).optional(),
  /** Whether the provider trains models on API customers' data by default. */
  trainsOnCustomerData: sourcedFact(z.enum(["no", "yes", "opt-out", "unknown"])).optional(),
  /** Whether processing (and storage) can be kept inside the EU. */
  euDataResidency: sourcedFact(tri).optional(),
  /** Where requests may be processed, in the source's words (regions, "global", "US"). */
  processingRegions: sourcedFact(z.array(z.string())).optional(),
  /**
   * Where a customer can keep processing, by country ("EU" for the EU as a whole): the places the
   * provider's own residency settings pin inference to. `allListed`: the source names every such
   * place, so a country not listed is known not to be offered (else it is only not on record).
   * `byModel`: when the provider pins only some models to a place (Together's geo-specific
   * endpoints), the places of each catalogue model id; a model missing from it has no place on
   * record, and none at all when `allListed`.
   */
  residency: sourcedFact(
    z.object({
      places: z.array(placeCode).min(1),
      allListed: z.boolean(),
      byModel: z.record(z.string(), z.array(placeCode)).optional(),
    }),
  ).optional(),
  /**
   * Whether the free tier (unpaid quota, a free plan) trains on what is sent, where its terms differ
   * from the paid API's: absent where there is no free tier or nothing was read.
   */
  freeTierTraining: sourcedFact(z.enum(["no", "yes", "opt-out", "unknown"])).optional(),
  /** Whether a HIPAA business associate agreement is offered. */
  baa: sourcedFact(tri).optional(),
  /** Whether API customers get a data processing agreement (the processor contract GDPR Art. 28 asks for). */
  dpa: sourcedFact(tri).optional(),
  /** Discount of the batch API against the standard price, in percent (50 = half price). */
  batchDiscountPct: sourcedFact(z.number().min(0).max(100)).optional(),
  /**
   * Who processes the data of the models this host sells for other labs, where a source says: by
   * the model's lab id ("*": every lab's), the provider id whose terms then apply: the host itself
   * (Azure OpenAI models are sold directly by Azure) or the lab's company (Claude on Microsoft
   * Foundry: Anthropic is seller of record and data processor). A lab not listed: not on record.
   */
  processors: z.array(factSourceSchema.extend({ lab: z.string().min(1), processor: z.string().min(1) })).optional(),
});
export type ProviderPolicy = z.infer<typeof providerPolicySchema>;
