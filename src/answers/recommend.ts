// The guided recommendation: start the question flow (or answer at once when the message says
// enough), take answers to its questions, and show the shortlist: top 3 with per-criterion
// scores, monthly cost and licence verdict, what was ruled out and why, why #1 beats #2, what
// would swap them, the weights used, and sources with dates.
import { threadOwnRequirements } from "../conversation/team-profile.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import {
  historyEntry,
  isKnown,
  mergeRequirements,
  newFlow,
  notAsked,
  openSteps,
  pushHistory,
  questionBound,
  questionsLeft,
  withFlow,
} from "../conversation/flows/flow-state.js";
import { CORRECTION } from "../conversation/flows/recommend-flow.js";
import { RECOMMEND } from "../intents/cues.js";
import { asksAboutListPlace } from "../intents/understand.js";
import { requirementsFromText } from "../conversation/flows/requirements-from-text.js";
import { relevanceCheck } from "../conversation/flows/step-relevance.js";
import { answerStep, STEP_BY_ID, type FlowStep, type StepAnswer } from "../conversation/flows/steps.js";
import { startFromNoted } from "../conversation/noted-facts.js";
import { echoLines, foreignBudgetLines } from "../conversation/slot-labels.js";
import type { FlowState, Session } from "../conversation/session.js";
import type { OutboundMessage } from "../ports.js";
import { message, text } from "../render/builders.js";
import { judgedDefaults } from "../scoring/judged-defaults.js";
import type { Requirements } from "../scoring/requirements.js";
import { questionReply } from "./recommend-question.js";
import { runRecommendation, shortlistReply } from "./recommend-shortlist.js";

export { runRecommendation, shortlistReply, questionReply };

/** History entries that record a stated fact or a correction, not an answer to a question. */
export const NOTE = "note";

/** Enough said for an answer at once: a use case plus two more requirements. */
export function isOneShot(req: Requirements): boolean {
  return req.useCase !== undefined && otherNeeds(req) >= 2;
}

/**
 * Needs enough to rank on without a use case ("fine-tune an open model and publish the weights,
 * non-commercial"): the shortlist answers at once, saying the use case was not given.
 */
const NEEDS_WITHOUT_USE_CASE = 3;

/** How many requirements besides the use case are stated. */
function otherNeeds(req: Requirements): number {
  const others = [
    req.openWeightsOnly,
    req.volume,
    req.monthlyBudgetUsd,
    req.deployment,
    req.dataSensitivity,
    req.fineTuning,
    req.redistributeWeights,
    req.mlOpsExperience,
    req.monthlyActiveUsers,
    req.contextTokens,
    req.priorities?.length ? true : undefined,
  ];
  return others.filter((x) => x !== undefined).length;
}

/** A message that asks to be walked through the choice, not for an answer. */
const ASKS_FOR_GUIDANCE =
  /\b(help (me|us)( to)? (choose|pick|decide|select|find)|guide (me|us)|walk (me|us) through|ask me|step by step|guided)\b/i;

/**
 * A direct question for a model ("whats the cheapest model with a 1M context window",
 * "which open model is best at german?"): a one-shot question, answered with what it states and
 * what was assumed, never a questionnaire, as soon as it states anything to rank on.
 */
const ASKS_DIRECTLY =
  /\b(?:which|what)\b[^.!?]*\b(?:models?|llms?|ones?|options?)\b|\b(?:cheapest|best|fastest|smallest|largest|strongest|most capable)\b/i;

function asksDirectlyWithNeeds(text: string, req: Requirements): boolean {
  return ASKS_DIRECTLY.test(text) && Object.values(req).some((v) => v !== undefined);
}

/** Questions a guided flow asks at most when the first message already gave the use case. */
export const QUESTIONS_WHEN_USE_CASE_STATED = 2;

const REFINE_LABEL = "Refine: a couple of quick questions";

