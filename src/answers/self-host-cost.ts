// "What would it cost to self-host X at <volume>?": GPUs, memory, throughput, monthly cost always
// on and at the target utilization, operations staff, effective $/1M tokens; the API cost of the
// same volume beside it, the break-even volume, every assumption with its source, and buttons to
// change them. Assumption edits persist in session.assumptions, so "assume H100 at $2.10/h" and
// then "and int4?" keep both.
import type { Model } from "../catalog/schema.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { requirementsFromText } from "../conversation/flows/requirements-from-text.js";
import type { Session } from "../conversation/session.js";
import { describeRequirements } from "../conversation/slot-labels.js";
import { toAssumptionEdits } from "../costs/assumptions.js";
import type { Intent } from "../intents/types.js";
import type { Requirements } from "../scoring/requirements.js";
import { withJobSplit } from "../scoring/job-split.js";
import { rankOnly, runRecommendation, shortlistReply } from "./recommend-shortlist.js";
import { noteProfileUse, threadOwnRequirements, threadSelfHostEdits } from "../conversation/team-profile.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import { breakEven } from "../costs/break-even.js";
import { noOpsPenaltyWords } from "../costs/self-host-assumptions.js";
import { resolveGpu, selfHostEstimate, type SelfHostEstimate } from "../costs/self-host.js";
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import type { Volume } from "../costs/volume.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, fields, heading, message, sources, text } from "../render/builders.js";
import { formatCount, formatPercent, formatRatio, formatTokens, formatUsd } from "../render/format.js";
import { breakEvenReply } from "./break-even.js";
import { selfHostedCosts } from "./compare-self-host.js";
import { samePrecisionCostNote } from "./precision-note.js";
import { fitLine } from "./owned-fit.js";
import { pointsIntoList } from "../intents/model-refs.js";
import { ownedKeepingCount } from "../intents/owned-gpus-text.js";
import { modelRef, modelsFor, offeringSource } from "./common.js";
import { defaultVolume, volumeLine, type CostFact } from "./cost.js";
import { apiCostsUnderRules, caveatKey, type ThreadApiCosts } from "./self-host-api-hosts.js";
import { judgedDefaults } from "../scoring/judged-defaults.js";
import { billedVolume } from "../scoring/hidden-reasoning.js";
import { REASONING_SOURCE } from "../scoring/latency-target.js";
import { hiddenReasoningNotes } from "./reasoning-notes.js";
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
  /** The team runs on its own premises: a hosted API is ruled out by its rule, not compared. */
  onPremises: boolean,
  hosts: Pick<ThreadApiCosts, "caveats" | "leftOut" | "hostLabels">,
): { blocks: Block[]; be: ReturnType<typeof breakEvenData> | null; api: CostFact | undefined } {
  const blocks: Block[] = [];
  const total = e.volume.inputTokensPerMonth + e.volume.outputTokensPerMonth;
  const avgTps = e.volume.outputTokensPerMonth / (e.hoursPerMonth * 3600);
  blocks.push(
    fields([
      ["GPUs", fleetLine(e)],
      [
        "Memory per replica",
        `${gib(e.memory.weightsGb)} weights (${e.weightsFormat ? `${e.weightsFormat} as published` : e.precision.toUpperCase()}) + ${gib(e.memory.kvCacheGb)} KV cache${e.memory.kvEstimated ? " (estimated)" : ""} (${formatCount(e.memory.contextTokens)} tokens × ${e.memory.concurrency} sequences) = ${gib(e.memory.needGb)} ÷ ${gib(e.memory.usableGbPerGpu)} usable per GPU → ${e.gpusPerReplica} GPU${e.gpusPerReplica === 1 ? "" : "s"}`,
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
  const caveat = (c: CostFact): string => {
    const why = hosts.caveats.get(caveatKey(c));
    return why ? ` (${why})` : "";
  };
  for (const c of apiCosts) {
    const name = models.find((m) => m.id === c.modelId)?.name ?? c.modelId;
    const vs = compareLine(e.totalAlwaysOnUsd, c.totalUsd);
    notes.push(
      `${name} through ${c.providerName}${c.role === "cheapest-host" ? ` (${hosts.hostLabels.get(caveatKey(c)) ?? "cheapest host"})` : ""}${caveat(c)}: **${formatUsd(c.totalUsd)} a month** at ${formatUsd(c.prices.inputPerMTok)} / ${formatUsd(c.prices.outputPerMTok)} per 1M in/out (${c.source}, ${c.asOf}); ${vs}.`,
    );
  }
  notes.push(...hosts.leftOut);
  const managed = cheapest(apiCosts.filter((c) => c.modelId === model.id));
  if (e.ops.capacity === "none" && onPremises)
    notes.push(
      `**No ops staff:** self-hosting above includes ${noOpsPenaltyWords()}; a hosted endpoint is no way out, since you run it on your own premises.`,
    );
  else if (e.ops.capacity === "none")
    notes.push(
      managed
        ? `**No ops staff:** the managed route is ${model.name} as a hosted endpoint through ${managed.providerName}${caveat(managed)} at **${formatUsd(managed.totalUsd)} a month** for this volume (per token, nobody on call). Self-hosting above includes ${noOpsPenaltyWords()}.`
        : `**No ops staff:** no hosted endpoint for ${model.name}${hosts.leftOut.length > 0 ? " that meets your rules" : ""} is on file, so self-hosting above includes ${noOpsPenaltyWords()}.`,
    );
  if (api) {
    const share = total > 0 ? e.volume.inputTokensPerMonth / total : 0.75;
    const r = breakEven(e, { inputPerMTok: api.prices.inputPerMTok, outputPerMTok: api.prices.outputPerMTok }, share);
    const apiName = `${models.find((m) => m.id === api.modelId)?.name ?? api.modelId} through ${api.providerName}`;
    notes.push(breakEvenSentence(r, model.name, apiName));
    be = breakEvenData(r, { modelId: api.modelId, provider: api.provider });
  } else if (onPremises)
    notes.push(
      "No API comparison: you run the model on your own premises, so a hosted API is ruled out by your own rule (say so if that changes).",
    );
  else
    notes.push(
      `No API price${hosts.leftOut.length > 0 ? " from a host that meets your rules" : ""} on file for comparison at ${volumeLine(volume)}.`,
    );
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

/** The thread's rules, as the shortlist read them (its judged defaults included). */
function threadRules(ctx: TurnContext): Requirements {
  return judgedDefaults(threadOwnRequirements(ctx.session.requirements, ctx.profile)).req;
}

export function selfHostCostReply(
  models: Model[],
  volume: Volume,
  volumeAssumed: boolean,
  edits: AssumptionEdits,
  ctx: TurnContext,
  /** The cards a fit question asked about ("does X fit on one h100?"). */
  asked?: { gpus: number },
) {
  const blocks: Block[] = [];
  const srcs: SourceRef[] = [];
  const open = models.filter((m) => m.openWeights);
  const target = open[0] ?? models[0]!;
  blocks.push(heading(`Self-hosting ${target.name}: monthly cost`));
  blocks.push(text(`**Volume:** ${volumeAssumed ? `${volume.description}: ` : ""}${volumeLine(volume)}.`));
  // A model that reasons first decodes its hidden reasoning on the GPUs too (hidden-reasoning.ts),
  // and an API bills it as output: each is priced on its own billed volume, said below.
  const served = billedVolume(target, volume);
  if (served !== volume)
    blocks.push(
      text(
        `With its hidden reasoning (below), ${target.name} decodes ${formatTokens(served.outputTokensPerMonth)} of output a month, not ${formatTokens(volume.outputTokensPerMonth)}: the GPUs are sized and the APIs priced on that.`,
      ),
    );
  const estimate = selfHostEstimate(target, served, edits, ctx.catalog.selfhost);
  // On the team's own premises an API is no option: its prices are not set beside self-hosting.
  const onPremises = edits.onPremises === true;
  // Only hosts the thread's rules leave are compared (the shortlist's filter), with what they leave out.
  const hosts: ThreadApiCosts = onPremises
    ? { costs: [], caveats: new Map(), leftOut: [], hostLabels: new Map() }
    : apiCostsUnderRules(ctx.catalog, models, volume, threadRules(ctx));
  const apiCosts = hosts.costs;
  const reasoning = hiddenReasoningNotes(
    models.filter((m) => m === target || apiCosts.some((c) => c.modelId === m.id)),
    volume,
  );
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
  const fit = fitLine(target, estimate, served, edits, ctx.catalog.selfhost, asked);
  if (fit) blocks.push(text(fit));
  const samePrecision = samePrecisionCostNote(target, estimate, served, edits, ctx.catalog.selfhost);
  if (samePrecision) blocks.push(text(samePrecision));
  const { blocks: body, be, api } = estimateBlocks(target, estimate, apiCosts, volume, models, onPremises, hosts);
  blocks.push(...body);
  const others = onPremises ? othersOnTheSameFacts(open, target, volume, ctx) : null;
  if (others) blocks.push(text(others));
  if (apiCosts.length > 0) blocks.push(costBars(target, estimate, apiCosts, models, volume));
  const warnings = [...estimate.warnings, ...reasoning];
  if (warnings.length > 0) blocks.push(text(warnings.map((w) => `- ${w}`).join("\n")));
  if (reasoning.length > 0) srcs.push(REASONING_SOURCE);
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

/**
 * Several open models asked on the team's own premises ("how much would the top 3 cost?"): the
 * first is worked out in full above, each other one in a line on the facts the shortlist priced
 * them with, so the figures match it (no API is set beside them there).
 */
function othersOnTheSameFacts(open: readonly Model[], target: Model, volume: Volume, ctx: TurnContext): string | null {
  const rest = open.filter((m) => m !== target);
  if (rest.length === 0) return null;
  const stated = threadOwnRequirements(ctx.session.requirements, ctx.profile);
  const costs = selfHostedCosts(rest, volume, stated, ctx.session.assumptions, ctx.catalog);
  if (!costs) return null;
  return [`On the same facts:`, ...[...costs.values()].map((c) => `- ${c.line}`)].join("\n");
}

export const selfHostCostHandler: IntentHandler<"cost"> = (intent, ctx): HandlerOutput => {
  // Standing facts this message states ("what if we owned 8 H100s?", "we pay $2.10/h") join the
  // thread's, so the next shortlist and self-hosting answer keep them.
  const stated = standingCostFacts(ctx.inbound.text, ctx);
  const thread: Requirements = { ...threadOwnRequirements(ctx.session.requirements, ctx.profile), ...stated };
  const { session: withEdits } = mergeAssumptions(ctx.session, withOwnedCount(intent.assumptionEdits, stated));
  const merged: Session = { ...withEdits, requirements: { ...withEdits.requirements, ...stated } };
  // A follow-up right after a shortlist ("and at int4?", "what if we owned 8 H100s?") re-ranks it
  // with the change, keeping the volume, deployment and every other fact of the thread.
  // With nothing to change ("how much would this cost us to run?") there is nothing to re-rank:
  // the cost is answered.
  const changes = Object.keys(stated).length > 0 || Object.keys(intent.assumptionEdits).length > 0;
  if (changes && isShortlistFollowUp(intent, ctx))
    return shortlistWithCostChange(merged, stated, intent.assumptionEdits, ctx);
  // The thread's facts (GPU price, owned GPUs, ops capacity, context) under the edits it made:
  // the same edits the shortlist's costs used, then the team profile for what neither said.
  const { edits, used } = threadSelfHostEdits(thread, merged.assumptions, ctx.profile);
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
  // The volume this message gives, else the last self-hosting answer's, else the thread's.
  const remembered = intent.volume ?? viewVolume(view) ?? withJobSplit(thread).volume ?? null;
  const volume = remembered ?? defaultVolume();
  const shown = models.slice(0, 3);
  return named({
    session: withCostView(merged, "self-host", shown, remembered),
    replies: [selfHostCostReply(shown, volume, remembered === null, edits, ctx, intent.fit)],
  });
};

/**
 * Owned GPUs and a GPU price stated in the message, read by the shared requirements parser. GPUs
 * named again without a count ("will it fit on our A10s?") keep the count the thread knows.
 */
function standingCostFacts(said: string, ctx: TurnContext): Partial<Requirements> {
  const req = requirementsFromText(said, ctx.catalog);
  const { requirements: known, assumptions } = ctx.session;
  const knownOwned =
    known.ownedGpus ??
    (typeof assumptions?.ownedGpuCount === "number" && typeof assumptions.ownedGpuType === "string"
      ? {
          type: assumptions.ownedGpuType,
          count: assumptions.ownedGpuCount,
          ...(typeof assumptions.ownedGpusPerServer === "number" ? { perServer: assumptions.ownedGpusPerServer } : {}),
        }
      : undefined);
  return {
    ...(req.ownedGpus ? { ownedGpus: ownedKeepingCount(knownOwned, req.ownedGpus) } : {}),
    ...(req.gpuHourlyUsd !== undefined ? { gpuHourlyUsd: req.gpuHourlyUsd } : {}),
  };
}

/** The message's self-hosting edits with the owned GPUs the thread's facts settled (standingCostFacts). */
function withOwnedCount(edits: Record<string, string | number | boolean>, stated: Partial<Requirements>) {
  const owned = stated.ownedGpus;
  if (!owned || edits.ownedGpuCount === undefined) return edits;
  const { ownedGpusPerServer: _said, ...rest } = edits;
  return {
    ...rest,
    ownedGpuCount: owned.count,
    ownedGpuType: owned.type,
    ...(owned.perServer !== undefined ? { ownedGpusPerServer: owned.perServer } : {}),
  };
}

/**
 * A cost follow-up right after a shortlist that names no model or volume of its own (the models
 * the understanding carried over from the shortlist do not count), not after a self-hosting answer.
 */
function isShortlistFollowUp(intent: Extract<Intent, { kind: "cost" }>, ctx: TurnContext): boolean {
  const { flow, costView, requirements } = ctx.session;
  // A shortlist was shown (a recommendation flow with no open question) and no self-hosting or
  // break-even answer since (shortlists clear the cost view; those answers set it).
  const shortlistShown = flow !== null && flow !== undefined && flow.step === null;
  const afterCostAnswer = costView !== null && costView !== undefined;
  const said = ctx.inbound.text.toLowerCase();
  // "the top pick", "#2": a model of the shortlist named by its place.
  const namesOne =
    pointsIntoList(said) ||
    modelsFor(intent.modelIds, ctx.catalog).some((m) => said.includes(m.name.toLowerCase().split(/\s+/)[0] ?? m.id));
  return (
    !namesOne && intent.volume === null && shortlistShown && !afterCostAnswer && Object.keys(requirements).length > 0
  );
}

function shortlistWithCostChange(
  session: Session,
  stated: Partial<Requirements>,
  edits: Record<string, string | number | boolean>,
  ctx: TurnContext,
): HandlerOutput {
  const before = rankOnly(ctx.catalog, ctx.session.requirements, ctx.session.assumptions);
  const after = runRecommendation(ctx.catalog, session.requirements, session.assumptions);
  // A fact said both as a standing fact and as an edit ("at $2.50/h") is said once.
  const said = [
    ...new Set([
      ...describeRequirements(stated, ctx.catalog),
      ...describeEdits(toAssumptionEdits(edits), ctx.catalog.selfhost).filter(
        (w) => !(stated.ownedGpus && w.startsWith("on ")),
      ),
    ]),
  ];
  const first = after.ranking.ranked[0];
  const was = before.ranking.ranked[0];
  const lead = [
    `**What if:** ${said.length > 0 ? said.join(" · ") : "changed self-hosting assumptions"}, with everything else this thread said. I've kept this in the thread.`,
    first && was && first.id !== was.id
      ? `New #1: **${first.name}** (was ${was.name}).`
      : first
        ? `**${first.name}** stays #1.`
        : "",
  ].filter((l) => l.length > 0);
  return {
    session: { ...session, costView: null },
    replies: [
      shortlistReply(after, ctx.catalog, { intent: "what-if", lead, extraData: { change: { edits, stated } } }),
    ],
  };
}

/**
 * The self-hosting edits a follow-up made, in words (owned GPUs are said with the requirements),
 * a GPU by its name in the data ("NVIDIA H100 SXM5", not the key "H100-SXM-80GB").
 */
export function describeEdits(e: AssumptionEdits, data: SelfHostData): string[] {
  const out: string[] = [];
  if (e.precision) out.push(e.precision.toUpperCase());
  if (e.gpu && e.ownedGpuCount === undefined)
    out.push(`on ${e.gpuCount !== undefined ? `${e.gpuCount}× ` : ""}${resolveGpu(data, e.gpu)?.name ?? e.gpu}`);
  if (e.gpuHourlyUsd !== undefined) out.push(`GPUs at ${formatUsd(e.gpuHourlyUsd)}/hour`);
  if (e.utilization !== undefined) out.push(`${formatPercent(e.utilization)} utilization`);
  if (e.contextTokens !== undefined) out.push(`${formatCount(e.contextTokens)} tokens of context`);
  if (e.peakToAverage !== undefined) out.push(`peak ${e.peakToAverage}× average`);
  if (e.spareReplicas !== undefined) out.push(e.spareReplicas === 0 ? "no spare replica" : `${e.spareReplicas} spare`);
  if (e.opsCapacity === "none" || e.opsStaffFte === 0) out.push("no ops staff");
  return out;
}
