// Intent -> the canonical slot view the corpus is labelled in (./slot-view.ts). The understanding
// evaluator scores this view, so whoever changes the Intent shape updates this one function.
// It reads fields by name rather than by kind, so a new intent kind that reuses the usual field
// names (modelIds, requirements, volume, facts, topic, command) is mapped without a change here.
import { ownedAsNeeded } from "../costs/owned-gpus.js";
import type { Volume } from "../costs/volume.js";
import type { TeamFacts } from "../licensing/facts.js";
import type { Requirements } from "../scoring/requirements.js";
import { PICK_PLACEHOLDER } from "./pending.js";
import { labIdOf, SlotViewSchema, type SlotView } from "./slot-view.js";
import type { Intent } from "./types.js";

export interface IntentSlots {
  /** The corpus intent name; "clarify-model" reads as the question it is waiting to answer. */
  intent: string;
  slots: SlotView;
}

type Loose = Record<string, unknown>;

export function slotsOf(intent: Intent): IntentSlots {
  // "Which Llama did you mean?" has understood the question; only the model is open.
  if (intent.kind === "clarify-model") return slotsOf(intent.pending);
  const fields = intent as unknown as Loose;
  const slots: Loose = {};
  // An unknown name answers "not a model we know" (with suggestions): what carries to a pick is
  // the models that did resolve and the volume, not the licence topic or team facts it asked about.
  if (intent.kind === "unknown-model" && intent.pending) {
    const { models, tokensPerMonth } = slotsOf(intent.pending).slots;
    Object.assign(slots, models ? { models } : {}, tokensPerMonth ? { tokensPerMonth } : {});
  }

  const modelIds = fields.modelIds;
  if (Array.isArray(modelIds)) {
    const known = modelIds.filter((id): id is string => typeof id === "string" && id !== PICK_PLACEHOLDER);
    if (known.length > 0) slots.models = known;
  }
  if (isObject(fields.requirements)) Object.assign(slots, requirementSlots(fields.requirements as Requirements));
  if (isObject(fields.volume)) {
    const volume = fields.volume as unknown as Volume;
    slots[volume.oneOff ? "oneOffTokens" : "tokensPerMonth"] = tokensOf(volume);
  }
  if (isObject(fields.facts)) Object.assign(slots, factSlots(fields.facts as TeamFacts));
  // A what-if states what it changes (read against the thread's requirements when understood).
  if (intent.kind === "what-if" && intent.change) Object.assign(slots, requirementSlots(intent.change.patch));
  if (isObject(fields.assumptionEdits)) Object.assign(slots, editSlots(fields.assumptionEdits as Loose));
  if (fields.selfHost === true) slots.selfHost = true;
  // A price or cost at batch rates ("with the batch api") states that batch APIs are fine.
  if (fields.batch === true) slots.batchOk = true;
  // A fine-tune's memory fit states that the team fine-tunes.
  if (isObject(fields.fineTune)) slots.fineTuning = true;
  if (fields.openOnly === true) slots.openWeightsOnly = true;
  if (intent.kind === "license" && fields.runningCost === true) slots.runningCost = true;
  if (typeof fields.maxParamsB === "number") slots.maxParamsB = fields.maxParamsB;
  if (typeof fields.topic === "string") {
    if (intent.kind === "license") slots.licenseTopic = fields.topic;
    else if (intent.kind === "tradeoffs") slots.tradeoffTopic = fields.topic;
  }
  if (intent.kind === "tradeoffs" && typeof fields.provider === "string") slots.provider = fields.provider;
  if (intent.kind === "hosting") {
    if (intent.cloud) slots.cloudProvider = intent.cloud;
    if (intent.provider) slots.provider = intent.provider;
  }
  if (typeof fields.command === "string") slots.flowCommand = fields.command;
  if (fields.profileEdit === true) slots.profileEdit = true;
  // A profile command built by the router ("remember: we're EU", "drop the BAA from our profile"):
  // remembering states standing facts; remembering, forgetting and clearing all edit the profile.
  if (intent.kind === "profile" && intent.command && intent.command.op !== "show") {
    slots.profileEdit = true;
    if (intent.command.op === "remember")
      Object.assign(slots, requirementSlots(intent.command.facts as Requirements), factSlots({}));
  }

  return { intent: intent.kind, slots: keepValid(slots) };
}

