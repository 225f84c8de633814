// Shape of the hand-kept model list. Facts (prices, context, modalities, capabilities, benchmarks,
// parameter counts) are NOT written here: each entry says where to find them in the reference
// data and the importer copies them with their source and date.
import type { Model } from "../../../src/catalog/schema.js";

export type Strength = Model["strengths"][number];

export interface ModelCuration {
  /** Kebab id, e.g. "llama-3.1-70b", "gpt-4o", "claude-sonnet-4.5". */
  id: string;
  name: string;
  lab: string;
  family: string;
  /** Spellings people type ("gpt4o", "sonnet 4.5", "llama 3.1 70b instruct"). */
  aliases: string[];
  kind?: Model["kind"];
  /** Overrides the status derived from the data (e.g. retired APIs). */
  status?: Model["status"];
  openWeights: boolean;
  licenseId: string;
  /** Terms for use through the lab's API when they differ from the weights' licence. */
  apiLicenseId?: string;
  /** `model` of a row in selfhost.json `parameters`. */
  params?: string;
  /** models-dev.json base model id: preferred spec source, and its benchmarks. */
  base?: string;
  /** Other models-dev.json base records of the same model (e.g. a "-latest" alias record) whose
   *  benchmarks are added; a benchmark name already present is not repeated. */
  benchmarksFrom?: string[];
  /** models-dev.json offerings as "provider:model_id"; the first is the spec source when no base. */
  md?: string[];
  /** litellm-prices.json keys. */
  ll?: string[];
  /** The catalogue model this one fine-tunes with the same network, as the lab's card says (see Model.tunedFrom). */
  tunedFrom?: NonNullable<Model["tunedFrom"]>;
  /** Strengths the data does not flag by itself, each justified in `strengthsWhy`. */
  strengths?: Strength[];
  strengthsWhy?: string;
  /** Our own words. */
  description: string;
  seedCorrection?: string;
  /** How the 2024 comparison listed it. */
  seed2024?: string;
}
