// Message text -> Intent, by rules: fast, deterministic, no model calls. Everything intent-specific
// lives in the registry (src/intents/registry/): the command recognizers (help, reset, flow steps,
// sources, decision record, profile, watch, trade-offs) score the message, and the question rungs
// of the model intents (registry/questions/) read it in the one order of questions/order.ts. This file cleans the
// text, finds the models it names, weighs the two, and settles names that matched several models
// or none.
import { asksIfFree } from "./free-to-run-text.js";
import type { Catalog } from "../catalog/catalog.js";
import { cleanText, foldCase } from "../catalog/normalize.js";
import * as cue from "./cues.js";
import { liftedExclusions } from "./lift-exclusion-text.js";
import { askedModelName, modelLikeName } from "./model-like-name.js";
import { providerTermAsked } from "./provider-term-text.js";
import { asksOfPicks } from "./picks-question-text.js";
import { findModelRefs, looseLookup, pointsIntoList, subjectPhrase, type ModelRefs } from "./model-refs.js";
import { inScopes, negatedScopes, type Scope } from "./negation.js";
import { pastExperienceScopes, takesTheModelInHand } from "./past-experience-text.js";
import { qualityFloorScopes } from "./quality-floor-text.js";
import { PICK_PLACEHOLDER } from "./pending.js";
import { QUESTION_SCORE } from "./registry/descriptor.js";
import { flowCommandOf } from "./registry/commands.js";
import { QUESTIONS, recognizeCommand } from "./registry/index.js";
import { parsesOf, questionFeatures, type Parses } from "./registry/question-features.js";
import { withStatedFacts } from "./stated-facts.js";
import { inEnglishWords } from "./foreign-words.js";
import { writtenInCode } from "./requirements-text.js";
import { amountProblem, type Amounts } from "./limits.js";
import { describeNumberProblem, scanNumbers } from "./number-scan.js";
import type { ConversationView, Intent } from "./types.js";
import { MAX_UNDERSTOOD_CHARS } from "./numbers.js";
import { parseWhatIf } from "./what-if-text.js";
import type { Exclusions } from "../scoring/requirements.js";
import { labMatches } from "../scoring/catalog-facts.js";

export interface UnderstandContext {
  catalog: Catalog;
  session: ConversationView;
}

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
      discussed: Array.isArray(s.discussed) ? s.discussed : [],
      flow: s.flow ?? null,
      requirements: s.requirements ?? {},
      lastIntent: s.lastIntent ?? null,
      subject: s.subject ?? null,
    },
  };
  // Number literals are bounded before any pattern reads them; an impossible amount is named.
  const asWritten = cleanText(withoutMarkup(String(text ?? "").slice(0, MAX_UNDERSTOOD_CHARS * 2)));
  const scan = scanNumbers(inEnglishWords(asWritten).slice(0, MAX_UNDERSTOOD_CHARS));
  const clean = scan.text;
  const lower = foldCase(clean);
  const numberProblem = describeNumberProblem(scan.problems);
  if (numberProblem) return { kind: "unclear", text: clean, problem: numberProblem };
  // Nothing but emoji, a mention or punctuation: "?" asks what to do here, the rest asks nothing.
  if (!/[\p{L}\p{N}]/u.test(lower)) return lower.includes("?") ? { kind: "help" } : { kind: "unclear", text: "" };

  const parsed = parsesOf(clean, ctx.catalog, ctx.session.requirements.useCase);
  // A request for a recommendation that rules models out ("anything but GPT-4o, for coding")
  // is about none of them: those names are exclusions, read by the requirements parser.
  // (The negation scan is cheap; whether it asks for a recommendation needs the requirements parse.)
  const negated = negatedScopes(lower, ctx.catalog);
  // A model named as the quality bar ("no worse than GPT-4o") is no subject either (quality-floor-text.ts).
  const bars = qualityFloorScopes(lower);
  const notSubjects = [...negated, ...bars];
  const exclusionScopes =
    notSubjects.length > 0 && (asksForRecommendation(lower, parsed) || (bars.length > 0 && inThread(ctx)))
      ? notSubjects
      : [];
  const said = findModelRefs(clean, lower, ctx.catalog, ctx.session, (start) => inScopes(start, exclusionScopes));
  // Models named as the team's past experience, when the message asks for a recommendation without them.
  const past = pastExperienceInNeed(said, clean, lower, ctx, parsed, exclusionScopes);
  const leftOut = past ? past.scopes : exclusionScopes;
  const named = past ? past.refs : said;
  const refs = familiesInNeed(named, clean, lower, ctx, parsed, leftOut) ?? named;

  // Scored recognizers of the registry (commands, profile, watch, trade-offs) against the
  // model-question rungs (registry/questions/); a whole-message command needs no question reading.
  const command = recognizeCommand({ clean, lower, catalog: ctx.catalog, session: ctx.session, refs });
  if (command && command.score >= 0.9) return withStatedFacts(command.intent, parsed.requirements);

  const classified = withHost(QUESTIONS.recognize(questionFeatures(clean, lower, refs, ctx.session, parsed)), parsed);
  const intent =
    command && command.score > questionScore(classified, refs) && !needOverSources(command.intent, classified, parsed)
      ? command.intent
      : classified;
  const outOfRange = amountProblem(amountsOf(intent));
  if (outOfRange) return { kind: "unclear", text: clean, problem: outOfRange };
  const unheld = unheldModelAsked(intent, refs, lower, ctx);
  if (unheld) return unheld;
  return withLanguageWrittenIn(
    settleModels(withStatedFacts(withRunningCost(intent, lower), parsed.requirements), refs, clean, lower, ctx),
    asWritten,
  );
}

