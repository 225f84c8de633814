// "What would it cost to self-host X at <volume>?": GPUs, memory, throughput, monthly cost always
// on and at the target utilization, operations staff, effective $/1M tokens; the API cost of the
// same volume beside it, the break-even volume, every assumption with its source, and buttons to
// change them. Assumption edits persist in session.assumptions, so "assume H100 at $2.10/h" and
// then "and int4?" keep both.
import type { Model } from "../catalog/schema.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import type { Session } from "../conversation/session.js";
import { toAssumptionEdits, type AssumptionEdits } from "../costs/assumptions.js";
import { breakEven, type BreakEvenResult } from "../costs/break-even.js";
import { selfHostEstimate, type SelfHostEstimate, type SelfHostPlan } from "../costs/self-host.js";
import type { Volume } from "../costs/volume.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, fields, heading, message, sources, table, text } from "../render/builders.js";
import { formatPercent, formatRatio, formatTokens, formatUsd } from "../render/format.js";
import { modelRef, modelsFor, offeringSource } from "./common.js";
import { apiCostsFor, defaultVolume, volumeLine, type CostFact } from "./cost.js";

type Edits = Record<string, string | number | boolean>;

/** The conversation's assumptions with this turn's edits on top. */
export function mergeAssumptions(session: Session, edits: Edits | undefined): { merged: Edits; edits: AssumptionEdits; session: Session } {
  const merged: Edits = { ...session.assumptions, ...(edits ?? {}) };
  return { merged, edits: toAssumptionEdits(merged), session: { ...session, assumptions: merged } };
}

const gib = (gb: number): string => `${gb.toLocaleString("en-US", { maximumFractionDigits: 1 })} GB`;
const tokS = (n: number): string => `${Math.round(n).toLocaleString("en-US")} output tokens/s`;

export function fleetLine(e: SelfHostPlan & { replicas: number; gpus: number }): string {
  const tp = e.gpusPerReplica > 1 ? ` (${e.gpusPerReplica} per replica, tensor-parallel)` : "";
  return `${e.gpus}× ${e.gpu.name} (${e.gpu.memoryGb} GB)${tp}${e.replicas > 1 ? `, ${e.replicas} replicas` : ""}`;
}

/** Machine-readable self-hosting figures for `data.selfHost`. */
export function selfHostData(e: SelfHostEstimate) {
  return {
    modelId: e.model.id,
    gpus: e.gpus,
    gpuType: e.gpu.key,
    gpuName: e.gpu.name,
    gpusPerReplica: e.gpusPerReplica,
    replicas: e.replicas,
    precision: e.precision,
    memoryGb: e.memory.needGb,
    weightsGb: e.memory.weightsGb,
    kvCacheGb: e.memory.kvCacheGb,
    kvEstimated: e.memory.kvEstimated,
    usdPerGpuHour: e.price.usdPerGpuHour,
    priceBasis: e.price.basis,
    priceRange: { min: e.price.min, median: e.price.median, max: e.price.max },
    throughputTokensPerSec: e.throughput?.replicaOutputTokensPerSec ?? null,
    throughputBasis: e.throughput?.basis ?? null,
    utilization: e.utilization,
    load: e.load,
    hoursPerMonth: e.hoursPerMonth,
    gpuMonthlyUsdAlwaysOn: e.gpuAlwaysOnUsd,
    gpuMonthlyUsdAtUtilization: e.gpuAtUtilizationUsd,
    opsMonthlyUsd: e.opsUsd,
    monthlyUsdAlwaysOn: e.totalAlwaysOnUsd,
    monthlyUsdAtUtilization: e.totalAtUtilizationUsd,
    usdPerMTok: e.usdPerMTok,
    assumptions: e.assumptions,
    warnings: e.warnings,
  };
}

export function breakEvenData(r: BreakEvenResult, against: { modelId: string; provider: string }) {
  return {
    against,
    kind: r.kind,
    tokensPerMonth: r.kind === "at" ? r.tokensPerMonth : null,
    reason: r.kind === "at" ? null : r.reason,
    inputShare: r.common.inputShare,
    apiUsdPerMTok: r.common.apiUsdPerMTok,
    selfHostFloorUsd: r.common.selfHostFloorUsd,
    selfHostMarginalUsdPerMTok: r.common.selfHostMarginalUsdPerMTok,
  };
}

