// "open vs closed?": the trade-offs criterion by criterion, in our own words, each anchored on
// concrete catalogue models and numbers (cheapest prices, context windows, licence terms), so
// the general advice comes with evidence the team can check.
import type { Model, Offering } from "../catalog/schema.js";
import type { IntentHandler } from "../conversation/handler.js";
import type { Catalog } from "../catalog/catalog.js";
import type { OutboundMessage, SourceRef } from "../ports.js";
import { providerTerms } from "./provider-terms.js";
import { topicAnswer } from "./tradeoff-topics.js";
import type { TopicAnswer } from "./topic-answer.js";
import { askChoices, heading, message, sources, text } from "../render/builders.js";
import { formatCount, formatUsd } from "../render/format.js";
import { blendedPerMTok } from "../costs/price-ratio.js";
import { DEFAULT_INPUT_SHARE } from "../costs/volume.js";
import { licenseOf, licenseSources, modelRef, modelsFor, offeringSource, sortedOfferings } from "./common.js";

// Blended price per 1M tokens at 3 input tokens per output token, the default split elsewhere.
const blended = (o: Offering) => blendedPerMTok(o, DEFAULT_INPUT_SHARE);

interface Cheapest {
  model: Model;
  offering: Offering;
}

function cheapest(models: Model[], filter: (o: Offering) => boolean): Cheapest | undefined {
  let best: Cheapest | undefined;
  for (const model of models) {
    for (const offering of sortedOfferings(model).filter(filter)) {
      if (blended(offering) <= 0) continue; // free tiers say nothing about cost at scale
      if (!best || blended(offering) < blended(best.offering)) best = { model, offering };
    }
  }
  return best;
}

function largestContext(models: Model[]): Model | undefined {
  return models.filter((m) => m.contextWindow).sort((a, b) => (b.contextWindow ?? 0) - (a.contextWindow ?? 0))[0];
}

/** One criterion, answered with catalogue facts and their sources. */
function topicReply(answer: TopicAnswer, topic: string, catalog: Catalog): OutboundMessage {
  return message(
    [
      heading(answer.title),
      text(`**The criterion:** ${answer.criterion}`),
      text(`**In the catalogue:**\n${answer.facts.map((f) => `- ${f}`).join("\n")}`),
      askChoices("Go further:", ["open vs closed: all the trade-offs", "help me choose a model"]),
      sources([
        ...answer.sources,
        { label: `modelwise catalogue (${catalog.models.length} models)`, asOf: catalog.asOf },
      ]),
    ],
    {
      intent: "tradeoffs",
      topic,
      models: [...new Map(answer.models.map((m) => [m.id, modelRef(m)])).values()],
      criterion: answer.criterion,
      evidence: answer.evidence,
    },
  );
}