/** A licence question that asks whether the model is free: its running cost is said too (free-to-run-text.ts). */
function withRunningCost(intent: Intent, lower: string): Intent {
  return intent.kind === "license" && asksIfFree(lower) ? { ...intent, runningCost: true } : intent;
}

/**
 * A request for a recommendation written in another language, with the language it is written in
 * (the glossed text the readers see is English, so only the message as said still shows it).
 */
function withLanguageWrittenIn(intent: Intent, asWritten: string): Intent {
  if (intent.kind !== "recommend") return intent;
  const code = writtenInCode(asWritten);
  return code === undefined ? intent : { ...intent, requirements: { ...intent.requirements, writtenIn: code } };
}

// A need worth keeping whole: this many facts read from it besides any model named.
const NEED_FACTS = 3;

/**
 * A stated need that speaks of sources or citations ("accuracy and traceability to the source are
 * essential", "every answer must cite the source paragraph") names what the team's own tool must
 * do: when the message reads as a recommendation with a need worth keeping whole, it asks for
 * that, not for modelwise's sources (which a question of a few words asks).
 */
function needOverSources(command: Intent, classified: Intent, parsed: Parses): boolean {
  return (
    command.kind === "sources" &&
    classified.kind === "recommend" &&
    Object.keys(parsed.requirements()).length >= NEED_FACTS
  );
}

/**
 * Family names inside a stated need ("…no meta models pls (legal said no to llama acceptable use
 * policy)…", "…claude vs gpt-5 vs gemini — which one and what will it cost?") are exclusions or a
 * set of candidates, not a model to pick: asking "which llama?" would lose every fact of the
 * message. When the message states a need and, read without its family names (or without any
 * name), asks for a recommendation, those names are left out (the requirements parser reads the exclusions);
 * otherwise the names stand and the pick is asked as before.
 */
function familiesInNeed(
  refs: ModelRefs,
  clean: string,
  lower: string,
  ctx: UnderstandContext,
  parsed: Parses,
  exclusionScopes: readonly Scope[],
): ModelRefs | null {
  if (refs.ambiguous.length === 0 || refs.fromContext) return null;
  // "can we use the free tier of gemini for our helpline bot?": a family's free tier is its maker's
  // API, the subject of the question however many needs come with it.
  if (providerTermAsked(lower) === "free-tier") return null;
  const stated = Object.keys(parsed.requirements()).length;
  if (stated < NEED_FACTS) return null;
  // Without the family names; then, for a set of candidates that mixes families with one model
  // ("claude vs gpt-5 vs gemini — which one?"), without any name.
  for (const leaveOut of [(family: boolean) => family, () => true]) {
    const without = findModelRefs(
      clean,
      lower,
      ctx.catalog,
      ctx.session,
      (start, family) => leaveOut(family) || inScopes(start, exclusionScopes),
    );
    const intent = QUESTIONS.recognize(questionFeatures(clean, lower, without, ctx.session, parsed));
    if (intent.kind === "recommend") return without;
  }
  return null;
}

// A need read beside a model the team worked with before: this many facts besides the name.
const PAST_NEED_FACTS = 2;

