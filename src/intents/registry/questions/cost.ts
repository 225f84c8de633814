// Monthly cost, API or self-hosted: a volume, cost words, self-hosting assumptions ("int4, no ops
// staff") or a hardware question ("can I run llama 3.3 70b on a single H100?").
import * as cue from "../../cues.js";
import { fineTuneAskIn } from "../../fine-tune-text.js";
import { fitOnOwnMachinesAsked, servingFitAskIn } from "../../gpu-count-text.js";
import { asksQuality } from "../../quality-ask-text.js";
import type { Intent } from "../../types.js";
import type { QuestionRung } from "../descriptor.js";
import { WHICH_MODEL } from "../question-cues.js";
import { asksForAMonth } from "./price.js";
import type { QuestionFeatures } from "../question-features.js";

const PERMISSION_WORDS = /\blicen[cs]|allowed|permitted|legally\b/;

const cost = (f: QuestionFeatures, selfHost: boolean): Intent => ({
  kind: "cost",
  modelIds: f.ids,
  volume: f.parsed.volume(),
  selfHost,
  assumptionEdits: f.parsed.edits(),
  // A batch API is an API's price: self-hosted GPUs have none.
  ...(!selfHost && cue.BATCH_API.test(f.lower) ? { batch: true as const } : {}),
  ...(asksQuality(f.lower) ? { qualityAsked: f.parsed.requirements().useCase ?? null } : {}),
});

/** Words that only compare ("cheaper", "less expensive") and say nothing else about cost. */
const COMPARATIVE = /\b(cheaper|less expensive|more affordable|lower[- ]cost)\b/;
const OTHER_COST_WORDS = /\b(cost|costs|price|bill|spend|budget|afford|self[- ]?host\w*|gpus?|tco)\b/;

/** "something cheaper" with nothing before it: cheaper than what? Not a cost question. */
function comparesNothing(f: QuestionFeatures): boolean {
  return (
    f.ids.length === 0 &&
    !f.inThread &&
    f.session.focus.length === 0 &&
    !f.session.lastIntent &&
    f.parsed.volume() === null &&
    !f.hasEdits() &&
    COMPARATIVE.test(f.lower) &&
    !OTHER_COST_WORDS.test(f.lower)
  );
}

/** "which model is cheapest per token for us?" with no model named asks for a model, not a cost. */
const asksForAModel = (f: QuestionFeatures): boolean => f.ids.length === 0 && WHICH_MODEL.test(f.lower);

export const COST_QUESTIONS: readonly QuestionRung[] = [
  {
    // A self-hosting assumption on its own ("what about 2 ops engineers?", "and int4?") re-runs the
    // cost view, before any what-if. A stated use case ("no infra people, want a coding helper")
    // makes them requirements instead, and in a thread "what if we had zero ops?" is a what-if.
    id: "cost:assumptions-alone",
    read: (f) =>
      f.hasEdits() &&
      f.ids.length === 0 &&
      f.parsed.volume() === null &&
      !f.recommendCue() &&
      // "… we have 2x RTX 4090 … which base model fits?" asks for a model the GPUs are a fact of.
      !WHICH_MODEL.test(f.lower) &&
      !cue.WHAT_IF_CONTAINS.test(f.lower) &&
      !(f.whatIfPhrase() && f.inThread) &&
      !f.breakEven() &&
      f.parsed.requirements().useCase === undefined
        ? cost(f, true)
        : null,
  },
  // "can I run llama 3.3 70b on a single H100?" is a sizing question, unless it asks permission;
  // "can we fine-tune qwen3 8b on 2x 4090?" asks whether the training run fits those cards. With
  // no model named, "we run 8x H100 … which model is cheapest for us?" asks for a model.
  {
    id: "cost:sizing",
    read: (f) => {
      // "will gemma 3 27b fit on one of our servers?" in a thread that knows the team's GPUs asks
      // about those GPUs, unnamed.
      const ownMachines =
        f.ids.length > 0 && f.session.requirements.ownedGpus !== undefined && fitOnOwnMachinesAsked(f.lower);
      const hardware = cue.HARDWARE.test(f.lower.replace(cue.NO_GPUS, " "));
      if (!(hardware || ownMachines) || PERMISSION_WORDS.test(f.lower)) return null;
      if (asksForAModel(f)) return null;
      const fineTune = f.ids.length > 0 ? fineTuneAskIn(f.lower) : undefined;
      if (fineTune) return { ...cost(f, true), fineTune };
      const fit = f.ids.length > 0 ? servingFitAskIn(f.lower) : undefined;
      return fit ? { ...cost(f, true), fit } : cost(f, true);
    },
  },
  {
    // A volume, cost words or assumptions: the monthly cost (every assumption is about self-hosting).
    // Below licence and price: "can we afford GPT-4?" is settled by those rungs' own conditions.
    id: "cost:volume-or-cost-words",
    read: (f) =>
      (f.parsed.volume() !== null || f.costWords() || f.hasEdits() || (f.priceWords() && asksForAMonth(f.lower))) &&
      !comparesNothing(f) &&
      !asksForAModel(f)
        ? cost(f, cue.SELF_HOST.test(f.lower) || f.hasEdits())
        : null,
  },
];
