// "what would X cost at <volume>?" through an API: the first-party offering and, for open models,
// the cheapest host, with the prices, the volume and its input/output split, source and date.
// With two models, the ratio between them. Self-hosted cost is another handler (COSTS).
import { retiredOfferingLines } from "./retirement.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Model, Offering } from "../catalog/schema.js";
import { apiMonthlyCost, cheapestOffering, type ApiCost } from "../costs/api-cost.js";
import { volumeAtDefaultSplit, type Volume } from "../costs/volume.js";
import type { IntentHandler, TurnContext } from "../conversation/handler.js";
import { threadOwnRequirements } from "../conversation/team-profile.js";
import type { Block } from "../ports.js";
import { askChoices, heading, message, sources, table, text } from "../render/builders.js";
import { formatCount, formatPercent, formatRatio, formatTokens, formatUsd } from "../render/format.js";
import {
  disagreementNote,
  modelRef,
  modelsFor,
  priceDisagreements,
  sortedOfferings,
  sourceLabel,
  type PriceDisagreement,
} from "./common.js";
import { checkSeedClaim, gpt4TurboPrice, isSeedClaimPair } from "./seed-claims.js";
import { priceAsOfLabel, stalePriceNote } from "../catalog/price-age.js";
import { hostName, notOfferedNote } from "../catalog/hosts.js";
import { CLOUD_NAMES, isCloudOffering } from "../scoring/catalog-facts.js";
import { atBatchPrices, batchNote } from "./batch-prices.js";
import { hiddenReasoningNotes } from "./reasoning-notes.js";
import { withQualityAside } from "./quality-aside.js";
import { billedVolume } from "../scoring/hidden-reasoning.js";
import { threadJob } from "../scoring/requirements.js";
import { assumedSplitWords, withJobSplit } from "../scoring/job-split.js";
import { REASONING_SOURCE } from "../scoring/latency-target.js";
import { COST_MODELS_SHOWN } from "../conversation/subject.js";

const DEFAULT_TOTAL_TOKENS = 10_000_000;

export interface CostFact {
  modelId: string;
  /** named-host: the host the question named ("on Vertex"). */
  role: "first-party" | "cheapest-host" | "named-host";
  provider: string;
  providerName: string;
  prices: ApiCost["prices"];
  volume: { inputTokensPerMonth: number; outputTokensPerMonth: number; cachedInputTokensPerMonth: number };
  inputUsd: number;
  outputUsd: number;
  cachedInputUsd: number;
  totalUsd: number;
  source: string;
  asOf: string;
  /** Set when each request is over this many prompt tokens and the provider's long-context rate priced it. */
  longContextAbove?: number;
  /** "LiteLLM price list, as of 2026-07-24": where that rate was read, when not where the base price was. */
  longContextSource?: string;
}

/** The volume used when the user gave none: 10M tokens a month at the default split. */
export function defaultVolume(): Volume {
  return volumeAtDefaultSplit(DEFAULT_TOTAL_TOKENS, "10M tokens a month (an example volume: you didn't give one)");
}

/**
 * The API costs an answer quotes for one model: first-party, and the cheapest host for open
 * models; or, when a host was named and sells it, that host's offering alone.
 */
export function apiCostsFor(model: Model, volume: Volume, host?: string): CostFact[] {
  const offerings = sortedOfferings(model);
  const named = host
    ? cheapestOffering(
        offerings.filter((o) => o.provider === host),
        volume,
      )
    : null;
  if (named) return [toFact(model.id, "named-host", named, volume)];
  const firstParty = offerings.filter((o) => o.firstParty);
  const hosts = offerings.filter((o) => !o.firstParty);
  const out: CostFact[] = [];
  const fp = cheapestOffering(firstParty, volume);
  if (fp) out.push(toFact(model.id, "first-party", fp, volume));
  if (model.openWeights || !fp) {
    const host = cheapestOffering(hosts, volume);
    if (host) out.push(toFact(model.id, "cheapest-host", host, volume));
  }
  return out;
}