/**
 * The spans naming models the team worked with before ("our engineers have fine-tuned BERT
 * models", "we used GPT-4o before") when the message, read without those names, states a need
 * and asks for a recommendation, with the exclusions they join and the models named without them;
 * null otherwise ("we fine-tuned llama 3 8b, can we ship it?" asks about the model it fine-tuned).
 */
function pastExperienceInNeed(
  refs: ModelRefs,
  clean: string,
  lower: string,
  ctx: UnderstandContext,
  parsed: Parses,
  exclusionScopes: readonly Scope[],
): { scopes: readonly Scope[]; refs: ModelRefs } | null {
  if (refs.spans.length === 0 || refs.fromContext) return null;
  const past = pastExperienceScopes(lower);
  if (past.length === 0 || Object.keys(parsed.requirements()).length < PAST_NEED_FACTS) return null;
  if (takesTheModelInHand(lower, past)) return null;
  const scopes = [...exclusionScopes, ...past];
  const without = findModelRefs(clean, lower, ctx.catalog, ctx.session, (start) => inScopes(start, scopes));
  if (without.spans.length === refs.spans.length) return null;
  const intent = QUESTIONS.recognize(questionFeatures(clean, lower, without, ctx.session, parsed));
  return intent.kind === "recommend" ? { scopes, refs: without } : null;
}

/** A price or API cost asked "on Vertex", "via Bedrock": that host's offering (catalog/hosts.ts). */
function withHost(intent: Intent, parsed: Parses): Intent {
  if (intent.kind !== "price" && !(intent.kind === "cost" && !intent.selfHost)) return intent;
  if (intent.host) return intent;
  const host = parsed.host();
  return host ? { ...intent, host } : intent;
}