function requirementSlots(r: Requirements): Loose {
  const out: Loose = {};
  // The requirement that the team runs the weights itself is the corpus's selfHost.
  // The target's number is no corpus slot: the held-out part predates it and labels only `latency`
  // (tests/unit/intents/latency-text.test.ts checks the number).
  // The second job a message names is said back, not read into a corpus slot (labels name one job).
  const {
    volume,
    oneOffVolume,
    exclude,
    selfHosted,
    qualityFloor,
    latencyTarget: _target,
    secondUseCase: _second,
    ...rest
  } = r;
  if (selfHosted === true) out.selfHost = true;
  if (qualityFloor) out.qualityFloor = qualityFloor.id;
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) out[key] = value;
  if (volume) out.tokensPerMonth = tokensOf(volume);
  if (oneOffVolume) out.oneOffTokens = tokensOf(oneOffVolume);
  if (exclude) {
    if (exclude.labs?.length) out["exclude.labs"] = [...new Set(exclude.labs.map(labIdOf))];
    if (exclude.countries?.length) out["exclude.countries"] = exclude.countries;
    if (exclude.licenses?.length) out["exclude.licenses"] = exclude.licenses;
    if (exclude.models?.length) out["exclude.models"] = exclude.models;
    if (exclude.providers?.length) out["exclude.providers"] = exclude.providers;
    if (exclude.hostCountries?.length) out["exclude.hostCountries"] = exclude.hostCountries;
    if (exclude.hosts?.length) out["exclude.hosts"] = exclude.hosts;
    if (exclude.hostsOwnedOutside?.length) out["exclude.hostsOwnedOutside"] = exclude.hostsOwnedOutside;
    if (exclude.originsOutside?.length) out["exclude.originsOutside"] = exclude.originsOutside;
  }
  if (r.ownedGpus) out.ownedGpus = ownedSlot(r.ownedGpus.type, r.ownedGpus.count);
  // A gpu_key ("RTX4090-24GB") read as its chip, as owned GPUs are ("4090").
  if (r.namedGpus)
    out.namedGpus = {
      type: gpuType(r.namedGpus.type.replace(/^rtx(?=\d)/i, "")),
      ...(r.namedGpus.count !== undefined ? { count: r.namedGpus.count } : {}),
    };
  if (r.hardwareToBuy) out.buysHardware = true;
  return out;
}

function factSlots(f: TeamFacts): Loose {
  const out: Loose = {};
  if (f.commercial !== undefined) out.commercial = f.commercial;
  if (f.monthlyActiveUsers !== undefined) out.monthlyActiveUsers = f.monthlyActiveUsers;
  if (f.fineTune !== undefined) out.fineTuning = f.fineTune;
  if (f.distributeWeights === true) out.redistributeWeights = true;
  if (f.serveAsApi === true) out.serveAsApi = true;
  if (f.trainOnOutputs !== undefined) out.trainOnOutputs = f.trainOnOutputs;
  if (f.selfHost === true) out.selfHost = true;
  if (f.inEu === true) out.inEu = true;
  return out;
}

/** Cost assumptions that are also corpus slots (the rest, such as utilisation, are not). */
function editSlots(edits: Loose): Loose {
  const out: Loose = {};
  if (typeof edits.precision === "string") out.precision = edits.precision;
  if (typeof edits.gpuHourlyUsd === "number") out.gpuHourlyUsd = edits.gpuHourlyUsd;
  if (typeof edits.contextTokens === "number") out.contextTokens = edits.contextTokens;
  if (typeof edits.ownedGpuCount === "number" && typeof edits.ownedGpuType === "string")
    out.ownedGpus = ownedSlot(edits.ownedGpuType, edits.ownedGpuCount);
  if (typeof edits.opsCapacity === "string") out.mlOpsExperience = edits.opsCapacity;
  return out;
}

/** All tokens a month: input (cached input is part of it) plus output. */
function tokensOf(v: Volume): number {
  return v.inputTokensPerMonth + v.outputTokensPerMonth;
}

/** "H100-SXM-80GB" and "h100" both read as "h100". */
/** Owned GPUs as a slot: no count when none was said (as many as needed). */
function ownedSlot(type: string, count: number): { type: string; count?: number } {
  return ownedAsNeeded(count) ? { type: gpuType(type) } : { type: gpuType(type), count };
}

function gpuType(type: string): string {
  // The chip, not the brand before it: "rtx 4090" is the 4090, "rtx pro 6000" the 6000.
  const chip = type.toLowerCase().replace(/^(?:(?:nvidia|geforce|rtx|pro|amd)\s+)+/, "");
  return (chip.match(/[a-z0-9]+/) ?? [chip])[0];
}

/** Drops a slot whose value is outside the canonical vocabulary, so one odd field cannot hide the rest. */
function keepValid(slots: Loose): SlotView {
  const out: Loose = {};
  const shape = SlotViewSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  for (const [key, value] of Object.entries(slots)) {
    if (shape[key]?.safeParse(value).success) out[key] = value;
  }
  return out as SlotView;
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
