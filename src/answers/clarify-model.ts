// "Which one did you mean?": a name matched several models (versions matter: "llama 3" is not
// "llama 3.1"). The candidates become `pick:` buttons and a pending question the router answers
// from a click, a number, an ordinal or a name.
import type { IntentHandler } from "../conversation/handler.js";
import { choices, message, text } from "../render/builders.js";
import { quoteUserText } from "../render/escape.js";
import { modelRef, modelsFor } from "./common.js";

const MAX_CANDIDATES = 8;

export const clarifyModelHandler: IntentHandler<"clarify-model"> = (intent, ctx) => {
  const candidates = modelsFor(intent.candidates, ctx.catalog).slice(0, MAX_CANDIDATES);
  const query = quoteUserText(intent.query) || "that name";
  if (candidates.length === 0) {
    return {
      replies: [
        message([text(`I couldn't tell which model "${query}" means. Try its full name, e.g. "Llama 3.1 70B".`)], {
          intent: "clarify-model",
          models: [],
        }),
      ],
    };
  }
  const describe = (id: string) => {
    const m = ctx.catalog.modelById.get(id);
    if (!m) return id;
    const size = m.parameters ? `, ${m.parameters.totalB}B` : "";
    return `${m.name} (${m.lab}${size}${m.releaseDate ? `, ${m.releaseDate.slice(0, 4)}` : ""})`;
  };
  return {
    session: {
      ...ctx.session,
      pending: { intent: intent.pending, query: intent.query, candidates: candidates.map((m) => m.id) },
    },
    replies: [
      message(
        [
          text(`"${query}" matches several models. Which one did you mean? (Pick one, or reply with its number.)`),
          choices(
            "Which model?",
            candidates.map((m) => ({ action: { kind: "pick", modelId: m.id }, label: describe(m.id) })),
          ),
        ],
        {
          intent: "clarify-model",
          models: [],
          candidates: candidates.map(modelRef),
          list: candidates.map((m) => m.id),
        },
      ),
    ],
  };
};
