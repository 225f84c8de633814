// A name that matches no model in the catalogue: say so, suggest near names as buttons, and keep
// the question pending so a click (or "2") answers it for the suggestion.
import type { IntentHandler } from "../conversation/handler.js";
import { askChoices, choices, message, text } from "../render/builders.js";
import { quoteUserText } from "../render/escape.js";
import { compactSpelling, nameStem, sizesNamed } from "../catalog/named-sizes.js";
import type { Model } from "../catalog/schema.js";
import { modelRef, modelsFor } from "./common.js";
import { STARTER_QUESTIONS } from "./examples.js";

export const unknownModelHandler: IntentHandler<"unknown-model"> = (intent, ctx) => {
  const query = quoteUserText(intent.query, 40);
  const suggestions = modelsFor(intent.suggestions, ctx.catalog).slice(0, 5);
  const lead =
    sizeNotHeld(intent.query, suggestions) ??
    (query ? `I don't know a model called "${query}".` : "I don't know that model.");
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

/**
 * "qwen3 3b" when the catalogue holds Qwen3 but no 3B of it: the line is known and the size is
 * not, so say that and name the line's nearest sizes (by ratio: 4B is nearer 3B than 1B is), rather
 * than only that the name is unknown.
 */
function sizeNotHeld(query: string, suggestions: readonly Model[]): string | null {
  const [size] = sizesNamed(query);
  const stem = nameStem(query).trim();
  if (size === undefined || stem === "") return null;
  const ofLine = suggestions.filter((m) => compactSpelling(nameStem(m.name)) === compactSpelling(stem));
  const line = ofLine[0] ? nameStem(ofLine[0].name).trim() : "";
  if (line === "") return null;
  const away = (m: Model) => Math.abs(Math.log((sizesNamed(m.name)[0] ?? Infinity) / size));
  const nearest = [...ofLine]
    .sort((a, b) => away(a) - away(b))
    .slice(0, 2)
    .map((m) => `**${m.name}**`);
  return `My catalogue has no ${size}B ${line} model; the nearest ${line} sizes it holds are ${nearest.join(" and ")}.`;
}