export function shortlistOutput(
  ctx: TurnContext,
  session: Session,
  requirements: Requirements,
  flow: FlowState,
  intro: string[] = [],
  opts: { oneShot?: boolean } = {},
): HandlerOutput {
  const done: FlowState = { ...flow, step: null, shortlisted: true };
  // The shortlist is now the answer a bare follow-up ("and at int4?") refers to, not an earlier
  // self-hosting answer.
  const next: Session = { ...withFlow(session, done, requirements), costView: null };
  const rec = runRecommendation(ctx.catalog, requirements, session.assumptions);
  const open = notAsked(requirements, done);
  // What the shortlist already assumes in the team's place (patient data for medical work) is said
  // as its own assumption, so it is not also listed as "nothing about" it.
  const judged = judgedDefaults(requirements).req;
  const moot = (done.moot ?? []).flatMap((id) => STEP_BY_ID.get(id) ?? []);
  const lines = [...intro];
  if (moot.length > 0)
    lines.push(`Not asked, since no answer would change the top 3: ${moot.map((s) => s.label).join(", ")}.`);
  const reply = shortlistReply(rec, ctx.catalog, {
    intro: lines,
    notAsked: opts.oneShot ? [] : open,
    intent: "recommend",
    ...(opts.oneShot ? { assumed: open.filter((s) => !isKnown(judged, s)), refine: REFINE_LABEL } : {}),
  });
  return { session: next, replies: [reply] };
}

/** Ask the next open question that would change the top 3, or show the shortlist. */
export function advance(
  ctx: TurnContext,
  session: Session,
  requirements: Requirements,
  flow: FlowState,
  intro: string[] = [],
): HandlerOutput {
  const moot: FlowStep[] = [];
  let next: FlowStep | undefined;
  if (questionsLeft(flow) > 0) {
    const check = relevanceCheck(ctx.catalog, requirements, session.assumptions);
    next = openSteps(requirements, flow).find((step) => check.matters(step) || (moot.push(step), false));
  }
  const checked: FlowState = { ...flow, moot: moot.map((s) => s.id) };
  if (!next) return shortlistOutput(ctx, session, requirements, checked, intro);
  const asking: FlowState = { ...checked, step: next.id };
  const lines = [...intro];
  if (moot.length > 0) lines.push(`Skipping ${moot.map((s) => s.label).join(", ")}: no answer would change the top 3.`);
  return {
    session: withFlow(session, asking, requirements),
    replies: [questionReply(next, requirements, asking, lines)],
  };
}

function reask(step: FlowStep, session: Session, why: string[]): HandlerOutput {
  const flow = session.flow ?? newFlow(step.id);
  return { replies: [questionReply(step, session.requirements, flow, why)] };
}

/** "health" and "internal" both fit: ask about those words alone, offering only what they could mean. */
function askAboutWords(
  step: FlowStep,
  session: Session,
  requirements: Requirements,
  answer: Extract<StepAnswer, { kind: "ambiguous" }>,
  noted: string[],
): HandlerOutput {
  const flow = session.flow ?? newFlow(step.id);
  const words = answer.words.map((w) => `"${w}"`).join(" and ");
  const options = answer.labels.map((l) => `"${l}"`).join(" or ");
  const ask = `About ${step.label}: ${words} could mean ${options}. Which one?`;
  return {
    session: withFlow(session, flow, requirements),
    replies: [questionReply(step, requirements, flow, [...noted, ask], answer.values)],
  };
}

type RecommendIntent = Extract<Parameters<IntentHandler<"recommend">>[0], { kind: "recommend" }>;

function withoutSlot(patch: Partial<Requirements>, slot: keyof Requirements): Partial<Requirements> {
  const rest = { ...patch };
  delete rest[slot];
  return rest;
}

