// "compare A, B and C": 2 to 4 models side by side (licence, open weights, context, prices, and
// monthly cost when a volume is given). More than 4 asks the user to narrow the list.
import type { Catalog } from "../catalog/catalog.js";
import { priceAsOfLabel, stalePriceNote } from "../catalog/price-age.js";
import type { Model } from "../catalog/schema.js";
import type { IntentHandler } from "../conversation/handler.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, heading, message, sources, table, text } from "../render/builders.js";
import { formatCount, formatRatio, formatUsd } from "../render/format.js";
import { blendedPerMTok } from "../costs/price-ratio.js";
import { applyHosting } from "../scoring/hosting.js";
import { hasHostingRules } from "../scoring/hosting-rules.js";
import { CLOUD_NAMES } from "../scoring/catalog-facts.js";
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
import type { CloudProvider, Requirements } from "../scoring/requirements.js";
import { DEFAULT_INPUT_SHARE, type Volume } from "../costs/volume.js";
import { ratingRows } from "./compare-ratings.js";
import { selfHostedCosts, type ComparedCost } from "./compare-self-host.js";
import { shortlistCosts, type ShortlistCost } from "./compare-thread-costs.js";
import { checkSeedClaim, gpt4TurboPrice, isSeedClaimPair } from "./seed-claims.js";

export const MAX_COMPARED = 4;

function shareOfInput(v: { inputTokensPerMonth: number; outputTokensPerMonth: number }): number {
  const total = v.inputTokensPerMonth + v.outputTokensPerMonth;
  return total > 0 ? v.inputTokensPerMonth / total : DEFAULT_INPUT_SHARE;
}

/** "3:1" for 75 % input, else "25:75" in percent. */
function mixLabel(inputShare: number): string {
  if (Math.abs(inputShare - DEFAULT_INPUT_SHARE) < 0.005) return "3:1";
  const pct = Math.round(inputShare * 100);
  return `${pct}:${100 - pct}`;
}

// Well-known models to suggest beside the one named: the first that is not that model itself, so
// "compare gpt-4o with gpt-4o" is never answered with "compare GPT-4o and GPT-4o".
const EXAMPLE_PARTNERS = ["gpt-4o", "claude-sonnet-4.5", "llama-3.3-70b"];

function examplePartner(model: Model, catalog: Catalog): string {
  const id = EXAMPLE_PARTNERS.find((p) => p !== model.id && catalog.modelById.has(p));
  return id ? (catalog.modelById.get(id)?.name ?? id) : "another model";
}

/**
 * Each model as the thread may use it: in a thread that runs in its own cloud account (Azure,
 * Bedrock, Vertex) or under a hosting rule (a BAA, EU residency), only the offerings that meet it,
 * so the comparison prices what the shortlist priced. A model no such offering serves keeps all of
 * its own (the comparison still shows it; the shortlist says why it was ruled out).
 */
function asThreadUsesIt(model: Model, req: Requirements, catalog: Catalog): Model {
  if (!req.cloudProvider || !hasHostingRules(req)) return model;
  const hosted = applyHosting(catalog, model, req);
  return hosted.failure || hosted.model.offerings.length === 0 ? model : hosted.model;
}

export const compareHandler: IntentHandler<"compare"> = (intent, ctx) => {
  const named = modelsFor(intent.modelIds, ctx.catalog);
  const models = named.map((m) => asThreadUsesIt(m, ctx.session.requirements, ctx.catalog));
  // Only when every model is priced in the thread's cloud do the notes name it.
  const allInCloud = models.every((m, i) => m !== named[i]);
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
  if (!allInCloud) delete stated.cloudProvider;
  // A thread that runs models on its own hardware compares what that costs, not third-party APIs.
  const selfHosted = volume
    ? selfHostedCosts(models, volume, ctx.session.requirements, ctx.session.assumptions, ctx.catalog)
    : null;
  // At the thread's own volume, the picks its shortlist ranks cost what the shortlist said (a
  // thread that self-hosts prices every model that way already, with its working).
  const onShortlist = intent.volume === null && !selfHosted ? shortlistCosts(models, ctx.session, ctx.catalog) : null;
  return {
    replies: [
      compareReply(models, volume, ctx.catalog, ctx.now, intent.volume === null, stated, selfHosted, onShortlist),
    ],
  };
};

