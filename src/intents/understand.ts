// Message text -> Intent, by rules: fast, deterministic, no model calls. Order matters: control
// words first (help, reset, flow steps), then questions that name their own kind (sources,
// decision record, what-if, break-even, trade-offs, recommend, licence, price, cost, compare),
// then what the named models suggest (one model: info; several: compare).
import type { Catalog } from "../catalog/catalog.js";
import { cleanText, foldCase } from "../catalog/normalize.js";
import { hasAnyFact } from "../licensing/facts.js";
import { parseAssumptionEdits } from "./assumptions-text.js";
import * as cue from "./cues.js";
import { followUpOf, isBareFollowUp, isValueFollowUp, repeatFor } from "./follow-up.js";
import { questionTopic } from "./license-topic.js";
import { modelLikeName } from "./model-like-name.js";
import { findModelRefs, looseLookup, subjectPhrase, type ModelRefs } from "./model-refs.js";
import { inScopes, negatedScopes } from "./negation.js";
import { PICK_PLACEHOLDER } from "./pending.js";
import { QUESTION_SCORE } from "./registry/descriptor.js";
import { flowCommandOf } from "./registry/commands.js";
import { recognizeCommand } from "./registry/index.js";
import {
  BREAK_EVEN_MORE,
  LICENSE_MORE,
  NEED_MODEL,
  PRICE_MORE,
  WHAT_IF_MORE,
  WHICH_OF,
} from "./registry/question-cues.js";
import { parseRequirements } from "./requirements-text.js";
import { withStatedFacts } from "./stated-facts.js";
import { parseTeamFacts } from "./team-facts.js";
import { changesThread } from "./thread-change.js";
import { amountProblem, type Amounts } from "./limits.js";
import { describeNumberProblem, scanNumbers } from "./number-scan.js";
import type { ConversationView, Intent } from "./types.js";
import { MAX_UNDERSTOOD_CHARS, QUANTITY, quantityValue } from "./numbers.js";
import { parseVolume } from "./volume.js";

export interface UnderstandContext {
  catalog: Catalog;
  session: ConversationView;
}

// More than 4 models is the compare handler's to narrow down ("which 4?"); beyond 12 is noise.
const MAX_COMPARE = 12;
// A "which one did you mean?" question offers at most this many choices.
const MAX_CLARIFY = 10;

export function understand(text: string, given: UnderstandContext): Intent {
  // Sessions come from storage: tolerate missing fields rather than fail the turn.
  const s = given.session ?? ({} as Partial<UnderstandContext["session"]>);
  const ctx: UnderstandContext = {
    catalog: given.catalog,
    session: {
      focus: Array.isArray(s.focus) ? s.focus : [],
      lastList: Array.isArray(s.lastList) ? s.lastList : [],
      flow: s.flow ?? null,
      requirements: s.requirements ?? {},
      lastIntent: s.lastIntent ?? null,
    },
  };
  // Number literals are bounded before any pattern reads them; an impossible amount is named.
  const scan = scanNumbers(
    cleanText(withoutMarkup(String(text ?? "").slice(0, MAX_UNDERSTOOD_CHARS * 2))).slice(0, MAX_UNDERSTOOD_CHARS),
  );
  const clean = scan.text;
  const lower = foldCase(clean);
  const numberProblem = describeNumberProblem(scan.problems);
  if (numberProblem) return { kind: "unclear", text: clean, problem: numberProblem };
  // Nothing but emoji, a mention or punctuation: "?" asks what to do here, the rest asks nothing.
  if (!/[\p{L}\p{N}]/u.test(lower)) return lower.includes("?") ? { kind: "help" } : { kind: "unclear", text: "" };

  const parsed = parsesOf(clean, ctx.catalog);
  // A request for a recommendation that rules models out ("anything but GPT-4o, for coding")
  // is about none of them: those names are exclusions, read by the requirements parser.
  // (The negation scan is cheap; whether it asks for a recommendation needs the requirements parse.)
  const negated = negatedScopes(lower);
  const exclusionScopes = negated.length > 0 && asksForRecommendation(lower, parsed) ? negated : [];
  const refs = findModelRefs(clean, lower, ctx.catalog, ctx.session, (start) => inScopes(start, exclusionScopes));

  // Scored recognizers of the registry (commands, profile, watch, trade-offs) against the
  // model-question classifier below; a whole-message command needs no classifier at all.
  const command = recognizeCommand({ clean, lower, catalog: ctx.catalog, session: ctx.session, refs });
  if (command && command.score >= 0.9) return withStatedFacts(command.intent, parsed.requirements);

  const classified = classify(clean, lower, refs, ctx, parsed);
  const intent = command && command.score > questionScore(classified, refs) ? command.intent : classified;
  const outOfRange = amountProblem(amountsOf(intent));
  if (outOfRange) return { kind: "unclear", text: clean, problem: outOfRange };
  return settleModels(withStatedFacts(intent, parsed.requirements), refs, clean, lower, ctx);
}

