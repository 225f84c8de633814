// Licence questions: permission ("can we use X with 800M users?"), which licence, a team fact
// asked about a model ("can we fine-tune it?"), or a model with the team's circumstances.
import { hasAnyFact } from "../../../licensing/facts.js";
import { asksIfFree } from "../../free-to-run-text.js";
import { questionTopic } from "../../license-topic.js";
import { ASKER } from "../../permission-asker.js";
import type { Intent } from "../../types.js";
import type { QuestionRung } from "../descriptor.js";
import type { QuestionFeatures } from "../question-features.js";

const LICENCE_WORD = /\blicen[cs]/;
const MONEY_WORDS = /\b(cost|cheaper|expensive|afford|price|budget|\$)/;
// "can we …", "could a government ministry …" (permission-asker.ts), "is X ok to …".
const ASKS_PERMISSION = new RegExp(
  String.raw`\b(can|could|may|might) ${ASKER}\b|\b(are|am) (we|i) allowed\b|\bis (it|that|this|\S+( \S+){0,3}) (ok|okay|fine|allowed|safe) (for|to)\b`,
);
const WHICH_LICENCE = /\b(which|what) licen[cs]e\b/;
const OPEN_MODELS = /\bopen[- ]?(weights?|source)? (models|llms|ones)\b/;
// "a bigger closed model", "closed-source LLMs", "proprietary providers", "API-only models".
const CLOSED_MODELS =
  /\b(closed|proprietary|api[- ]only)(?:[- ](?:source|weights?))?\s+(?:[\w-]+\s+){0,2}?(models?|llms?|providers?|labs?|apis?|ones|vendors?)\b/;
const ANY_MODELS = /\b(which|what|any|list|show)\b[^?.!]{0,20}\b(models|llms|ones)\b/;
const YES_NO_START = /^(?:can|could|may|are|is|do|does)\b/;

/** "is X ok for …", "fine for …", "acceptable for …": whether a use is allowed. */
const OK_FOR = /\b(ok|okay|fine|acceptable|allowed|usable|suitable|good to go)( to use)? (for|in|at|by)\b/;
/** Use inside the team's own organisation ("for internal use", "internal tools", "use it internally"): a use, not a sector. */
const INTERNAL_USE = /\binternal(?:ly)?\b(?:\s+(?:use|usage|tools?|apps?|deployment|production|purposes?))?/;
/** A public body as the user: no field of use in the team-facts table, but a sector all the same. */
const PUBLIC_BODY =
  /\b(public[- ]sector|government\w*|gov|council|municipal\w*|ministry|public (body|bodies|administration|agency|service)|state agency|federal agency)\b/;

/** Whether a message asks if a use is allowed ("can we …", "is X ok for …"), whatever it names. */
export const asksIfAllowed = (lower: string): boolean => ASKS_PERMISSION.test(lower) || OK_FOR.test(lower);

const verdict = (f: QuestionFeatures): Intent => ({
  kind: "license",
  modelIds: f.ids,
  facts: f.parsed.facts(),
  topic: questionTopic(f.lower, true),
  openOnly: false,
});

// "what about gemma 3 12b, …", "how about X — …": a model put forward for the question after it.
const PUTS_FORWARD = /^(?:(?:and|ok|okay|so|hmm|but|now)[,]?\s+)?(?:what|how) about\b/;

export const LICENSE_QUESTIONS: readonly QuestionRung[] = [
  {
    // A model put forward, then a permission question about it ("what about gemma 3 12b, can we
    // publish the weights?", "what about gemma 3 4b, can we ship it in the game?"): its licence
    // verdict for that use, before "what about X" alone makes it a what-if in a thread ("why not
    // X?"). Money and volumes stay with the priced readings.
    id: "license:model-put-forward",
    read: (f) =>
      PUTS_FORWARD.test(f.lower) &&
      f.ids.length > 0 &&
      !f.refs.fromContext &&
      f.licence() &&
      asksIfAllowed(f.lower) &&
      !f.priceWords() &&
      f.parsed.volume() === null
        ? verdict(f)
        : null,
  },
  {
    // "is mistral small 3.2 ok for public sector use?", "is qwen3 235b ok for a bank in the EU to
    // self host?", "is the top pick ok for a non profit?": a named model and a sector (a field of
    // use, a public body, a nonprofit, or a commercial or non-commercial user) asks whether that
    // use is allowed, before a self-hosting word makes it a sizing question; so does use inside the
    // organisation ("is codestral ok for internal use?"). "safe for a bank" and
    // "GDPR compliant" are the host's data terms (registry/tradeoffs.ts), read before this.
    id: "license:ok-for-a-sector",
    read: (f) =>
      f.ids.length > 0 &&
      OK_FOR.test(f.lower) &&
      (f.parsed.facts().fieldOfUse !== undefined ||
        f.parsed.facts().commercial !== undefined ||
        f.parsed.facts().nonprofit === true ||
        PUBLIC_BODY.test(f.lower) ||
        INTERNAL_USE.test(f.lower)) &&
      !f.priceWords() &&
      f.parsed.volume() === null
        ? verdict(f)
        : null,
  },
  {
    // Permission and licence words, unless the question is really about money ("can we afford
    // GPT-4?", a volume). Below sizing questions, above price and cost.
    id: "license:permission-words",
    read: (f) => {
      if (!(f.licence() || f.openList())) return null;
      const aboutMoney =
        f.parsed.volume() !== null || (f.costWords() && !LICENCE_WORD.test(f.lower) && MONEY_WORDS.test(f.lower));
      if (aboutMoney) return null;
      // "can we use X?" wants a verdict (with open questions), "which licence is X under?" the licence.
      const asksPermission = ASKS_PERMISSION.test(f.lower) && !WHICH_LICENCE.test(f.lower);
      const sizeCap = f.ids.length === 0 ? f.parsed.requirements().maxParamsB : undefined;
      // "which models under 10B can we use?": a size is a property of open weights, so a list of them.
      const openOnly = f.openList() || OPEN_MODELS.test(f.lower) || (sizeCap !== undefined && ANY_MODELS.test(f.lower));
      const cap = openOnly ? sizeCap : undefined;
      const closedOnly = !openOnly && f.ids.length === 0 && CLOSED_MODELS.test(f.lower);
      return {
        kind: "license",
        modelIds: f.ids,
        facts: f.parsed.facts(),
        topic: questionTopic(f.lower, asksPermission),
        openOnly,
        ...(cap !== undefined ? { maxParamsB: cap } : {}),
        ...(closedOnly ? { closedOnly: true as const } : {}),
      };
    },
  },
  {
    // "can we fine-tune it?", "may we self-host Llama?": a team fact asked about a model.
    id: "license:team-fact-asked",
    read: (f) =>
      YES_NO_START.test(f.lower) &&
      hasAnyFact(f.parsed.facts()) &&
      !f.priceWords() &&
      !f.costWords() &&
      f.ids.length > 0
        ? verdict(f)
        : null,
  },
  {
    // Late: a model with the team's circumstances ("Llama 3.2 1B in the EU?", "Falcon 180B as an
    // API for our customers?") asks whether that is allowed; above plain model facts.
    id: "license:model-with-circumstances",
    read: (f) => (f.ids.length > 0 && hasAnyFact(f.parsed.facts()) ? verdict(f) : null),
  },
  {
    // "is gemma 3 12b free for us?": a named model asked to be free, before its model card.
    id: "license:free-asked",
    read: (f) => (f.ids.length > 0 && asksIfFree(f.lower) ? verdict(f) : null),
  },
];
