// Prices per token of a model ("price of gpt-4o", "how pricey is X"), when no volume, assumption
// or comparison makes it a cost or a comparison.
import { BATCH_API } from "../../cues.js";
import type { QuestionRung } from "../descriptor.js";
import { WHICH_OF } from "../question-cues.js";

const RELATIVE = /\b(cheaper|times)\b/;
// "price above 200k tokens", "for prompts over 272k tokens of input": the prompt size a long-context
// rate starts at, not a monthly volume (none is said: no period beside it).
const ABOVE_PROMPT_SIZE =
  /\b(?:above|over|beyond|past|more than|exceeding|longer than)\s+~?\d[\d.,]*\s*k?\s*(?:tokens?|tok)?\b(?!\s*(?:a|an|per|\/|each|every)\s*(?:month|mo|day|week|year|hour|minute)\b)/;
const PERIOD =
  /\b(?:a|per|each|every|\/)\s*(?:month|mo|day|week|year|hour|minute)\b|\b(?:monthly|daily|weekly|yearly|annually)\b/;
/** A price asked above a prompt size, with no volume said: the long-context rate. */
const longPromptPrice = (lower: string) => ABOVE_PROMPT_SIZE.test(lower) && !PERIOD.test(lower);
/**
 * "how much does X cost per month?", "how much is X monthly?": a figure for a month, the cost at the
 * thread's volume (or an example one, said so), not the per-token price list (round 27: Almaty's
 * "how much does the top pick cost per month to run on our own servers?" got Gemma 3 27B's prices).
 */
export const asksForAMonth = (lower: string) => PERIOD.test(lower) && !ABOVE_PROMPT_SIZE.test(lower);

export const PRICE_QUESTIONS: readonly QuestionRung[] = [
  {
    id: "price:price-words",
    read: (f) =>
      f.priceWords() &&
      (f.parsed.volume() === null || longPromptPrice(f.lower)) &&
      !asksForAMonth(f.lower) &&
      !f.hasEdits() &&
      !RELATIVE.test(f.lower) &&
      !WHICH_OF.test(f.lower)
        ? { kind: "price", modelIds: f.ids, ...(BATCH_API.test(f.lower) ? { batch: true as const } : {}) }
        : null,
  },
];
