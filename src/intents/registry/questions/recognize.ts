// The model-question recognizer: every descriptor's question rungs (and the follow-up rungs,
// which answer as the last question's intent) merged into one order by precedence, once at load.
// The highest-precedence rung that reads a message wins; since rungs are tried from the highest
// down, the first that reads it is that winner and nothing after it needs to run (so the slow
// parses run only as far as needed). Equal precedence: the intent listed first in the registry.
import type { Intent } from "../../types.js";
import type { IntentDescriptor, QuestionRung } from "../descriptor.js";
import type { QuestionFeatures } from "../question-features.js";
import { FOLLOW_UP_RUNGS } from "./follow-ups.js";

export interface QuestionRecognizer {
  recognize: (f: QuestionFeatures) => Intent;
  /** The rungs in the order they are tried, for tests and explanations. */
  order: readonly { intent: string; precedence: number }[];
}

export function questionRecognizer(
  registry: readonly IntentDescriptor[],
  followUps: readonly QuestionRung[] = FOLLOW_UP_RUNGS,
): QuestionRecognizer {
  const rungs: { intent: string; rung: QuestionRung; listed: number }[] = [
    ...followUps.map((rung) => ({ intent: "follow-up", rung, listed: -1 })),
    ...registry.flatMap((d, listed) => (d.questions ?? []).map((rung) => ({ intent: d.name, rung, listed }))),
  ];
  rungs.sort((a, b) => b.rung.precedence - a.rung.precedence || a.listed - b.listed);
  return {
    recognize(f) {
      for (const { rung } of rungs) {
        const intent = rung.read(f);
        if (intent) return intent;
      }
      return { kind: "unclear", text: f.clean };
    },
    order: rungs.map((r) => ({ intent: r.intent, precedence: r.rung.precedence })),
  };
}
