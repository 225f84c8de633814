// "compare A, B and C": 2 to 4 models side by side (licence, open weights, context, prices, and
// monthly cost when a volume is given). More than 4 asks the user to narrow the list.
import type { Catalog } from "../catalog/catalog.js";
import { priceAsOfLabel, stalePriceNote } from "../catalog/price-age.js";
import type { Model } from "../catalog/schema.js";
import type { IntentHandler } from "../conversation/handler.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, heading, message, sources, table, text } from "../render/builders.js";
import { formatCount, formatRatio, formatUsd } from "../render/format.js";
import {
  disagreementNote,
  firstPartyOfferings,
  priceDisagreements,
  licenseOf,
  shortLicenseLabel,
  licenseSources,
  modelRef,
  modelsFor,
  offeringSource,
  openWeightsLabel,
  parameterLabel,
  sortedOfferings,
  sourceLabel,
  specSources,
} from "./common.js";
import { apiCostsFor, FROM_THREAD, threadVolume, usedReading, volumeLine, type CostFact } from "./cost.js";
import type { Requirements } from "../scoring/requirements.js";
import { ratingRows } from "./compare-ratings.js";
import { selfHostedCosts, type SelfHostedCost } from "./compare-self-host.js";
import { checkSeedClaim, gpt4TurboPrice, isSeedClaimPair } from "./seed-claims.js";

export const MAX_COMPARED = 4;

// Well-known models to suggest beside the one named: the first that is not that model itself, so
// "compare gpt-4o with gpt-4o" is never answered with "compare GPT-4o and GPT-4o".
const EXAMPLE_PARTNERS = ["gpt-4o", "claude-sonnet-4.5", "llama-3.3-70b"];

function examplePartner(model: Model, catalog: Catalog): string {
  const id = EXAMPLE_PARTNERS.find((p) => p !== model.id && catalog.modelById.has(p));
  return id ? (catalog.modelById.get(id)?.name ?? id) : "another model";
}

export const compareHandler: IntentHandler<"compare"> = (intent, ctx) => {
  const models = modelsFor(intent.modelIds, ctx.catalog);
  if (models.length > MAX_COMPARED) {
    const names = models.map((m) => m.name);
    return {
      replies: [
        message(
          [
            text(
              `That's ${models.length} models; a side-by-side table stays readable up to ${MAX_COMPARED}. Which ones matter most? For example:`,
            ),
            askChoices(
              "Compare:",
              [`compare ${names.slice(0, MAX_COMPARED).join(", ")}`, `compare ${names.slice(-2).join(" and ")}`].filter(
                (q) => q.length <= 85,
              ),
            ),
          ],
          { intent: "compare", models: models.map(modelRef), list: models.map((m) => m.id), tooMany: true },
        ),
      ],
    };
  }
  if (models.length < 2) {
    const only = models[0];
    const ask = only
      ? `Compare ${only.name} with which model? For example: "compare ${only.name} and ${examplePartner(only, ctx.catalog)}".`
      : 'Name two to four models to compare, for example: "compare GPT-4o and Llama 3.1 70B".';
    return { replies: [message([text(ask)], { intent: "compare", models: models.map(modelRef) })] };
  }
  // No volume in the message: the thread's stated volume prices the comparison (and says so).
  const volume = intent.volume ?? threadVolume(ctx);
  // The use case and languages the question names ("for german legal docs"), else the thread's.
  const stated = { ...ctx.session.requirements, ...intent.requirements };
  // A thread that runs models on its own hardware compares what that costs, not third-party APIs.
  const selfHosted = volume
    ? selfHostedCosts(models, volume, ctx.session.requirements, ctx.session.assumptions, ctx.catalog)
    : null;
  return {
    replies: [compareReply(models, volume, ctx.catalog, ctx.now, intent.volume === null, stated, selfHosted)],
  };
};

