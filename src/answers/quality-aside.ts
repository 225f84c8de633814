// "How much would X cost at 20M tokens a month, and is it good enough for coding?": the cost answer
// also answers the second part, with the quality scores the catalogue holds for the model (and its
// fit for the use case named) and where a ranked answer to "good enough" is asked for. A user who
// asked two things and got one reads the second as ignored.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { Block, OutboundMessage } from "../ports.js";
import { message, text } from "../render/builders.js";
import { qualityOf, useCaseFitOf } from "../scoring/quality.js";
import { USE_CASE_LABELS, type UseCase } from "../scoring/requirements.js";
import { ratingCell } from "./compare-ratings.js";

function asideBlocks(models: readonly Model[], useCase: UseCase | null, catalog: Catalog): Block[] {
  const forUse = useCase ? ` for ${USE_CASE_LABELS[useCase].toLowerCase()}` : "";
  const lines = models.map((m) => {
    const parts = [`quality ${ratingCell(qualityOf(catalog, m.id))}`];
    if (useCase)
      parts.push(`${USE_CASE_LABELS[useCase].toLowerCase()} fit ${ratingCell(useCaseFitOf(catalog, m.id, useCase))}`);
    return `- **${m.name}**: ${parts.join("; ")}`;
  });
  const ask = useCase
    ? `which model for ${USE_CASE_LABELS[useCase].toLowerCase()}?`
    : "which model would you recommend for us?";
  return [
    text(`**You also asked how good ${models.length === 1 ? "it is" : "they are"}${forUse}:**\n${lines.join("\n")}`),
    text(
      `Scores run from 0 to 1: the model's place among catalogue models that report the same benchmark (1 = best). Whether that is good enough depends on what else fits your needs: ask "${ask}" for a ranked shortlist with the reasons.`,
    ),
  ];
}

/** The cost reply with the quality part answered before its sources. */
export function withQualityAside(
  reply: OutboundMessage,
  models: readonly Model[],
  useCase: UseCase | null,
  catalog: Catalog,
): OutboundMessage {
  const at = reply.blocks.findIndex((b) => b.kind === "sources");
  const aside = asideBlocks(models, useCase, catalog);
  const blocks =
    at < 0 ? [...reply.blocks, ...aside] : [...reply.blocks.slice(0, at), ...aside, ...reply.blocks.slice(at)];
  return reply.data ? message(blocks, reply.data) : { ...reply, blocks };
}
