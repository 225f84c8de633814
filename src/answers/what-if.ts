// What-ifs on a recommendation thread: change one requirement ("what if we self-host?",
// "double the traffic", "we don't need fine-tuning", "only open models") and re-rank, keeping
// the change in the thread; or ask about one model ("why not GPT-4o?"): its exclusion reason,
// or its rank and the per-criterion gap to #1.
import type { Catalog } from "../catalog/catalog.js";
import { assumedOriginExclusions, assumesEuResidency } from "../scoring/judged-defaults.js";
import { atJobSplit } from "../scoring/job-split.js";
import { languageName } from "../catalog/languages.js";
import { resolveModel } from "../catalog/lookup.js";
import { countryName, EITHER_PLACE } from "../catalog/places-elsewhere.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { historyEntry, mergeRequirements, newFlow, pushHistory, withFlow } from "../conversation/flows/flow-state.js";
import { foreignBudgetLines, SLOT_LABELS } from "../conversation/slot-labels.js";
import type { Intent } from "../intents/types.js";
import { withoutExclusions } from "../intents/lift-exclusion-text.js";
import { parseWhatIf, whyNotAsked, type WhatIfChange } from "../intents/what-if-text.js";
import { parseAssumptionEdits } from "../intents/assumptions-text.js";
import { toAssumptionEdits, type AssumptionEdits } from "../costs/assumptions.js";
import { STEP_BY_ID } from "../conversation/flows/steps.js";
import { mergeAssumptions } from "./self-host-common.js";
import { describeEdits } from "./self-host-cost.js";
import { whyListedText } from "./why-listed.js";
import { whyNotNamedText, whyNotText } from "./why-not.js";
import { picksReply } from "./picks-answer.js";
import { describeModel } from "./model-info.js";
import { advance } from "./recommend.js";
import { volumeWorkingReply } from "./volume-working.js";
import { peakOccasionLines } from "./peak-occasion-note.js";
import { cachedInputLines } from "./cached-input-note.js";
import { WHY_LISTED } from "../intents/cues.js";
import type { OutboundMessage } from "../ports.js";
import { askChoices, message, text } from "../render/builders.js";
import { fmtScore } from "../scoring/explain.js";
import { costChangeLine } from "./cost-change-line.js";
import { unionExclusions, type Exclusions, type Requirements } from "../scoring/requirements.js";
import { describeRequirements } from "./recommend-question.js";
import {
  rankingData,
  rankOnly,
  runRecommendation,
  shortlistReply,
  type Recommendation,
} from "./recommend-shortlist.js";

export interface WhatIfEdit extends WhatIfChange {
  /** Plain words for the change, e.g. "volume ×2". */
  said: string[];
}

