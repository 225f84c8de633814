// Intents understood before their answers exist (team profile, watching models): say so kindly
// and show what works today, instead of a wrong answer.
import type { IntentHandler } from "../conversation/handler.js";
import { message, text } from "../render/builders.js";

const WHAT: Record<"profile" | "watch", string> = {
  profile: "Keeping your team's standing facts (a profile) is coming soon",
  watch: "Watching models for changes is coming soon",
};

export const profileNotYetHandler: IntentHandler<"profile"> = () => ({
  replies: [
    message(
      [
        text(
          `${WHAT.profile}. For now, state the facts in your question (for example _"recommend a model for coding, EU company, no Chinese labs"_) and I'll use them for this conversation.`,
        ),
      ],
      { intent: "profile", models: [] },
    ),
  ],
});

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
