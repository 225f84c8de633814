// "What would it cost to self-host X at <volume>?": GPUs, memory, throughput, monthly cost always
// on and at the target utilization, operations staff, effective $/1M tokens; the API cost of the
// same volume beside it, the break-even volume, every assumption with its source, and buttons to
// change them. Assumption edits persist in session.assumptions, so "assume H100 at $2.10/h" and
// then "and int4?" keep both.
import type { Model } from "../catalog/schema.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { costEditsWithProfile, noteProfileUse } from "../conversation/team-profile.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import { breakEven } from "../costs/break-even.js";
import { selfHostEstimate, type SelfHostEstimate } from "../costs/self-host.js";
import type { Volume } from "../costs/volume.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, fields, heading, message, sources, text } from "../render/builders.js";
import { formatCount, formatPercent, formatRatio, formatTokens, formatUsd } from "../render/format.js";
import { breakEvenReply } from "./break-even.js";
import { modelRef, modelsFor, offeringSource } from "./common.js";
import { apiCostsFor, defaultVolume, volumeLine, type CostFact } from "./cost.js";
import {
  assumptionButtons,
  assumptionsTable,
  breakEvenData,
  breakEvenSentence,
  fleetLine,
  gib,
  gpuCostLine,
  opsLine,
  mergeAssumptions,
  planSources,
  selfHostData,
  tokS,
  viewVolume,
  withCostView,
} from "./self-host-common.js";

