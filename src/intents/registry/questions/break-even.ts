// Break-even: when self-hosting a model beats paying for an API ("at what volume does running
// Llama ourselves beat GPT-4o?"). Read before any need or price the message also states.
import type { QuestionRung } from "../descriptor.js";

export const BREAK_EVEN_QUESTIONS: readonly QuestionRung[] = [
  {
    id: "break-even:self-host-vs-api",
    read: (f) =>
      f.breakEven()
        ? { kind: "break-even", modelIds: f.ids, volume: f.parsed.volume(), assumptionEdits: f.parsed.edits() }
        : null,
  },
];