function compareReply(
  models: Model[],
  volume: Parameters<typeof apiCostsFor>[1] | null,
  catalog: Catalog,
  now: Date,
  fromThread = false,
  stated: Partial<Requirements> = {},
  selfHosted: Map<string, SelfHostedCost> | null = null,
) {
  const priceOf = (m: Model) => firstPartyOfferings(m)[0] ?? sortedOfferings(m)[0];
  const costs: CostFact[] = volume ? models.flatMap((m) => apiCostsFor(m, volume)) : [];
  const cheapestCost = (m: Model) => {
    const own = costs.filter((c) => c.modelId === m.id);
    return own.length > 0 ? own.reduce((a, b) => (b.totalUsd < a.totalUsd ? b : a)) : undefined;
  };
  const row = (label: string, cell: (m: Model) => string) => [label, ...models.map(cell)];
  const rows: string[][] = [
    row("Lab", (m) => m.lab),
    row("Licence", (m) => shortLicenseLabel(m, catalog)),
    row("Open weights", openWeightsLabel),
    row("Parameters", (m) => parameterLabel(m, "cell") ?? "-"),
    row("Context", (m) => (m.contextWindow ? formatCount(m.contextWindow) : "-")),
    row("Input / 1M", (m) => priceCell(priceOf(m), "in")),
    row("Output / 1M", (m) => priceCell(priceOf(m), "out")),
    // A price is a dated reading: past 90 days it says "not re-verified" (src/catalog/price-age.ts).
    row("Prices as of", (m) => {
      const o = priceOf(m);
      return o ? priceAsOfLabel(o, now) : "-";
    }),
    row("Released", (m) => m.releaseDate ?? "-"),
  ];
  const ratings = ratingRows(catalog, models, stated);
  rows.push(...ratings.rows);
  if (volume) {
    rows.push(
      row("Monthly cost", (m) => {
        const own = selfHosted?.get(m.id);
        if (own) return own.cell;
        const c = cheapestCost(m);
        return c ? `${formatUsd(c.totalUsd)} (${c.providerName})` : "no API price";
      }),
    );
  }
  const blocks: Block[] = [
    heading(`Comparing ${models.map((m) => m.name).join(" vs ")}`),
    table(["", ...models.map((m) => m.name)], rows),
  ];

  const notes: string[] = [];
  if (volume && selfHosted)
    notes.push(
      `Monthly cost self-hosted, as this thread runs models on its own hardware, at ${fromThread ? `the volume ${FROM_THREAD}, ` : ""}${volumeLine(volume)}:`,
      ...models.flatMap((m) => {
        const own = selfHosted.get(m.id);
        return own ? [own.line] : [];
      }),
    );
  else if (volume)
    notes.push(
      `Monthly cost at ${fromThread ? `the volume ${FROM_THREAD}, ` : ""}${volumeLine(volume)}, cheapest listed offering of each.`,
    );
  const priced = models.filter((m) => priceOf(m));
  // Self-hosted, the API's per-token prices are no part of the bill: no ratio of them.
  if (priced.length >= 2 && !selfHosted) {
    const blended = (m: Model) => {
      const o = priceOf(m)!;
      return o.inputPerMTok * 0.75 + o.outputPerMTok * 0.25;
    };
    const sorted = [...priced].sort((a, b) => blended(a) - blended(b));
    const cheap = sorted[0]!;
    const dear = sorted[sorted.length - 1]!;
    const ratio = blended(dear) / blended(cheap);
    // "costs 1× as much" reads as a typo: prices within half a percent are the same price.
    if (blended(cheap) > 0 && ratio < 1.005)
      notes.push(`At a 3:1 input/output mix, ${sorted.map((m) => m.name).join(" and ")} cost the same per token.`);
    else if (blended(cheap) > 0)
      notes.push(
        `At a 3:1 input/output mix, ${dear.name} costs ${formatRatio(ratio)} as much per token as ${cheap.name}.`,
      );
  }
  notes.push(...ratings.notes);
  const staleNote = stalePriceNote([...models.flatMap((m) => priceOf(m) ?? []), ...costs], now);
  if (staleNote) notes.push(staleNote);
  const unverified = models.filter((m) => licenseOf(m, catalog)?.verified === false);
  if (unverified.length > 0)
    notes.push(
      `Licence facts for ${unverified.map((m) => m.name).join(", ")} are unverified: the lab's own text we hold does not settle them.`,
    );
  for (const m of models) if (m.seedCorrection) notes.push(`${m.name}: ${m.seedCorrection}`);
  for (const m of selfHosted ? [] : models)
    for (const d of priceDisagreements(m)) {
      // With a volume the table prices one offering per model; without, it lists each price once.
      const note = volume ? disagreementNote(d, usedReading(costs, m, d, volume)) : disagreementNote(d);
      notes.push(`For ${m.name}, ${note.replace(/^S/, "s")}`);
    }
  if (volume && isSeedClaimPair(models)) notes.push(checkSeedClaim(volume, gpt4TurboPrice(catalog)).note);
  if (notes.length > 0) blocks.push(text(notes.map((n) => `- ${n}`).join("\n")));
  blocks.push(
    askChoices(
      "Dig deeper:",
      models
        .slice(0, 3)
        .map((m) => `licence of ${m.name}`)
        .filter((q) => q.length <= 85),
    ),
  );

  const srcs: SourceRef[] = [];
  for (const m of models) {
    srcs.push(...licenseSources(licenseOf(m, catalog), catalog, m).slice(0, 1));
    const o = priceOf(m);
    if (o) srcs.push(offeringSource(o));
    srcs.push(...specSources(m).slice(0, 1));
  }
  srcs.push(...ratings.sources);
  // Cost rows priced at another offering than the table's get their own source line.
  for (const m of models) {
    const o = priceOf(m);
    for (const c of costs.filter((x) => x.modelId === m.id && x.provider !== o?.provider))
      srcs.push({ label: `${c.providerName} prices: ${sourceLabel(c.source)}`, asOf: c.asOf });
  }
  blocks.push(sources(srcs));

  return message(blocks, {
    intent: "compare",
    models: models.map(modelRef),
    list: models.map((m) => m.id),
    table: models.map((m) => ({
      id: m.id,
      licenseId: m.licenseId,
      licenseVerified: licenseOf(m, catalog)?.verified ?? false,
      openWeights: m.openWeights,
      contextWindow: m.contextWindow,
      inputPerMTok: priceOf(m)?.inputPerMTok ?? null,
      outputPerMTok: priceOf(m)?.outputPerMTok ?? null,
      priceProvider: priceOf(m)?.provider ?? null,
    })),
    ...(volume ? { volume, costs } : {}),
    ...(selfHosted
      ? { selfHosted: models.map((m) => ({ id: m.id, monthlyUsd: selfHosted.get(m.id)?.monthlyUsd ?? null })) }
      : {}),
  });
}

function priceCell(o: ReturnType<typeof sortedOfferings>[number] | undefined, which: "in" | "out"): string {
  if (!o) return "-";
  return `${formatUsd(which === "in" ? o.inputPerMTok : o.outputPerMTok)}${o.firstParty ? "" : ` (${o.providerName})`}`;
}