function continueFlow(intent: RecommendIntent, ctx: TurnContext): HandlerOutput {
  const session = ctx.session;
  const flow = session.flow ?? newFlow(null);
  if (intent.flowStep === CORRECTION) return applyCorrection(intent.requirements, ctx);
  const step = intent.flowStep ? STEP_BY_ID.get(intent.flowStep) : undefined;
  if (!step) return advance(ctx, session, session.requirements, flow);
  // "why is #1 better than #2?" before any shortlist: the shortlist now, with what is known (its
  // "Why #1 beats #2" and costs answer such questions), the open question said as not assumed.
  if (asksAboutListPlace(intent.text, ctx)) {
    const assumed = `There is no shortlist yet for "#1" or "the top pick" to point to: here it is with what I know so far. Nothing about ${step.label} is assumed (the questions not asked are below; answer any to re-rank, or ask again about a place in this list).`;
    return shortlistOutput(ctx, session, session.requirements, flow, [assumed]);
  }
  const answer = answerStep(step, intent.text, ctx.catalog);
  // "chat or agents, not sure yet" leaves the choice open even if a parser picked one of them.
  const undecided = answer.kind === "ambiguous" && /\bor\b/i.test(intent.text);
  const answered = !undecided && (answer.kind === "answer" || intent.requirements[step.slot] !== undefined);
  if (!answered) {
    // Not an answer to this question: keep whatever else the message said, then ask again.
    const others = withoutSlot(intent.requirements, step.slot);
    const requirements = mergeRequirements(session.requirements, others);
    const noted = [...echoLines(session.requirements, requirements, ctx.catalog), ...foreignBudgetLines(intent.text)];
    if (answer.kind === "ambiguous") return askAboutWords(step, session, requirements, answer, noted);
    // "what would you recommend?" with a question open: the pick now, with what is known, and the
    // unanswered question said as an assumption (answering it later re-ranks).
    if (RECOMMEND.test(intent.text.toLowerCase())) {
      const assumed = `You asked for a pick now: here it is with what I know so far. No ${step.label} is assumed (the questions not asked are below; answer any to re-rank).`;
      return shortlistOutput(ctx, session, requirements, flow, [...noted, assumed]);
    }
    if (noted.length === 0)
      return reask(step, session, [
        "I didn't catch an answer to this one. Pick an option, answer in your own words, or say _skip_.",
      ]);
    // Other facts, no answer: they count, and may make this question moot.
    const entry = historyEntry(NOTE, session.requirements, requirements);
    const nextFlow: FlowState = { ...flow, history: pushHistory(flow, entry) };
    return advance(ctx, session, requirements, nextFlow, noted);
  }
  const patch = answer.kind === "answer" ? mergeRequirements(intent.requirements, answer.patch) : intent.requirements;
  const requirements = mergeRequirements(session.requirements, patch);
  const entry = historyEntry(step.id, session.requirements, requirements);
  const nextFlow: FlowState = { ...flow, history: pushHistory(flow, entry) };
  const noted = [...echoLines(session.requirements, requirements, ctx.catalog), ...foreignBudgetLines(intent.text)];
  // The shortlist was already shown: a late answer (or an older button) re-ranks, no new questions.
  if (flow.step === null) return shortlistOutput(ctx, session, requirements, nextFlow, noted);
  return advance(ctx, session, requirements, nextFlow, noted);
}

/** "no, 5M not 50M": the slot is replaced, the change said, and the flow goes on where it was. */
function applyCorrection(patch: Partial<Requirements>, ctx: TurnContext): HandlerOutput {
  const session = ctx.session;
  const flow = session.flow ?? newFlow(null);
  const requirements = mergeRequirements(session.requirements, patch);
  const said = echoLines(session.requirements, requirements, ctx.catalog);
  const noted = said.length > 0 ? said : ["That is what I had already."];
  const entry = historyEntry(NOTE, session.requirements, requirements);
  const nextFlow: FlowState = { ...flow, history: pushHistory(flow, entry) };
  if (flow.step === null) return shortlistOutput(ctx, session, requirements, nextFlow, noted);
  return advance(ctx, session, requirements, nextFlow, noted);
}

/**
 * The question still open, asked again after a side answer ("…where we were"). Facts the side
 * question stated that the thread did not have yet ("…at 30M tokens a month?") are noted and
 * applied at once; if they answer the open question, the flow moves on to the next one.
 */
