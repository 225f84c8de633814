// What-ifs on a recommendation thread: change one requirement ("what if we self-host?",
// "double the traffic", "we don't need fine-tuning", "only open models") and re-rank, keeping
// the change in the thread; or ask about one model ("why not GPT-4o?"): its exclusion reason,
// or its rank and the per-criterion gap to #1.
import type { Catalog } from "../catalog/catalog.js";
import { resolveModel } from "../catalog/lookup.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { mergeRequirements, newFlow, pushHistory, withFlow } from "../conversation/flows/flow-state.js";
import { scaleVolume as scaleBy, type Volume } from "../costs/volume.js";
import { parseMonthlyBudget } from "../intents/requirements-text.js";
import { requirementsFromText } from "../conversation/flows/requirements-from-text.js";
import { parseVolume } from "../intents/volume.js";
import type { OutboundMessage } from "../ports.js";
import { askChoices, message, text } from "../render/builders.js";
import { formatCount, formatUsd } from "../render/format.js";
import { fmtScore, gapParts } from "../scoring/explain.js";
import type { Requirements } from "../scoring/requirements.js";
import { describeRequirements } from "./recommend-question.js";
import {
  costCell,
  rankingData,
  rankOnly,
  runRecommendation,
  shortlistReply,
  verdictLabel,
  type Recommendation,
} from "./recommend-shortlist.js";

export interface WhatIfEdit {
  patch: Partial<Requirements>;
  /** Keys to remove ("no budget"). */
  remove: (keyof Requirements)[];
  /** Plain words for the change, e.g. "volume ×2". */
  said: string[];
  /** A change that needs something the thread does not have yet (e.g. a volume to double). */
  missing: string[];
}

function scaleVolume(v: Volume, factor: number): Volume {
  // A fresh description (not "…, ×2, ×2"), so repeated what-ifs do not grow the session.
  return scaleBy(
    v,
    factor,
    `${formatCount((v.inputTokensPerMonth + v.outputTokensPerMonth) * factor)} tokens a month (an earlier volume ×${factor})`,
  );
}

const MULTIPLIERS: { pattern: RegExp; factor: number }[] = [
  { pattern: /\b(double|twice|2x|2×|x2)\b/, factor: 2 },
  { pattern: /\b(triple|three times|3x|3×)\b/, factor: 3 },
  { pattern: /\b(quadruple|four times|4x|4×)\b/, factor: 4 },
  { pattern: /\b(ten times|10x|10×|tenfold)\b/, factor: 10 },
  { pattern: /\b(halve|half)\b/, factor: 0.5 },
];

/** Requirement changes stated in a what-if, on top of the thread's requirements. */
export function parseWhatIf(textIn: string, current: Requirements, catalog: Catalog): WhatIfEdit {
  const t = textIn.toLowerCase();
  const general = requirementsFromText(textIn, catalog);
  const patch: Partial<Requirements> = {};
  const remove: (keyof Requirements)[] = [];
  const said: string[] = [];
  const missing: string[] = [];

  const trafficWords = /\b(traffic|volume|usage|load|tokens|requests|calls)\b/.test(t);
  const multiplier = MULTIPLIERS.find((m) => m.pattern.test(t));
  const explicitVolume = parseVolume(textIn);
  if (multiplier && (trafficWords || !/\bbudget\b/.test(t))) {
    if (current.volume) {
      patch.volume = scaleVolume(current.volume, multiplier.factor);
      said.push(`volume ×${multiplier.factor}`);
    } else missing.push('a volume to scale (say e.g. "20M tokens a month")');
  } else if (explicitVolume) {
    patch.volume = explicitVolume;
  }
  if (multiplier && /\bbudget\b/.test(t) && !trafficWords && current.monthlyBudgetUsd !== undefined) {
    patch.monthlyBudgetUsd = current.monthlyBudgetUsd * multiplier.factor;
  }

  if (
    /\b(self-?host\w*|host (it|them) ourselves|run (it|them) ourselves|our own (gpus|servers|cloud)|own cloud|in our (vpc|cloud))\b/.test(
      t,
    )
  )
    patch.deployment = /\bon-?prem/.test(t) ? "on-prem" : "own-cloud";
  else if (/\bon-?prem\w*|air-?gapped\b/.test(t)) patch.deployment = "on-prem";
  else if (/\b(use an? (managed )?api|apis? (are|is) fine|managed api|any api|hosted api)\b/.test(t))
    patch.deployment = "any-api";

  if (
    /\b(don'?t|do not|no longer|won'?t|not) (need|do|want)( to)? fine-?tun\w*|\bno fine-?tun\w*|\bwithout fine-?tun\w*/.test(
      t,
    )
  )
    patch.fineTuning = false;
  else if (/\b(need|want|will|plan) (to )?fine-?tun\w*|\bwith fine-?tun\w*/.test(t)) patch.fineTuning = true;

  if (
    /\b(closed|proprietary) (models? )?(too|are fine|are ok|allowed)|\b(any|all) models\b|\binclude closed\b|\bnot only open\b/.test(
      t,
    )
  )
    patch.openWeightsOnly = false;
  else if (general.openWeightsOnly || /\bonly open\b|\bopen(-weights?| source)? (models )?only\b/.test(t))
    patch.openWeightsOnly = true;

  if (/\b(no|without( a)?|drop the|remove the|forget the) budget\b/.test(t)) remove.push("monthlyBudgetUsd");
  else {
    const budget = parseMonthlyBudget(textIn);
    if (budget !== undefined) patch.monthlyBudgetUsd = budget;
  }

  // Everything else the requirements parser found (use case, data, users, priorities...).
  for (const [k, v] of Object.entries(general) as [keyof Requirements, unknown][]) {
    if (
      k in patch ||
      k === "volume" ||
      k === "monthlyBudgetUsd" ||
      k === "openWeightsOnly" ||
      k === "deployment" ||
      k === "fineTuning"
    )
      continue;
    (patch as Record<string, unknown>)[k] = v;
  }
  if (general.deployment && patch.deployment === undefined) patch.deployment = general.deployment;
  if (general.fineTuning !== undefined && patch.fineTuning === undefined) patch.fineTuning = general.fineTuning;
  said.push(
    ...describeRequirements(
      Object.fromEntries(Object.entries(patch).filter(([k]) => k !== "volume" || !multiplier)) as Partial<Requirements>,
    ),
  );
  if (remove.includes("monthlyBudgetUsd")) said.push("no budget limit");
  return { patch, remove, said, missing };
}

