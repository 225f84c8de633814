// General trade-off questions (open vs closed, API vs own weights) and which criterion they ask
// about. A question about one of these topics with no model named, or with the open/closed
// framing, is a trade-off question rather than a request for a model.
import type { Catalog } from "../../catalog/catalog.js";
import { hostIn, providerNamedIn, type Host } from "../../catalog/hosts.js";
import { labOf } from "../../catalog/labs.js";
import { providerPolicy } from "../../catalog/provider-policies.js";
import { providerTermAsked } from "../provider-term-text.js";
import { lastAnswerShowedPicks } from "../picks-question-text.js";
import { parseTeamFacts } from "../team-facts.js";
import * as cue from "../cues.js";
import { PICK_PLACEHOLDER } from "../pending.js";
import type { TradeoffTopic } from "../types.js";
import type { Recognition, RecognizerInput } from "./descriptor.js";
import { WHICH_MODEL } from "./question-cues.js";

const TOPICS: { topic: TradeoffTopic; pattern: RegExp }[] = [
  {
    topic: "lock-in",
    pattern:
      /\b(lock[- ]?in|locked in|stuck with|how (stuck|tied|locked in|dependent|reliant)|(dependent|reliant) on|dependen(ce|cy) on|tied to (one|a single|\w+'?s?) (vendor|provider|api|lab)|portability|how portable|(?:is|are|stays?|keep \w+|remain) portable|portable (?:across|between|to)|switch(ing)? (vendors?|providers?|models?)|(provider|vendor|they) retires?|retires? the model|deprecat\w* (the|our) model|depend(ent|ence)? on (one|a single)|vendor (dependence|dependency|risk)|exit strategy|single provider)\b/,
  },
  {
    topic: "ownership",
    pattern:
      /\b(who owns|own(ership)? of (the )?(outputs?|text|copy|content|code)|is the (copy|output|text|code|content) ours|(outputs?|text|copy|content|code|generations?)\b[^?]{0,40}\bours\b|rights to|copyright\w*|\bip\b|intellectual property|on the hook legally|indemnif\w*|keep (the )?ip)\b/,
  },
  {
    topic: "support",
    pattern: /\b(slas?|support|uptime|escalat\w*|someone to call|on-?call|vendor help|guarantees?)\b/,
  },
  {
    topic: "data-security",
    pattern:
      /\b(secur\w*|safe(ly)?|privacy|private|send (our |patient |health |customer |bank )?(data|records|statements|notes)|health records|patient data|keep our prompts|(store|keep|retain|log) (our )?prompts|data (stay|leave|retention|residency)|stay in the eu|keep (our |the )?(\w+ )?data (in|inside|within)|train\w* on (what we send|our (data|prompts|inputs|documents)|customer data|(the )?data we send|inputs)|use our (data|prompts) (for|to) train\w*|compliance|complian\w*|hipaa|gdpr|leak\w*|confidential\w*|acceptable security)\b/,
  },
  {
    topic: "customization",
    pattern:
      /\b(customi[sz]\w*|tailor\w*|fine[- ]?tun\w*|change [\w\s']{0,30}behaviou?r|domain behaviou?r|custom domain|adapt\w*|control over the model|control\b[^?]{0,30}\b(over|of) (a |the )?(model'?s? )?behaviou?r|only with prompts|prompting)\b/,
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

/** Open against closed as a framing: "open or closed?", "why would anyone pick a closed model", "are open models worse". */
const OPEN_CLOSED_MORE =
  /\b(open or closed|closed or open|api or (self[- ]?host|our own)|why go open|reason to use closed|why (would|do|should|does) (anyone|anybody|people|teams|companies|we|you|one) (still )?(use|choose|pick|go with|go for|prefer|pay for) (an? )?(open|closed|proprietary)|open[- ]?(source |weights? )?(models|llms|ones) (are|is)( \w+){0,2} (worse|better|behind|ahead|as good|good enough|weaker|stronger|catching up)|open[- ]?(source |weights? )?(models|llms) (really |still |always )?(behind|worse|better))\b/;
/** "open or closed doesn't matter": a stated indifference, not a question about the trade-off. */
const INDIFFERENT =
  /\b(open or closed|closed or open|open vs\.? closed|open[- ]?(source|weights?)? or not)\b[^?.!]{0,20}\b(doesn'?t|does not|don'?t|do not) (matter|care)|\b(don'?t|do not) care (about |whether |if )?(it'?s )?(open|closed)|\beither (is|works|way)\b[^?]{0,20}\b(open|closed)/;
/** A break-even question with nothing to price ("at what scale do open models win on cost?") weighs open vs closed in general. */
const GENERAL_BREAK_EVEN =
  /\b(at what (\w+ )?(volume|point|scale|usage|traffic|spend)|when (is|does|do|are|would))\b[^?]{0,60}\b(open[- ]?(source|weights?)?( models?| llms?)?|self[- ]?host\w*|owning|own weights)\b[^?]{0,40}\b(win|wins|beat|beats|cheaper|pays? off|paying off|worth it)\b/;

/** A rule for providers followed by "which model?" asks for models that meet it, not for the trade-off. */
const ASKS_FOR_A_MODEL = new RegExp(`${cue.RECOMMEND.source}|${WHICH_MODEL.source}`);

/** What a provider does with API data: trains on it, keeps, stores or logs it, for how long. */
const DATA_TERMS =
  /\b(train\w*|retain\w*|retention|keep\w*|stor(e|es|ing|ed)|log(s|ged|ging)?|delete\w*|use|hold (on ?to|onto))\b[^?.]{0,40}\b(data|prompts|inputs|outputs|requests|conversations|content)\b|\b(data|prompts|inputs)\b[^?.]{0,25}\b(retention|retained|kept|stored|logged|used (for|to) train\w*)\b|\b(zdr|zero[- ]data[- ]retention|data policy|privacy policy|data terms)\b/;

const OUR_OWN_USE = /\b(can|could|may|should|do|are allowed to) (we|i)\b/;

/** Trusting a provider with data ("can we trust deepseek with this?", "is mistral trustworthy?"). */
const TRUST = /\b(trust\w*|trustworthy)\b/;
/**
 * A model weighed against a data law or a regulated sector as a whole ("is gpt-4o gdpr compliant?",
 * "is deepseek r1 safe for a bank?", "secure enough for an insurer"): settled by where the prompts go
 * and what the host does with them, not by the licence. A sector is a field of use the team-facts
 * table reads ("bank" → finance), so the sector words have one home.
 */
const DATA_LAW = /\b(gdpr|ccpa|dsgvo|rgpd|soc ?2|iso ?27001)\b/;
const COMPLIANT = /\b(complian\w*|comply|conform\w*|certified)\b/;
const SAFE_FOR = /\b(safe|secure)( enough)? (for|to use (for|at|in|by))\b/;
/** "can we trust the outputs of X for legal advice?": the model's quality, not its provider's terms. */
const OUR_OWN_USE_OF_IT = /\btrust\w* (its|the|their) (outputs?|answers?|results?|quality|accuracy|code)\b/;

export function recognizeTradeoffs({ lower, refs, session, catalog }: RecognizerInput): Recognition | null {
  const named = refs.ids.filter((id) => id !== PICK_PLACEHOLDER);
  // "EU data residency … mistral or gemini, which one would you pick?": a data term stated as a
  // need beside a request for a model is a requirement, not a question about a provider.
  const asked = QUESTION.test(lower) && !ASKS_FOR_A_MODEL.test(lower) ? providerTermAsked(lower) : null;
  // "is Claude Sonnet 4.5 on Bedrock covered by the BAA?", "does OpenAI keep our prompts?": a
  // provider's data term, for the model named on it when there is one; the host is the one named
  // after "on / via", else any provider named, else the named models' own lab's API.
  // A family named ("does Claude keep our prompts?") is its lab's API when all its members share it.
  const termsHost = () => {
    const ids = named.length > 0 ? named : refs.ambiguous.flatMap((r) => r.candidates);
    return (
      hostIn(lower, catalog) ??
      providerNamedIn(lower, catalog) ??
      firstPartyHost(ids, catalog) ??
      makersTermsHost(ids, catalog)
    );
  };
  // Picks pointed at right after a shortlist ("do any of these offer ZDR?", "is the second one
  // covered by a BAA?") each have the host their cost was worked out on: the question rung for
  // the picks answers for each (picks-question-text.ts), unless a host is named.
  if (
    asked &&
    refs.fromContext &&
    lastAnswerShowedPicks(session) &&
    !hostIn(lower, catalog) &&
    !providerNamedIn(lower, catalog)
  )
    return null;
  if (asked) {
    const host = termsHost();
    if (host)
      return {
        score: 0.88,
        intent: { kind: "tradeoffs", modelIds: named, topic: "data-security", provider: host.provider, asks: asked },
      };
  }
  // "can we trust deepseek with this?": whether to trust a provider with data is what its terms
  // say it does with the data and where it processes it (facts, not an opinion of the lab).
  if (TRUST.test(lower) && !OUR_OWN_USE_OF_IT.test(lower)) {
    const host = termsHost();
    if (host)
      return {
        score: 0.88,
        intent: { kind: "tradeoffs", modelIds: named, topic: "data-security", provider: host.provider },
      };
  }
  // "is gpt-4o gdpr compliant?", "is deepseek r1 safe for a bank?": the named model's own API's
  // terms, led by what settles compliance (answers/provider-terms.ts, wholeModelLines).
  if (named.length > 0 && QUESTION.test(lower) && !OUR_OWN_USE_OF_IT.test(lower)) {
    const weighed =
      (DATA_LAW.test(lower) && (COMPLIANT.test(lower) || SAFE_FOR.test(lower) || /\b(ok|okay|fine)\b/.test(lower))) ||
      (COMPLIANT.test(lower) && parseTeamFacts(lower).fieldOfUse !== undefined) ||
      (SAFE_FOR.test(lower) && parseTeamFacts(lower).fieldOfUse !== undefined);
    const host = weighed
      ? (hostIn(lower, catalog) ?? firstPartyHost(named, catalog) ?? makersTermsHost(named, catalog))
      : null;
    if (host)
      return {
        score: 0.88,
        intent: { kind: "tradeoffs", modelIds: named, topic: "data-security", provider: host.provider },
      };
  }
  // "does Mistral train on our API data?": the data terms of that provider, not a model question.
  // A named model or "can we train on our data" is the team's own use (fine-tuning, licence).
  if (named.length === 0 && DATA_TERMS.test(lower) && QUESTION.test(lower) && !OUR_OWN_USE.test(lower)) {
    const host = providerNamedIn(lower, catalog);
    if (host)
      return {
        score: 0.85,
        intent: { kind: "tradeoffs", modelIds: [], topic: "data-security", provider: host.provider },
      };
  }
  const indifferent = INDIFFERENT.test(lower);
  const framed = !indifferent && (cue.TRADEOFFS_OPEN_CLOSED.test(lower) || OPEN_CLOSED_MORE.test(lower));
  const topic = tradeoffTopic(lower);
  // "which open models can we fine-tune?" asks for a list of models, not a trade-off.
  const listQuestion =
    cue.OPEN_MODELS_LIST.test(lower) || /\b(which|what|list|any)( [\w-]+){0,2} (models|llms|ones)\b/.test(lower);
  if (framed) return { score: 0.8, intent: { kind: "tradeoffs", modelIds: named, topic } };
  // "summarise reviews into pros/cons blurbs … which model?": the words describe the output of
  // a task, and the message asks for a model.
  if (cue.TRADEOFFS.test(lower) && named.length < 2 && !ASKS_FOR_A_MODEL.test(lower))
    return { score: 0.7, intent: { kind: "tradeoffs", modelIds: named, topic } };
  // A topic question about APIs / open models in general, naming no model ("who owns what the model writes?").
  if (listQuestion) return null;
  if (
    named.length === 0 &&
    topic !== "general" &&
    topic !== "cost-at-scale" &&
    SUBJECT.test(lower) &&
    QUESTION.test(lower) &&
    !ASKS_FOR_A_MODEL.test(lower)
  )
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic } };
  if (named.length === 0 && topic === "ownership" && QUESTION.test(lower))
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic } };
  if (topic === "lock-in" && QUESTION.test(lower))
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic } };
  // Nothing named and nothing discussed before: the break-even of open models in general.
  if (named.length === 0 && refs.unknown.length === 0 && session.focus.length === 0 && GENERAL_BREAK_EVEN.test(lower))
    return { score: 0.6, intent: { kind: "tradeoffs", modelIds: named, topic: "cost-at-scale" } };
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