export function resumeFlow(session: Session, stated: Partial<Requirements>, ctx: TurnContext): HandlerOutput | null {
  const flow = session.flow;
  const step = flow?.step ? STEP_BY_ID.get(flow.step) : undefined;
  if (!flow || !step) return null;
  const back = "Back to the recommendation, where we were (say _start over_ to drop it):";
  // Only what is new: a side question at another volume than the thread's is not a correction.
  const fresh = Object.fromEntries(
    Object.entries(stated).filter(
      ([key]) => key === "exclude" || session.requirements[key as keyof Requirements] === undefined,
    ),
  ) as Partial<Requirements>;
  const requirements = mergeRequirements(session.requirements, fresh);
  const noted = echoLines(session.requirements, requirements, ctx.catalog);
  if (noted.length === 0) return { session, replies: [questionReply(step, session.requirements, flow, [back])] };
  const entry = historyEntry(NOTE, session.requirements, requirements);
  const nextFlow: FlowState = { ...flow, history: pushHistory(flow, entry) };
  if (isKnown(requirements, step))
    return advance(ctx, session, requirements, { ...nextFlow, step: null }, [...noted, back]);
  return {
    session: withFlow(session, nextFlow, requirements),
    replies: [questionReply(step, requirements, nextFlow, [...noted, back])],
  };
}

export const handleRecommend: IntentHandler<"recommend"> = (intent, ctx) => {
  if (intent.flowStep && ctx.session.flow) return continueFlow(intent, ctx);
  // A request asked again in a thread that already has a recommendation ("what's the best model
  // for us?", "recommend a model") keeps the thread's facts under what this message says; only
  // "start over" or "reset" drops them. A first request starts from what it says, with the facts
  // stated beside earlier side questions (a comparison, a trade-off question).
  const said = mergeRequirements(requirementsFromText(intent.text, ctx.catalog), intent.requirements);
  const thread = threadOwnRequirements(ctx.session.requirements, ctx.profile);
  const kept = Object.keys(thread).length > 0;
  const start = startFromNoted(ctx.session, kept ? mergeRequirements(thread, said) : said, ctx.catalog);
  const requirements = start.requirements;
  const session = start.session;
  const noted = [
    ...(kept ? [`Keeping what this thread already said (say _start over_ to begin afresh).`] : []),
    ...(start.lines.length > 0 ? start.lines : echoLines(kept ? thread : {}, requirements, ctx.catalog)),
    ...foreignBudgetLines(intent.text),
  ];
  // Asked for a model with a use case ("what should we run for support chat?"): answer at once,
  // say what was assumed, and offer to refine.
  // "whats your pick" after a shortlist shown without a use case: the same shortlist, not the questions.
  const shortlistShown = kept && ctx.session.flow !== null && ctx.session.flow?.step === null;
  const answerNow =
    requirements.useCase !== undefined ||
    otherNeeds(requirements) >= NEEDS_WITHOUT_USE_CASE ||
    shortlistShown ||
    asksDirectlyWithNeeds(intent.text, requirements);
  if (answerNow && !ASKS_FOR_GUIDANCE.test(intent.text))
    return shortlistOutput(ctx, session, requirements, newFlow(null, QUESTIONS_WHEN_USE_CASE_STATED), noted, {
      oneShot: true,
    });
  const flow = newFlow(null, requirements.useCase ? QUESTIONS_WHEN_USE_CASE_STATED : undefined);
  if (isOneShot(requirements)) return shortlistOutput(ctx, session, requirements, flow, noted);
  const bound = questionBound(requirements, flow);
  const intro = [
    `Let's find the right model. I'll ask at most ${bound} short question${bound === 1 ? "" : "s"}, only those whose answer would change the top 3; pick an option or answer in your own words (one answer can cover several questions). Say _skip_, _back_ or _start over_ at any point.`,
    ...noted,
  ];
  return advance(ctx, session, requirements, flow, intro);
};

/** Shown when a flow command arrives with no guided recommendation running. */
export function noFlowReply(what: string): OutboundMessage {
  return message(
    [
      text(
        `There's no guided recommendation running, so there is nothing to ${what}. Say "help me choose a model" to start one.`,
      ),
    ],
    { intent: "flow-control", models: [] },
  );
}
