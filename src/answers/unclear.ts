// A message we could not place: say so kindly, show what we can do, offer examples. The user's
// text is never echoed (it may be long, odd or full of pings).
import type { IntentHandler } from "../conversation/handler.js";
import { askChoices, message, text } from "../render/builders.js";
import { STARTER_QUESTIONS } from "./examples.js";
import { CAPABILITIES } from "./help.js";

export const unclearHandler: IntentHandler<"unclear"> = (intent) => {
  // Thanks closes an exchange; the whole list of what we can do would read as not listening.
  if (intent.thanks)
    return {
      replies: [
        message(
          [
            text(
              'Glad that helped. Ask me anything else about choosing a model (a price, a licence, a comparison, a shortlist), or say "help" for everything I can do.',
            ),
          ],
          { intent: "unclear", models: [] },
        ),
      ],
    };
  // An impossible figure (1e400, -5M) is one thing to fix in an otherwise clear question: the
  // line that names it is the whole answer, not the list of everything we can do.
  if (intent.problem) return { replies: [message([text(intent.problem)], { intent: "unclear", models: [] })] };
  const empty = intent.text.trim() === "";
  const opening = empty
    ? "I didn't catch a question there. Here is what I can do:"
    : "I'm not sure what you're asking. I answer questions about choosing a large language model:";
  return {
    replies: [
      message(
        [
          text(opening),
          text(CAPABILITIES.map((line) => `- ${line}`).join("\n")),
          askChoices("For example:", STARTER_QUESTIONS),
        ],
        { intent: "unclear", models: [] },
      ),
    ],
  };
};