/** "self-hosting costs 27× as much", "self-hosting costs 3% less", "the API costs 2.5× as much". */
function compareLine(self: number, api: number): string {
  if (api <= 0) return "the API is free at this volume";
  if (self >= api) return `self-hosting costs ${formatRatio(self / api)} as much`;
  if (self > api / 2) return `self-hosting costs ${formatPercent(Math.round((1 - self / api) * 100) / 100)} less`;
  return `the API costs ${formatRatio(api / self)} as much as self-hosting`;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function cheapest(costs: CostFact[]): CostFact | undefined {
  return [...costs].sort((a, b) => a.totalUsd - b.totalUsd)[0];
}

function estimateBlocks(
  model: Model,
  e: SelfHostEstimate,
  apiCosts: CostFact[],
  volume: Volume,
  models: Model[],
): { blocks: Block[]; be: ReturnType<typeof breakEvenData> | null; api: CostFact | undefined } {
  const blocks: Block[] = [];
  const total = e.volume.inputTokensPerMonth + e.volume.outputTokensPerMonth;
  const avgTps = e.volume.outputTokensPerMonth / (e.hoursPerMonth * 3600);
  blocks.push(
    fields([
      ["GPUs", fleetLine(e)],
      [
        "Memory per replica",
        `${gib(e.memory.weightsGb)} weights (${e.precision.toUpperCase()}) + ${gib(e.memory.kvCacheGb)} KV cache${e.memory.kvEstimated ? " (estimated)" : ""} (${formatCount(e.memory.contextTokens)} tokens × ${e.memory.concurrency} sequences) = ${gib(e.memory.needGb)} ÷ ${gib(e.memory.usableGbPerGpu)} usable per GPU → ${e.gpusPerReplica} GPU${e.gpusPerReplica === 1 ? "" : "s"}`,
      ],
      [
        "Throughput",
        e.throughput
          ? `${tokS(e.throughput.replicaOutputTokensPerSec)} per replica (${e.throughput.bandwidth ? "memory-bandwidth estimate" : "measured row"}${e.throughput.measured && e.throughput.bandwidth ? `; measured offline ceiling ${tokS(e.throughput.measured.replicaOutputTokensPerSec)}` : ""}); your average ${round1(avgTps)} tok/s, peak ${round1(avgTps * e.peakToAverage)} tok/s → fleet ${formatPercent(Math.round(e.load * 1000) / 1000)} busy on average`
          : "no throughput figure: sized by memory only",
      ],
      ["GPU cost", `${gpuCostLine(e)} = ${formatUsd(e.gpuAlwaysOnUsd)} a month`],
      ["Operations", `${opsLine(e)} = ${formatUsd(e.opsUsd)} a month`],
      ["Total", `**${formatUsd(e.totalAlwaysOnUsd)} a month** always on`],
      [
        "With autoscaling",
        e.replicasForPeak > 1
          ? `fractional replicas for the peak (never below one + spare): ${formatUsd(e.gpuAtUtilizationUsd)} + ops = ${formatUsd(e.totalAtUtilizationUsd)} a month`
          : null,
      ],
      [
        "Per 1M tokens",
        total > 0 && e.usdPerMTok.alwaysOn !== null
          ? `${formatUsd(e.usdPerMTok.alwaysOn)} always on (input + output tokens together)`
          : null,
      ],
    ]),
  );
  // Break even against a model the user named beside the open one, else the open model's own API.
  const others = apiCosts.filter((c) => c.modelId !== model.id);
  const api = cheapest(others.length > 0 ? others : apiCosts);
  let be: ReturnType<typeof breakEvenData> | null = null;
  const notes: string[] = [];
  for (const c of apiCosts) {
    const name = models.find((m) => m.id === c.modelId)?.name ?? c.modelId;
    const vs = compareLine(e.totalAlwaysOnUsd, c.totalUsd);
    notes.push(
      `${name} through ${c.providerName}${c.role === "cheapest-host" ? " (cheapest host)" : ""}: **${formatUsd(c.totalUsd)} a month** at ${formatUsd(c.prices.inputPerMTok)} / ${formatUsd(c.prices.outputPerMTok)} per 1M in/out (${c.source}, ${c.asOf}); ${vs}.`,
    );
  }
  const managed = cheapest(apiCosts.filter((c) => c.modelId === model.id));
  if (e.ops.capacity === "none")
    notes.push(
      managed
        ? `**No ops staff:** the managed route is ${model.name} as a hosted endpoint through ${managed.providerName} at **${formatUsd(managed.totalUsd)} a month** for this volume (per token, nobody on call). Self-hosting above includes a penalty of at least ${e.ops.minimumFte} FTE of contracted on-call.`
        : `**No ops staff:** no hosted endpoint for ${model.name} is on file, so self-hosting above includes a penalty of at least ${e.ops.minimumFte} FTE of contracted on-call MLOps.`,
    );
  if (api) {
    const share = total > 0 ? e.volume.inputTokensPerMonth / total : 0.75;
    const r = breakEven(e, { inputPerMTok: api.prices.inputPerMTok, outputPerMTok: api.prices.outputPerMTok }, share);
    const apiName = `${models.find((m) => m.id === api.modelId)?.name ?? api.modelId} through ${api.providerName}`;
    notes.push(breakEvenSentence(r, model.name, apiName));
    be = breakEvenData(r, { modelId: api.modelId, provider: api.provider });
  } else notes.push(`No API price on file for comparison at ${volumeLine(volume)}.`);
  blocks.push(text(notes.map((n) => `- ${n}`).join("\n")));
  return { blocks, be, api };
}

/** Monthly cost at this volume: self-hosting (always on) beside each API offering quoted. */
function costBars(
  target: Model,
  e: SelfHostEstimate,
  apiCosts: CostFact[],
  models: Model[],
  volume: Volume,
): Extract<Block, { kind: "chart" }> {
  const nameOf = (id: string): string => models.find((m) => m.id === id)?.name ?? id;
  return {
    kind: "chart",
    title: `Monthly cost at ${formatTokens(volume.inputTokensPerMonth + volume.outputTokensPerMonth)} a month`,
    unit: "USD per month",
    bars: [
      {
        label: `${target.name} self-hosted (${e.gpus}× ${e.gpu.name.replace(/^NVIDIA\s+/, "")})`,
        value: Math.round(e.totalAlwaysOnUsd * 100) / 100,
      },
      ...apiCosts.map((c) => ({
        label: `${nameOf(c.modelId)} via ${c.providerName}`,
        value: Math.round(c.totalUsd * 100) / 100,
      })),
    ],
  };
}

export function selfHostCostReply(
  models: Model[],
  volume: Volume,
  volumeAssumed: boolean,
  edits: AssumptionEdits,
  ctx: TurnContext,
) {
  const blocks: Block[] = [];
  const srcs: SourceRef[] = [];
  const open = models.filter((m) => m.openWeights);
  const target = open[0] ?? models[0]!;
  blocks.push(heading(`Self-hosting ${target.name}: monthly cost`));
  blocks.push(text(`**Volume:** ${volumeAssumed ? `${volume.description}: ` : ""}${volumeLine(volume)}.`));
  const estimate = selfHostEstimate(target, volume, edits, ctx.catalog.selfhost);
  const apiCosts = models.flatMap((m) => apiCostsFor(m, volume));
  for (const c of apiCosts) {
    const o = models
      .find((m) => m.id === c.modelId)
      ?.offerings.find((x) => x.provider === c.provider && x.source === c.source);
    if (o) srcs.push(offeringSource(o));
  }
  if ("unavailable" in estimate) {
    blocks.push(text(estimate.unavailable));
    const alt =
      apiCosts.length > 0
        ? ` Through an API it would cost ${formatUsd(cheapest(apiCosts)!.totalUsd)} a month at this volume.`
        : "";
    if (alt) blocks.push(text(alt.trim()));
    blocks.push(
      askChoices("Try instead:", [
        `self-host cost of Llama 3.3 70B at ${formatTokens(volume.inputTokensPerMonth + volume.outputTokensPerMonth)} a month`,
      ]),
    );
    if (srcs.length > 0) blocks.push(sources(srcs));
    return message(blocks, {
      intent: "cost",
      models: models.map(modelRef),
      selfHost: { unavailable: estimate.unavailable },
      api: apiCosts,
      breakEven: null,
    });
  }
  const { blocks: body, be, api } = estimateBlocks(target, estimate, apiCosts, volume, models);
  blocks.push(...body);
  blocks.push(costBars(target, estimate, apiCosts, models, volume));
  if (estimate.warnings.length > 0) blocks.push(text(estimate.warnings.map((w) => `- ${w}`).join("\n")));
  blocks.push(heading("Assumptions"));
  blocks.push(assumptionsTable(estimate));
  blocks.push(assumptionButtons(estimate));
  blocks.push(sources([...planSources(estimate, target), ...srcs]));
  return message(blocks, {
    intent: "cost",
    models: models.map(modelRef),
    volume: { ...volume, assumed: volumeAssumed },
    selfHost: selfHostData(estimate),
    api: api ? { compared: api, costs: apiCosts } : null,
    breakEven: be,
    managedEndpoint:
      estimate.ops.capacity === "none" ? (cheapest(apiCosts.filter((c) => c.modelId === target.id)) ?? null) : null,
    assumptions: estimate.assumptions,
  });
}

export const selfHostCostHandler: IntentHandler<"cost"> = (intent, ctx): HandlerOutput => {
  const { edits: said, session: merged } = mergeAssumptions(ctx.session, intent.assumptionEdits);
  // The team profile's GPU price, owned GPUs and ops capacity, under what this thread said.
  const { edits, used } = costEditsWithProfile(said, ctx.profile);
  const named = (out: HandlerOutput): HandlerOutput => ({
    ...out,
    replies: out.replies.map((r) => (r.data?.selfHost ? noteProfileUse(r, used) : r)),
  });
  const view = ctx.session.costView;
  // A bare follow-up ("and int4?", "no ops staff") re-runs the last self-hosting answer.
  const bare = intent.modelIds.length === 0 && intent.volume === null;
  if (bare && view?.kind === "break-even") {
    const models = modelsFor(view.modelIds, ctx.catalog);
    if (models.length > 0) {
      const volume = viewVolume(view);
      return named({
        session: withCostView(merged, "break-even", models, volume),
        replies: [breakEvenReply(models, volume, edits, ctx)],
      });
    }
  }
  const ids = intent.modelIds.length > 0 ? intent.modelIds : bare && view ? view.modelIds : ctx.session.focus;
  const models = modelsFor(ids, ctx.catalog);
  if (models.length === 0) {
    return named({
      session: merged,
      replies: [
        message(
          [
            text(
              'Which open model should I cost for self-hosting? For example: "self-host Llama 3.3 70B at 1B tokens a month".',
            ),
          ],
          { intent: "cost", models: [], selfHost: null },
        ),
      ],
    });
  }
  const remembered = intent.volume ?? viewVolume(view);
  const volume = remembered ?? defaultVolume();
  const shown = models.slice(0, 3);
  return named({
    session: withCostView(merged, "self-host", shown, remembered),
    replies: [selfHostCostReply(shown, volume, remembered === null, edits, ctx)],
  });
};
