// General trade-off questions (open vs closed, API vs own weights) and which criterion they ask
// about. A question about one of these topics with no model named, or with the open/closed
// framing, is a trade-off question rather than a request for a model.
import * as cue from "../cues.js";
import { PICK_PLACEHOLDER } from "../pending.js";
import type { TradeoffTopic } from "../types.js";
import type { Recognition, RecognizerInput } from "./descriptor.js";

const TOPICS: { topic: TradeoffTopic; pattern: RegExp }[] = [
  {
    topic: "lock-in",
    pattern:
      /\b(lock[- ]?in|locked in|stuck with|portab\w*|switch(ing)? (vendors?|providers?|models?)|(provider|vendor|they) retires?|retires? the model|deprecat\w* (the|our) model|depend(ent|ence)? on (one|a single)|vendor (dependence|dependency|risk)|exit strategy|single provider)\b/,
  },
  {
    topic: "ownership",
    pattern:
      /\b(who owns|own(ership)? of (the )?(outputs?|text|copy|content|code)|is the (copy|output|text|code|content) ours|rights to|copyright\w*|\bip\b|intellectual property|on the hook legally|indemnif\w*|keep (the )?ip)\b/,
  },
  {
    topic: "support",
    pattern: /\b(slas?|support|uptime|escalat\w*|someone to call|on-?call|vendor help|guarantees?)\b/,
  },
  {
    topic: "data-security",
    pattern:
      /\b(secur\w*|safe(ly)?|privacy|private|send (our |patient |health |customer |bank )?(data|records|statements|notes)|health records|patient data|keep our prompts|(store|keep|retain|log) (our )?prompts|data (stay|leave|retention|residency)|stay in the eu|compliance|complian\w*|hipaa|gdpr|leak\w*|confidential\w*|acceptable security)\b/,
  },
  {
    topic: "customization",
    pattern:
      /\b(customi[sz]\w*|tailor\w*|fine[- ]?tun\w*|change [\w\s']{0,30}behaviou?r|domain behaviou?r|custom domain|adapt\w*|control over the model|only with prompts|prompting)\b/,
  },
  {
    topic: "cost-at-scale",
    pattern:
      /\b(cost\w*|cheaper|cheap|expensive|at scale|hidden costs?|tco|save money|pricier|renting|owning the model|pay per token|billion tokens|money)\b/,
  },
];

/** Who or what the question weighs: open / closed models, APIs, vendors, own weights. */
const SUBJECT =
  /\b(open[- ]?(source|weights?)?( models?| llms?| ones)?|closed( models?| ones| source)?|proprietary|apis?|hosted (apis?|models?|llms?)|third[- ]party (llm )?apis?|vendors?|providers?|labs?|frontier api|self[- ]?host\w*|our own (weights|gpus|models?)|weights we control|running (open models )?ourselves|own the model|these models|model vendors|llm apis?)\b/;
const QUESTION =
  /\?|^(is|are|do|does|can|could|should|would|who|what|why|how|when|which|at what)\b|\b(rundown|pros|cons|worth it|in general|vs\.?|versus|realistically)\b/;

export function tradeoffTopic(lower: string): TradeoffTopic {
  for (const { topic, pattern } of TOPICS) if (pattern.test(lower)) return topic;
  return "general";
}

export function recognizeTradeoffs({ lower, refs }: RecognizerInput): Recognition | null {
  const named = refs.ids.filter((id) => id !== PICK_PLACEHOLDER);
  const framed =
    cue.TRADEOFFS_OPEN_CLOSED.test(lower) ||
    /\b(open or closed|closed or open|api or (self[- ]?host|our own)|why go open|reason to use closed|open models (really )?behind)\b/.test(
      lower,
    );
  const topic = tradeoffTopic(lower);
  // "which open models can we fine-tune?" asks for a list of models, not a trade-off.
  const listQuestion =
    cue.OPEN_MODELS_LIST.test(lower) || /\b(which|what|list|any)( [\w-]+){0,2} (models|llms|ones)\b/.test(lower);
  if (framed) return { score: 0.8, intent: { kind: "tradeoffs", modelIds: named, topic } };
  if (cue.TRADEOFFS.test(lower) && named.length < 2)
    return { score: 0.7, intent: { kind: "tradeoffs", modelIds: named, topic } };
  // A topic question about APIs / open models in general, naming no model ("who owns what the model writes?").
  if (listQuestion) return null;
  if (
    named.length === 0 &&
    topic !== "general" &&
    topic !== "cost-at-scale" &&
    SUBJECT.test(lower) &&
    QUESTION.test(lower)
  )
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic } };
  if (named.length === 0 && topic === "ownership" && QUESTION.test(lower))
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic } };
  if (topic === "lock-in" && QUESTION.test(lower))
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic } };
  // "is open source always cheaper?", "at what scale does owning the model beat renting it?"
  if (
    named.length === 0 &&
    topic === "cost-at-scale" &&
    /\b(open[- ]?(source|weights?)|self[- ]?host\w*|own(ing)? (the model|weights)|our own weights|renting|api or)\b/.test(
      lower,
    ) &&
    QUESTION.test(lower) &&
    !cue.RECOMMEND.test(lower) &&
    !/\b(which|what) (model|llm|one)\b/.test(lower)
  )
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic } };
  return null;
}