function modelsAsked(intent: { text: string; modelIds?: string[] }, ctx: TurnContext): string[] {
  if (intent.modelIds && intent.modelIds.length > 0) return intent.modelIds;
  const m = /\b(?:why not|why isn'?t|why wasn'?t|why no|what about|how about)\s+(.+?)[?.!]*$/i.exec(intent.text);
  if (!m?.[1]) return [];
  const r = resolveModel(m[1], ctx.catalog, ctx.session, { fuzzy: "strict" });
  return r.status === "found" ? [r.id] : [];
}

/** "Why not X?": X's exclusion reason, or its rank, score and the criteria that keep it behind #1. */
export function whyNotText(rec: Recommendation, id: string, catalog: Catalog): string {
  const name = catalog.modelById.get(id)?.name ?? id;
  const excluded = rec.ranking.excluded.find((e) => e.id === id);
  if (excluded) return `**Why not ${name}?** It was ruled out before scoring: ${excluded.reason}.`;
  const first = rec.ranking.ranked[0];
  const m = rec.ranking.ranked.find((x) => x.id === id);
  if (!m || !first) return `**${name}** is not in this ranking.`;
  if (m.id === first.id) return `**${name}** is already #1 (score ${fmtScore(m.score)}).`;
  const parts = gapParts(first, m, rec.ranking.weights)
    .filter((p) => p.contribution > 1e-9)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 3);
  const lines = parts.map(
    (p) =>
      `- **${p.label}** (weight ${fmtScore(p.weight)}): ${first.name} ${fmtScore(p.first)} vs ${m.name} ${fmtScore(p.second)}, −${p.contribution.toFixed(3)} for ${m.name}`,
  );
  return [
    `**Why not ${name}?** It ranks #${m.rank} of ${rec.ranking.ranked.length} with ${fmtScore(m.score)}, ${(first.score - m.score).toFixed(3)} behind ${first.name} (${fmtScore(first.score)}). Monthly cost ${costCell(m)}; licence ${verdictLabel(m)}. Where it loses most:`,
    ...lines,
  ].join("\n");
}

