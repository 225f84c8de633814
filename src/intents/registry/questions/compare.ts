// Comparisons of named models: "A vs B", "which one's cheaper, A or B?", "compare A and B".
import * as cue from "../../cues.js";
import { ASKER } from "../../permission-asker.js";
import type { Intent } from "../../types.js";
import { DOCUMENTS_COMPARED } from "../../use-case-text.js";
import type { QuestionRung } from "../descriptor.js";
import { WHICH_OF } from "../question-cues.js";
import type { QuestionFeatures } from "../question-features.js";

// More than 4 models is the compare handler's to narrow down ("which 4?"); beyond 12 is noise.
const MAX_COMPARE = 12;
const TIMES = /\btimes\b/;
const CHEAPER = /\b(cheaper|expensive)\b/;
const WEIGHS = /\b(or|vs\.?|versus)\b/;
const COMPARE_WORD = /\bcompare\b/;

const compare = (f: QuestionFeatures): Intent => ({
  kind: "compare",
  modelIds: f.ids.slice(0, MAX_COMPARE),
  volume: f.parsed.volume(),
});

/** Two names set against each other: "A vs B", "compare A and B", "A compared to B", "how do A and B compare" ("… compare on price" asks for the prices). */
const SET_AGAINST =
  /\b(vs\.?|versus|compared? (to|with)|against)\b|^compare\b|\bcompare\b[^?]{0,60}\b(and|with|to)\b|\b(and|&)\b[^?]{0,80}\bcompare\??$/;
/** "can we use A or B …?", "could a ministry use A vs B?" ask for permission about each, not a comparison. */
const ASKS_PERMISSION = new RegExp(String.raw`\b(can|could|may) ${ASKER}\b|\b(are|am) (we|i) allowed\b`);

export const COMPARE_QUESTIONS: readonly QuestionRung[] = [
  {
    // Two named models set against each other, whatever aspect is weighed ("A vs B: which has the
    // cleaner licence", "A vs B, worth the price difference?", "A vs B, self-hosted"): a
    // comparison, above licence, price and cost words. A volume keeps the priced rungs below,
    // and a permission question stays a licence question.
    id: "compare:named-models-weighed",
    read: (f) =>
      f.ids.length >= 2 &&
      !f.refs.fromContext &&
      SET_AGAINST.test(f.lower) &&
      f.parsed.volume() === null &&
      !f.breakEven() &&
      !ASKS_PERMISSION.test(f.lower)
        ? compare(f)
        : null,
  },
  {
    // Priced: two models weighed at a volume ("which one's cheaper, A or B, at 10M tokens?").
    // Just above the cost rung that reads the same volume and cost words for one model.
    id: "compare:priced",
    read: (f) => {
      if (!(f.parsed.volume() !== null || f.costWords() || f.hasEdits())) return null;
      const weighs = WHICH_OF.test(f.lower) || WEIGHS.test(f.lower);
      return f.ids.length >= 2 &&
        cue.COMPARE.test(f.lower) &&
        !TIMES.test(f.lower) &&
        (weighs || !CHEAPER.test(f.lower)) &&
        (!cue.SELF_HOST.test(f.lower) || WHICH_OF.test(f.lower))
        ? compare(f)
        : null;
    },
  },
  {
    // Two or more models, weighed, or named in the message (not "them" from the conversation).
    id: "compare:two-or-more-models",
    read: (f) => (f.ids.length >= 2 && (cue.COMPARE.test(f.lower) || !f.refs.fromContext) ? compare(f) : null),
  },
  // "compare" with no model named, unless documents are what is compared ("compare policy
  // wordings side by side" is the team's job, read by the recommendation).
  {
    id: "compare:compare-word",
    read: (f) => (COMPARE_WORD.test(f.lower) && !DOCUMENTS_COMPARED.test(f.lower) ? compare(f) : null),
  },
];
