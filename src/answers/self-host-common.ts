// Presentation shared by the self-hosting answers (self-host-cost.ts and break-even.ts): merging
// assumption edits into the session, remembering the last self-hosting view for follow-ups,
// the assumptions table and buttons, one-line summaries, and the machine-readable data.
import type { Model } from "../catalog/schema.js";
import type { CostView, Session } from "../conversation/session.js";
import { toAssumptionEdits, type AssumptionEdits } from "../costs/assumptions.js";
import type { BreakEvenResult } from "../costs/break-even.js";
import { namedHeadroomGpus, namedHeadroomWords } from "../costs/fleet.js";
import type { SelfHostEstimate, SelfHostPlan } from "../costs/self-host.js";
import type { Volume } from "../costs/volume.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, table } from "../render/builders.js";
import { formatFte, formatHourlyUsd, formatTokens, formatUsd } from "../render/format.js";

type Edits = Record<string, string | number | boolean>;

/** The conversation's assumptions with this turn's edits on top. */
export function mergeAssumptions(
  session: Session,
  edits: Edits | undefined,
): { merged: Edits; edits: AssumptionEdits; session: Session } {
  const kept: Edits = { ...session.assumptions };
  // Owned GPUs said anew replace the old ones whole: their servers too.
  if (edits?.ownedGpuCount !== undefined) delete kept.ownedGpusPerServer;
  const merged: Edits = { ...kept, ...(edits ?? {}) };
  return { merged, edits: toAssumptionEdits(merged), session: { ...session, assumptions: merged } };
}

export const gib = (gb: number): string => `${gb.toLocaleString("en-US", { maximumFractionDigits: 1 })} GB`;
export const tokS = (n: number): string => `${Math.round(n).toLocaleString("en-US")} output tokens/s`;

export function fleetLine(
  e: SelfHostPlan & { replicas: number; gpus: number; replicasForPeak?: number; nodes?: number },
): string {
  const tp = e.gpusPerReplica > 1 ? `${e.gpusPerReplica} GPUs each, tensor-parallel` : "1 GPU each";
  const peak = e.replicasForPeak ?? e.replicas - e.spareReplicas;
  // A group the team named may hold more than the peak and N+1 need: the rest is headroom.
  const headroom = namedHeadroomGpus({ ...e, replicasForPeak: peak });
  const spares = headroom > 0 ? e.spareReplicas : e.replicas - peak;
  const why = `${peak} for the ${round2(e.peakToAverage)}× peak${spares > 0 ? ` + ${spares} spare (N+${spares})` : ", no spare"}${namedHeadroomWords(headroom, e.statedGpus)}`;
  const nodes = e.nodes !== undefined ? `, ${e.nodes} node${e.nodes === 1 ? "" : "s"} of 8` : "";
  return `${e.gpus}× ${e.gpu.name} (${e.gpu.memoryGb} GB): ${e.replicas} replica${e.replicas === 1 ? "" : "s"} (${tp}) = ${why}${nodes}`;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** "4 GPUs × $3.99/h × 730 h" or, with owned hardware, "2 owned × $1.11/h + 2 rented × $3.99/h, × 730 h". */
export function gpuCostLine(e: SelfHostPlan & { gpus: number }): string {
  const owned = Math.min(e.gpus, e.owned?.count ?? 0);
  const rented = e.gpus - owned;
  const rentedBasis = e.price.basis === "user" ? "your price" : "verified median";
  if (owned === 0 && e.owned?.moreBought)
    return `${e.gpus} bought × ${formatHourlyUsd(e.owned.usdPerGpuHour)}/h (purchase amortised + power and hosting) × ${e.hoursPerMonth} h`;
  if (owned === 0)
    return `${e.gpus} GPU${e.gpus === 1 ? "" : "s"} × ${formatHourlyUsd(e.price.usdPerGpuHour)}/h (${rentedBasis}) × ${e.hoursPerMonth} h`;
  const parts = [`${owned} owned × ${formatHourlyUsd(e.owned!.usdPerGpuHour)}/h (amortised)`];
  if (rented > 0)
    parts.push(
      e.owned!.moreBought
        ? `${rented} bought × ${formatHourlyUsd(e.owned!.usdPerGpuHour)}/h (amortised alike: on premises nothing is rented)`
        : `${rented} rented × ${formatHourlyUsd(e.price.usdPerGpuHour)}/h (${rentedBasis})`,
    );
  return `(${parts.join(" + ")}) × ${e.hoursPerMonth} h`;
}

/** "0.25 FTE × $15,000 (1 node, experienced team assumed)". */
export function opsLine(e: SelfHostPlan & { opsFte: number; nodes: number }): string {
  if (e.ops.fixedFte !== null)
    return e.ops.fixedFte === 0
      ? "none budgeted (you said)"
      : `${e.ops.fixedFte} FTE × ${formatUsd(e.ops.fteMonthlyUsd)} (you said)`;
  const team =
    e.ops.capacity === null
      ? "experienced team assumed"
      : e.ops.capacity === "none"
        ? `no ops staff: contracted on-call at ×${e.ops.capacityFactor} an experienced team's time`
        : e.ops.capacity === "some"
          ? `some ops experience: ×${e.ops.capacityFactor}`
          : "experienced team";
  return `${formatFte(e.opsFte)} FTE × ${formatUsd(e.ops.fteMonthlyUsd)} (${e.nodes} node${e.nodes === 1 ? "" : "s"}, ${team})`;
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
    replicasForPeak: e.replicasForPeak,
    spareReplicas: e.spareReplicas,
    peakToAverage: e.peakToAverage,
    nodes: e.nodes,
    precision: e.precision,
    memoryGb: e.memory.needGb,
    weightsGb: e.memory.weightsGb,
    kvCacheGb: e.memory.kvCacheGb,
    /** Sequences the KV cache holds (from the volume's peak unless said) and the context each holds. */
    concurrency: e.memory.concurrency,
    contextTokens: e.memory.contextTokens,
    kvEstimated: e.memory.kvEstimated,
    usdPerGpuHour: e.price.usdPerGpuHour,
    priceBasis: e.price.basis,
    priceDataBasis: e.price.dataBasis,
    priceRange: { min: e.price.min, median: e.price.median, max: e.price.max },
    priceReadings: e.price.readings,
    owned: e.owned,
    throughputTokensPerSec: e.throughput?.replicaOutputTokensPerSec ?? null,
    throughputBasis: e.throughput?.basis ?? null,
    throughputFromBandwidth: e.throughput?.bandwidth?.outputTokensPerSec ?? null,
    throughputMeasuredCeiling: e.throughput?.measured?.replicaOutputTokensPerSec ?? null,
    utilization: e.utilization,
    load: e.load,
    hoursPerMonth: e.hoursPerMonth,
    gpuMonthlyUsdAlwaysOn: e.gpuAlwaysOnUsd,
    gpuMonthlyUsdAtUtilization: e.gpuAtUtilizationUsd,
    opsMonthlyUsd: e.opsUsd,
    opsFte: e.opsFte,
    opsCapacity: e.ops.capacity,
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
    untilTokensPerMonth: r.kind === "at" ? r.untilTokensPerMonth : null,
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
    const until =
      r.untilTokensPerMonth !== null
        ? ` Above about ${formatTokens(r.untilTokensPerMonth)} a month the API is cheaper again: each extra replica costs more per token than the API.`
        : "";
    return `Self-hosting ${selfName} becomes cheaper than ${apiName} (${formatUsd(r.common.apiUsdPerMTok)} per 1M tokens at this mix) from about **${formatTokens(r.tokensPerMonth)} a month** (${formatTokens(inTok)} input + ${formatTokens(r.tokensPerMonth - inTok)} output).${until}`;
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
    e.assumptions.map((a) => [
      a.label,
      a.value + (a.verified === false ? " (unverified)" : ""),
      a.origin === "user" ? "you said" : shortenUrls(a.source),
    ]),
  );
}

