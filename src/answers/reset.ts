// "start over" / "reset": forget this conversation's state (models in focus, answers to the guided
// questions, changed assumptions) and say what was forgotten.
import type { IntentHandler } from "../conversation/handler.js";
import { newSession } from "../conversation/session.js";
import { askChoices, message, text } from "../render/builders.js";
import { STARTER_QUESTIONS } from "./examples.js";

export const resetHandler: IntentHandler<"reset"> = (_intent, ctx) => {
  const s = ctx.session;
  const hadState =
    s.focus.length > 0 ||
    s.flow !== null ||
    Object.keys(s.assumptions).length > 0 ||
    Object.keys(s.requirements).length > 0;
  const line = hadState
    ? "Done: I've forgotten this conversation's models, requirements and assumptions. We start fresh."
    : "Fresh start: there was nothing to forget in this conversation yet.";
  return {
    session: newSession(ctx.now),
    replies: [
      message([text(line), askChoices("Where would you like to begin?", STARTER_QUESTIONS)], {
        intent: "reset",
        models: [],
      }),
    ],
  };
};