/** The change a what-if states (read when it was understood), with plain words for it. */
export function whatIfEdit(intent: Intent & { kind: "what-if" }, current: Requirements, catalog: Catalog): WhatIfEdit {
  const understood = intent.change ?? parseWhatIf(intent.text, current, catalog);
  const change = withAssumedOriginsLifted(withAddedItems(withSelfHosting(understood, current), current), current);
  const { patch, remove, volumeFactor } = change;
  // A factor from two counts (1,000 offices of 180) is said to three figures, not 5.555555555555555.
  const said: string[] = volumeFactor !== undefined ? [`volume ×${Number(volumeFactor.toPrecision(3))}`] : [];
  if (change.droppedLanguages) said.push(`without ${change.droppedLanguages.map(languageName).join(", ")}`);
  // A new volume with an assumed split is said at the split its job bills (the ranking re-splits
  // it so), not as the default 3:1 the reader gave it.
  const job = patch.useCase ?? current.useCase;
  const described = Object.entries(patch)
    .filter(([k]) => k !== "volume" || volumeFactor === undefined)
    .map(([k, v]) => [k, k === "volume" ? atJobSplit(v as Requirements["volume"], job) : v] as const);
  // What the thread already holds is not said again as the change ("what if we have to move to
  // GovCloud?" in an AWS thread: the government cloud, not "runs in your own cloud · through your
  // AWS account" once more), unless nothing else is said.
  const same = (k: string, v: unknown) => JSON.stringify(current[k as keyof Requirements]) === JSON.stringify(v);
  const changed = described.filter(([k, v]) => !same(k, v));
  said.push(
    ...describeRequirements(
      Object.fromEntries(changed.length > 0 ? changed : described) as Partial<Requirements>,
      catalog,
    ),
  );
  if (change.allow) said.push(...describeRequirements({ exclude: change.allow }, catalog).map((d) => `no longer ${d}`));
  for (const key of remove) {
    // The place the data no longer has to stay in is named; with none held there is nothing to say.
    if (key === "residencyElsewhere") {
      if (current.residencyElsewhere !== undefined)
        said.push(`data no longer has to stay in ${current.residencyElsewhere}`);
    } else if (key === "euDataResidency" && patch.residencyElsewhere?.split(EITHER_PLACE).includes(countryName("EU"))) {
      // Widened to a rule of several places, the EU among them ("the US or the EU"): said by that rule.
    } else said.push(key === "monthlyBudgetUsd" ? "no budget limit" : `no ${SLOT_LABELS[key].name} requirement`);
  }
  return { ...change, said };
}

/**
 * "What if Chinese models are fine?" in a defence thread: the thread never ruled them out, the
 * judged default did (judged-defaults.ts assumedOriginExclusions). Letting them in is a change,
 * kept in the thread as `originsAllowed` so the default is not made again.
 */
function withAssumedOriginsLifted(change: WhatIfChange, current: Requirements): WhatIfChange {
  const assumed = assumedOriginExclusions(current);
  const letIn = (change.neverExcluded?.countries ?? []).filter((c) => assumed.includes(c.toUpperCase()));
  if (letIn.length === 0) return change;
  const rest = (change.neverExcluded?.countries ?? []).filter((c) => !letIn.includes(c));
  const neverExcluded: Exclusions = { ...change.neverExcluded };
  if (rest.length > 0) neverExcluded.countries = rest;
  else delete neverExcluded.countries;
  const { neverExcluded: _never, ...kept } = change;
  return {
    ...kept,
    patch: { ...change.patch, originsAllowed: [...new Set([...(current.originsAllowed ?? []), ...letIn])] },
    allow: unionExclusions(change.allow, { countries: letIn }),
    ...(Object.keys(neverExcluded).length > 0 ? { neverExcluded } : {}),
  };
}

/**
 * "What if we self-host?" in a thread that already runs in a named cloud account (a bank on Azure)
 * can only mean running the weights ourselves there: without this, the cloud's closed models would
 * stay on the list and the what-if would change nothing.
 */
function withSelfHosting(change: WhatIfChange, current: Requirements): WhatIfChange {
  const { patch } = change;
  const cloud = current.cloudProvider !== undefined && patch.cloudProvider === undefined;
  if (patch.deployment === "own-cloud" && current.deployment === "own-cloud" && cloud)
    return { ...change, patch: { ...patch, selfHosted: true } };
  if (patch.deployment === "any-api" && current.selfHosted)
    return { ...change, remove: [...change.remove, "selfHosted"] };
  return change;
}

/** "What if we also need Ukrainian": the thread's languages and the new ones, not the new ones alone. */
function withAddedItems(change: WhatIfChange, current: Requirements): WhatIfChange {
  const { patch } = change;
  if (!change.addsTo?.includes("languages") || !patch.languages || !current.languages) return change;
  return { ...change, patch: { ...patch, languages: [...new Set([...current.languages, ...patch.languages])] } };
}

