// Break-even: when self-hosting a model beats paying for an API ("at what volume does running
// Llama ourselves beat GPT-4o?"). Read before any need or price the message also states.
import * as cue from "../../cues.js";
import type { Intent } from "../../types.js";
import type { QuestionRung } from "../descriptor.js";
import type { QuestionFeatures } from "../question-features.js";

const breakEven = (f: QuestionFeatures): Intent => ({
  kind: "break-even",
  modelIds: f.ids,
  volume: f.parsed.volume(),
  assumptionEdits: f.parsed.edits(),
});

// One model set against another: "A vs B", "A or B", "cheaper than B", "A compared to B".
const SET_AGAINST = /\b(vs\.?|versus|or|than|compared (to|with)|against)\b/;

/**
 * An API-only model set against an open one the team would run itself, priced ("gpt-5 mini vs
 * self-hosted mistral small 3.2 at 10M tokens", "which is cheaper: gpt-5 mini or self-hosting
 * mistral small?"): only the open one can be self-hosted, so the question is the two costs and
 * where they cross. Two open models self-hosted, or two APIs, stay a comparison.
 */
function apiAgainstSelfHosted(f: QuestionFeatures): boolean {
  if (f.ids.length < 2 || !cue.RUN_OURSELVES.test(f.lower) || !SET_AGAINST.test(f.lower)) return false;
  if (f.parsed.volume() === null && !f.costWords()) return false;
  const weights = f.ids.map((id) => f.parsed.openWeights(id));
  return weights.includes(false) && weights.some((open) => open !== false);
}

export const BREAK_EVEN_QUESTIONS: readonly QuestionRung[] = [
  {
    id: "break-even:self-host-vs-api",
    read: (f) => (f.breakEven() || apiAgainstSelfHosted(f) ? breakEven(f) : null),
  },
];
