// Intents understood before their answers exist (watching models): say so kindly
// and show what works today, instead of a wrong answer.
import type { IntentHandler } from "../conversation/handler.js";
import { message, text } from "../render/builders.js";

const WHAT: Record<"watch", string> = {
  watch: "Watching models for changes is coming soon",
};

export const watchNotYetHandler: IntentHandler<"watch"> = () => ({
  replies: [
    message(
      [
        text(
          `${WHAT.watch}. Meanwhile, ask _"sources"_ to see how fresh the prices and licences are, or ask about a model any time for its current facts.`,
        ),
      ],
      { intent: "watch", models: [] },
    ),
  ],
});
