// "tell me about X": what the model is, who makes it, its licence (marked unverified where the
// licence data is), size, context, prices, and any correction of the 2024 comparison.
import { priceAsOfLabel } from "../catalog/price-age.js";
import { retiredOfferingLines, retirementLine } from "./retirement.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { IntentHandler } from "../conversation/handler.js";
import { rankOnly } from "./recommend-shortlist.js";
import { shortlistShown } from "../conversation/session.js";
import { whyNotText } from "./why-not.js";
import type { OutboundMessage, SourceRef } from "../ports.js";
import { askChoices, fields, heading, message, sources, text } from "../render/builders.js";
import { formatCount, formatUsd } from "../render/format.js";
import { unverifiedReason } from "../licensing/format.js";
import {
  firstPartyOfferings,
  priceDisagreements,
  licenseLabel,
  licenseOf,
  licenseSources,
  modelRef,
  modelsFor,
  offeringSources,
  openWeightsLabel,
  parameterLabel,
  sortedOfferings,
  specSources,
  statusLabel,
  withFactNote,
} from "./common.js";

const MAX_MODELS = 3;

export const modelInfoHandler: IntentHandler<"model-info"> = (intent, ctx) => {
  const models = modelsFor(intent.modelIds, ctx.catalog);
  if (models.length === 0) {
    return {
      replies: [
        message([text('Which model would you like to know about? For example: "tell me about Mistral 7B".')], {
          intent: "model-info",
          models: [],
        }),
      ],
    };
  }
  const rec = shortlistShown(ctx.session)
    ? rankOnly(ctx.catalog, ctx.session.requirements, ctx.session.assumptions)
    : null;
  const replies = models.slice(0, MAX_MODELS).map((m) => {
    const card = describeModel(m, ctx.catalog, ctx.now);
    // In a thread with a shortlist, "what about phi-4-mini" also asks how it does for this team.
    return rec ? withThreadStanding(card, whyNotText(rec, m.id, ctx.catalog)) : card;
  });
  if (models.length > MAX_MODELS) {
    const rest = models
      .slice(MAX_MODELS)
      .map((m) => m.name)
      .join(", ");
    replies.push(
      message([text(`I've shown the first ${MAX_MODELS}. Ask about ${rest} separately, or compare them.`)], {
        intent: "model-info",
        models: [],
      }),
    );
  }
  return { replies };
};

/** The card with the model's place in the thread's ranking (or why it is ruled out) after its heading. */
function withThreadStanding(card: OutboundMessage, standing: string): OutboundMessage {
  const [head, ...rest] = card.blocks;
  // The first line says where it stands; the criteria it loses on are "why not X?"'s answer.
  const first =
    standing
      .split("\n")[0]
      ?.replace(/^\*\*Why not [^*]+\?\*\* /, "")
      .replace(/ Where it loses most:$/, "") ?? "";
  const line = text(`_For this thread:_ ${first}`);
  return { ...card, blocks: head ? [head, line, ...rest] : [line], fallbackText: `${card.fallbackText}` };
}