function modelsAsked(intent: { text: string; modelIds?: string[] }, ctx: TurnContext): string[] {
  if (intent.modelIds && intent.modelIds.length > 0) return intent.modelIds;
  const asked = whyNotAsked(intent.text);
  if (!asked) return [];
  const r = resolveModel(asked, ctx.catalog, ctx.session, { fuzzy: "strict" });
  return r.status === "found" ? [r.id] : [];
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
    const line = old ? costChangeLine(old, m, before.ranking.requirements) : null;
    if (line) out.push(line);
  }
  return out.join(" ");
}

/** "Why is X on the list?": where X stands and why, then the current top 3. */
function whyListedReply(rec: Recommendation, asked: string[], catalog: Catalog): OutboundMessage {
  return whyNotReply(rec, asked, catalog, whyListedText);
}

/** "Why not X?" without a change: the answer about X and the current top 3, nothing more. */
function whyNotReply(
  rec: Recommendation,
  asked: string[],
  catalog: Catalog,
  explain: (rec: Recommendation, id: string, catalog: Catalog) => string = whyNotText,
  named?: string,
): OutboundMessage {
  const top = rec.ranking.ranked.slice(0, 3);
  const blocks = named !== undefined ? [text(named)] : asked.map((id) => text(explain(rec, id, catalog)));
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

/**
 * "Why not GPT-4.1?" before any shortlist: what the model is, and that there is no recommendation
 * yet to weigh it against, with the way to get one (then the why-not answers for the team).
 */
function noShortlistYet(asked: string[], ctx: TurnContext): OutboundMessage[] {
  const names = asked.map((id) => ctx.catalog.modelById.get(id)?.name ?? id);
  const lead = message(
    [
      text(
        `There's no recommendation in this conversation yet, so there is nothing to weigh ${names.join(" or ")} against. Tell me what the model will do, roughly how much (e.g. "20M tokens a month") and any rules (budget, where the data may go), and I'll rank the candidates and say where ${names.length === 1 ? "it stands" : "they stand"}. ${names.length === 1 ? "Its card is" : "Their cards are"} below.`,
      ),
      askChoices("Or:", ["help me choose a model"]),
    ],
    { intent: "what-if", models: [], change: null },
  );
  const cards = asked.flatMap((id) => {
    const model = ctx.catalog.modelById.get(id);
    return model ? [describeModel(model, ctx.catalog, ctx.now)] : [];
  });
  return [lead, ...cards];
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

/**
 * The flow question still open after a what-if asked mid-flow ("what if we self-host?" while the
 * budget question waits): kept, so the router asks it again below the answer, unless the change
 * answered it.
 */
function openStep(session: TurnContext["session"], edit: WhatIfEdit): string | null {
  const id = session.flow?.step;
  const step = id ? STEP_BY_ID.get(id) : undefined;
  if (!id || !step) return null;
  return step.slot in edit.patch || edit.remove.includes(step.slot) ? null : id;
}

function notedBeforeShortlist(
  ctx: TurnContext,
  session: TurnContext["session"],
  requirements: Requirements,
  edit: WhatIfEdit,
  open: string | null,
): HandlerOutput {
  const flow = session.flow!;
  // A change that answered the open question counts as its answer (the questions left say so).
  const entry = historyEntry(open === null && flow.step ? flow.step : "what-if", session.requirements, requirements);
  const nextFlow = { ...flow, history: pushHistory(flow, entry) };
  const noted = `**Noted for the recommendation:** ${edit.said.join(" · ") || "changed requirements"}.`;
  if (open === null) return advance(ctx, session, requirements, { ...nextFlow, step: null }, [noted]);
  return {
    session: { ...withFlow(session, nextFlow, requirements), costView: null },
    replies: [
      message([text(noted)], { intent: "what-if", models: [], change: { patch: edit.patch, removed: edit.remove } }),
    ],
  };
}

/** A what-if on a self-hosting assumption: the same requirements re-ranked under the edit, kept in the thread. */
function assumptionWhatIf(before: Recommendation, edits: AssumptionEdits, ctx: TurnContext): HandlerOutput {
  const { session: withEdits, edits: all } = mergeAssumptions(
    ctx.session,
    edits as Record<string, string | number | boolean>,
  );
  const after = runRecommendation(ctx.catalog, withEdits.requirements, withEdits.assumptions);
  const said = describeEdits(edits, ctx.catalog.selfhost);
  const lead = [
    `**What if:** ${said.length > 0 ? said.join(" · ") : "changed self-hosting assumptions"}, with everything else this thread said. I've kept this in the thread.`,
  ];
  if (before.ranking.ranked.length > 0) lead.push(changesText(before, after));
  const selfHosted = after.ranking.ranked.slice(0, 3).some((m) => m.costBasis === "self-host");
  if (!selfHosted)
    lead.push(
      `None of the top 3 is self-hosted here, so ${said.join(" and ") || "this"} changes no cost shown (it applies when you self-host${all.peakToAverage !== undefined ? ": the GPUs are sized for the peak" : ""}).`,
    );
  return {
    session: { ...withEdits, costView: null },
    replies: [shortlistReply(after, ctx.catalog, { intent: "what-if", lead, extraData: { change: { edits } } })],
  };
}

/**
 * The size cap "a smaller model" means in this thread: below its #1's total parameters, at the
 * largest total of a candidate that is smaller (so "at most 32B" after an 80B #1, not a made-up
 * number); or, when #1 has no count or nothing ranked is smaller, the reason, said instead.
 */
function smallerThanFirst(rec: Recommendation, catalog: Catalog): { maxParamsB: number; said: string } | string {
  const first = rec.ranking.ranked[0];
  if (!first) return 'There is no #1 in this thread yet to go smaller than. Say a size ("under 30B parameters").';
  const size = catalog.modelById.get(first.id)?.parameters?.totalB;
  if (size === undefined || size === null)
    return `**${first.name}**, this thread's #1, has no published parameter count, so there is no size to go below. Say a size ("under 30B parameters") and I'll re-rank.`;
  const sizes = rec.ranking.ranked.flatMap((m) => {
    const total = catalog.modelById.get(m.id)?.parameters?.totalB;
    return typeof total === "number" && total < size ? [total] : [];
  });
  if (sizes.length === 0)
    return `No candidate in this thread is smaller than **${first.name}** (${size}B parameters), this thread's #1.`;
  const cap = Math.max(...sizes);
  const capSaid = describeRequirements({ maxParamsB: cap }, catalog).join(" · ");
  return { maxParamsB: cap, said: `${capSaid} (smaller than ${first.name}, ${size}B, this thread's #1)` };
}

/** Why serving users in another place changes nothing in the ranking, and what would. */
function servedPlacesText(places: readonly string[], current: Requirements): string {
  const where = places.join(" and ");
  const rule =
    current.euDataResidency === true
      ? " (this thread's rule: data must stay in the EU)"
      : current.residencyElsewhere
        ? ` (this thread's rule: data must stay in ${current.residencyElsewhere})`
        : "";
  return `**What if:** you also serve users in ${where}. Where users are changes nothing this ranking weighs: picks are ranked on where the data may be processed${rule}, not where it comes from. If data from ${where} must stay there, say "data must stay in ${places[0] ?? where}" and I'll re-rank.`;
}

/** The hardware a message names (GPU, how many, its price, the precision), and nothing else of its assumption words. */
function hardwareEdits(edits: AssumptionEdits): Record<string, string | number> {
  const { gpu, gpuCount, gpuHourlyUsd, precision } = edits;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries({ gpu, gpuCount, gpuHourlyUsd, precision })) if (v !== undefined) out[k] = v;
  return out;
}

export const handleWhatIf: IntentHandler<"what-if"> = (intent, ctx): HandlerOutput => {
  const session = ctx.session;
  const current = session.requirements;
  const hasThread = session.flow !== null || Object.keys(current).length > 0;
  if (intent.explain === "volume") return { replies: [volumeWorkingReply(current)] };
  if (intent.about && hasThread)
    return { replies: [picksReply(rankOnly(ctx.catalog, current, session.assumptions), intent.about, ctx.catalog)] };
  const asked = modelsAsked(intent, ctx);
  // "why is X on the list? it's a coding model": where X stands and why, whatever else it says.
  if (hasThread && asked.length > 0 && WHY_LISTED.test(intent.text.toLowerCase()))
    return { replies: [whyListedReply(rankOnly(ctx.catalog, current, session.assumptions), asked, ctx.catalog)] };
  let edit = whatIfEdit(intent, current, ctx.catalog);
  const said = Object.keys(edit.patch).length > 0 || edit.remove.length > 0 || edit.allow !== undefined;

  if (!hasThread && !said && asked.length === 0 && !edit.smallerThanFirst) return { replies: [noThread()] };
  const before = rankOnly(ctx.catalog, current, session.assumptions);
  // "what about a smaller model?": smaller than this thread's #1, a size cap from its count.
  if (edit.smallerThanFirst && !said) {
    const smaller = smallerThanFirst(before, ctx.catalog);
    if (typeof smaller === "string") return { replies: [whyNotReply(before, [], ctx.catalog, whyNotText, smaller)] };
    edit = { ...edit, patch: { ...edit.patch, maxParamsB: smaller.maxParamsB }, said: [smaller.said] };
  }
  // "what if we also serve Singapore?" with nothing else: no requirement changes; say why, with the #1 kept.
  if (edit.servesPlaces && !said && asked.length === 0 && before.ranking.ranked.length > 0)
    return {
      replies: [whyNotReply(before, [], ctx.catalog, whyNotText, servedPlacesText(edit.servesPlaces, current))],
    };
  const changes = Object.keys(edit.patch).length > 0 || edit.remove.length > 0 || edit.allow !== undefined;
  // "what if peak is 10x average", "what if we use int4": no requirement changes, a self-hosting
  // assumption does; the shortlist's self-hosted costs are re-run under it.
  const assumed = changes || asked.length > 0 ? {} : parseAssumptionEdits(intent.text);
  if (hasThread && Object.keys(assumed).length > 0) return assumptionWhatIf(before, assumed, ctx);
  if (!changes) {
    // "what if we allow mistral models" names a lab, not a model to explain: when the lab was never
    // ruled out, its family word resolving to a listed member must not turn it into "why not X?".
    const lettingIn = edit.neverExcluded !== undefined && whyNotAsked(intent.text) === undefined;
    // With no recommendation begun in the thread there is nothing to rank the model against: a
    // ranking made from no requirement would be a shortlist nobody asked for. (In the guided
    // questions the why-not weighs it against what the team has said so far.)
    if (asked.length > 0 && !lettingIn && session.flow === null) return { replies: noShortlistYet(asked, ctx) };
    if (asked.length > 0 && !lettingIn) return { replies: [whyNotReply(before, asked, ctx.catalog)] };
    // Saying again what the thread has ("it's non-commercial research") changes nothing: say so.
    const again = describeRequirements(
      Object.fromEntries((edit.restated ?? []).map((k) => [k, current[k]])) as Partial<Requirements>,
      ctx.catalog,
    );
    if (again.length > 0 && before.ranking.ranked.length > 0)
      return {
        replies: [
          shortlistReply(before, ctx.catalog, {
            intent: "what-if",
            lead: [`Already noted: ${again.join(" · ")}. Nothing changes.`],
            extraData: { change: null },
          }),
        ],
      };
    // Letting in what was never ruled out ("what if we allow meta" with no Meta rule) changes nothing.
    const never = edit.neverExcluded
      ? describeRequirements({ exclude: edit.neverExcluded }, ctx.catalog).map((d) => d.replace(/^excluding /, ""))
      : [];
    if (never.length > 0 && before.ranking.ranked.length > 0)
      return {
        replies: [
          shortlistReply(before, ctx.catalog, {
            intent: "what-if",
            lead: [`This thread never ruled out ${never.join(" · ")}, so there is nothing to lift. Nothing changes.`],
            extraData: { change: null },
          }),
        ],
      };
    // "why not deepseek?" (a family), "why not deepl?" (a name the catalogue does not hold).
    const said = hasThread && edit.missing.length === 0 ? whyNotAsked(intent.text) : undefined;
    const named = said !== undefined ? whyNotNamedText(before, said, ctx.catalog) : null;
    if (named !== null) return { replies: [whyNotReply(before, [], ctx.catalog, whyNotText, named)] };
    const why =
      edit.missing.length > 0
        ? `I need ${edit.missing.join(" and ")} first.`
        : 'I couldn\'t tell which requirement to change. Try "what if we self-host?", "double the traffic", "only open models" or "we don\'t need fine-tuning".';
    return { replies: [message([text(why)], { intent: "what-if", models: [], change: null })] };
  }

  let requirements = mergeRequirements(current, edit.patch);
  for (const k of edit.remove) delete requirements[k];
  // A lifted EU residency stays lifted: said as false, or an EU team's default would bring it back.
  if (edit.remove.includes("euDataResidency") && assumesEuResidency(requirements)) requirements.euDataResidency = false;
  if (edit.remove.includes("monthlyBudgetUsd")) delete requirements.budgetPerUnit;
  if (edit.allow) {
    const exclude = withoutExclusions(requirements.exclude, edit.allow);
    if (exclude) requirements.exclude = exclude;
    else delete requirements.exclude;
  }
  requirements = { ...requirements };
  // "what if we self-host on rented h100s", "… on 8 h100s": the hardware said with the change is
  // what the self-hosted picks are priced on, kept in the thread like any assumption.
  const hardware = hardwareEdits(parseAssumptionEdits(intent.text));
  const assumptions = { ...session.assumptions, ...hardware };
  const open = openStep(session, edit);
  // Before the guided questions have shown a shortlist, the change is noted for it ("what if we
  // reach 1M questions a month?" at question 1) and the question asked again (router.ts), or, when
  // it answered the question, the next one: a shortlist ranked from half the answers is no answer.
  if (session.flow && session.flow.step !== null && !session.flow.shortlisted)
    return notedBeforeShortlist(ctx, { ...session, assumptions }, requirements, edit, open);
  const after = runRecommendation(ctx.catalog, requirements, assumptions);
  const flow = session.flow ? { ...session.flow, step: open, shortlisted: true as const } : newFlow(null);
  const lead = [
    `**What if:** ${[...new Set([...edit.said, ...describeEdits(toAssumptionEdits(hardware), ctx.catalog.selfhost).filter((w) => !((edit.patch.ownedGpus ?? edit.patch.namedGpus) && w.startsWith("on ")))])].join(" · ") || "changed requirements"}. I've kept this change in the thread (say _back_ to undo it, or change it again).`,
  ];
  // A budget in another currency is said back and not applied: say why, and ask for dollars.
  lead.push(...foreignBudgetLines(intent.text));
  if (hasThread && before.ranking.ranked.length > 0) lead.push(changesText(before, after));
  if (edit.patch.peakOccasion) lead.push(...peakOccasionLines(requirements, after.ranking.ranked));
  lead.push(...cachedInputLines(current.volume, requirements.volume, edit.cachedInput, after.ranking.ranked));
  lead.push(...asked.map((id) => whyNotText(after, id, ctx.catalog)));
  // A history entry lets "back" undo the what-if like an answer.
  const nextFlow = {
    ...flow,
    history: pushHistory(flow, historyEntry("what-if", current, requirements)),
  };
  return {
    session: { ...withFlow({ ...session, assumptions }, nextFlow, requirements), costView: null },
    replies: [
      shortlistReply(after, ctx.catalog, {
        intent: "what-if",
        lead,
        extraData: {
          change: { patch: edit.patch, removed: edit.remove, ...(edit.allow ? { allowed: edit.allow } : {}) },
          previousFirst: before.ranking.ranked[0]?.id ?? null,
        },
      }),
    ],
  };
};
