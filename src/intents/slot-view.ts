// The canonical, flat view of what one message was understood to say: the vocabulary of the
// labelled corpus (tests/corpus/README.md) and of `slotsOf`. One home for slot names and value
// types, so the corpus checker, the evaluator and the mapping from Intent agree by construction.
import { z } from "zod";
import { LICENSE_TOPICS } from "../licensing/topic.js";
import { OPS_CAPACITIES } from "../costs/assumptions.js";
import { CLOUD_PROVIDERS, CRITERIA, DATA_SENSITIVITIES, DEPLOYMENTS, USE_CASES } from "../scoring/requirements.js";

/** Every intent the corpus labels, including ones the Intent union may not have yet. */
export const CORPUS_INTENTS = [
  "help",
  "sources",
  "reset",
  "model-info",
  "license",
  "price",
  "cost",
  "break-even",
  "compare",
  "tradeoffs",
  "recommend",
  "what-if",
  "flow-control",
  "decision-record",
  "profile",
  "watch",
  "unknown-model",
  "unclear",
] as const;
export type CorpusIntent = (typeof CORPUS_INTENTS)[number];

export const TRADEOFF_TOPICS = [
  "cost-at-scale",
  "ownership",
  "data-security",
  "support",
  "lock-in",
  "customization",
  "general",
] as const;

const amount = z.number().positive().finite();
const ids = z.array(z.string().min(1));

/** Slot name → value schema. Arrays are compared as sets, numbers within 1 %, the rest exactly. */
export const SLOT_SCHEMAS = {
  models: ids,
  useCase: z.enum(USE_CASES),
  tokensPerMonth: amount,
  /** A job run once ("20M tokens over the whole project"): its tokens in all, never a monthly volume. */
  oneOffTokens: amount,
  contextTokens: amount,
  monthlyActiveUsers: amount,
  monthlyBudgetUsd: amount,
  /** No money to spend at all ("literally no budget ($0)", "only electricity"): never a $0 cap. */
  noCashBudget: z.literal(true),
  dataSensitivity: z.enum(DATA_SENSITIVITIES),
  deployment: z.enum(DEPLOYMENTS),
  cloudProvider: z.enum(CLOUD_PROVIDERS),
  /** Bound to a US government cloud (AWS GovCloud (US), Azure Government): with cloudProvider. */
  usGovernmentCloud: z.literal(true),
  /** The FedRAMP impact level the hosts must be authorised at ("must be FedRAMP Moderate authorized"). */
  fedrampLevel: z.enum(["low", "moderate", "high"]),
  needsBaa: z.literal(true),
  euDataResidency: z.literal(true),
  noRetention: z.literal(true),
  noTrainingOnData: z.literal(true),
  inEu: z.literal(true),
  "exclude.labs": ids,
  "exclude.countries": z.array(z.string().regex(/^[A-Z]{2}$/)),
  "exclude.licenses": ids,
  /** Kinds of licence allowed ("Apache or MIT only"), or only preferred: licence-kinds.ts ALLOWED_KINDS ids. */
  allowedLicenses: ids,
  preferredLicenses: ids,
  "exclude.models": ids,
  /** Clouds ruled out as hosts ("no AWS"): CloudProvider ids. */
  "exclude.providers": z.array(z.enum(CLOUD_PROVIDERS)),
  /** Owner countries of API hosts ruled out ("no US-owned cloud providers"): ISO alpha-2. */
  "exclude.hostCountries": z.array(z.string().regex(/^[A-Z]{2}$/)),
  /** API hosts ruled out by name ("no openai/anthropic APIs"): offering provider ids. */
  "exclude.hosts": ids,
  /** The only owner countries an API host may have ("no foreign providers", "only Turkish-owned providers"): ISO alpha-2. */
  "exclude.hostsOwnedOutside": z.array(z.string().regex(/^[A-Z]{2}$/)),
  /** The only places a model's lab may come from ("only European labs"): ISO alpha-2 or an origin-regions.ts id. */
  "exclude.originsOutside": z.array(z.string().regex(/^(?:[A-Z]{2}|EUROPE)$/)),
  openWeightsOnly: z.boolean(),
  fineTuning: z.boolean(),
  /** Fine-tuning said as a wish ("would be nice", "we might later"): weighed, never a rule. */
  fineTuningWanted: z.literal(true),
  trainOnOutputs: z.boolean(),
  redistributeWeights: z.literal(true),
  serveAsApi: z.literal(true),
  commercial: z.boolean(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)),
  latency: z.enum(["interactive", "batch"]),
  batchOk: z.literal(true),
  mlOpsExperience: z.enum(OPS_CAPACITIES),
  onDevice: z.literal(true),
  imageInput: z.literal(true),
  maxParamsB: amount,
  priorities: z.array(z.enum(CRITERIA)),
  /** The model whose quality is the bar ("no worse than GPT-4o"): its catalogue id. */
  qualityFloor: z.string().min(1),
  selfHost: z.literal(true),
  precision: z.enum(["fp16", "fp8", "int8", "int4"]),
  gpuHourlyUsd: amount,
  peakToAverage: amount,
  /** No count for GPUs owned without one ("our own L4s": as many as needed). */
  ownedGpus: z.strictObject({
    type: z.string().regex(/^[a-z0-9]+$/),
    count: z.number().int().positive().optional(),
  }),
  /** GPUs named as where the model runs, not said to be the team's ("on a single A100 80GB"). */
  /** No count for cards rented without one ("we rent H200s"): as many as the sizing needs. */
  namedGpus: z.strictObject({ type: z.string().regex(/^[a-z0-9]+$/), count: z.number().int().positive().optional() }),
  /** The team will buy its hardware ("no GPUs yet", a capex for hardware). */
  buysHardware: z.literal(true),
  licenseTopic: z.enum(LICENSE_TOPICS),
  /** A licence question that asks whether the model is free ("is Gemma free for NGOs?"): what running it costs too. */
  runningCost: z.literal(true),
  tradeoffTopic: z.enum(TRADEOFF_TOPICS),
  /** The API host whose data terms are asked about (its offering provider id, "mistral"). */
  provider: z.string().regex(/^[a-z0-9-]+$/),
  flowCommand: z.enum(["back", "skip", "start-over"]),
  profileEdit: z.literal(true),
} as const;

export const SlotViewSchema = z.strictObject(SLOT_SCHEMAS).partial();
export type SlotView = z.infer<typeof SlotViewSchema>;

/**
 * A lab's canonical id: the first distinctive word of its catalogue name or slug, lower case,
 * without a parenthesised part or generic words ("Alibaba (Qwen)" and "alibaba-qwen" → "alibaba",
 * "Mistral AI" and "mistral-ai" → "mistral"). Labels use it; slotsOf maps understood ids to it.
 */
export function labIdOf(labName: string): string {
  const words = labName
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && w !== "ai" && w !== "labs" && w !== "lab");
  return words[0] ?? labName.toLowerCase();
}
