// Which part of a licence a question asks about, when it asks no question about the team's own
// facts ("does Llama 3.1 require attribution?", "what licence is Mistral 7B under?").
import { distributesWeights, shipsInMachine } from "./distribution-text.js";
import type { LicenseTopic } from "./types.js";
import { asksOutputOwnership } from "./output-ownership-text.js";
import { withoutEuSetAside } from "./team-facts.js";

const TOPICS: { topic: LicenseTopic; pattern?: RegExp; or?: (text: string) => boolean }[] = [
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
  // The EU set aside ("UK GDPR, EU is not enough") or named for its market ("8 EU languages", "EU
  // MDR") is no question about a licence's regional exclusions.
  {
    topic: "regional",
    or: (t) => /\b(eu|europe\w*|regional|region|country|countries|geographic\w*|eea)\b/.test(withoutEuSetAside(t)),
  },
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

export function licenseTopic(text: string): LicenseTopic {
  if (asksOutputOwnership(text)) return "output-ownership";
  for (const { topic, pattern, or } of TOPICS) if (pattern?.test(text) || or?.(text)) return topic;
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
