// Phrasings of model questions that the shared cue table (../cues.ts) does not cover, grouped by
// the intent they mark. Tested against lower-cased, cleaned text. Each pattern is a class of
// phrasing seen in the development corpus, not one sentence.
import { ORGANISATION_ASKER } from "../permission-asker.js";

/** Owning or self-hosting set against an API: "when do the 16 H100s we own beat paying for X". */
export const BREAK_EVEN_MORE =
  /\b(at what (\w+ )?(volume|point|scale|usage|traffic|load|spend|bill|size)|is there a (\w+ )?(volume|point|scale)|(what|which) (\w+ )?volume|volume (where|at which)|how (much|many) (\w+ )?(traffic|tokens|requests|volume)\b[^?]{0,40}\b(before|until|till)|how (big|high|large) (does|do|would|should) (our |the )?(volume|traffic|usage|spend|load)\b)\b[^?]{0,80}\b(beats?|undercuts?|pays? off|paying off|justif\w*|cheaper|worth it|breaks? even|wins?|makes? sense|better (value )?than (paying|using|renting|calling|the api))\b|\bjustif\w* (buying|owning|renting|running|self[- ]?host\w*|hosting|our own|(the |our own )?gpus)\b|\bwhen (does|do|will|would|is)\b[^?]{0,50}\b(start|begin)\w* (paying off|to pay off|paying for itself|to be cheaper|being cheaper)\b|\b(own\w*|self[- ]?host\w*|hosting (it |them )?(ourselves|in-?house)|running (our own|it ourselves|them ourselves)|buying gpus|our (own )?gpus|\d+ (h100|a100|h200|l40s|b200|l4|4090)s?)\b[^?]{0,60}\b(beats?|undercuts?|pays? off|outcost\w*)\b/;

/** Price questions without the word "price": "how pricey is X", "what does Google charge for X", "X $/1M tok". */
export const PRICE_MORE =
  /\b(pricey|charges?|charging|who sells|sells? [^?]{1,40} cheapest|cheapest (provider|host|api|place|way to call)|per 1m tok\w*|is [^?]{1,40} (expensive|pricey|cheap))\b|\$ ?\/ ?1 ?m\b/;

/**
 * Permission phrasings the licence cue misses: outputs as training data, wrapping as a paid API,
 * credit, and an organisation as the one who would use the model ("can a government ministry use
 * X?", "may the police run X?": the same question as "can we use X?").
 */
export const LICENSE_MORE = new RegExp(
  String.raw`\b(outputs?|generations?|responses?) (be )?(used )?(to train|as training|for training)|\btraining data\b|\bwrap\w*\b[^?]{0,30}\b(api|service|endpoint)\b|\b(can|could|may) (we|i)\b[^?]{0,40}\bcharge (for|money)\b|\b(credit|attribute|acknowledge)\b[^?]{0,30}\b(when|if|for|using)\b|\b(?:can|could|may|might) ${ORGANISATION_ASKER} (?:legally )?(?:use|run|deploy|adopt|host|self[- ]?host|fine-?tune|ship|sell|offer|build on)\b`,
);

/** A recommendation asked as a need: "need an open model for doc Q&A", "looking for some small llm". */
export const NEED_MODEL =
  /\b(need|want|looking for|after|searching for|shopping for) (an?|some|the) ([\w-]+ ){0,3}(models?|llms?)\b(?! (card|weights|licen[cs]e))/;

/** Asking how a change would change the recommendation: "would it change if we fine-tuned?". */
export const WHAT_IF_MORE =
  /\b(would|does|will|could) (it|that|this|the (answer|pick|recommendation|ranking|shortlist)) change if\b|\bwhat changes if\b|\bhow would (that|it|the (pick|ranking|shortlist)) change\b/;

/** Two models weighed against each other: "which is better", "which one's cheaper", "A or B?". */
export const WHICH_OF =
  /\b(which|whichever) (one|of (them|the two|these|those)|is|would|should)\b|\bwhich one'?s\b|\b(better|best) (for|at|value)\b/;

/** Asking for a model by kind: "which model", "which base model fits?", "what open llm", and
 * "which open weights model" or "which open source one" (the kind said in two words). */
export const WHICH_MODEL = /\b(which|what) (?:open[- ]?(?:weights?|source) |[\w-]+ )?(model|llm|one)s?\b/;
