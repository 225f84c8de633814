// Which part of a licence a question asks about, when it asks no question about the team's own
// facts ("does Llama 3.1 require attribution?", "what licence is Mistral 7B under?").
import { distributesWeights, shipsInMachine } from "./distribution-text.js";
import type { LicenseTopic } from "./types.js";

const TOPICS: { topic: LicenseTopic; pattern: RegExp; or?: (text: string) => boolean }[] = [
  {
    topic: "user-threshold",
    pattern:
      /\b(users?[- ](thresholds?|limits?|caps?|ceilings?|count (limits?|caps?|thresholds?))|mau (thresholds?|limits?|caps?)|monthly[- ]users? (thresholds?|limits?|caps?)|700 ?m|how many users|caps? (the )?(number of )?users|limits? (on|to) (the number of )?users)\b/,
  },
  {
    topic: "outputs-training",
    pattern:
      /\b(outputs?|distill\w*|distil|synthetic data|generations|training data|(responses|completions|answers)\b(?=[^.?!]{0,40}\b(train|fine-?tun|finetun|distil)))\b/,
  },
  {
    topic: "attribution",
    pattern:
      /\b(attribut\w*|credit|notice|built with|naming|name (our|the|a)|must (we|i) (call|name|mention)|(have|need) to (call|name) (it|our|the)|display|mention (the )?(lab|maker|model))\b/,
  },
  { topic: "fine-tuning", pattern: /\b(fine-?\s?tun\w*|finetun\w*|lora|modify|modif\w*|derivative)\b/ },
  {
    topic: "redistribution",
    pattern:
      /\b(redistribut\w*|distribut\w*|share the weights|ship (\S+ ){0,2}weights|publish|release (our|the)|bundle\w*|ship (it|them|the model) (to|with|inside|in)|ship (\S+ ){0,4}?(inside|into|within) (our|the|an?)|(weights|model) (with|in|inside) our (installer|app|product|appliance|device))\b/,
    // The model put in a machine the team makes ("embed it in the trucks we sell"), before "sell".
    or: shipsInMachine,
  },
  {
    topic: "serve-as-api",
    pattern:
      /\b(as an? (\w+ )?api|serve (it|them) to|resell|hosted service|model as a service|(sell|offer|charge for|wrap \S+ in) (\w+ )?api( access)?|api access|expose\b[^.?!]{0,30}\b(through|via|as|in) (our |an |a )?(own |public |paid )?api)\b/,
  },
  {
    topic: "self-hosting",
    pattern:
      /\b(self[- ]?host\w*|host (it|them) ourselves|on-?prem\w*|run (it|them) (ourselves|locally|on our)|download|weights available)\b/,
  },
  { topic: "regional", pattern: /\b(eu|europe\w*|regional|region|country|countries|geographic\w*|eea)\b/ },
  // Before "commercially" a stated user count is only a fact; alone, it asks whether the cap applies.
  {
    topic: "commercial-use",
    pattern:
      /\b(commercial\w*|for profit|non[- ]?profit|for free|sell|business|in production|in prod|production|revenue|saas|paid (product|app|service|plan)|subscription|at a company|monetiz\w*)\b/,
  },
  {
    topic: "user-threshold",
    pattern:
      /\b(mau|monthly (active )?users|\d+(\.\d+)?\s*(k|m|mn|b|bn|thousand|million|billion)?\+?\s*(active )?users)\b/,
  },
];

// What a model writes, named as the thing a question is about: "the summaries the model writes",
// "the outputs", "what claude generates", "the text gemma produces", "the letters it drafts".
const OUTPUT_THING = String.raw`(?:outputs?|summar(?:y|ies)|letters?|texts?|copy|content|answers|responses|translations?|drafts|articles?|reports|descriptions|captions|generations|completions)`;
const MODEL_WRITES = String.raw`(?:writes?|wrote|written|generates?|generated|produces?|produced|drafts?|drafted|creates?|created|makes|made|outputs|returns)`;
const OUTPUT_NAMED = new RegExp(
  String.raw`\b${OUTPUT_THING}\b|\bwhat (?:it|they|the model|\S+(?: \S+){0,3}) ${MODEL_WRITES}\b`,
);
// Who holds the rights: "who owns", "do we own", "is it ours", "copyright in", "rights to".
const OWNERSHIP =
  /\b(who (owns|holds)|(do|does|will|would|can) (we|i|our \w+|the (team|company|client|customer)s?) (still |fully |then )?own|ownership|ours|copyright\w*|rights (in|to|over)|intellectual property|ip)\b/;
// Putting what the model writes out under terms of one's choosing: "publish the summaries under
// CC-BY", "release the letters as CC0". The thing put out is an output, not weights.
const PUTS_OUTPUTS_OUT = new RegExp(
  String.raw`\b(?:publish|releas|re-?licen[cs]|shar|distribut)\w*\s+(?:the |our |these |those |its |all (?:the )?)?(?:[\w-]+ ){0,2}?${OUTPUT_THING}\b(?! (?:of|from) (?:the )?(?:weights|model card))`,
);
// Outputs used to train or tune another model is the outputs-training question, not ownership.
const TRAINING = /\b(train\w*|distil\w*|fine-?\s?tun\w*|finetun\w*|synthetic data)\b/;
const WEIGHTS = /\b(weights|checkpoints?|fine-?tunes?|quantiz\w*|derivatives?)\b/;

/** Whether a question asks who owns what the model writes, or may put it out under its own terms. */
export function asksOutputOwnership(text: string): boolean {
  if (TRAINING.test(text) || WEIGHTS.test(text)) return false;
  return (OWNERSHIP.test(text) && OUTPUT_NAMED.test(text)) || PUTS_OUTPUTS_OUT.test(text);
}

/** Whether what a message publishes (or sells, or licenses) is what the model writes, not the model. */
export function putsOutputsOut(text: string): boolean {
  return PUTS_OUTPUTS_OUT.test(text) && !WEIGHTS.test(text) && !TRAINING.test(text);
}

export function licenseTopic(text: string): LicenseTopic {
  if (asksOutputOwnership(text)) return "output-ownership";
  for (const { topic, pattern, or } of TOPICS) if (pattern.test(text) || or?.(text)) return topic;
  // Handing the weights over in other words (the one home of them: "upload our tuned X to the
  // hub", "include X in our android app").
  if (distributesWeights(text)) return "redistribution";
  return "which-license";
}

/**
 * The part of the licence a question is about, or null for a plain "can we use X?" (a verdict on
 * the team's plan). A question that also states facts keeps its topic: the answer is a verdict
 * on those facts either way, and the topic says what was asked ("we're at 900M MAU, does the
 * user cap apply?" is about the user threshold).
 */
export function questionTopic(lower: string, asksPermission: boolean): LicenseTopic | null {
  const topic = licenseTopic(lower);
  return asksPermission && topic === "which-license" ? null : topic;
}