/**
 * Where the named models' makers hold data terms: their one first-party host with terms on file
 * (Amazon's models are sold first-party on Bedrock and on Nova's own API; only Bedrock's terms are
 * held), else their lab's own API although the catalogue lists no offering of them there
 * (DeepSeek-R1, now served by others), which the answer then says.
 */
function makersTermsHost(ids: readonly string[], catalog: Catalog): Host | null {
  const models = ids.flatMap((id) => catalog.modelById.get(id) ?? []);
  const withTerms = new Map<string, Host>();
  for (const m of models)
    for (const o of m.offerings)
      if (o.firstParty && providerPolicy(catalog, o.provider))
        withTerms.set(o.provider, { provider: o.provider, providerName: o.providerName });
  if (withTerms.size === 1) return [...withTerms.values()][0]!;
  const labs = new Set(models.map((m) => labOf(catalog, m)?.id));
  const [lab] = [...labs];
  const policy = labs.size === 1 && lab ? providerPolicy(catalog, lab) : undefined;
  return policy ? { provider: policy.provider, providerName: policy.name } : null;
}

/** The lab's own API when every named model has the same one (a family named: "does Claude keep our prompts?"). */
function firstPartyHost(ids: readonly string[], catalog: Catalog): Host | null {
  const hosts = new Map<string, Host>();
  for (const id of ids)
    for (const o of catalog.modelById.get(id)?.offerings ?? [])
      if (o.firstParty) hosts.set(o.provider, { provider: o.provider, providerName: o.providerName });
  return ids.length > 0 && hosts.size === 1 ? [...hosts.values()][0]! : null;
}