function toFact(modelId: string, role: CostFact["role"], cost: ApiCost, volume: Volume): CostFact {
  return {
    modelId,
    role,
    provider: cost.provider,
    providerName: cost.providerName,
    prices: cost.prices,
    volume: {
      inputTokensPerMonth: volume.inputTokensPerMonth,
      outputTokensPerMonth: volume.outputTokensPerMonth,
      cachedInputTokensPerMonth: volume.cachedInputTokensPerMonth,
    },
    inputUsd: cost.inputUsd,
    outputUsd: cost.outputUsd,
    cachedInputUsd: cost.cachedInputUsd,
    totalUsd: cost.totalUsd,
    // A long-context rate read in another list than the base price: the table names that list.
    source: cost.longContextTier?.source ?? cost.source,
    asOf: cost.longContextTier?.asOf ?? cost.asOf,
    ...(cost.longContextTier ? { longContextAbove: cost.longContextTier.aboveInputTokens } : {}),
    ...(cost.longContextTier?.source
      ? {
          longContextSource: `${sourceLabel(cost.longContextTier.source)}${cost.longContextTier.asOf ? `, as of ${cost.longContextTier.asOf}` : ""}`,
        }
      : {}),
  };
}

const TELL_ME_YOURS = 'tell me yours, e.g. "8M input and 2M output"';

/** "45M input + 5M output tokens a month (split assumed for summarisation: 90% in / 10% out; tell me yours …)". */
export function volumeLine(volume: Volume): string {
  const total = volume.inputTokensPerMonth + volume.outputTokensPerMonth;
  const split =
    total > 0
      ? `${formatPercent(volume.inputTokensPerMonth / total)} in / ${formatPercent(volume.outputTokensPerMonth / total)} out`
      : "";
  const cached =
    volume.cachedInputTokensPerMonth > 0
      ? `, of which ${formatTokens(volume.cachedInputTokensPerMonth)} cached input`
      : "";
  const assumed = volume.splitAssumed
    ? ` (${assumedSplitWords(volume)}; ${TELL_ME_YOURS})`
    : split
      ? ` (${split})`
      : "";
  return `${formatTokens(volume.inputTokensPerMonth)} input + ${formatTokens(volume.outputTokensPerMonth)} output ${volume.oneOff ? "in all, once" : "a month"}${cached}${assumed}`;
}

/** The volume as the user said it, plus the normalized tokens when the wording did not already give them. */
export function volumeText(volume: Volume, assumed: boolean): string {
  const said = volume.description?.trim() ?? "";
  const line = volumeLine(volume);
  if (assumed) return `${said}: ${line}`;
  const restates =
    said.includes(formatCount(volume.inputTokensPerMonth)) && said.includes(formatCount(volume.outputTokensPerMonth));
  if (!said) return line;
  if (restates)
    return volume.splitAssumed
      ? `${said} (${volume.splitJob ? "" : "an assumed split: "}${TELL_ME_YOURS})`
      : `${said} (${splitText(volume)})`;
  return `${said}, i.e. ${line}`;
}

function splitText(volume: Volume): string {
  const total = volume.inputTokensPerMonth + volume.outputTokensPerMonth;
  return total > 0
    ? `${formatPercent(volume.inputTokensPerMonth / total)} in / ${formatPercent(volume.outputTokensPerMonth / total)} out`
    : "no tokens";
}

