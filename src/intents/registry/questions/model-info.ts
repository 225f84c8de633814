// Facts about a model: any model named (or a name we do not know) that no other question claimed,
// or words that ask for facts ("tell me about", "who made", "context window").
import * as cue from "../../cues.js";
import type { QuestionRung } from "../descriptor.js";

export const MODEL_INFO_QUESTIONS: readonly QuestionRung[] = [
  {
    id: "model-info:named-model",
    read: (f) =>
      f.ids.length > 0 || f.anyUnknown() || cue.MODEL_INFO.test(f.lower)
        ? { kind: "model-info", modelIds: f.ids }
        : null,
  },
];