/** One sentence on where self-hosting breaks even against an API price. */
export function breakEvenSentence(r: BreakEvenResult, selfName: string, apiName: string): string {
  if (r.kind === "at") {
    const inTok = r.tokensPerMonth * r.common.inputShare;
    return `Self-hosting ${selfName} becomes cheaper than ${apiName} (${formatUsd(r.common.apiUsdPerMTok)} per 1M tokens at this mix) from about **${formatTokens(r.tokensPerMonth)} a month** (${formatTokens(inTok)} input + ${formatTokens(r.tokensPerMonth - inTok)} output).`;
  }
  if (r.kind === "always") return `Self-hosting ${selfName} is cheaper than ${apiName} at any volume: ${r.reason}`;
  return `**No break-even:** self-hosting ${selfName} is never cheaper than ${apiName} under these assumptions. ${r.reason}`;
}

/** URLs in a table cell shortened to their site or repository; the sources block has them in full. */
export function shortenUrls(s: string): string {
  return s.replace(/https?:\/\/[^\s;,)]+/g, (url) => {
    const m = /^https?:\/\/(?:www\.)?(github\.com|raw\.githubusercontent\.com)\/([^/]+)\/([^/]+)/.exec(url);
    if (m) return `${m[2]}/${m[3]} (GitHub)`;
    return url.replace(/^https?:\/\/(?:www\.)?([^/]+).*$/, "$1");
  });
}

export function assumptionsTable(e: SelfHostPlan): Block {
  return table(
    ["Assumption", "Value", "Source"],
    e.assumptions.map((a) => [a.label, a.value + (a.verified === false ? " (unverified)" : ""), a.origin === "user" ? "you said" : shortenUrls(a.source)]),
  );
}

/** Buttons that change one assumption at a time; each is a sentence the parser understands. */
export function assumptionButtons(e: SelfHostPlan): Block {
  const qs: string[] = [];
  if (e.price.basis !== "user") qs.push(`assume ${shortGpu(e.gpu.name)} at $2.10/h`);
  if (e.precision !== "int4") qs.push("int4");
  if (e.opsMonthlyUsd > 0) qs.push("no ops staff");
  if (e.utilization !== 0.8) qs.push("80% utilization");
  return askChoices("Change an assumption:", qs.slice(0, 4));
}

const shortGpu = (name: string): string => name.replace(/^NVIDIA\s+|^AMD\s+/, "").replace(/\s+(SXM\d?|PCIe)$/, "");

export function planSources(e: SelfHostPlan, model: Model): SourceRef[] {
  const out: SourceRef[] = [];
  if (model.parameters) out.push({ label: `${model.name} parameters`, ...(/^https?:/.test(model.parameters.source) ? { url: model.parameters.source } : {}), asOf: model.parameters.asOf });
  return [...out, ...e.sources];
}

function cheapest(costs: CostFact[]): CostFact | undefined {
  return [...costs].sort((a, b) => a.totalUsd - b.totalUsd)[0];
}