/** Slack/Discord mention and channel markup, and a typed slash command, carry no meaning here. */
function withoutMarkup(text: string): string {
  return text.replace(/<[@#][!&]?[A-Za-z0-9]+(?:\|[^>]{0,80})?>/g, " ").replace(/^\s*\/modelwise\b/i, " ");
}

function hasContext(ctx: UnderstandContext): boolean {
  return ctx.session.flow !== null || Object.keys(ctx.session.requirements).length > 0;
}

/** One message's parses, each run at most once however many rules read it (they are the slow part). */
interface Parses {
  volume: () => ReturnType<typeof parseVolume>;
  edits: () => Record<string, string | number | boolean>;
  requirements: () => ReturnType<typeof parseRequirements>;
  facts: () => ReturnType<typeof parseTeamFacts>;
  /** A name that looks like a model but is none we know ("quasar-llm", "MegaBrain 3"). */
  modelLike: () => string | null;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function parsesOf(clean: string, catalog: Catalog): Parses {
  return {
    volume: once(() => parseVolume(clean)),
    edits: once(() => parseAssumptionEdits(clean) as Record<string, string | number | boolean>),
    // A fresh copy each time: the intent that carries it may be changed downstream.
    requirements: ((r) => () => ({ ...r() }))(once(() => parseRequirements(clean, catalog))),
    facts: once(() => parseTeamFacts(clean)),
    modelLike: once(() => modelLikeName(clean, catalog, true)),
  };
}

function classify(clean: string, lower: string, refs: ModelRefs, ctx: UnderstandContext, parsed: Parses): Intent {
  const ids = refs.ids;
  const volume = parsed.volume();
  const edits = parsed.edits();
  // A context length alone ("1M token context") is a requirement, not a cost assumption.
  const hasEdits = Object.keys(edits).some((k) => k !== "contextTokens");
  const whatIfPhrase = cue.WHAT_IF_START.test(lower) || cue.WHAT_IF_CONTAINS.test(lower) || WHAT_IF_MORE.test(lower);
  const breakEven = cue.BREAK_EVEN.test(lower) || BREAK_EVEN_MORE.test(lower);
  const recommendCue = cue.RECOMMEND.test(lower) || NEED_MODEL.test(lower);
  // A name nobody knows is still a name: "info on nebula-chat 2" asks about it (not for a chat model).
  const unknownName = parsed.modelLike();
  const anyUnknown = refs.unknown.length > 0 || unknownName !== null;

  // Outside a recommendation, a short follow-up ("and at int4?", "what about 5B tokens?",
  // "triple it?", "now for gemini 2.5 flash") asks the last question again with the new value.
  const last = ctx.session.lastIntent;
  // A break-even asked after a price ("when does self-hosting start paying off?") is a new kind of question.
  if (!hasContext(ctx) && last && !breakEven && isValueFollowUp(lower, last) && !anyUnknown) {
    const again = followUpOf(last, {
      lower,
      modelIds: ids.filter((id) => id !== PICK_PLACEHOLDER),
      volume,
      bareTokens: volume === null ? bareTokens(lower) : null,
      edits,
      selfHost: cue.SELF_HOST.test(lower),
      facts: last.kind === "license" ? parsed.facts() : {},
    });
    if (again && !ids.includes(PICK_PLACEHOLDER)) return again;
  }
  // A self-hosting assumption on its own ("what about 2 ops engineers?", "and int4?") re-runs the cost view.
  // A stated use case ("no infra people, want a coding helper") makes them requirements instead,
  // and during a recommendation "what if we had zero ops capacity?" is a what-if.
  if (
    hasEdits &&
    ids.length === 0 &&
    volume === null &&
    !recommendCue &&
    !cue.WHAT_IF_CONTAINS.test(lower) &&
    !(whatIfPhrase && hasContext(ctx)) &&
    !breakEven &&
    parsed.requirements().useCase === undefined
  ) {
    return { kind: "cost", modelIds: ids, volume, selfHost: true, assumptionEdits: edits };
  }
  // An ongoing recommendation: changes to it are what-ifs, whatever else they mention.
  if (whatIfPhrase && hasContext(ctx) && !breakEven) return { kind: "what-if", text: clean, modelIds: ids };
  // So are follow-ups that state a requirement without "what if" ("and without chinese models?").
  if (
    hasContext(ctx) &&
    (ids.length === 0 || refs.fromContext) &&
    refs.unknown.length === 0 &&
    !recommendCue &&
    !breakEven &&
    changesThread(lower, parsed.requirements())
  )
    return { kind: "what-if", text: clean, modelIds: ids };
  if (/^(?:why not|why isn'?t|why wasn'?t|why no)\b/.test(lower))
    return { kind: "what-if", text: clean, modelIds: ids };
  // Outside a recommendation, "what about X?" asks the last question again, about X.
  if (
    !hasContext(ctx) &&
    (ids.length > 0 || anyUnknown) &&
    isBareFollowUp(lower, unknownName ? [...refs.spans, unknownName] : refs.spans)
  )
    return repeatFor(ctx.session.lastIntent, ids);
  // "what if we self-host?" names no model: a change to whatever the conversation is about. With no
  // conversation yet, "quality matters most" or "drop the X" beside a use case states a need instead.
  const asksWhatIf = cue.WHAT_IF_START.test(lower) || WHAT_IF_MORE.test(lower);
  if (
    whatIfPhrase &&
    (asksWhatIf || parsed.requirements().useCase === undefined) &&
    ids.length === 0 &&
    !anyUnknown &&
    !breakEven &&
    volume === null
  )
    return { kind: "what-if", text: clean, modelIds: ids };

  if (breakEven) return { kind: "break-even", modelIds: ids, volume, assumptionEdits: edits };

  // Trade-off questions are the registry's (registry/tradeoffs.ts): their recognizer outscores this.

  // A need stated with no model named ("coding helper, 2 devs, $200/month", "chat model,
  // but leave out moonshot") asks for a recommendation, unless it asks for an amount.
  if (ids.length === 0 && !anyUnknown && !cue.ASKS_AMOUNT.test(lower) && !cue.OPEN_MODELS_LIST.test(lower)) {
    const requirements = parsed.requirements();
    const stated = Object.keys(requirements).length;
    const asks = cue.RECOMMEND_SOFT.test(lower) || /\b(which|what) (model|llm|one)s?\b|\?/.test(lower);
    if (
      (requirements.useCase !== undefined && (stated >= 2 || asks || clean.split(/\s+/).length <= 6)) ||
      (stated >= 3 && !cue.LICENSE.test(lower))
    )
      return { kind: "recommend", text: clean, requirements };
  }

  const licence = cue.LICENSE.test(lower) || cue.OPEN_MODELS_LIST.test(lower) || LICENSE_MORE.test(lower);
  const facts = parsed.facts();
  const priceWords = cue.PRICE.test(lower) || PRICE_MORE.test(lower);
  const costWords =
    cue.COST.test(lower) &&
    !/\b(can|may) (we|i) (use|ship|sell|self[- ]?host|host|run|deploy)\b[^?]*\?*$/.test(
      lower.replace(/\b(cheap\w*|expensive)\b.*$/, ""),
    );
  const openList = cue.OPEN_MODELS_LIST.test(lower) && ids.length === 0;

  if (recommendCue && !openList) return { kind: "recommend", text: clean, requirements: parsed.requirements() };
  // Requirements with no model named ("a cheap open model for coding, 20M tokens a month") ask for a pick.
  if (ids.length === 0 && !anyUnknown && !openList && /\b(models?|llms?|ones?)\b/.test(lower)) {
    const requirements = parsed.requirements();
    if (requirements.useCase !== undefined && Object.keys(requirements).length >= 2)
      return { kind: "recommend", text: clean, requirements };
  }

  // "can I run llama 3.3 70b on a single H100?" is a sizing question.
  if (cue.HARDWARE.test(lower) && !/\blicen[cs]|allowed|permitted|legally\b/.test(lower)) {
    return { kind: "cost", modelIds: ids, volume, selfHost: true, assumptionEdits: edits };
  }
  // Permission questions, unless they are really about money ("can we afford GPT-4?").
  if (
    (licence || openList) &&
    !(
      volume !== null ||
      (costWords && !/\blicen[cs]/.test(lower) && /\b(cost|cheaper|expensive|afford|price|budget|\$)/.test(lower))
    )
  ) {
    // "can we use X?" wants a verdict (with open questions), "which licence is X under?" the licence.
    const asksPermission =
      /\b(can|could|may|might) (we|i)\b|\b(are|am) (we|i) allowed\b|\bis (it|that|this|\S+( \S+){0,3}) (ok|okay|fine|allowed|safe) (for|to)\b/.test(
        lower,
      ) && !/\b(which|what) licen[cs]e\b/.test(lower);
    const topic = questionTopic(lower, asksPermission);
    return {
      kind: "license",
      modelIds: ids,
      facts,
      topic,
      openOnly: openList || /\bopen[- ]?(weights?|source)? (models|llms|ones)\b/.test(lower),
    };
  }
  // "can we fine-tune it?", "may we self-host Llama?": a team fact asked about a model.
  if (
    /^(?:can|could|may|are|is|do|does)\b/.test(lower) &&
    hasAnyFact(facts) &&
    !priceWords &&
    !costWords &&
    ids.length > 0
  ) {
    return { kind: "license", modelIds: ids, facts, topic: questionTopic(lower, true), openOnly: false };
  }

  if (priceWords && volume === null && !hasEdits && !/\b(cheaper|times)\b/.test(lower) && !WHICH_OF.test(lower))
    return { kind: "price", modelIds: ids };
  if (volume !== null || costWords || hasEdits) {
    // "which one's cheaper, A or B?" weighs the two: a comparison, priced at the volume given.
    const weighs = WHICH_OF.test(lower) || /\b(or|vs\.?|versus)\b/.test(lower);
    if (
      ids.length >= 2 &&
      cue.COMPARE.test(lower) &&
      !/\btimes\b/.test(lower) &&
      (weighs || !/\b(cheaper|expensive)\b/.test(lower)) &&
      (!cue.SELF_HOST.test(lower) || WHICH_OF.test(lower))
    ) {
      return { kind: "compare", modelIds: ids.slice(0, MAX_COMPARE), volume };
    }
    // Every assumption edit is about self-hosting ("no ops staff", "int4").
    return {
      kind: "cost",
      modelIds: ids,
      volume,
      selfHost: cue.SELF_HOST.test(lower) || hasEdits,
      assumptionEdits: edits,
    };
  }
  if (ids.length >= 2 && (cue.COMPARE.test(lower) || ids.length === refsNamed(refs)))
    return { kind: "compare", modelIds: ids.slice(0, MAX_COMPARE), volume };
  if (/\bcompare\b/.test(lower)) return { kind: "compare", modelIds: ids.slice(0, MAX_COMPARE), volume };
  if (whatIfPhrase && (hasContext(ctx) || ids.length === 0)) return { kind: "what-if", text: clean, modelIds: ids };
  if (cue.RECOMMEND.test(lower)) return { kind: "recommend", text: clean, requirements: parsed.requirements() };
  // A model with the team's circumstances ("Llama 3.2 1B in the EU?", "Falcon 180B as an API for
  // our customers?") asks whether that is allowed.
  if (ids.length > 0 && hasAnyFact(facts))
    return { kind: "license", modelIds: ids, facts, topic: questionTopic(lower, true), openOnly: false };
  if (ids.length > 0 || anyUnknown || cue.MODEL_INFO.test(lower)) return { kind: "model-info", modelIds: ids };

  // Requirements alone ("a cheap open model for coding", or just "coding") read as a recommendation request.
  const requirements = parsed.requirements();
  const short = clean.split(/\s+/).length <= 4;
  const statesNeed =
    /\b(we|i)('re| are| am)? (want|need|are building|building|build|plan|planning|looking for|would like)\b/.test(
      lower,
    );
  if (requirements.useCase !== undefined && (Object.keys(requirements).length >= 2 || short || statesNeed))
    return { kind: "recommend", text: clean, requirements };
  // "contracts of 80k tokens, which model?": a need and a request, without a use case.
  if (
    Object.keys(requirements).length > 0 &&
    (cue.RECOMMEND_SOFT.test(lower) || /\b(which|what) (model|llm|one)s?\b/.test(lower))
  )
    return { kind: "recommend", text: clean, requirements };
  return { kind: "unclear", text: clean };
}

function amountsOf(intent: Intent): Amounts {
  if (intent.kind === "recommend") return { ...intent.requirements };
  if (intent.kind === "license") return { monthlyActiveUsers: intent.facts.monthlyActiveUsers };
  if ("volume" in intent) return { volume: intent.volume };
  return {};
}

/** How sure the model-question classifier is: a named model or an explicit ask makes it surer. */
function questionScore(intent: Intent, refs: ModelRefs): number {
  if (intent.kind === "unclear") return 0;
  if (intent.kind === "recommend" && cue.RECOMMEND.test(intent.text.toLowerCase())) return QUESTION_SCORE + 0.15;
  if (refs.ids.length > 0 && !refs.fromContext) return QUESTION_SCORE + 0.15;
  return QUESTION_SCORE;
}

const BARE_AMOUNT = new RegExp(QUANTITY);

/** "and at 2 billion?": a bare amount of at least 100k, read as tokens a month. */
function bareTokens(lower: string): number | null {
  const m = BARE_AMOUNT.exec(lower);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const n = quantityValue(m[1], m[2]);
  return n >= 100_000 ? n : null;
}

function asksForRecommendation(lower: string, parsed: Parses): boolean {
  return cue.RECOMMEND.test(lower) || cue.RECOMMEND_SOFT.test(lower) || parsed.requirements().useCase !== undefined;
}

function refsNamed(refs: ModelRefs): number {
  return refs.fromContext ? -1 : refs.ids.length;
}

const NEEDS_MODEL = new Set<Intent["kind"]>(["model-info", "price"]);
// Questions about a named model: a name that matches nothing is an unknown model.
const MODEL_KINDS = new Set<Intent["kind"]>([
  "model-info",
  "price",
  "cost",
  "license",
  "compare",
  "break-even",
  "watch",
]);

/** Turns unresolved names into a "which one?" or "not found" question that keeps the rest. */
function settleModels(intent: Intent, refs: ModelRefs, clean: string, lower: string, ctx: UnderstandContext): Intent {
  if (!("modelIds" in intent)) return intent;
  const ids = intent.modelIds ?? [];

  if (refs.ambiguous.length > 0 && ids.includes(PICK_PLACEHOLDER)) {
    // "who made Jurassic?": a maker question about a family whose members share their maker
    // needs no pick either.
    if (
      intent.kind === "model-info" &&
      /\b(made|make|makes|built|build|created|create|develop\w*|released|trained|behind|from|by|who)\b/.test(lower)
    ) {
      const sameLab = refs.ambiguous.every(
        (ref) => new Set(ref.candidates.map((c) => ctx.catalog.modelById.get(c)?.lab)).size === 1,
      );
      const expanded = sameLab ? expandFamilies(intent.modelIds, refs, ctx.catalog) : null;
      if (expanded) return settleUnknown({ ...intent, modelIds: expanded.slice(0, MAX_CLARIFY) }, refs);
    }
    // A licence question about a family needs no pick: every member gets its verdict.
    if (intent.kind === "license") {
      const resolved = expandFamilies(intent.modelIds, refs, ctx.catalog);
      if (resolved) return settleUnknown({ ...intent, modelIds: resolved }, refs);
    }
    let pending: Intent = intent;
    for (let i = refs.ambiguous.length - 1; i >= 1; i--) {
      const ref = refs.ambiguous[i];
      if (ref)
        pending = {
          kind: "clarify-model",
          query: ref.query,
          candidates: ref.candidates.slice(0, MAX_CLARIFY),
          pending,
        };
    }
    const first = refs.ambiguous[0];
    if (first)
      return { kind: "clarify-model", query: first.query, candidates: first.candidates.slice(0, MAX_CLARIFY), pending };
  }
  const settled = settleUnknown(intent, refs);
  if (settled !== intent) return settled;

  // A made-up or future name the mention finder does not anchor ("brainwave-40b", "OmegaCoder 2"):
  // say it is not a model we know, rather than answering about nothing. Beside models we know
  // ("compare foobar-llm and gpt-4o", "what about Hyperion-XL" after a comparison) only the
  // surest shapes count, and the question waits for the pick with the known models kept.
  if (refs.unknown.length === 0 && MODEL_KINDS.has(intent.kind)) {
    const name = modelLikeName(clean, ctx.catalog, ids.length > 0);
    if (name) {
      const r = cachedLookup(name, ctx.catalog);
      if (r.status === "none") {
        const pending = { ...intent, modelIds: [...ids, PICK_PLACEHOLDER] } as Intent;
        return { kind: "unknown-model", query: name, suggestions: r.suggestions, pending };
      }
    }
  }

  if (ids.length === 0 && NEEDS_MODEL.has(intent.kind) && refs.unknown.length === 0) {
    // Nothing recognised: one looser look at the subject ("tell me about lama").
    const subject = subjectPhrase(lower);
    if (subject) {
      const r = cachedLookup(subject, ctx.catalog);
      if (r.status === "found") return { ...intent, modelIds: [r.id] };
      if (r.status === "ambiguous")
        return {
          kind: "clarify-model",
          query: subject,
          candidates: r.candidates.slice(0, MAX_CLARIFY),
          pending: { ...intent, modelIds: [PICK_PLACEHOLDER] },
        };
      // "what's the weather" is not a model; "tell me about foobar" and "what is gpt-9" may be.
      const modelish =
        r.suggestions.length > 0 ||
        /\d|-/.test(subject) ||
        /\b(tell (me|us) (more )?about|who (made|makes|built|created))\b/.test(lower);
      if (modelish)
        return {
          kind: "unknown-model",
          query: subject,
          suggestions: r.suggestions,
          pending: { ...intent, modelIds: [PICK_PLACEHOLDER] },
        };
    }
    if (intent.kind === "model-info") return { kind: "unclear", text: clean };
  }
  return intent;
}

// The loose (fuzzy) look-up of a name nobody anchored costs tens of ms; the same unknown names
// come back in a thread ("brainwave-40b", then "and brainwave-40b at 10M tokens?"), so the answers
// are kept per catalogue, a bounded number of them.
const LOOKUP_CACHE_SIZE = 500;
const lookups = new WeakMap<Catalog, Map<string, ReturnType<typeof looseLookup>>>();

function cachedLookup(phrase: string, catalog: Catalog): ReturnType<typeof looseLookup> {
  let cache = lookups.get(catalog);
  if (!cache) lookups.set(catalog, (cache = new Map()));
  const key = foldCase(phrase);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = looseLookup(phrase, catalog);
  if (cache.size >= LOOKUP_CACHE_SIZE) cache.clear();
  cache.set(key, result);
  return result;
}

function settleUnknown(intent: Intent, refs: ModelRefs): Intent {
  const unknown = refs.unknown[0];
  if (!unknown || !("modelIds" in intent)) return intent;
  const pending = { ...intent, modelIds: [...(intent.modelIds ?? []), PICK_PLACEHOLDER] } as Intent;
  return { kind: "unknown-model", query: unknown.query, suggestions: unknown.suggestions, pending };
}

function expandFamilies(ids: readonly string[], refs: ModelRefs, catalog: Catalog): string[] | null {
  const out: string[] = [];
  let k = 0;
  for (const id of ids) {
    if (id !== PICK_PLACEHOLDER) {
      out.push(id);
      continue;
    }
    const ref = refs.ambiguous[k++];
    if (!ref) return null;
    // Sizes under different licences (Qwen2.5 3B vs 72B vs the rest) are exactly what a
    // licence answer should show side by side; the handler groups models that share a licence.
    if (!ref.candidates.every((c) => catalog.modelById.has(c))) return null;
    for (const c of ref.candidates) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * Whether a message is a command for another answer (help, reset, sources, a decision record,
 * the profile, watching): the guided flow hands such messages to understand() instead of
 * reading them as an answer to its question.
 */
export function isOtherCommand(text: string, given: UnderstandContext): boolean {
  const lower = foldCase(cleanText(withoutMarkup(String(text ?? "").slice(0, MAX_UNDERSTOOD_CHARS))));
  const refs = findModelRefs(lower, lower, given.catalog, { focus: [], lastList: [] });
  const command = recognizeCommand({ clean: lower, lower, catalog: given.catalog, session: given.session, refs });
  return (
    command !== null &&
    command.score >= 0.75 &&
    command.intent.kind !== "flow-control" &&
    command.intent.kind !== "tradeoffs" &&
    // "no", "sure", "ok" answer a flow question; chatter is only chatter outside one.
    command.intent.kind !== "unclear"
  );
}

/** "back pls", "skip ⏭️", "restart from question one": the flow command a message gives, if any. */
export function flowCommand(text: string): "back" | "skip" | "start-over" | null {
  return flowCommandOf(foldCase(cleanText(withoutMarkup(String(text ?? "").slice(0, 200)))));
}

/**
 * Builds the lookup index and compiles the parsers' patterns ahead of the first message, so the
 * first user does not wait for them (a few hundred ms on a busy machine). Optional.
 */
export function prepareUnderstanding(catalog: Catalog): void {
  const session = { focus: [], lastList: [], flow: null, requirements: {} };
  for (const text of [
    "tell me about gpt-4o",
    "compare llama 3 and mixtral 8x7b at 10M input and 2M output tokens a month",
    "can we fine-tune it with 800M monthly users in the EU?",
    "recommend a cheap open model for coding under $500 a month, 2,000 requests a day of 1,500 tokens",
    "assume H100 at $2.10/h, int4, 50% utilization, no ops staff, 8k context",
    "what if we self-host?",
  ]) {
    understand(text, { catalog, session });
  }
}
