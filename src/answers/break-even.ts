// "When does self-hosting X beat the API?" / "break-even for Llama 3.3 70B vs GPT-4o": the monthly
// volume where self-hosting an open model costs the same as an API (its own cheapest host, or a
// named model's price), for the stated input/output mix, as a number and as a chart of both cost
// curves. Says plainly when there is no break-even.
import { priceAsOfLabel, stalePriceNote } from "../catalog/price-age.js";
import type { Model } from "../catalog/schema.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { noteProfileUse, threadSelfHostEdits } from "../conversation/team-profile.js";
import { breakEven, breakEvenChart } from "../costs/break-even.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import { inputPerOutput, planMonthlyCost, selfHostPlans } from "../costs/self-host.js";
import { breakEvenAtLoad } from "../costs/break-even-load.js";
import { DEFAULT_INPUT_SHARE, type Volume } from "../costs/volume.js";
import { assumedSplitWords, atJobSplit, withJobSplit } from "../scoring/job-split.js";
import { withKnownUseCase, type UseCase } from "../scoring/requirements.js";
import type { Block, SourceRef } from "../ports.js";
import { askChoices, fields, heading, message, sources, text } from "../render/builders.js";
import { formatPercent, formatTokens, formatUsd } from "../render/format.js";
import { modelRef, modelsFor, offeringSource } from "./common.js";
import { apiCostsFor, volumeLine, type CostFact } from "./cost.js";
import {
  assumptionButtons,
  assumptionsTable,
  breakEvenData,
  breakEvenSentence,
  fleetLine,
  gpuCostLine,
  mergeAssumptions,
  opsLine,
  planSources,
  viewVolume,
  withCostView,
} from "./self-host-common.js";

/** The mix used when the user gave no volume: the thread's job's assumed split, else 3:1. */
function mixVolume(useCase: UseCase | undefined): Volume {
  const base: Volume = {
    inputTokensPerMonth: 750_000_000,
    outputTokensPerMonth: 250_000_000,
    cachedInputTokensPerMonth: 0,
    splitAssumed: true,
    description: "a 3:1 input/output mix (assumed: you gave no volume)",
  };
  return atJobSplit(base, useCase);
}

/**
 * The API side: a named other model's, else the open model's own. "The API" of a model is its
 * lab's own offering (what a team would sign up for and what "the X API" means), so that is the
 * reference; a cheaper third-party host is kept to be named beside it.
 */
function apiSide(
  target: Model,
  others: Model[],
  volume: Volume,
): { cost: CostFact; model: Model; cheaperHost?: CostFact } | undefined {
  for (const m of [...others, target]) {
    const costs = apiCostsFor(m, volume).sort((a, b) => a.totalUsd - b.totalUsd);
    const best = costs.find((c) => c.role === "first-party") ?? costs[0];
    if (!best) continue;
    const cheaperHost = costs.find((c) => c.role === "cheapest-host" && c.totalUsd < best.totalUsd);
    return { cost: best, model: m, ...(cheaperHost ? { cheaperHost } : {}) };
  }
  return undefined;
}