export const apiCostHandler: IntentHandler<"cost"> = (intent, ctx) => {
  const named = modelsFor(intent.modelIds, ctx.catalog);
  // At batch rates ("and with batch api?") each offering with a sourced discount is priced at it.
  const models = intent.batch ? named.map((m) => atBatchPrices(m, ctx.catalog)) : named;
  if (models.length === 0) {
    return {
      replies: [
        message(
          [
            text(
              'Which model should I price? For example: "cost of GPT-4o at 10M input and 2M output tokens a month".',
            ),
          ],
          { intent: "cost", models: [], costs: [] },
        ),
      ],
    };
  }
  // No volume in the message: the one this thread stated ("around 2B tokens a month"), or the job
  // it runs once (priced once), never an example volume the team did not give.
  const stated =
    intent.volume ?? threadJob(withJobSplit(threadOwnRequirements(ctx.session.requirements, ctx.profile))) ?? null;
  const volume = stated ?? defaultVolume();
  const fromThread = intent.volume === null && stated !== null;
  const cloud = intent.host ? null : threadCloud(models, ctx);
  const host = intent.host ?? cloud?.host;
  const reply = costReply(
    models.slice(0, COST_MODELS_SHOWN),
    volume,
    stated === null,
    ctx.catalog,
    ctx.now,
    fromThread,
    host,
    cloud?.note,
    {
      batch: intent.batch === true,
    },
  );
  return {
    replies: [
      intent.qualityAsked === undefined
        ? reply
        : withQualityAside(reply, named.slice(0, COST_MODELS_SHOWN), intent.qualityAsked, ctx.catalog),
    ],
  };
};

/**
 * In a thread whose models run in the team's own cloud account ("Azure is our cloud"), a cost asked
 * with no host named is the price in that cloud: the one the shortlist priced. A model that cloud
 * does not sell is said so, with its usual offerings.
 */
function threadCloud(models: readonly Model[], ctx: TurnContext): { host?: string; note: string } | null {
  const cloud = ctx.session.requirements.cloudProvider;
  if (cloud === undefined) return null;
  const name = CLOUD_NAMES[cloud];
  const host = models.flatMap((m) => m.offerings).find((o) => isCloudOffering(o, cloud))?.provider;
  if (host) return { host, note: `Priced on ${hostName(host, ctx.catalog)}, the cloud account this thread runs in.` };
  const notes = models.map((m) => notOfferedNote(m, `${name} (the cloud account this thread runs in)`));
  return { note: `${notes.join(" ")} Shown: its usual offerings.` };
}

/** The volume this thread stated (not one only the team profile gives), or null. */
export function threadVolume(ctx: TurnContext): Volume | null {
  return withJobSplit(threadOwnRequirements(ctx.session.requirements, ctx.profile)).volume ?? null;
}

/** Said after a volume taken from the thread, so the reader knows where the figure comes from. */
export const FROM_THREAD = "stated earlier in this thread";

