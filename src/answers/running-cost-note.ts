// "Is Gemma free for NGOs?": the licence costs nothing, running the model does. Said beside the
// licence verdict when a licence question asks whether a model is free (free-to-run-text.ts): at
// the thread's monthly volume when it has one (the cheapest way to run each model, as a shortlist
// would price it), else the cheapest API host's price per million tokens and what the smallest
// self-hosted deployment costs a month around the clock, with operations; each only through the
// hosts the thread's hosting rules allow.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { TurnContext } from "../conversation/handler.js";
import { threadOwnRequirements, threadSelfHostEdits } from "../conversation/team-profile.js";
import { volumeAtDefaultSplit } from "../costs/volume.js";
import type { Block, SourceRef } from "../ports.js";
import { formatTokens, formatUsd } from "../render/format.js";
import { text } from "../render/builders.js";
import { applyHosting } from "../scoring/hosting.js";
import { apiHostsUnchecked, pickUnchecked, residencyRule } from "../scoring/residency.js";
import { judgedDefaults } from "../scoring/judged-defaults.js";
import { blendedListPrice, estimateMonthlyCost, type SelfHostQuoter } from "../scoring/monthly-cost.js";
import { selfHostQuoter } from "../scoring/self-host-quote.js";

/** Models priced at most; a family question names the cheapest to run and counts the rest. */
const MAX_PRICED = 4;
/** The smallest deployment is sized for a trickle: one million tokens a month. */
const TRICKLE = volumeAtDefaultSplit(1e6, "1M tokens a month");

interface Priced {
  model: Model;
  /** What sorts it: its monthly cost at the volume; else an API host's price before a self-hosted floor (0 then 1), then the amount. */
  usd: number;
  through: 0 | 1;
  /** How it is run at that price (an API host or self-hosted). */
  basis: "api" | "self-host" | null;
  line: string;
  sources: SourceRef[];
}

function atVolume(model: Model, req: Parameters<typeof estimateMonthlyCost>[1], quoter: SelfHostQuoter): Priced | null {
  const est = estimateMonthlyCost(model, req, quoter);
  if (est.monthlyUsd === null) return null;
  return {
    model,
    usd: est.monthlyUsd,
    through: 0,
    basis: est.basis,
    line: `**${model.name}**: about ${formatUsd(est.monthlyUsd)} a month (${est.label})`,
    sources: est.sources,
  };
}

function withoutVolume(model: Model, quoter: SelfHostQuoter, selfHostAllowed: boolean): Priced | null {
  const api = blendedListPrice(model);
  const quote = model.openWeights && selfHostAllowed ? quoter(model, TRICKLE) : null;
  const floor = quote && !("unavailable" in quote) ? quote : null;
  if (!api && !floor) return null;
  const parts = [
    api
      ? `from ${formatUsd(api.inputPerMTok)} in / ${formatUsd(api.outputPerMTok)} out per 1M tokens via ${api.provider}`
      : "",
    floor ? `self-hosted, at least ${formatUsd(floor.monthlyUsd)} a month around the clock (${floor.summary})` : "",
  ].filter(Boolean);
  return {
    model,
    usd: api ? api.perMTok : (floor?.monthlyUsd ?? Infinity),
    through: api ? 0 : 1,
    basis: api ? "api" : "self-host",
    line: `**${model.name}**: ${parts.join("; or ")}`,
    sources: floor?.sources ?? [],
  };
}

/** The section, or null when no model asked about can be priced. */
export function runningCostSection(
  models: readonly Model[],
  ctx: TurnContext,
  catalog: Catalog = ctx.catalog,
): { blocks: Block[]; sources: SourceRef[] } | null {
  const thread = threadOwnRequirements(ctx.session.requirements, ctx.profile);
  const { req } = judgedDefaults(thread);
  const { edits } = threadSelfHostEdits(thread, ctx.session.assumptions, ctx.profile);
  const quoter = selfHostQuoter(catalog.selfhost, edits);
  const volume = req.volume;
  // Priced only where the thread's hosting rules let it run (residency, no training, own cloud):
  // an Indonesian team whose data must stay in Indonesia is not quoted a US host's price.
  // A host with no record of processing where the data must stay is priced, and said unchecked.
  const place = residencyRule(req)?.said;
  const priced = models
    .map((m) => applyHosting(catalog, m, req).model)
    .map((m) => {
      const p = volume ? atVolume(m, req, quoter) : withoutVolume(m, quoter, req.deployment !== "any-api");
      return p && place && pickUnchecked(apiHostsUnchecked(catalog, m, req), p.basis)
        ? { ...p, line: `${p.line}; not checked: no record of that host processing in ${place}` }
        : p;
    })
    .filter((p): p is Priced => p !== null)
    .sort((a, b) => a.through - b.through || a.usd - b.usd || a.model.name.localeCompare(b.model.name));
  if (priced.length === 0) return null;
  const shown = priced.slice(0, MAX_PRICED);
  const rest = priced.length - shown.length;
  const head = volume
    ? `**Free to use is not free to run:** the licence costs nothing, but running it does. At your ${formatTokens(volume.inputTokensPerMonth + volume.outputTokensPerMonth)} a month, the cheapest way to run ${shown.length === 1 ? "it" : "each"}:`
    : `**Free to use is not free to run:** the licence costs nothing, but running it does: an API host charges per token, and self-hosting rents GPUs around the clock and needs someone to run them. The cheapest way in${shown.length === 1 ? "" : ", cheapest first"}:`;
  const tail = [
    rest > 0 ? `${rest} more of them cost more to run.` : "",
    volume ? "" : "Tell me how many tokens a month you expect and I'll price it at your volume.",
  ].filter(Boolean);
  const body = `${head}\n${shown.map((p) => `- ${p.line}`).join("\n")}${tail.length > 0 ? `\n${tail.join(" ")}` : ""}`;
  return { blocks: [text(body)], sources: shown.flatMap((p) => p.sources) };
}
