// The model-question recognizer: every descriptor's question rungs (and the follow-up rungs,
// which answer as the last question's intent) put in the one order of order.ts, once at load.
// The first rung in that order that reads a message wins, so nothing after it needs to run (the
// slow parses run only as far as needed). A rung the order does not list, or a name two rungs
// share, is refused here: two readings can never tie.
import type { Intent } from "../../types.js";
import type { IntentDescriptor, QuestionRung } from "../descriptor.js";
import type { QuestionFeatures } from "../question-features.js";
import { FOLLOW_UP_RUNGS } from "./follow-ups.js";
import { QUESTION_ORDER } from "./order.js";

export interface QuestionRecognizer {
  recognize: (f: QuestionFeatures) => Intent;
  /** The rungs in the order they are tried, for tests and explanations. */
  order: readonly { intent: string; id: string }[];
}

export function questionRecognizer(
  registry: readonly IntentDescriptor[],
  followUps: readonly QuestionRung[] = FOLLOW_UP_RUNGS,
  order: readonly string[] = QUESTION_ORDER,
): QuestionRecognizer {
  const rungs: { intent: string; rung: QuestionRung; place: number }[] = [
    ...followUps.map((rung) => ({ intent: "follow-up", rung })),
    ...registry.flatMap((d) => (d.questions ?? []).map((rung) => ({ intent: d.name, rung }))),
  ].map((r) => ({ ...r, place: order.indexOf(r.rung.id) }));
  const seen = new Set<string>();
  for (const { rung, place } of rungs) {
    if (place < 0) throw new Error(`question rung ${rung.id} is not in the question order`);
    if (seen.has(rung.id)) throw new Error(`two question rungs are named ${rung.id}`);
    seen.add(rung.id);
  }
  rungs.sort((a, b) => a.place - b.place);
  return {
    recognize(f) {
      for (const { rung } of rungs) {
        const intent = rung.read(f);
        if (intent) return intent;
      }
      return { kind: "unclear", text: f.clean };
    },
    order: rungs.map((r) => ({ intent: r.intent, id: r.rung.id })),
  };
}
