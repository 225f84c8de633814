// "help": what modelwise answers, with example questions to click.
import type { IntentHandler } from "../conversation/handler.js";
import { askChoices, heading, message, sources, text } from "../render/builders.js";
import { EXAMPLE_QUESTIONS, STARTER_QUESTIONS } from "./examples.js";

export const CAPABILITIES = [
  `**Model facts**: licence, open weights, size, context window. _"${EXAMPLE_QUESTIONS.info}"_`,
  `**Licence verdicts** for your situation (users, fine-tuning, training on outputs, EU). _"${EXAMPLE_QUESTIONS.license}"_`,
  `**Prices and monthly cost**, API or self-hosted, and the break-even between them. _"${EXAMPLE_QUESTIONS.cost}"_`,
  `**Side-by-side comparisons** of 2 to 4 models. _"${EXAMPLE_QUESTIONS.compare}"_`,
  `**Open vs closed trade-offs**, criterion by criterion, with real models and numbers.`,
  `**A guided recommendation**: a few questions, then a ranked shortlist with reasons. _"${EXAMPLE_QUESTIONS.recommend}"_`,
];

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
