// A name that matches no model in the catalogue: say so, suggest near names as buttons, and keep
// the question pending so a click (or "2") answers it for the suggestion.
import type { IntentHandler } from "../conversation/handler.js";
import { askChoices, choices, message, text } from "../render/builders.js";
import { quoteUserText } from "../render/escape.js";
import { modelRef, modelsFor } from "./common.js";
import { STARTER_QUESTIONS } from "./examples.js";

export const unknownModelHandler: IntentHandler<"unknown-model"> = (intent, ctx) => {
  const query = quoteUserText(intent.query, 40);
  const suggestions = modelsFor(intent.suggestions, ctx.catalog).slice(0, 5);
  const lead = query ? `I don't know a model called "${query}".` : "I don't know that model.";
  const scope = `My catalogue has ${ctx.catalog.models.length} models from labs such as OpenAI, Anthropic, Google, Meta, Mistral, Qwen and DeepSeek.`;
  if (suggestions.length === 0) {
    return {
      replies: [
        message([text(`${lead} ${scope}`), askChoices("You could try:", STARTER_QUESTIONS.slice(1, 4))], {
          intent: "unknown-model",
          models: [],
          query,
        }),
      ],
    };
  }
  const pending = intent.pending ?? { kind: "model-info" as const, modelIds: ["?"] };
  return {
    session: {
      ...ctx.session,
      pending: { intent: pending, query: intent.query, candidates: suggestions.map((m) => m.id) },
    },
    replies: [
      message(
        [
          text(`${lead} Did you mean one of these?`),
          choices(
            "Closest names:",
            suggestions.map((m) => ({ action: { kind: "pick", modelId: m.id }, label: m.name })),
          ),
        ],
        {
          intent: "unknown-model",
          models: [],
          query,
          suggestions: suggestions.map(modelRef),
          list: suggestions.map((m) => m.id),
        },
      ),
    ],
  };
};