function estimateBlocks(model: Model, e: SelfHostEstimate, apiCosts: CostFact[], volume: Volume, models: Model[]): { blocks: Block[]; be: ReturnType<typeof breakEvenData> | null; api: CostFact | undefined } {
  const blocks: Block[] = [];
  const total = e.volume.inputTokensPerMonth + e.volume.outputTokensPerMonth;
  blocks.push(
    fields([
      ["GPUs", fleetLine(e)],
      ["Memory", `${gib(e.memory.weightsGb)} weights (${e.precision.toUpperCase()}) + ${gib(e.memory.kvCacheGb)} KV cache${e.memory.kvEstimated ? " (estimated)" : ""} = ${gib(e.memory.needGb)} per replica; ${gib(e.memory.usableGbPerGpu * e.gpusPerReplica)} usable`],
      ["Throughput", e.throughput ? `${tokS(e.throughput.replicaOutputTokensPerSec)} per replica${e.throughput.exact ? " (measured)" : " (estimated)"}; your volume keeps it ${formatPercent(Math.round(e.load * 1000) / 1000)} busy` : "no measured figure: sized by memory only"],
      ["Always on", `${e.gpus} GPU${e.gpus === 1 ? "" : "s"} × ${formatUsd(e.price.usdPerGpuHour)}/h × ${e.hoursPerMonth} h = ${formatUsd(e.gpuAlwaysOnUsd)} + ops ${formatUsd(e.opsUsd)} = **${formatUsd(e.totalAlwaysOnUsd)} a month**`],
      [`At ${formatPercent(e.utilization)} utilization`, `${formatUsd(e.gpuAtUtilizationUsd)} GPU-hours + ops ${formatUsd(e.opsUsd)} = ${formatUsd(e.totalAtUtilizationUsd)} a month (GPU-hours the volume needs at that load, never below one replica)`],
      ["Per 1M tokens", total > 0 && e.usdPerMTok.alwaysOn !== null ? `${formatUsd(e.usdPerMTok.alwaysOn)} always on (input + output tokens together)` : null],
    ]),
  );
  // Break even against a model the user named beside the open one, else the open model's own API.
  const others = apiCosts.filter((c) => c.modelId !== model.id);
  const api = cheapest(others.length > 0 ? others : apiCosts);
  let be: ReturnType<typeof breakEvenData> | null = null;
  const notes: string[] = [];
  for (const c of apiCosts) {
    const name = models.find((m) => m.id === c.modelId)?.name ?? c.modelId;
    const vs = c.totalUsd > 0 ? (e.totalAlwaysOnUsd >= c.totalUsd ? `self-hosting costs ${formatRatio(e.totalAlwaysOnUsd / c.totalUsd)} as much` : `self-hosting costs ${formatRatio(e.totalAlwaysOnUsd / c.totalUsd)} of it`) : "the API is free at this volume";
    notes.push(`${name} through ${c.providerName}${c.role === "cheapest-host" ? " (cheapest host)" : ""}: **${formatUsd(c.totalUsd)} a month** at ${formatUsd(c.prices.inputPerMTok)} / ${formatUsd(c.prices.outputPerMTok)} per 1M in/out (${c.source}, ${c.asOf}); ${vs}.`);
  }
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

export function selfHostCostReply(models: Model[], volume: Volume, volumeAssumed: boolean, edits: AssumptionEdits, ctx: TurnContext) {
  const blocks: Block[] = [];
  const srcs: SourceRef[] = [];
  const open = models.filter((m) => m.openWeights);
  const target = open[0] ?? models[0]!;
  blocks.push(heading(`Self-hosting ${target.name}: monthly cost`));
  blocks.push(text(`**Volume:** ${volumeAssumed ? `${volume.description}: ` : ""}${volumeLine(volume)}.`));
  const estimate = selfHostEstimate(target, volume, edits, ctx.catalog.selfhost);
  const apiCosts = models.flatMap((m) => apiCostsFor(m, volume));
  for (const c of apiCosts) {
    const o = models.find((m) => m.id === c.modelId)?.offerings.find((x) => x.provider === c.provider && x.source === c.source);
    if (o) srcs.push(offeringSource(o));
  }
  if ("unavailable" in estimate) {
    blocks.push(text(estimate.unavailable));
    const alt = apiCosts.length > 0 ? ` Through an API it would cost ${formatUsd(cheapest(apiCosts)!.totalUsd)} a month at this volume.` : "";
    if (alt) blocks.push(text(alt.trim()));
    blocks.push(askChoices("Try instead:", [`self-host cost of Llama 3.3 70B at ${formatTokens(volume.inputTokensPerMonth + volume.outputTokensPerMonth)} a month`]));
    if (srcs.length > 0) blocks.push(sources(srcs));
    return message(blocks, { intent: "cost", models: models.map(modelRef), selfHost: { unavailable: estimate.unavailable }, api: apiCosts, breakEven: null });
  }
  const { blocks: body, be, api } = estimateBlocks(target, estimate, apiCosts, volume, models);
  blocks.push(...body);
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
    assumptions: estimate.assumptions,
  });
}

export const selfHostCostHandler: IntentHandler<"cost"> = (intent, ctx): HandlerOutput => {
  const { edits, session } = mergeAssumptions(ctx.session, intent.assumptionEdits);
  const models = modelsFor(intent.modelIds, ctx.catalog);
  if (models.length === 0) {
    return {
      session,
      replies: [message([text('Which open model should I cost for self-hosting? For example: "self-host Llama 3.3 70B at 1B tokens a month".')], { intent: "cost", models: [], selfHost: null })],
    };
  }
  const volume = intent.volume ?? defaultVolume();
  return { session, replies: [selfHostCostReply(models.slice(0, 3), volume, intent.volume === null, edits, ctx)] };
};
