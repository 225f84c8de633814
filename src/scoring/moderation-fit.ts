// Safety classifiers (Llama Guard, ShieldGemma, gpt-oss-safeguard: the catalogue's "moderation"
// strength) read a message and a policy and answer with a label. For a content-moderation job they
// are what a lead shortlists first; for any other job they are no candidate at all (a Llama Guard
// is not a support bot). Their chat benchmarks say nothing about labelling harm, and each lab
// reports its classifier's accuracy only on its own test set, so none of that is comparable
// across models: in a moderation job a classifier is scored as fit for the job by design and at
// the quality the job needs, and the team is told to test it on its own messages.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import { modelSlots } from "./model-slots.js";
import type { QualityScore, SlotScores, SlottedModel } from "./quality.js";
import { QUALITY_NEED } from "./quality-need.js";
import { USE_CASE_LABELS, type Requirements } from "./requirements.js";

function isSafetyClassifier(model: Pick<Model, "strengths">): boolean {
  return model.strengths.includes("moderation");
}

/** The team's job is content moderation: the classification job safety classifiers are made for. */
export function isModerationJob(req: Pick<Requirements, "useCase" | "moderation">): boolean {
  return req.useCase === "extraction" && req.moderation === true;
}

/** Why a safety classifier is no candidate for this team's job, or null (not a classifier, or a moderation job). */
export function classifierOffJobReason(model: Model, req: Requirements): string | null {
  if (!isSafetyClassifier(model) || isModerationJob(req)) return null;
  const job = req.useCase ? USE_CASE_LABELS[req.useCase] : "a general assistant";
  return `${model.name} is a safety classifier (it labels content as safe or unsafe against a policy): it is made for content moderation, not for ${job}`;
}

/** A classifier's use-case fit in a moderation job: made for it, by its lab's own account. */
const MADE_FOR_THE_JOB: QualityScore = {
  score: 1,
  note: "a safety classifier, made for content moderation (its lab's model card)",
  signals: [],
  evidence: "estimated",
};

/** A classifier's quality in a moderation job: the level the job needs, not its chat benchmarks. */
const AT_THE_JOBS_NEED: QualityScore = {
  score: QUALITY_NEED.extraction ?? 0.55,
  note: "a safety classifier: its lab reports its accuracy only on its own test set, which no other model was scored on, so it is counted at the level a classification job needs; test it on your own messages",
  signals: [],
  evidence: "estimated",
};

/** Which slots hold a safety classifier, per catalogue. */
const classifierSlots = new WeakMap<Catalog, Uint8Array>();

function classifiersBySlot(catalog: Catalog): Uint8Array {
  let slots = classifierSlots.get(catalog);
  if (!slots) {
    slots = Uint8Array.from(modelSlots(catalog).models, (m) => (isSafetyClassifier(m) ? 1 : 0));
    classifierSlots.set(catalog, slots);
  }
  return slots;
}

/**
 * Quality and use-case fit for a moderation job: a classifier takes the scores above, every other
 * model keeps its own. Other jobs' tables are returned as they are (classifiers are ruled out there).
 */
export function withClassifierScores(
  catalog: Catalog,
  req: Requirements,
  tables: { quality: SlotScores; fit: SlotScores },
): { quality: SlotScores; fit: SlotScores } {
  if (!isModerationJob(req)) return tables;
  const slots = classifiersBySlot(catalog);
  const byId = new Set(catalog.models.filter(isSafetyClassifier).map((m) => m.id));
  const isClassifier = (c: SlottedModel) => (c.slot >= 0 ? slots[c.slot] === 1 : byId.has(c.model.id));
  const over = (base: SlotScores, fixed: QualityScore): SlotScores => ({
    of: (c) => (isClassifier(c) ? fixed : base.of(c)),
    scoreOf: (c) => (isClassifier(c) ? fixed.score : base.scoreOf(c)),
  });
  return { quality: over(tables.quality, AT_THE_JOBS_NEED), fit: over(tables.fit, MADE_FOR_THE_JOB) };
}