/** Buttons that change one assumption at a time; each is a sentence the parser understands. */
export function assumptionButtons(e: SelfHostPlan): Block {
  const qs: string[] = [];
  if (e.price.basis !== "user") qs.push(`assume ${shortGpu(e.gpu.name)} at $2.10/h`);
  if (e.precision !== "int4") qs.push("int4");
  if (e.ops.capacity !== "none" && e.ops.fixedFte === null) qs.push("no ops staff");
  if (e.peakToAverage !== 2) qs.push("peak is 2× average");
  if (e.spareReplicas > 0) qs.push("no redundancy");
  return askChoices("Change an assumption:", qs.slice(0, 4));
}

const shortGpu = (name: string): string => name.replace(/^NVIDIA\s+|^AMD\s+/, "").replace(/\s+(SXM\d?|PCIe)$/, "");

export function planSources(e: SelfHostPlan, model: Model): SourceRef[] {
  const out: SourceRef[] = [];
  if (model.parameters)
    out.push({
      label: `${model.name} parameters`,
      ...(/^https?:/.test(model.parameters.source) ? { url: model.parameters.source } : {}),
      asOf: model.parameters.asOf,
    });
  return [...out, ...e.sources];
}

/** Remember what was answered, so "and int4?" can re-run it. */
export function withCostView(
  session: Session,
  kind: CostView["kind"],
  models: Model[],
  volume: Volume | null,
): Session {
  const v = volume
    ? {
        inputTokensPerMonth: volume.inputTokensPerMonth,
        outputTokensPerMonth: volume.outputTokensPerMonth,
        cachedInputTokensPerMonth: volume.cachedInputTokensPerMonth,
        description: volume.description,
        ...(volume.splitAssumed ? { splitAssumed: true as const } : {}),
        ...(volume.splitJob !== undefined ? { splitJob: volume.splitJob } : {}),
      }
    : null;
  return { ...session, costView: { kind, modelIds: models.map((m) => m.id), volume: v } };
}

export function viewVolume(view: CostView | null | undefined): Volume | null {
  if (!view?.volume) return null;
  // The numbers as that answer priced them: an assumed split stays said as assumed, but is not
  // re-split (its total and shares are the answer's).
  return { ...view.volume, splitAssumed: view.volume.splitAssumed === true };
}
