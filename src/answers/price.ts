// "price of X": per-1M-token prices from the first-party provider and hosts, each with its source
// and date; where two price lists disagree for one provider, both rows are shown and flagged.
import type { Catalog } from "../catalog/catalog.js";
import type { Model, Offering } from "../catalog/schema.js";
import type { IntentHandler } from "../conversation/handler.js";
import type { Block, OutboundMessage } from "../ports.js";
import { askChoices, heading, message, sources, table, text } from "../render/builders.js";
import { formatTokens, formatUsd } from "../render/format.js";
import { priceAsOfLabel, stalePriceNote } from "../catalog/price-age.js";
import { hostName, notOfferedNote } from "../catalog/hosts.js";
import { retiredOfferingLine, retiredOfferingsAt } from "./retirement.js";
import { atBatchPrices, batchNote } from "./batch-prices.js";
import {
  disagreementNote,
  licenseLabel,
  modelRef,
  modelsFor,
  offeringSources,
  priceDisagreements,
  sortedOfferings,
  sourceLabel,
} from "./common.js";

const MAX_ROWS = 8;

export interface PriceFact {
  modelId: string;
  provider: string;
  providerName: string;
  firstParty: boolean;
  inputPerMTok: number;
  outputPerMTok: number;
  cachedInputPerMTok: number | null;
  source: string;
  asOf: string;
}

export function priceFact(modelId: string, o: Offering): PriceFact {
  return {
    modelId,
    provider: o.provider,
    providerName: o.providerName,
    firstParty: o.firstParty,
    inputPerMTok: o.inputPerMTok,
    outputPerMTok: o.outputPerMTok,
    cachedInputPerMTok: o.cachedInputPerMTok,
    source: o.source,
    asOf: o.asOf,
  };
}

export const priceHandler: IntentHandler<"price"> = (intent, ctx) => {
  const models = modelsFor(intent.modelIds, ctx.catalog);
  if (models.length === 0) {
    return {
      replies: [
        message([text('Which model\'s price would you like? For example: "price of GPT-4o".')], {
          intent: "price",
          models: [],
          prices: [],
        }),
      ],
    };
  }
  return {
    replies: models.slice(0, 4).map((m) => priceReply(m, ctx.catalog, ctx.now, intent.host, intent.batch === true)),
  };
};

/**
 * "Gemini 2.5 Pro's price above 200k tokens?": a provider that bills long prompts at a higher rate
 * (the whole request, once the prompt passes the threshold) has it said under the table.
 */
function longContextNotes(o: Offering): string[] {
  return (o.longContextTiers ?? []).map(
    (t) =>
      `${o.providerName}: a request whose prompt is over ${formatTokens(t.aboveInputTokens)} is billed whole at ${formatUsd(t.inputPerMTok)} in / ${formatUsd(t.outputPerMTok)} out${t.cachedInputPerMTok === null ? "" : ` (cached input ${formatUsd(t.cachedInputPerMTok)})`} per 1M tokens${t.source ? ` (${sourceLabel(t.source)}${t.asOf ? `, as of ${t.asOf}` : ""})` : ""}.`,
  );
}