function costReply(
  models: Model[],
  volume: Volume,
  volumeAssumed: boolean,
  catalog: Catalog,
  now: Date,
  fromThread = false,
  host?: string,
  /** How the thread's cloud account set the host (or that it sells none of these models). */
  hostWhy?: string,
  how: { batch: boolean } = { batch: false },
) {
  // Priced as the shortlist prices them: a model that reasons first with its hidden reasoning (hidden-reasoning.ts).
  const costs = models.flatMap((m) => apiCostsFor(m, billedVolume(m, volume), host));
  const where = host ? ` on ${hostName(host, catalog)}` : "";
  // A job run once ("a one-off backfill of 500k tickets") is priced once, and every figure says so.
  const per = volume.oneOff ? "once" : "a month";
  const kind = volume.oneOff ? "one-off" : "monthly";
  const blocks: Block[] = [
    heading(
      models.length === 1
        ? `${models[0]!.name}${where}: ${kind} ${how.batch ? "batch " : ""}API cost`
        : `${kind === "monthly" ? "Monthly" : "One-off"} ${how.batch ? "batch " : ""}API cost${where}`,
    ),
  ];
  blocks.push(text(`**Volume${fromThread ? ` (${FROM_THREAD})` : ""}:** ${volumeText(volume, volumeAssumed)}.`));

  const unpriced = models.filter((m) => !costs.some((c) => c.modelId === m.id));
  if (costs.length > 0) {
    blocks.push(
      table(
        [
          "Model",
          "Offering",
          "Input / 1M",
          "Output / 1M",
          volume.oneOff ? "One-off cost" : "Monthly cost",
          "Source",
          "As of",
        ],
        costs.map((c) => [
          nameOf(models, c.modelId),
          `${c.providerName}${c.role === "cheapest-host" ? " (cheapest host)" : ""}`,
          formatUsd(c.prices.inputPerMTok),
          formatUsd(c.prices.outputPerMTok),
          formatUsd(c.totalUsd),
          sourceLabel(c.source),
          priceAsOfLabel(c, now),
        ]),
      ),
    );
    blocks.push(
      text(costs.map((c) => `- ${nameOf(models, c.modelId)} at ${c.providerName}: ${breakdown(c, per)}`).join("\n")),
    );
  }

  const notes: string[] = hostWhy ? [hostWhy] : [];
  if (volume.oneOff) notes.push("This job runs once: each cost above is paid once, not every month.");
  if (how.batch && costs.length > 0) notes.push(batchNote(costs, catalog));
  // A model the named host does not sell: said first, with its usual offerings costed instead.
  if (host)
    for (const m of models)
      if (!unpriced.includes(m) && !costs.some((c) => c.modelId === m.id && c.role === "named-host"))
        notes.push(`${notOfferedNote(m, hostName(host, catalog))} Shown: its usual offerings.`);
  for (const m of unpriced) {
    notes.push(
      m.openWeights
        ? `${m.name} has no API price on file; its weights are open, so ask "self-host cost of ${m.name}".`
        : `${m.name} has no API price on file in our sources.`,
    );
  }
  notes.push(...requestFitNotes(models, volume));
  // A host past its end of life is not priced above: said, with since when, so nobody budgets on it.
  for (const m of models) notes.push(...retiredOfferingLines(catalog, m).map((line) => `${m.name} on ${line}`));
  const reasoning = hiddenReasoningNotes(
    models.filter((m) => costs.some((c) => c.modelId === m.id)),
    volume,
  );
  notes.push(...reasoning);
  let ratio: { cheaper: string; dearer: string; value: number } | null = null;
  if (models.length === 2) {
    const [a, b] = models as [Model, Model];
    const ca = cheapestTotal(costs, a.id);
    const cb = cheapestTotal(costs, b.id);
    if (ca !== undefined && cb !== undefined && ca > 0 && cb > 0) {
      const [cheap, dear, low, high] = ca <= cb ? [a, b, ca, cb] : [b, a, cb, ca];
      ratio = { cheaper: cheap.id, dearer: dear.id, value: high / low };
      notes.push(
        `At this volume ${dear.name} costs **${formatRatio(high / low)}** as much as ${cheap.name} (${formatUsd(high)} vs ${formatUsd(low)} ${per}, cheapest offering of each).`,
      );
    }
  }
  let seedClaim = null;
  if (isSeedClaimPair(models)) {
    seedClaim = checkSeedClaim(volume, gpt4TurboPrice(catalog));
    notes.push(seedClaim.note);
  }
  for (const m of models)
    for (const d of priceDisagreements(m)) notes.push(disagreementNote(d, usedReading(costs, m, d, volume)));
  // The same honesty as the price answer: a price past the limit never passes for current.
  const staleNote = stalePriceNote(costs, now);
  if (staleNote) notes.push(staleNote);
  if (notes.length > 0) blocks.push(text(notes.map((n) => `- ${n}`).join("\n")));
  if (volumeAssumed)
    blocks.push(
      askChoices(
        "Try another volume:",
        [`cost of ${models[0]!.name}${where} at 50M input and 10M output tokens a month`].filter((q) => q.length <= 85),
      ),
    );

  const used = costs.map((c) => ({
    label: `${c.providerName} prices for ${nameOf(models, c.modelId)}: ${sourceLabel(c.source)}`,
    asOf: c.asOf,
  }));
  if (seedClaim) used.push({ label: "2024 open-vs-closed comparison (the claim checked above)", asOf: "2024-07-31" });
  if (reasoning.length > 0) used.push(REASONING_SOURCE);
  blocks.push(sources(used));
  return message(blocks, {
    intent: "cost",
    selfHost: false,
    ...(host ? { host } : {}),
    ...(how.batch ? { batch: true } : {}),
    models: models.map(modelRef),
    volume: { ...volume, assumed: volumeAssumed },
    costs,
    ...(ratio ? { ratio } : {}),
    ...(seedClaim ? { seedClaim } : {}),
  });
}