/** Slack/Discord mention and channel markup, and a typed slash command, carry no meaning here. */
function withoutMarkup(text: string): string {
  return text.replace(/<[@#][!&]?[A-Za-z0-9]+(?:\|[^>]{0,80})?>/g, " ").replace(/^\s*\/modelwise\b/i, " ");
}

function amountsOf(intent: Intent): Amounts {
  if (intent.kind === "recommend") return { ...intent.requirements };
  if (intent.kind === "license") return { monthlyActiveUsers: intent.facts.monthlyActiveUsers };
  if ("volume" in intent) return { volume: intent.volume };
  return {};
}

/** How sure the model-question reading is: a named model or an explicit ask makes it surer. */
function questionScore(intent: Intent, refs: ModelRefs): number {
  if (intent.kind === "unclear") return 0;
  if (intent.kind === "recommend" && cue.RECOMMEND.test(intent.text.toLowerCase())) return QUESTION_SCORE + 0.15;
  if (refs.ids.length > 0 && !refs.fromContext) return QUESTION_SCORE + 0.15;
  return QUESTION_SCORE;
}

// "anything but GPT-4o for our lawyers": a message that opens by ruling models out asks for another.
const ANYTHING_BUT =
  /^\W*(?:anything|any model|something|whatever|any llm) (?:but|except|other than|besides|apart from)\b/;

/** A recommendation thread is under way: a bar said in it refines the shortlist. */
function inThread(ctx: UnderstandContext): boolean {
  return (
    ctx.session.flow !== null ||
    ctx.session.subject?.answer === "recommend" ||
    ctx.session.lastIntent?.kind === "recommend"
  );
}

function asksForRecommendation(lower: string, parsed: Parses): boolean {
  return (
    cue.RECOMMEND.test(lower) ||
    cue.RECOMMEND_SOFT.test(lower) ||
    ANYTHING_BUT.test(lower) ||
    parsed.requirements().useCase !== undefined
  );
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

// Readings a name in a model's place can get when no catalogue name is in the message.
const ASKED_ABOUT_A_MODEL = new Set<Intent["kind"]>(["license", "model-info", "unclear", "recommend", "hosting"]);

/**
 * "can we use exaone for this?", "is solar pro from upstage an option": a model the catalogue does
 * not hold, named where a question puts its model, is said to be unknown (with near names, if
 * any), not read as a licence question about nothing, a shortlist or "I'm not sure".
 */
function unheldModelAsked(intent: Intent, refs: ModelRefs, lower: string, ctx: UnderstandContext): Intent | null {
  // Models the thread points at ("for this" after a shortlist) are no name of the message's own.
  const namesOwn = refs.ids.length > 0 && !refs.fromContext;
  if (!ASKED_ABOUT_A_MODEL.has(intent.kind) || namesOwn || refs.unknown.length > 0 || refs.ambiguous.length > 0)
    return null;
  const name = askedModelName(lower, ctx.catalog);
  if (!name) return null;
  const r = cachedLookup(name, ctx.catalog);
  if (r.status === "found") return null;
  // Near names only when they look like it ("sea-lion" offers no Llama): a fuzzy match on a few
  // letters would put a model the team never asked about forward.
  const stem = foldCase(name).slice(0, 3);
  const guesses = (r.status === "ambiguous" ? r.candidates : r.suggestions).filter((id) =>
    foldCase(ctx.catalog.modelById.get(id)?.name ?? id).includes(stem),
  );
  const pending: Intent =
    intent.kind === "license"
      ? { ...intent, modelIds: [PICK_PLACEHOLDER] }
      : { kind: "model-info", modelIds: [PICK_PLACEHOLDER] };
  return { kind: "unknown-model", query: name, suggestions: guesses.slice(0, MAX_CLARIFY), pending };
}

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
    // "what if we allow mistral models" lifts the thread's exclusion of that family's lab (or
    // finds there is none to lift), "what if we exclude mistral" rules the lab out: the family
    // word names what to let in or keep out, not a model to pick.
    if (intent.kind === "what-if") {
      const lift = liftedExclusions(clean, ctx.session.requirements.exclude, ctx.catalog);
      const rule =
        Object.keys(lift.lifted).length > 0 ||
        Object.keys(lift.neverExcluded).length > 0 ||
        rulesOutLabs(parseWhatIf(clean, ctx.session.requirements, ctx.catalog).patch.exclude);
      // "why not qwen?" asks where the family stands (answers/why-not.ts), not which one to pick.
      if (rule || cue.WHY_NOT.test(lower)) return { ...intent, modelIds: ids.filter((id) => id !== PICK_PLACEHOLDER) };
    }
    // A licence question about a family needs no pick: every member gets its verdict, or, in a
    // thread that shows some of them ("is the qwen license ok…" after a shortlist with two Qwens),
    // the members it shows: those of the last answer, else of the last list, else those the thread
    // discussed earlier ("do we have to show 'Built with Llama'?" after Llama 3.1 8B, then others).
    if (intent.kind === "license") {
      const resolved = expandFamilies(intent.modelIds, refs, ctx.catalog, [
        ctx.session.focus,
        ctx.session.lastList,
        ctx.session.discussed ?? [],
      ]);
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
  if (intent.kind === "what-if" && ids.length > 0) {
    const kept = withoutModelsOfLabsRuledOut(intent, ids, clean, ctx);
    if (kept !== intent) return settleUnknown(kept, refs);
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
      // A loose match the message's own names did not find ("superlm-3" ~ Nemotron 3 Super) is a
      // guess: offered as a suggestion, never answered about in the name's place.
      const guesses = r.status === "found" ? [r.id] : r.status === "ambiguous" ? r.candidates : r.suggestions;
      if (r.status === "none" || !guesses.some((id) => ids.includes(id))) {
        const pending = { ...intent, modelIds: [...ids, PICK_PLACEHOLDER] } as Intent;
        return { kind: "unknown-model", query: name, suggestions: guesses.slice(0, MAX_CLARIFY), pending };
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

/**
 * "what if we drop mistral" when the list just shown holds one Mistral model: the family word
 * found that member (model-refs.ts reads a family word as the member in mind), but it names the lab
 * the what-if rules out, as it does when the list holds two (settleModels above), not a model to
 * ask about. Which model it was followed the ranking: a coding shortlist that came to hold
 * Qwen3-Coder made 'and if we rule out qwen?' ask about it.
 */
function withoutModelsOfLabsRuledOut(
  intent: Extract<Intent, { kind: "what-if" }>,
  ids: readonly string[],
  clean: string,
  ctx: UnderstandContext,
): Intent {
  const labs = parseWhatIf(clean, ctx.session.requirements, ctx.catalog).patch.exclude?.labs ?? [];
  if (labs.length === 0) return intent;
  const kept = ids.filter((id) => {
    const m = ctx.catalog.modelById.get(id);
    return !m || !labMatches(ctx.catalog, m, labs);
  });
  return kept.length === ids.length ? intent : { ...intent, modelIds: kept };
}

/** Whether an exclusion names whole labs or countries (not single models). */
function rulesOutLabs(exclude: Exclusions | undefined): boolean {
  return (exclude?.labs?.length ?? 0) > 0 || (exclude?.countries?.length ?? 0) > 0;
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

function expandFamilies(
  ids: readonly string[],
  refs: ModelRefs,
  catalog: Catalog,
  /** Lists of models the thread shows, nearest first (the last answer's, then the last list). */
  shown: readonly (readonly string[])[] = [],
): string[] | null {
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
    const inThread =
      shown.map((list) => ref.candidates.filter((c) => list.includes(c))).find((l) => l.length > 0) ?? [];
    for (const c of inThread.length > 0 ? inThread : ref.candidates) if (!out.includes(c)) out.push(c);
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

/**
 * Whether a message, read on its own (as if no recommendation were under way), asks for another
 * answer: a model question, a trade-off, a what-if, a command. The guided flow asks this of a
 * message that does not answer its question, so what counts as a side question is the registry's
 * reading (every descriptor's recognizer and question rungs), not a list of its own. A message
 * that only states requirements reads as a recommendation and stays with the flow; one that asks
 * nothing (chatter, an answer it cannot read) reads as unclear and stays too.
 */
export function asksSomethingElse(text: string, given: Pick<UnderstandContext, "catalog">): boolean {
  const alone: ConversationView = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
  const intent = understand(text, { catalog: given.catalog, session: alone });
  if (["recommend", "unclear", "flow-control", "reset"].includes(intent.kind)) return false;
  // A model question that names no model is asked only when it is put as a question ("which is
  // cheaper?", "should we self-host?": its answer asks which model); said flatly ("about 50M
  // tokens a month", "no budget") it states a fact of the thread. A list of open models ("which
  // open models may we use?") needs no model named.
  if (intent.kind === "license" && intent.openOnly) return true;
  const namesNone = MODEL_KINDS.has(intent.kind) && "modelIds" in intent && (intent.modelIds ?? []).length === 0;
  // A place in the list ("the top pick") names a model as surely as its name does.
  const lower = foldCase(text.trim());
  return !namesNone || /\?\s*$/.test(text) || QUESTION_OPENING.test(lower) || pointsIntoList(lower);
}

/**
 * Whether a message is a question of its own, put as one ("can we publish the labels the model makes
 * as an open dataset?", "may we sell the translations it writes?"): it opens with an auxiliary or a
 * question word and, read alone, asks for another answer. Its words may name a job or a data class
 * ("labels", "open dataset"), but it asks about them; it states nothing to answer a question with.
 */
export function putAsOtherQuestion(text: string, given: Pick<UnderstandContext, "catalog">): boolean {
  return QUESTION_OPENING.test(foldCase(text.trim())) && asksSomethingElse(text, given);
}

/**
 * Whether a message asks about a place in the shortlist ("break even for the top pick vs its api",
 * "why is #1 better than #2?", "is the top pick open source?"): a position named inside a model
 * question or a question. "the first one" or "option 2" alone picks a choice and asks nothing.
 */
export function asksAboutListPlace(text: string, given: Pick<UnderstandContext, "catalog">): boolean {
  const lower = foldCase(text.trim());
  if (!pointsIntoList(lower)) return false;
  return asksSomethingElse(text, given) || QUESTION_OPENING.test(lower);
}

/**
 * Whether a message asks something of the picks a shortlist shows ("which ones will sign a BAA?",
 * "which of these allow that", "is the top pick ok for a non profit?"): read with the thread, as
 * its question rung does. The guided flow
 * asks this so that such a question is never taken for a late answer or a stated change.
 */
export function asksOfShownPicks(text: string, given: UnderstandContext): boolean {
  if ((given.session.lastList ?? []).length === 0) return false;
  const intent = understand(text, given);
  return (
    (intent.kind === "what-if" && intent.about !== undefined) ||
    (intent.kind === "license" && (asksOfPicks(foldCase(text)) || pointsIntoList(foldCase(text))))
  );
}

// A question put without its mark ("do any of these need a licence for 5M users") still asks:
// it opens with an auxiliary or a question word, which a stated fact never does.
const QUESTION_OPENING =
  /^(?:(?:and|so|ok|okay|but|also|then|hmm)[,]?\s+)?(?:do|does|did|is|are|can|could|may|might|should|would|will|which|what|who|how|why|when|where)\b/;

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