function changesText(before: Recommendation, after: Recommendation): string {
  const b = before.ranking.ranked.slice(0, 3).map((m) => m.id);
  const a = after.ranking.ranked.slice(0, 3);
  const name = (id: string) => before.ranking.ranked.find((m) => m.id === id)?.name ?? id;
  const out: string[] = [];
  const was = before.ranking.ranked[0];
  const now = a[0];
  if (was && now && was.id !== now.id) out.push(`New #1: **${now.name}** (was ${was.name}).`);
  else if (now) out.push(`**${now.name}** stays #1.`);
  const entered = a.filter((m) => !b.includes(m.id)).map((m) => m.name);
  const left = b.filter((id) => !a.some((m) => m.id === id)).map(name);
  if (entered.length > 0) out.push(`Into the top 3: ${entered.join(", ")}.`);
  if (left.length > 0)
    out.push(
      `Out of the top 3: ${left
        .map((n) => {
          const ex = after.ranking.excluded.find((e) => e.name === n);
          return ex ? `${n} (${ex.reason})` : n;
        })
        .join("; ")}.`,
    );
  for (const m of a) {
    const old = before.ranking.ranked.find((x) => x.id === m.id);
    if (
      old &&
      old.monthlyCostUsd !== null &&
      m.monthlyCostUsd !== null &&
      Math.abs(old.monthlyCostUsd - m.monthlyCostUsd) > 0.005
    )
      out.push(`${m.name}: ${formatUsd(old.monthlyCostUsd)} → ${formatUsd(m.monthlyCostUsd)} a month.`);
  }
  return out.join(" ");
}

/** "Why not X?" without a change: the answer about X and the current top 3, nothing more. */
function whyNotReply(rec: Recommendation, asked: string[], catalog: Catalog): OutboundMessage {
  const top = rec.ranking.ranked.slice(0, 3);
  const blocks = asked.map((id) => text(whyNotText(rec, id, catalog)));
  if (top.length > 0)
    blocks.push(text(`Current top 3: ${top.map((m) => `${m.rank}. ${m.name} (${fmtScore(m.score)})`).join(", ")}.`));
  blocks.push(
    askChoices("Next:", ["summarize", ...(rec.ranking.requirements.openWeightsOnly ? [] : ["only open models"])]),
  );
  return message(blocks, {
    intent: "what-if",
    models: asked.map((id) => ({ id, name: catalog.modelById.get(id)?.name ?? id })),
    asked,
    change: null,
    ...rankingData(rec),
  });
}

function noThread(): OutboundMessage {
  return message(
    [
      text(
        "There's no recommendation in this conversation yet to change. Tell me what you need, or start the guided questions.",
      ),
      askChoices("For example:", [
        "help me choose a model",
        "recommend an open-weights model for coding under $500 a month at 20M tokens",
      ]),
    ],
    { intent: "what-if", models: [] },
  );
}

export const handleWhatIf: IntentHandler<"what-if"> = (intent, ctx): HandlerOutput => {
  const session = ctx.session;
  const current = session.requirements;
  const hasThread = session.flow !== null || Object.keys(current).length > 0;
  const asked = modelsAsked(intent, ctx);
  const edit = parseWhatIf(intent.text, current, ctx.catalog);
  const changes = Object.keys(edit.patch).length > 0 || edit.remove.length > 0;

  if (!hasThread && !changes && asked.length === 0) return { replies: [noThread()] };
  const before = rankOnly(ctx.catalog, current, session.assumptions);
  if (!changes) {
    if (asked.length > 0) return { replies: [whyNotReply(before, asked, ctx.catalog)] };
    const why =
      edit.missing.length > 0
        ? `I need ${edit.missing.join(" and ")} first.`
        : 'I couldn\'t tell which requirement to change. Try "what if we self-host?", "double the traffic", "only open models" or "we don\'t need fine-tuning".';
    return { replies: [message([text(why)], { intent: "what-if", models: [], change: null })] };
  }

  let requirements = mergeRequirements(current, edit.patch);
  for (const k of edit.remove) delete requirements[k];
  requirements = { ...requirements };
  const after = runRecommendation(ctx.catalog, requirements, session.assumptions);
  const flow = session.flow ? { ...session.flow, step: null } : newFlow(null);
  const lead = [
    `**What if:** ${edit.said.length > 0 ? edit.said.join(" · ") : "changed requirements"}. I've kept this change in the thread (say _back_ to undo it, or change it again).`,
  ];
  if (hasThread && before.ranking.ranked.length > 0) lead.push(changesText(before, after));
  lead.push(...asked.map((id) => whyNotText(after, id, ctx.catalog)));
  // A history entry lets "back" undo the what-if like an answer.
  const nextFlow = {
    ...flow,
    history: pushHistory(flow, { step: "what-if", previous: { requirements: current, skipped: false } }),
  };
  return {
    session: withFlow(session, nextFlow, requirements),
    replies: [
      shortlistReply(after, ctx.catalog, {
        intent: "what-if",
        lead,
        extraData: {
          change: { patch: edit.patch, removed: edit.remove },
          previousFirst: before.ranking.ranked[0]?.id ?? null,
        },
      }),
    ],
  };
};