export function breakEvenReply(models: Model[], volume: Volume | null, edits: AssumptionEdits, ctx: TurnContext) {
  const target = models.find((m) => m.openWeights);
  if (!target) {
    const names = models.map((m) => m.name).join(" and ");
    return message(
      [
        text(
          `${names} ${models.length > 1 ? "have" : "has"} no published weights, so there is nothing to self-host. Name an open model to compare with it, e.g. "break-even Llama 3.3 70B vs ${models[0]?.name ?? "GPT-4o"}".`,
        ),
        askChoices("Try:", [`break-even Llama 3.3 70B vs ${models[0]?.name ?? "GPT-4o"}`]),
      ],
      { intent: "break-even", models: models.map(modelRef), breakEven: null, selfHost: null },
    );
  }
  const v = volume ?? mixVolume(withKnownUseCase(ctx.session.requirements).useCase);
  const total = v.inputTokensPerMonth + v.outputTokensPerMonth;
  const share = total > 0 ? v.inputTokensPerMonth / total : DEFAULT_INPUT_SHARE;
  // Whether the model can be sized at all, before an API is looked for.
  const plans = selfHostPlans(target, inputPerOutput(v), edits, ctx.catalog.selfhost);
  if ("unavailable" in plans) {
    return message([text(plans.unavailable)], {
      intent: "break-even",
      models: models.map(modelRef),
      breakEven: null,
      selfHost: { unavailable: plans.unavailable },
    });
  }
  const api = apiSide(
    target,
    models.filter((m) => m !== target),
    v,
  );
  if (!api) {
    return message(
      [
        text(
          `There is no API price on file for ${models.map((m) => m.name).join(" or ")}, so there is no API cost to break even with.`,
        ),
      ],
      { intent: "break-even", models: models.map(modelRef), breakEven: null },
    );
  }
  const prices = { inputPerMTok: api.cost.prices.inputPerMTok, outputPerMTok: api.cost.prices.outputPerMTok };
  // The GPU the self-hosting answer would quote: cheapest at the stated volume, else where it first
  // pays off; its KV cache holds the sequences in flight at the break-even volume.
  const picked = breakEvenAtLoad(
    target,
    inputPerOutput(v),
    edits,
    ctx.catalog.selfhost,
    prices,
    share,
    volume ? total : undefined,
  );
  if ("unavailable" in picked)
    return message([text(picked.unavailable)], {
      intent: "break-even",
      models: models.map(modelRef),
      breakEven: null,
      selfHost: { unavailable: picked.unavailable },
    });
  const { plan, result } = picked;
  const apiName = `${api.model.name} through ${api.cost.providerName}`;
  const fleet = planMonthlyCost(plan, 0);
  const selfLabel = `Self-hosted ${target.name} on ${plan.gpu.name.replace(/^NVIDIA\s+/, "")} GPUs`;
  const chart = breakEvenChart({
    plan,
    api: prices,
    inputShare: share,
    result,
    apiLabel: `${apiName} API`,
    selfHostLabel: selfLabel,
    ...(volume ? { statedTokens: total } : {}),
  });

  const blocks: Block[] = [heading(`Break-even: self-hosting ${target.name} vs ${apiName}`)];
  blocks.push(text(breakEvenSentence(result, target.name, apiName)));
  blocks.push(
    fields([
      [
        "Mix",
        `${formatPercent(share)} input / ${formatPercent(1 - share)} output${volume ? ` (from ${volumeLine(v)})` : v.splitJob ? ` (${assumedSplitWords(v)}, as you gave no volume; tell me yours)` : " (assumed 3:1)"}`,
      ],
      [
        "API",
        `${formatUsd(prices.inputPerMTok)} in / ${formatUsd(prices.outputPerMTok)} out per 1M = ${formatUsd(result.common.apiUsdPerMTok)} per 1M at this mix (${api.cost.source}, ${priceAsOfLabel(api.cost, ctx.now)})`,
      ],
      [
        "Self-hosting floor",
        `${fleetLine({ ...plan, ...fleet })} always on: ${gpuCostLine({ ...plan, ...fleet })} = ${formatUsd(fleet.gpuAlwaysOnUsd)} + ops ${opsLine({ ...plan, ...fleet })} = ${formatUsd(result.common.selfHostFloorUsd)} a month`,
      ],
      [
        "One replica serves",
        Number.isFinite(result.common.replicaCapacityTokens)
          ? `${formatTokens(result.common.replicaCapacityTokens)} a month (${Math.round(plan.throughput?.replicaOutputTokensPerSec ?? 0).toLocaleString("en-US")} output tokens/s at an average ${formatPercent(plan.utilization)} of it, leaving room for the ${Math.round(plan.peakToAverage * 100) / 100}× peak); beyond that ${formatUsd(result.common.selfHostMarginalUsdPerMTok)} per extra 1M tokens on rented GPUs`
          : "no throughput figure: capacity unknown",
      ],
      [
        "At your volume",
        volume
          ? `API ${formatUsd(chart.bars[0]?.value ?? 0)} vs self-hosting ${formatUsd(chart.bars[1]?.value ?? 0)} a month`
          : null,
      ],
    ]),
  );
  blocks.push(chart);
  const notes = [...plan.warnings];
  if (api.cheaperHost) {
    const h = api.cheaperHost;
    const hostPrices = { inputPerMTok: h.prices.inputPerMTok, outputPerMTok: h.prices.outputPerMTok };
    const hostName = `${api.model.name} through ${h.providerName}`;
    notes.push(
      `A third-party host is cheaper than ${api.cost.providerName}'s own API: ${formatUsd(hostPrices.inputPerMTok)} in / ${formatUsd(hostPrices.outputPerMTok)} out per 1M (${h.source}, ${priceAsOfLabel(h, ctx.now)}). Against it: ${breakEvenSentence(breakEven(plan, hostPrices, share), target.name, hostName)}`,
    );
  }
  if (v.cachedInputTokensPerMonth > 0)
    notes.push("Cached input is priced here as ordinary input, so the API side may be a little cheaper than shown.");
  const staleNote = stalePriceNote([api.cost, ...(api.cheaperHost ? [api.cheaperHost] : [])], ctx.now);
  if (staleNote) notes.push(staleNote);
  if (notes.length > 0) blocks.push(text(notes.map((w) => `- ${w}`).join("\n")));
  blocks.push(heading("Assumptions"));
  blocks.push(assumptionsTable(plan));
  blocks.push(assumptionButtons(plan));
  const offering = api.model.offerings.find((o) => o.provider === api.cost.provider && o.source === api.cost.source);
  const srcs: SourceRef[] = [...planSources(plan, target), ...(offering ? [offeringSource(offering)] : [])];
  blocks.push(sources(srcs));
  return message(blocks, {
    intent: "break-even",
    models: models.map(modelRef),
    volume: volume ? { ...volume, assumed: false } : null,
    selfHost: {
      modelId: target.id,
      gpuType: plan.gpu.key,
      gpus: fleet.gpus,
      gpusPerReplica: plan.gpusPerReplica,
      replicas: fleet.replicas,
      nodes: fleet.nodes,
      precision: plan.precision,
      memoryGb: plan.memory.needGb,
      usdPerGpuHour: plan.price.usdPerGpuHour,
      monthlyUsdFloor: result.common.selfHostFloorUsd,
      opsMonthlyUsd: fleet.opsUsd,
      utilization: plan.utilization,
      assumptions: plan.assumptions,
    },
    api: {
      modelId: api.model.id,
      provider: api.cost.provider,
      prices,
      usdPerMTok: result.common.apiUsdPerMTok,
      source: api.cost.source,
      asOf: api.cost.asOf,
    },
    breakEven: breakEvenData(result, { modelId: api.model.id, provider: api.cost.provider }),
    assumptions: plan.assumptions,
  });
}

