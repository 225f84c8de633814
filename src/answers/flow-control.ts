// "skip", "back" and "start over" inside the guided recommendation. Back undoes what the last
// answer (or skip) changed and asks that question again.
import type { IntentHandler } from "../conversation/handler.js";
import {
  historyEntry,
  historyOf,
  newFlow,
  pushHistory,
  questionBound,
  questionsAsked,
  undoEntry,
  withFlow,
} from "../conversation/flows/flow-state.js";
import { STEP_BY_ID } from "../conversation/flows/steps.js";
import type { FlowState } from "../conversation/session.js";
import { advance, noFlowReply, QUESTIONS_WHEN_USE_CASE_STATED, shortlistOutput } from "./recommend.js";
import { questionReply } from "./recommend-question.js";
import { message, text } from "../render/builders.js";

export const handleFlowControl: IntentHandler<"flow-control"> = (intent, ctx) => {
  const session = ctx.session;
  const flow = session.flow;

  if (intent.command === "start-over") {
    const fresh = newFlow(null);
    return advance(ctx, withFlow(session, fresh, {}), {}, fresh, [
      `Starting over: I've cleared the answers so far. At most ${questionBound({}, fresh)} short questions, then the shortlist.`,
    ]);
  }

  if (intent.command === "refine") {
    // After a shortlist: a couple more questions, only those that would change the top 3.
    const base = flow ?? newFlow(null);
    const refining: FlowState = {
      ...base,
      step: null,
      budget: questionsAsked(base) + QUESTIONS_WHEN_USE_CASE_STATED,
    };
    return advance(ctx, session, session.requirements, refining, [
      "Refining: I'll ask only what would change the top 3.",
    ]);
  }

  const shortlisted = Object.keys(session.requirements).length > 0;
  if (!flow && intent.command === "back" && shortlisted) return { replies: [nothingToUndoReply()] };
  if (!flow) return { replies: [noFlowReply(intent.command === "back" ? "go back to" : "skip")] };

  if (intent.command === "skip") {
    const step = flow.step ? STEP_BY_ID.get(flow.step) : undefined;
    if (!step) return { replies: [noFlowReply("skip")] };
    const entry = historyEntry(step.id, session.requirements, session.requirements, true);
    const next: FlowState = {
      ...flow,
      history: pushHistory(flow, entry),
      skipped: [...flow.skipped.filter((s) => s !== step.id), step.id],
    };
    return advance(ctx, session, session.requirements, next, [
      `Skipped: I'll rank without that (say _back_ to answer it after all).`,
    ]);
  }

  // back
  const history = historyOf(flow);
  const last = history[history.length - 1];
  if (!last) {
    const step = flow.step ? STEP_BY_ID.get(flow.step) : undefined;
    if (!step) return { replies: [shortlisted ? nothingToUndoReply() : noFlowReply("go back to")] };
    return {
      replies: [
        questionReply(step, session.requirements, flow, ["This is the first question, so there is nothing before it."]),
      ],
    };
  }
  const step = STEP_BY_ID.get(last.step);
  const restored: FlowState = {
    ...flow,
    step: last.step,
    history: history.slice(0, -1),
    skipped: last.skipped ? flow.skipped.filter((s) => s !== last.step) : flow.skipped,
  };
  const requirements = undoEntry(session.requirements, last);
  // Undoing a stated fact or a correction mid-flow: the question being asked stays.
  const asking = flow.step ? STEP_BY_ID.get(flow.step) : undefined;
  if (!step && asking)
    return {
      session: withFlow(session, { ...restored, step: asking.id }, requirements),
      replies: [
        questionReply(asking, requirements, { ...restored, step: asking.id }, [
          "Undone: back to what you had said before that.",
        ]),
      ],
    };
  // Undoing a what-if (not a question): show the shortlist as it was.
  if (!step)
    return shortlistOutput(ctx, session, requirements, restored, [
      "Undone: back to the requirements before that change.",
    ]);
  return {
    session: withFlow(session, restored, requirements),
    replies: [
      questionReply(step, requirements, restored, ["Back one step: your previous answer to this question is undone."]),
    ],
  };
};

/** "undo that" when no change is left to take back: the shortlist rests only on what the team said. */
function nothingToUndoReply() {
  return message(
    [
      text(
        'There is no change to undo: the shortlist rests only on what you told me. Change something with "what if …" (then "undo" takes it back), or say "start over" to begin again.',
      ),
    ],
    { intent: "flow-control", models: [] },
  );
}
