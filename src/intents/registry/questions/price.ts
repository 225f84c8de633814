// Prices per token of a model ("price of gpt-4o", "how pricey is X"), when no volume, assumption
// or comparison makes it a cost or a comparison.
import { BATCH_API } from "../../cues.js";
import type { QuestionRung } from "../descriptor.js";
import { WHICH_OF } from "../question-cues.js";

const RELATIVE = /\b(cheaper|times)\b/;

export const PRICE_QUESTIONS: readonly QuestionRung[] = [
  {
    id: "price:price-words",
    read: (f) =>
      f.priceWords() &&
      f.parsed.volume() === null &&
      !f.hasEdits() &&
      !RELATIVE.test(f.lower) &&
      !WHICH_OF.test(f.lower)
        ? { kind: "price", modelIds: f.ids, ...(BATCH_API.test(f.lower) ? { batch: true as const } : {}) }
        : null,
  },
];