export const breakEvenHandler: IntentHandler<"break-even"> = (intent, ctx): HandlerOutput => {
  const { session: merged } = mergeAssumptions(ctx.session, intent.assumptionEdits);
  // The thread's facts (ops capacity, owned GPUs, GPU price, context) under what it changed, then
  // the team profile: the same edits its shortlist and 'self-host X' price with.
  const { edits, used } = threadSelfHostEdits(merged.requirements, merged.assumptions, ctx.profile);
  const named = (out: HandlerOutput): HandlerOutput => ({
    ...out,
    replies: out.replies.map((r) => (r.data?.selfHost ? noteProfileUse(r, used) : r)),
  });
  const view = ctx.session.costView;
  let models = modelsFor(
    intent.modelIds.length > 0 ? intent.modelIds : (view?.modelIds ?? ctx.session.focus),
    ctx.catalog,
  );
  // "break-even vs GPT-4o" after talking about an open model: self-host that one.
  if (!models.some((m) => m.openWeights)) {
    const open = modelsFor([...(view?.modelIds ?? []), ...ctx.session.focus], ctx.catalog).find((m) => m.openWeights);
    if (open) models = [open, ...models];
  }
  if (models.length === 0) {
    return named({
      session: merged,
      replies: [
        message(
          [
            text(
              'Which open model should I compare with an API? For example: "break-even Llama 3.3 70B vs GPT-4o at 3:1 input to output".',
            ),
          ],
          { intent: "break-even", models: [], breakEven: null },
        ),
      ],
    });
  }
  const shown = models.slice(0, 3);
  // The volume this message gives, else the last self-hosting answer's, else the thread's.
  const volume = intent.volume ?? viewVolume(view) ?? withJobSplit(ctx.session.requirements).volume ?? null;
  return named({
    session: withCostView(merged, "break-even", shown, volume),
    replies: [breakEvenReply(shown, volume, edits, ctx)],
  });
};