/**
 * A volume counted as items of N tokens ("1,000 docs a month, 300k tokens each") is N tokens in
 * one request: a model whose context window is smaller cannot take it in one go, whatever it costs.
 */
function requestFitNotes(models: Model[], volume: Volume): string[] {
  const item = volume.perItem;
  if (!item) return [];
  const need = item.inputTokens + item.outputTokens;
  return models
    .filter((m) => m.contextWindow !== undefined && m.contextWindow !== null && need > m.contextWindow)
    .map(
      (m) =>
        `One ${singular(item.noun)} is about ${formatCount(need)} tokens (${formatCount(item.inputTokens)} in + ${formatCount(item.outputTokens)} out), more than ${m.name}'s ${formatCount(m.contextWindow!)}-token context window: it does not fit in one request. Split each into parts of under ${formatCount(m.contextWindow!)} tokens (the cost above assumes the same tokens), or pick a model with a larger window.`,
    );
}

const singular = (noun: string): string => noun.replace(/ies$/, "y").replace(/s$/, "");

/** "30M tokens in × $0.27 = $8.10 + 10M tokens out × $0.40 = $4.00 → $12.10 a month". */
export function apiCostWorking(cost: ApiCost, volume: Volume): string {
  return breakdown(toFact("", "first-party", cost, volume), volume.oneOff ? "once" : "a month");
}

function breakdown(c: CostFact, per: string): string {
  const parts = [
    `${formatTokens(c.volume.inputTokensPerMonth - Math.min(c.volume.cachedInputTokensPerMonth, c.volume.inputTokensPerMonth))} in × ${formatUsd(c.prices.inputPerMTok)} = ${formatUsd(c.inputUsd)}`,
  ];
  if (c.cachedInputUsd > 0 || c.volume.cachedInputTokensPerMonth > 0)
    parts.push(
      `${formatTokens(c.volume.cachedInputTokensPerMonth)} cached × ${formatUsd(c.prices.cachedInputPerMTok ?? c.prices.inputPerMTok)} = ${formatUsd(c.cachedInputUsd)}`,
    );
  parts.push(
    `${formatTokens(c.volume.outputTokensPerMonth)} out × ${formatUsd(c.prices.outputPerMTok)} = ${formatUsd(c.outputUsd)}`,
  );
  const rate =
    c.longContextAbove === undefined
      ? ""
      : ` (long-context rate${c.longContextSource ? ` per ${c.longContextSource}` : ""}: each request is over ${formatTokens(c.longContextAbove)}, and ${c.providerName} bills such a request whole at the higher price)`;
  return `${parts.join(" + ")} → **${formatUsd(c.totalUsd)}** ${per}${rate}`;
}

function cheapestTotal(costs: CostFact[], modelId: string): number | undefined {
  const totals = costs.filter((c) => c.modelId === modelId).map((c) => c.totalUsd);
  return totals.length > 0 ? Math.min(...totals) : undefined;
}

function nameOf(models: Model[], id: string): string {
  return models.find((m) => m.id === id)?.name ?? id;
}

/** Which source a cost answer priced a disagreeing provider at, with the month at any reading. */
export function usedReading(costs: readonly CostFact[], model: Model, d: PriceDisagreement, volume: Volume) {
  const fact = costs.find((c) => c.modelId === model.id && c.provider === d.provider);
  return {
    source: fact?.source ?? null,
    monthlyUsd: (o: Offering) => apiMonthlyCost(o, volume).totalUsd,
    per: volume.oneOff ? "once" : "a month",
  };
}