function compareReply(
  models: Model[],
  volume: Parameters<typeof apiCostsFor>[1] | null,
  catalog: Catalog,
  now: Date,
  fromThread = false,
  stated: Partial<Requirements> = {},
  selfHosted: Map<string, ComparedCost> | null = null,
  onShortlist: Map<string, ShortlistCost> | null = null,
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
        const own = onShortlist?.get(m.id) ?? selfHosted?.get(m.id);
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
  // In a thread that runs in its own cloud account, the prices are that cloud's (asThreadUsesIt).
  const offeringWord = stated.cloudProvider
    ? `cheapest offering of each on ${CLOUD_NAMES[stated.cloudProvider]}, where this thread runs`
    : "cheapest listed offering of each";
  if (volume && onShortlist)
    notes.push(...shortlistCostNotes(models, onShortlist, selfHosted, cheapestCost, volume, stated.cloudProvider));
  else if (volume && selfHosted)
    notes.push(
      `Monthly cost self-hosted, as this thread runs models on its own hardware, at ${fromThread ? `the volume ${FROM_THREAD}, ` : ""}${volumeLine(volume)}:`,
      ...models.flatMap((m) => {
        const own = selfHosted.get(m.id);
        return own ? [own.line] : [];
      }),
    );
  else if (volume)
    notes.push(
      `Monthly cost at ${fromThread ? `the volume ${FROM_THREAD}, ` : ""}${volumeLine(volume)}, ${offeringWord}.`,
    );
  // Self-hosted, the API's per-token prices are no part of the bill: no ratio of them. At the
  // shortlist's costs, the ratio is of those (shortlistCostNotes).
  if (!selfHosted && !onShortlist) {
    // With a volume, the ratio is of the monthly costs shown (cheapest offering of each, at the
    // volume's own mix: "300 in / 900 out" is 25:75), so the two always agree; without one, of
    // each model's usual prices at 3:1.
    const inputShare = volume ? shareOfInput(volume) : DEFAULT_INPUT_SHARE;
    const mix = volume
      ? `At ${fromThread ? "this thread's" : "this"} ${mixLabel(inputShare)} input/output mix (${offeringWord})`
      : "At a 3:1 input/output mix";
    const perToken = (m: Model): number | undefined => {
      if (volume) return cheapestCost(m)?.totalUsd;
      const o = priceOf(m);
      return o ? blendedPerMTok(o, inputShare) : undefined;
    };
    const sorted = models
      .flatMap((m) => {
        const value = perToken(m);
        return value === undefined ? [] : [{ m, value }];
      })
      .sort((a, b) => a.value - b.value);
    const cheap = sorted[0];
    const dear = sorted[sorted.length - 1];
    if (sorted.length >= 2 && cheap && dear && cheap.value > 0) {
      const ratio = dear.value / cheap.value;
      // "costs 1× as much" reads as a typo: prices within half a percent are the same price.
      notes.push(
        ratio < 1.005
          ? `${mix}, ${sorted.map((x) => x.m.name).join(" and ")} cost the same per token.`
          : `${mix}, ${dear.m.name} costs ${formatRatio(ratio)} as much per token as ${cheap.m.name}.`,
      );
    }
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
  // A pick priced as its shortlist priced it says its own host; the disagreement is of list prices.
  for (const m of selfHosted ? [] : models.filter((x) => !onShortlist?.has(x.id)))
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
    ...(onShortlist
      ? { threadCosts: models.map((m) => ({ id: m.id, monthlyUsd: onShortlist.get(m.id)?.monthlyUsd ?? null })) }
      : {}),
  });
}

/**
 * The working under a comparison at the shortlist's costs: each pick's line as the shortlist priced
 * it, a model it does not rank at the thread's self-hosted figure or its cheapest listed offering
 * (said as not on the shortlist), and the ratio of the monthly costs shown: per token when every
 * figure is an API's prices at the thread's mix, else a month (a self-hosted bill has no per-token price).
 */
function shortlistCostNotes(
  models: readonly Model[],
  onShortlist: Map<string, ShortlistCost>,
  selfHosted: Map<string, ComparedCost> | null,
  cheapestCost: (m: Model) => CostFact | undefined,
  volume: Volume,
  cloud: CloudProvider | undefined,
): string[] {
  const monthly: { m: Model; usd: number; api: boolean }[] = [];
  const lines = models.map((m) => {
    const ranked = onShortlist.get(m.id);
    if (ranked) {
      monthly.push({ m, usd: ranked.monthlyUsd ?? 0, api: ranked.api });
      return ranked.line;
    }
    const own = selfHosted?.get(m.id);
    const api = own ? undefined : cheapestCost(m);
    if (own?.monthlyUsd != null) monthly.push({ m, usd: own.monthlyUsd, api: false });
    if (api) monthly.push({ m, usd: api.totalUsd, api: true });
    const priced = own
      ? own.line.replace(/^\*\*[^*]+\*\*:?\s*/, "")
      : api
        ? `at its cheapest listed offering, ${formatUsd(api.totalUsd)} a month (${api.providerName})`
        : "no API price";
    return `**${m.name}** is not on this thread's shortlist: ${priced}`;
  });
  const where = cloud ? `on ${CLOUD_NAMES[cloud]}, where this thread runs` : "at the hosts its rules allow";
  const notes = [
    `Monthly cost at the volume ${FROM_THREAD}, ${volumeLine(volume)}, as this thread's shortlist priced each (${where}, or self-hosted where no API meets them):`,
    ...lines,
  ];
  monthly.sort((a, b) => a.usd - b.usd);
  const cheap = monthly[0];
  const dear = monthly[monthly.length - 1];
  if (monthly.length < 2 || !cheap || !dear || !(cheap.usd > 0)) return notes;
  const ratio = dear.usd / cheap.usd;
  const perToken = monthly.every((x) => x.api);
  const at = perToken
    ? `At this thread's ${mixLabel(shareOfInput(volume))} input/output mix (the hosts its shortlist priced)`
    : "At these monthly costs";
  const unit = perToken ? "per token" : "a month";
  notes.push(
    ratio < 1.005
      ? `${at}, ${monthly.map((x) => x.m.name).join(" and ")} cost the same ${unit}.`
      : `${at}, ${dear.m.name} costs ${formatRatio(ratio)} as much ${unit} as ${cheap.m.name}.`,
  );
  return notes;
}

function priceCell(o: ReturnType<typeof sortedOfferings>[number] | undefined, which: "in" | "out"): string {
  if (!o) return "-";
  return `${formatUsd(which === "in" ? o.inputPerMTok : o.outputPerMTok)}${o.firstParty ? "" : ` (${o.providerName})`}`;
}
