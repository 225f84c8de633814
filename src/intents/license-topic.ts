// Which part of a licence a question asks about, when it asks no question about the team's own
// facts ("does Llama 3.1 require attribution?", "what licence is Mistral 7B under?").
import type { LicenseTopic } from "./types.js";

const TOPICS: { topic: LicenseTopic; pattern: RegExp }[] = [
  {
    topic: "user-threshold",
    pattern: /\b(user (threshold|limit|cap)|mau|monthly (active )?users|700 ?m|how many users|users? (limit|cap))\b/,
  },
  { topic: "outputs-training", pattern: /\b(outputs?|distill\w*|synthetic data|generations)\b/ },
  {
    topic: "attribution",
    pattern:
      /\b(attribut\w*|credit|notice|built with|naming|name (our|the|a)|must (we|i) (call|name|mention)|display)\b/,
  },
  { topic: "fine-tuning", pattern: /\b(fine-?tun\w*|finetun\w*|lora|modify|modif\w*|derivative)\b/ },
  {
    topic: "redistribution",
    pattern: /\b(redistribut\w*|distribut\w*|share the weights|ship the weights|publish|release (our|the))\b/,
  },
  {
    topic: "serve-as-api",
    pattern: /\b(as an? api|serve (it|them) to|resell|hosted service|model as a service|saas)\b/,
  },
  {
    topic: "self-hosting",
    pattern:
      /\b(self[- ]?host\w*|host (it|them) ourselves|on-?prem\w*|run (it|them) (ourselves|locally|on our)|download|weights available)\b/,
  },
  { topic: "regional", pattern: /\b(eu|europe\w*|regional|region|country|countries|geographic\w*|eea)\b/ },
  { topic: "commercial-use", pattern: /\b(commercial\w*|for profit|sell|business|in production|revenue)\b/ },
];

export function licenseTopic(text: string): LicenseTopic {
  for (const { topic, pattern } of TOPICS) if (pattern.test(text)) return topic;
  return "which-license";
}