export function describeModel(model: Model, catalog: Catalog, now: Date): OutboundMessage {
  const license = licenseOf(model, catalog);
  const notes: string[] = [];
  if (model.kind === "library")
    notes.push(
      `**${model.name} is a software library, not a model.** It loads and runs many open models (BERT, Llama, Mistral, …); what you may do with each depends on that model's own licence.`,
    );
  if (model.kind === "unreleased")
    notes.push(
      `**${model.name} was never released**: there are no public weights and no API, so it cannot be used or priced.`,
    );
  if (model.seedCorrection) notes.push(`**Correction to a 2024 comparison:** ${model.seedCorrection}`);
  // The licence record often repeats the model's correction; show it only when the model has none.
  if (license?.seedCorrection && !model.seedCorrection) notes.push(`**Licence correction:** ${license.seedCorrection}`);
  const disagreeing = priceDisagreements(model).map((d) => d.providerName);
  if (disagreeing.length > 0)
    notes.push(
      `Our two price lists disagree on ${disagreeing.join(", ")}'s price for ${model.name}; ask for its price to see both.`,
    );
  if (license && !license.verified)
    notes.push(`The licence facts for ${model.name} are **unverified**: ${unverifiedReason(license, model)}.`);

  const params = parameterLabel(model, "full");
  const caps = [
    model.capabilities.reasoning ? "reasoning" : null,
    model.capabilities.toolCalling ? "tool calling" : null,
    model.capabilities.structuredOutput ? "structured output" : null,
  ].filter((c): c is string => c !== null);

  const priceLines = priceSummary(model, now);
  const usedOfferings = priceOfferings(model);
  const quality = model.quality.slice(0, 3);
  const srcs: SourceRef[] = [
    ...specSources(model),
    ...licenseSources(license, catalog, model),
    ...offeringSources(usedOfferings),
    ...quality.map((q) => ({ label: `${q.name}: ${q.source}`, asOf: q.asOf })),
  ];

  const blocks = [
    heading(model.name),
    text(model.description),
    ...(notes.length > 0 ? [text(notes.join("\n\n"))] : []),
    fields([
      ["Lab", model.lab],
      ["Released", withFactNote(model.releaseDate, model.releaseDateSource)],
      ["Status", statusLabel(model)],
      ["Lab's API", retirementLine(model, now)],
      // The lab's own API is the row above; this row is the other hosts' own ends of life.
      ["Retired at hosts", retiredOfferingLines(catalog, model, now, true).join("; ") || null],
      ["Open weights", openWeightsLabel(model)],
      ["Licence", licenseLabel(model, catalog)],
      ["Parameters", params],
      [
        "Context window",
        model.contextWindow
          ? withFactNote(`${formatCount(model.contextWindow)} tokens`, model.contextWindowSource)
          : null,
      ],
      ["Max output", model.maxOutput ? `${formatCount(model.maxOutput)} tokens` : null],
      ["Input", model.inputModalities.join(", ") || null],
      ["Capabilities", caps.join(", ") || null],
      ["Good at", model.strengths.join(", ") || null],
      ["Price", priceLines.join("\n") || (model.kind === "model" ? "no API price on file" : null)],
      ["Quality signals", quality.map((q) => `${q.name} ${q.value}`).join("; ") || noQualityLine(model)],
    ]),
    ...(model.kind === "model"
      ? [
          askChoices(
            "Ask next:",
            [
              `price of ${model.name}`,
              `licence of ${model.name}`,
              `compare ${model.name} with ${/gpt-4o/i.test(model.name) ? "Claude Sonnet 4.5" : "GPT-4o"}`,
            ].filter((q) => q.length <= 85),
          ),
        ]
      : []),
    sources(srcs),
  ];
  return message(blocks, {
    intent: "model-info",
    models: [modelRef(model)],
    model: {
      id: model.id,
      lab: model.lab,
      kind: model.kind,
      openWeights: model.openWeights,
      licenseId: model.licenseId,
      licenseVerified: license?.verified ?? false,
      contextWindow: model.contextWindow,
      parameters: model.parameters,
      seedCorrection: model.seedCorrection,
    },
  });
}

/** A model with no benchmark or leaderboard result on file: said, not left out, so "is it good for
 *  coding?" is not answered by a card that reads as complete ("Good at" is capabilities, not a score). */
function noQualityLine(model: Model): string | null {
  if (model.kind !== "model") return null;
  return "none on file: no benchmark or leaderboard result for it is in the catalogue, so how well it does (at coding or any other task) is not measured here; try it on your own material";
}

/** The offerings the info answer quotes: first-party, plus the cheapest host for open models. */
function priceOfferings(model: Model) {
  const first = firstPartyOfferings(model).slice(0, 1);
  const hosts = sortedOfferings(model).filter((o) => !o.firstParty);
  return model.openWeights || first.length === 0 ? [...first, ...hosts.slice(0, 1)] : first;
}

function priceSummary(model: Model, now: Date): string[] {
  return priceOfferings(model).map(
    (o) =>
      `${formatUsd(o.inputPerMTok)} in / ${formatUsd(o.outputPerMTok)} out per 1M tokens (${o.providerName}${o.firstParty ? "" : ", cheapest host"}; as of ${priceAsOfLabel(o, now)})`,
  );
}
