// The guided recommendation: start the question flow (or answer at once when the message says
// enough), take answers to its questions, and show the shortlist: top 3 with per-criterion
// scores, monthly cost and licence verdict, what was ruled out and why, why #1 beats #2, what
// would swap them, the weights used, and sources with dates.
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import {
  mergeRequirements,
  pushHistory,
  questionBound,
  newFlow,
  notAsked,
  plannedSteps,
  withFlow,
  type HistoryEntry,
} from "../conversation/flows/flow-state.js";
import { requirementsFromText } from "../conversation/flows/requirements-from-text.js";
import { answerStep, STEP_BY_ID, type FlowStep } from "../conversation/flows/steps.js";
import type { FlowState, Session } from "../conversation/session.js";
import type { OutboundMessage } from "../ports.js";
import { message, text } from "../render/builders.js";
import type { Requirements } from "../scoring/requirements.js";
import { questionReply, describeRequirements } from "./recommend-question.js";
import { runRecommendation, shortlistReply } from "./recommend-shortlist.js";

export { runRecommendation, shortlistReply, questionReply };

/** Enough said for an answer at once: a use case plus two more requirements. */
export function isOneShot(req: Requirements): boolean {
  if (!req.useCase) return false;
  const others = [
    req.openWeightsOnly,
    req.volume,
    req.monthlyBudgetUsd,
    req.deployment,
    req.dataSensitivity,
    req.fineTuning,
    req.mlOpsExperience,
    req.monthlyActiveUsers,
    req.contextTokens,
    req.priorities?.length ? true : undefined,
  ];
  return others.filter((x) => x !== undefined).length >= 2;
}

export function shortlistOutput(
  ctx: TurnContext,
  session: Session,
  requirements: Requirements,
  flow: FlowState,
  intro: string[] = [],
): HandlerOutput {
  const done: FlowState = { ...flow, step: null };
  const next = withFlow(session, done, requirements);
  const rec = runRecommendation(ctx.catalog, requirements, session.assumptions);
  return {
    session: next,
    replies: [shortlistReply(rec, ctx.catalog, { intro, notAsked: notAsked(requirements, done), intent: "recommend" })],
  };
}

/** Ask the next open question, or show the shortlist when none is left. */
export function advance(
  ctx: TurnContext,
  session: Session,
  requirements: Requirements,
  flow: FlowState,
  intro: string[] = [],
): HandlerOutput {
  const planned = plannedSteps(requirements, flow);
  const next = planned[0];
  if (!next) return shortlistOutput(ctx, session, requirements, flow, intro);
  const asking: FlowState = { ...flow, step: next.id };
  return {
    session: withFlow(session, asking, requirements),
    replies: [questionReply(next, requirements, asking, intro)],
  };
}

function reask(step: FlowStep, session: Session, why: string): HandlerOutput {
  const flow = session.flow ?? newFlow(step.id);
  return { replies: [questionReply(step, session.requirements, flow, [why])] };
}

function changedText(before: Requirements, after: Requirements): string {
  const changed: Partial<Requirements> = {};
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(before[k as keyof Requirements]) !== JSON.stringify(v))
      (changed as Record<string, unknown>)[k] = v;
  }
  const words = describeRequirements(changed);
  return words.length > 0 ? `Noted: ${words.join(" · ")}.` : "Noted.";
}

function continueFlow(
  intent: Extract<Parameters<IntentHandler<"recommend">>[0], { kind: "recommend" }>,
  ctx: TurnContext,
): HandlerOutput {
  const session = ctx.session;
  const flow = session.flow ?? newFlow(null);
  const step = intent.flowStep ? STEP_BY_ID.get(intent.flowStep) : undefined;
  if (!step) return advance(ctx, session, session.requirements, flow);
  let patch: Partial<Requirements> = intent.requirements;
  if (Object.keys(patch).length === 0) {
    const answer = answerStep(step, intent.text, ctx.catalog);
    if (answer.kind === "ambiguous")
      return reask(step, session, `That could mean ${answer.labels.map((l) => `"${l}"`).join(" or ")}. Which one?`);
    if (answer.kind === "none")
      return reask(
        step,
        session,
        "I didn't catch an answer to this one. Pick an option, answer in your own words, or say _skip_.",
      );
    patch = answer.patch;
  }
  const entry: HistoryEntry = { step: step.id, previous: { requirements: session.requirements, skipped: false } };
  const requirements = mergeRequirements(session.requirements, patch);
  const nextFlow: FlowState = { ...flow, history: pushHistory(flow, entry) };
  const noted = [changedText(session.requirements, requirements)];
  // The shortlist was already shown: a late answer (or an older button) re-ranks, no new questions.
  if (flow.step === null) return shortlistOutput(ctx, session, requirements, nextFlow, noted);
  return advance(ctx, session, requirements, nextFlow, noted);
}

export const handleRecommend: IntentHandler<"recommend"> = (intent, ctx) => {
  if (intent.flowStep && ctx.session.flow) return continueFlow(intent, ctx);
  // A new request starts from what this message says, not from an older thread's answers.
  const requirements = mergeRequirements(requirementsFromText(intent.text, ctx.catalog), intent.requirements);
  const flow = newFlow(null);
  const understood = describeRequirements(requirements);
  const heard = understood.length > 0 ? [`From your message: ${understood.join(" · ")}.`] : [];
  if (isOneShot(requirements)) return shortlistOutput(ctx, ctx.session, requirements, flow, heard);
  const bound = questionBound(requirements, flow);
  const intro = [
    `Let's find the right model. I'll ask at most ${bound} short question${bound === 1 ? "" : "s"}; pick an option or answer in your own words (one answer can cover several questions). Say _skip_, _back_ or _start over_ at any point.`,
    ...heard,
  ];
  return advance(ctx, ctx.session, requirements, flow, intro);
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
