// "help": what modelwise answers, with example questions to click.
import type { IntentHandler } from "../conversation/handler.js";
import { askChoices, heading, message, sources, text } from "../render/builders.js";
import { helpLines } from "../intents/registry/index.js";
import { STARTER_QUESTIONS } from "./examples.js";

/** What modelwise answers, one line per intent, from the intent registry. */
export const CAPABILITIES = helpLines();

export const helpHandler: IntentHandler<"help"> = (_intent, ctx) => ({
  replies: [
    message(
      [
        heading("What modelwise can help with"),
        text(
          "I help teams choose a large language model, using a catalogue where every price and licence fact has a source and a date.",
        ),
        text(CAPABILITIES.map((line) => `- ${line}`).join("\n")),
        text(`Say _"sources"_ to see where the facts come from, or _"start over"_ to reset this conversation.`),
        askChoices("Try one of these:", STARTER_QUESTIONS),
        sources([
          {
            label: `modelwise catalogue (${ctx.catalog.models.length} models, ${ctx.catalog.licenses.length} licences)`,
            asOf: ctx.catalog.asOf,
          },
        ]),
      ],
      { intent: "help", models: [] },
    ),
  ],
});
