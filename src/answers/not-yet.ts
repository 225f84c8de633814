// Temporary answer for intents whose handler another part of the team is still building; each
// owner replaces its line in src/conversation/handlers.ts when theirs is ready.
import type { HandlerOutput, TurnContext } from "../conversation/handler.js";
import type { Intent } from "../intents/types.js";
import { askChoices, message, text } from "../render/builders.js";
import { modelRef, modelsFor } from "./common.js";

const WHAT: Partial<Record<Intent["kind"], string>> = {
  license: "licence verdicts",
  "break-even": "self-hosting break-even",
  cost: "self-hosting cost estimates",
  recommend: "guided recommendations",
  "what-if": "what-if changes",
  "flow-control": "guided recommendation steps",
  "decision-record": "decision records",
};

export function notYetHandler(intent: Intent, ctx: TurnContext): HandlerOutput {
  const what = WHAT[intent.kind] ?? "this kind of answer";
  const ids = "modelIds" in intent ? (intent.modelIds ?? []) : [];
  const models = modelsFor(ids, ctx.catalog);
  const offers = models.length > 0 ? [`tell me about ${models[0]!.name}`, `price of ${models[0]!.name}`] : ["help"];
  return {
    replies: [
      message(
        [text(`I understood you're asking for ${what}. That answer is coming to modelwise soon, but I can't give it yet.`), askChoices("Meanwhile, I can answer:", offers)],
        { intent: intent.kind, models: models.map(modelRef), available: false },
      ),
    ],
  };
}