export const tradeoffsHandler: IntentHandler<"tradeoffs"> = (intent, ctx) => {
  const { catalog } = ctx;
  // One provider's data terms, for the model named on it when there is one ("Claude on Bedrock").
  const focused =
    intent.topic === "data-security" && intent.provider
      ? providerTerms(catalog, {
          provider: intent.provider,
          ...(intent.asks ? { asks: intent.asks } : {}),
          models: modelsFor(intent.modelIds, catalog),
        })
      : intent.topic && intent.modelIds.length === 0
        ? topicAnswer(intent.topic, catalog)
        : null;
  if (focused && intent.topic) return { replies: [topicReply(focused, intent.topic, catalog)] };
  const usable = catalog.models.filter((m) => m.kind === "model" && m.status === "current");
  const open = usable.filter((m) => m.openWeights);
  const closed = usable.filter((m) => !m.openWeights);
  const named = modelsFor(intent.modelIds, catalog);
  const namedOpen = named.filter((m) => m.openWeights);
  const namedClosed = named.filter((m) => !m.openWeights);

  // Evidence: the cheapest per-token prices on each side, the largest contexts, licence terms.
  // Tiny specialist models would make "cheapest open" meaningless: compare general chat models,
  // and also show the cheapest large (30B+) open model as a like-for-like point.
  const chatOpen = open.filter((m) => m.strengths.includes("chat"));
  const cheapOpen = cheapest(namedOpen.length > 0 ? namedOpen : chatOpen.length > 0 ? chatOpen : open, () => true);
  const cheapLargeOpen =
    namedOpen.length > 0
      ? undefined
      : cheapest(
          chatOpen.filter((m) => (m.parameters?.totalB ?? 0) >= 30),
          () => true,
        );
  const cheapClosed = cheapest(namedClosed.length > 0 ? namedClosed : closed, (o) => o.firstParty);
  const ctxOpen = largestContext(namedOpen.length > 0 ? namedOpen : open);
  const ctxClosed = largestContext(namedClosed.length > 0 ? namedClosed : closed);
  const osi = open.filter((m) => licenseOf(m, catalog)?.kind === "osi-open-source");
  const thresholded = open.find((m) => licenseOf(m, catalog)?.terms.userThreshold);
  const thresholdLicense = thresholded ? licenseOf(thresholded, catalog) : undefined;
  const osiExamples = osi
    .slice(0, 3)
    .map((m) => m.name)
    .join(", ");

  const price = (c: Cheapest | undefined) =>
    c
      ? `${c.model.name} at ${formatUsd(c.offering.inputPerMTok)} in / ${formatUsd(c.offering.outputPerMTok)} out per 1M (${c.offering.providerName})`
      : "no priced example on file";

  const criteria: [string, string][] = [
    [
      "Customization",
      `Open weights can be fine-tuned, distilled, quantized and served however you like; closed models offer at most the provider's fine-tuning API on the provider's terms. ${open.length} of the ${usable.length} current models in the catalogue have open weights.`,
    ],
    [
      "Cost",
      `Closed APIs are pay-per-token with no fixed cost; open models can be rented per token from competing hosts or self-hosted, which pays off only at steady, high volume. Cheapest open: ${price(cheapOpen)}.${cheapLargeOpen && cheapLargeOpen.model.id !== cheapOpen?.model.id ? ` Cheapest open model of 30B+ parameters: ${price(cheapLargeOpen)}.` : ""} Cheapest closed (first-party): ${price(cheapClosed)}.`,
    ],
    [
      "Data security",
      "Self-hosting open weights keeps prompts and outputs inside your own network, which regulated data may require; a closed API means sending data to the provider under its retention and processing terms (often with enterprise or regional options).",
    ],
    [
      "Integration",
      "Closed APIs come with SDKs, tool calling and structured output ready to use; open models are usually reached through an OpenAI-compatible server (vLLM, TGI) or a host, so the integration work is similar once one is running.",
    ],
    [
      "Implementation effort",
      "A closed API is an API key and a few lines of code; self-hosting adds GPUs, serving software, monitoring, upgrades and on-call. Hosted open models sit in between.",
    ],
    [
      "IP rights",
      `Read the licence, not the label: OSI licences such as Apache-2.0 or MIT (e.g. ${osiExamples || "none on file"}) grant broad rights, while custom "open" licences add conditions${thresholded && thresholdLicense?.terms.userThreshold ? `, e.g. ${thresholdLicense.name} above ${formatCount(thresholdLicense.terms.userThreshold.maxMonthlyActiveUsers)} monthly active users` : ""}. Closed APIs grant use of outputs under terms of service and may forbid training competing models on them.`,
    ],
    [
      "Transparency",
      "Open weights can be inspected, evaluated offline and pinned to an exact version forever; closed models can change or be retired behind the same name, and their training data and architecture are usually undisclosed.",
    ],
    [
      "Support",
      "Closed providers sell support contracts and uptime commitments; for open models support comes from your own team, the community, or the host you rent from.",
    ],
    [
      "Scalability",
      `Closed APIs scale on demand within rate limits; self-hosting scales with the GPUs you provision. Context windows differ too: largest open ${ctxOpen ? `${ctxOpen.name} (${formatCount(ctxOpen.contextWindow ?? 0)} tokens)` : "n/a"}, largest closed ${ctxClosed ? `${ctxClosed.name} (${formatCount(ctxClosed.contextWindow ?? 0)} tokens)` : "n/a"}.`,
    ],
  ];

  const srcs: SourceRef[] = [];
  for (const c of [cheapOpen, cheapLargeOpen, cheapClosed]) if (c) srcs.push(offeringSource(c.offering));
  for (const m of [ctxOpen, ctxClosed])
    if (m) srcs.push({ label: `${m.name} specs: ${m.specSource.source}`, asOf: m.specSource.asOf });
  if (thresholdLicense) srcs.push(...licenseSources(thresholdLicense, catalog).slice(0, 1));
  srcs.push({ label: `modelwise catalogue (${catalog.models.length} models)`, asOf: catalog.asOf });

  const examples = [cheapOpen?.model, cheapLargeOpen?.model, cheapClosed?.model, ctxOpen, ctxClosed].filter(
    (m): m is Model => m !== undefined,
  );
  return {
    replies: [
      message(
        [
          heading("Open weights vs closed API: the trade-offs"),
          text(
            "Neither side wins everywhere; which matters depends on your data, volume and team. Criterion by criterion:",
          ),
          text(criteria.map(([name, body]) => `- **${name}**: ${body}`).join("\n")),
          askChoices(
            "Go further:",
            [
              "help me choose a model",
              (cheapLargeOpen ?? cheapOpen) && cheapClosed
                ? `compare ${(cheapLargeOpen ?? cheapOpen)!.model.name} and ${cheapClosed.model.name}`
                : "compare GPT-4o and Llama 3.1 70B",
            ].filter((q) => q.length <= 85),
          ),
          sources(srcs),
        ],
        {
          intent: "tradeoffs",
          models: [...new Map(examples.map((m) => [m.id, modelRef(m)])).values()],
          criteria: criteria.map(([name]) => name),
          evidence: {
            cheapestOpen: cheapOpen
              ? {
                  modelId: cheapOpen.model.id,
                  provider: cheapOpen.offering.provider,
                  inputPerMTok: cheapOpen.offering.inputPerMTok,
                  outputPerMTok: cheapOpen.offering.outputPerMTok,
                }
              : null,
            cheapestClosed: cheapClosed
              ? {
                  modelId: cheapClosed.model.id,
                  provider: cheapClosed.offering.provider,
                  inputPerMTok: cheapClosed.offering.inputPerMTok,
                  outputPerMTok: cheapClosed.offering.outputPerMTok,
                }
              : null,
            openModels: open.length,
            closedModels: closed.length,
          },
        },
      ),
    ],
  };
};