/** The model's prices; with a host named ("on Vertex") that host's rows, or a note that it does not sell it. */
export function priceReply(model: Model, catalog: Catalog, now: Date, host?: string, batch = false): OutboundMessage {
  // At batch rates every row (and a disagreement between two lists) is the discounted price.
  const priced = batch ? atBatchPrices(model, catalog) : model;
  // An offering whose end of life passed since the catalogue was loaded is not sold either.
  const retiredNow = retiredOfferingsAt(catalog, model, now);
  const gone = new Set(retiredNow.map((r) => `${r.offering.provider}|${r.offering.providerModelId}`));
  const everywhere = sortedOfferings(priced).filter((o) => !gone.has(`${o.provider}|${o.providerModelId}`));
  const there = host ? everywhere.filter((o) => o.provider === host) : [];
  const all = there.length > 0 ? there : everywhere;
  const hostLabel = host ? hostName(host, catalog) : "";
  const disagreements = priceDisagreements(priced);
  // Always keep both rows of a disagreement, then fill up to MAX_ROWS in price order.
  const mustShow = new Set(disagreements.flatMap((d) => d.offerings));
  const shown = [...all.filter((o) => mustShow.has(o)), ...all.filter((o) => !mustShow.has(o))].slice(
    0,
    Math.max(MAX_ROWS, mustShow.size),
  );
  const ordered = all.filter((o) => shown.includes(o));
  const blocks: Block[] = [
    heading(
      `${model.name}${there.length > 0 ? ` on ${hostLabel}` : ""}: ${batch ? "batch API " : ""}price per 1M tokens`,
    ),
  ];
  if (host && there.length === 0 && everywhere.length > 0) blocks.push(text(notOfferedNote(model, hostLabel)));

  const retired = retiredNow.map(retiredOfferingLine);
  if (ordered.length === 0) {
    const why =
      retired.length > 0 && !host
        ? `${model.name} is no longer sold at any host on file:\n${retired.map((r) => `- ${r}`).join("\n")}`
        : model.kind === "library"
          ? `${model.name} is a library, not a model: it has no token price.`
          : model.kind === "unreleased"
            ? `${model.name} was never released, so it has no price.`
            : model.openWeights
              ? `No API price for ${model.name} is on file in our sources. Its weights are open (${licenseLabel(model, catalog)}), so you can self-host it: ask "self-host cost of ${model.name}".`
              : `No API price for ${model.name} is on file in our sources (it may be retired or sold only under contract).`;
    blocks.push(text(why));
    return message(blocks, { intent: "price", models: [modelRef(model)], prices: [] });
  }

  blocks.push(
    table(
      ["Provider", "Input", "Output", "Cached input", "Source", "As of"],
      ordered.map((o) => [
        `${o.providerName}${o.firstParty ? " (first-party)" : ""}`,
        formatUsd(o.inputPerMTok),
        formatUsd(o.outputPerMTok),
        o.cachedInputPerMTok === null ? "-" : formatUsd(o.cachedInputPerMTok),
        sourceLabel(o.source),
        priceAsOfLabel(o, now),
      ]),
    ),
  );
  const notes: string[] = batch ? [batchNote(ordered, catalog)] : [];
  if (all.length > ordered.length)
    notes.push(
      `${all.length - ordered.length} more offerings are on file; these are the first-party price and the cheapest hosts.`,
    );
  // Where the lab and the cheapest host stand is said only for the full list, not for one host's rows.
  const first = everywhere.find((o) => o.firstParty);
  const cheapestHost = (there.length > 0 ? [] : all)
    .filter((o) => !o.firstParty)
    .sort((a, b) => a.inputPerMTok + a.outputPerMTok - (b.inputPerMTok + b.outputPerMTok))[0];
  if (
    first &&
    cheapestHost &&
    cheapestHost.inputPerMTok + cheapestHost.outputPerMTok < first.inputPerMTok + first.outputPerMTok
  ) {
    notes.push(
      `The cheapest host, ${cheapestHost.providerName}, charges ${formatUsd(cheapestHost.inputPerMTok)} in / ${formatUsd(cheapestHost.outputPerMTok)} out.`,
    );
  }
  // A lab API past the lab's retirement is said with the retired hosts below, not as never sold.
  const labApiRetired = retiredNow.some((r) => r.endedBy === "lab");
  if (!first && there.length === 0 && !labApiRetired)
    notes.push(
      `${model.lab} sells no API of its own for ${model.name} in our sources; the prices are third-party hosts.`,
    );
  notes.push(...ordered.flatMap(longContextNotes));
  for (const d of disagreements) notes.push(disagreementNote(d));
  // Offerings past their host's end of life are not in the table: said, with since when.
  if (there.length === 0) notes.push(...retired);
  const staleNote = stalePriceNote(ordered, now);
  if (staleNote) notes.push(staleNote);
  if (model.seedCorrection && /\$|price/i.test(model.seedCorrection))
    notes.push(`**Correction to a 2024 comparison:** ${model.seedCorrection}`);
  if (notes.length > 0) blocks.push(text(notes.map((n) => `- ${n}`).join("\n")));
  blocks.push(
    askChoices(
      "Next:",
      [
        `cost of ${model.name}${there.length > 0 ? ` on ${hostLabel}` : ""} at 10M input and 2M output tokens a month`,
      ].filter((q) => q.length <= 85),
    ),
  );
  blocks.push(sources(offeringSources(ordered)));
  return message(blocks, {
    intent: "price",
    ...(there.length > 0 ? { host } : {}),
    ...(batch ? { batch: true } : {}),
    models: [modelRef(model)],
    prices: ordered.map((o) => priceFact(model.id, o)),
    disagreements: disagreements.map((d) => ({
      provider: d.provider,
      sources: d.offerings.map((o) => priceFact(model.id, o)),
    })),
  });
}
