// Running the scoring engine for a thread and rendering its shortlist. Shared by the guided
// flow, one-shot recommendations and what-ifs, so all three show the same table and reasons.
import type { Catalog } from "../catalog/catalog.js";
import type { FlowStep } from "../conversation/flows/steps.js";
import { threadCostEdits } from "../costs/assumptions.js";
import type { OutboundMessage, SourceRef } from "../ports.js";
import { askChoices, choices, heading, message, sources, table, text } from "../render/builders.js";
import { formatUsd } from "../render/format.js";
import { sharedScoringCache, type ConstraintId } from "../scoring/constraints.js";
import { explainTop, fmtScore, type Explanation } from "../scoring/explain.js";
import { rankModels, type RankedModel, type Ranking } from "../scoring/rank.js";
import { CRITERIA, CRITERION_LABELS, USE_CASE_LABELS, type Requirements } from "../scoring/requirements.js";
import { judgedDefaults } from "../scoring/judged-defaults.js";
import { budgetUsdOf } from "../scoring/budget.js";
import { EXCHANGE_RATE_SOURCE } from "../catalog/exchange-rates.js";
import { languageCoverage, languageCoverageNote } from "../scoring/language-coverage.js";
import { evidenceNote } from "../scoring/evidence-note.js";
import { qualityBarNote, qualityBarOf } from "../scoring/quality-floor.js";
import { UNREAD_LICENCE_LABEL } from "../scoring/licence-read.js";
import { previewNote } from "../scoring/preview-note.js";
import { legacyNote } from "../scoring/legacy-note.js";
import { speedNote } from "../scoring/speed-note.js";
import { latencyTargetNote, REASONING_SOURCE } from "../scoring/latency-target.js";
import { selfHostQuoter } from "../scoring/self-host-quote.js";
import { deviceCapNote, sizeCap } from "../scoring/team-filters.js";
import { PLAUSIBLE_WEIGHT_TEXT, whatWouldFlip, type FlipResult } from "../scoring/sensitivity.js";
import { licenseSources } from "./common.js";
import { costWorkingLines } from "./cost-working.js";
import { NOT_COUNTED, REASONING_COUNTED } from "./reasoning-notes.js";
import { oneOffBudgetMonthlyNote, oneOffBudgetNote } from "./one-off-budget.js";
import { ONE_OFF_COST_HEADING, oneOffCell, oneOffCosts, oneOffJobOf, oneOffWorkingLines } from "./one-off-cost.js";
import { pricedAtBatchRates } from "../scoring/hosting-rules.js";
import { dataHostsSection } from "./data-hosts.js";
import { residencyHostsSection, selfHostInPlace } from "./residency-hosts.js";
import { residencyRule } from "../scoring/residency.js";
import { ageTermsNote } from "./age-terms-note.js";
import { codeModelNote, supersededNote, withdrawnNote } from "./later-group-notes.js";
import { budgetRiskNote } from "./budget-risk-note.js";
import { visionModelNote } from "./vision-model-note.js";
import { fedrampNote } from "./fedramp-note.js";
import { cloudServiceNote } from "./cloud-service-note.js";
import { avoidedPickNote } from "./avoided-pick-note.js";
import { retiredHostsNote } from "./retirement.js";
import { mustSelfHost } from "../scoring/monthly-cost.js";
import { noOpsSelfHostNote } from "./no-ops-note.js";
import { noCashNote } from "./no-cash-note.js";
import { qualityMinimumNote } from "./quality-minimum-note.js";
import { hardwareSection } from "./hardware-note.js";
import { originLabsNote } from "./origin-labs-note.js";
import { otherLineNote } from "./other-line-note.js";
import { promptCacheNote } from "./prompt-cache-note.js";
import { describeBasis } from "../conversation/slot-labels.js";
import { newestReleaseFirst } from "../catalog/release-order.js";

/** Heading of the lines that show how each monthly cost in the shortlist was computed. */
export const COST_WORKING_HEADING = "How the monthly costs were worked out";

export const COMMERCIAL_ASSUMED =
  '_Assumed: commercial use (say "non-commercial" if this is research or a personal project)._';

export interface Recommendation {
  ranking: Ranking;
  explanation: Explanation | null;
  flip: FlipResult;
  /**
   * When the budget rules out every model, or keeps every candidate below the job's quality
   * minimum: the ranking without it, to say what it would take.
   */
  withoutBudget?: Ranking;
  /** Facts assumed because the team left them unsaid (see judgedDefaults), said in the answer. */
  assumed?: string[];
  /** What the team stated, when facts were assumed: the say-back tells the two apart. */
  stated?: Requirements;
}

export function runRecommendation(
  catalog: Catalog,
  stated: Requirements,
  assumptions: Record<string, string | number | boolean> = {},
): Recommendation {
  const { req, assumed } = judgedDefaults(stated);
  const edits = threadCostEdits(req, assumptions);
  const editsKey = JSON.stringify(Object.entries(edits).sort(([a], [b]) => (a < b ? -1 : 1)));
  const options = { selfHost: selfHostQuoter(catalog.selfhost, edits), cache: sharedScoringCache(catalog, editsKey) };
  const ranking = rankModels(catalog, req, options);
  const rec: Recommendation = {
    ranking,
    explanation: explainTop(ranking),
    flip: whatWouldFlip(catalog, ranking, options),
    ...(assumed.length > 0 ? { assumed, stated } : {}),
  };
  const weakOnly = ranking.ranked[0]?.belowQualityMinimum === true;
  if ((ranking.ranked.length === 0 || weakOnly) && budgetUsdOf(req) !== undefined) {
    const rest: Requirements = { ...req };
    delete rest.monthlyBudgetUsd;
    delete rest.statedBudget;
    rec.withoutBudget = rankModels(catalog, rest, options);
  }
  return rec;
}

/** Only the ranking (no explanation or sensitivity search): for "before" views and why-nots. */
export function rankOnly(
  catalog: Catalog,
  stated: Requirements,
  assumptions: Record<string, string | number | boolean> = {},
): Recommendation {
  const { req } = judgedDefaults(stated);
  const ranking = rankModels(catalog, req, {
    selfHost: selfHostQuoter(catalog.selfhost, threadCostEdits(req, assumptions)),
  });
  return { ranking, explanation: explainTop(ranking), flip: { weight: null, requirement: null } };
}

/** "Without the budget: best X ($a/month); cheapest Y ($b/month)." */
export function nearMissText(rec: Recommendation): string | null {
  const ranked = rec.withoutBudget?.ranked ?? [];
  const best = ranked[0];
  if (!best) return null;
  // Named as a fallback, so fit for the job: a model below the job's quality minimum, built for
  // another job (a code model for contract review) or under a licence nobody has read is no
  // fallback a lead would name. At the same cost the better-ranked one is named (Codestral Mamba
  // was named beside Gemma 3 12B at the same self-hosted $4,036.60 by its id alone).
  const priced = ranked
    .filter((m) => m.monthlyCostUsd !== null && !m.belowQualityMinimum && !m.builtForOtherJob && !m.licenceUnread)
    .sort((a, b) => (a.monthlyCostUsd ?? 0) - (b.monthlyCostUsd ?? 0) || a.rank - b.rank);
  const cheapest = priced[0];
  const parts = [
    `Without the budget, the best match would be **${best.name}** (score ${fmtScore(best.score)}, ${costCell(best)})`,
  ];
  if (cheapest && cheapest.id !== best.id)
    parts.push(`the cheapest that meets everything else is **${cheapest.name}** at ${costCell(cheapest)}`);
  return `${parts.join("; ")}.`;
}

const GROUP_LABELS: Record<ConstraintId, string> = {
  excluded: "Ruled out by you",
  size: "Too large (or size unknown) for your cap",
  "image-input": "No image input (or input types unknown): you send images",
  "quality-floor": "Below your quality bar",
  "latency-target": "Reasons before answering: too slow for your latency target",
  hardware: "Does not fit your hardware",
  redistribution: "Weights cannot be shipped",
  cloud: "Not in your cloud",
  baa: "No BAA known",
  "eu-residency": "No EU data residency known",
  residency: "Known not to process in the country your data must stay in",
  "regulated-host": "No host whose terms fit regulated data",
  "no-retention": "No host known to rule out training on and keeping your data",
  "no-training": "No host known to rule out training on your data",
  "excluded-host": "Only on hosts you ruled out",
  license: "Licence blocks your use",
  budget: "Over budget at your volume",
  context: "Context window too small",
  "context-unknown": "Context window unknown (not checkable against your need)",
  deployment: "Cannot run where you need it",
  "open-weights": "Not open-weights",
  availability: "Not available",
  "no-license": "No licence on file",
};
const GROUP_ORDER: ConstraintId[] = [
  "excluded",
  "license",
  "redistribution",
  "size",
  "image-input",
  "quality-floor",
  "latency-target",
  "hardware",
  "excluded-host",
  "cloud",
  "baa",
  "eu-residency",
  "residency",
  "no-retention",
  "no-training",
  "regulated-host",
  "budget",
  "context",
  "context-unknown",
  "deployment",
  "open-weights",
  "no-license",
  "availability",
];

/** For research-only weights used through the lab's API: say so before the verdict's reasons. */
export function apiOnlyNote(m: RankedModel): string {
  const note = m.license.notes?.find((n) => n.startsWith("Only through"));
  return note ? `${note.split(":")[0]}. ` : "";
}

export function verdictLabel(m: RankedModel): string {
  if (m.licenceUnread) return UNREAD_LICENCE_LABEL;
  return `${m.licenseVerdict}${m.license.unverified ? " (unverified)" : ""}`;
}

/** The table row shown instead of the monthly cost when no volume is stated. */
export const LIST_PRICE_ROW = "List price per 1M tokens";

/** "$0.05 in / $0.40 out (OpenAI)": the cheapest API list price of a pick, or why there is none. */
export function listPriceCell(m: RankedModel): string {
  const p = m.listPrice;
  if (!p) return m.monthlyCostUsd === null ? "no API price" : costCell(m);
  const usd = (x: number) => `$${x < 0.1 ? x.toFixed(3).replace(/0$/, "") : x.toFixed(2)}`;
  return `${usd(p.inputPerMTok)} in / ${usd(p.outputPerMTok)} out (${p.provider})`;
}

export function costCell(m: RankedModel): string {
  return m.monthlyCostUsd === null
    ? "unknown"
    : `${formatUsd(m.monthlyCostUsd)} (${m.costLabel.startsWith("on-device") ? "on-device" : m.costBasis === "self-host" ? "self-hosted" : m.costLabel})`;
}

/**
 * For a team whose data must stay in a country, when a pick's API host is not on record as
 * processing there and its open weights could run there: each pick's monthly cost self-hosted in
 * that country beside the table's figure (residency-hosts.ts says how it was priced), so the table
 * shows which pick meets the rule at what cost. Null when no pick needs one.
 */
function selfHostInPlaceRow(req: Requirements, top: readonly RankedModel[]): string[] | null {
  const place = residencyRule(req);
  if (!place || !req.volume || !top.some((m) => selfHostInPlace(m, req))) return null;
  const cell = (m: RankedModel) => {
    const quote = selfHostInPlace(m, req);
    if (quote) return formatUsd(quote.monthlyUsd);
    if (m.costBasis === "self-host") return "as above";
    return m.residencyUnchecked ? "not priced" : `not needed (in ${place.said})`;
  };
  return [`Self-hosted in ${place.said}`, ...top.map(cell)];
}

/** The table's cost: a model that reasons first shows both ends of its hidden reasoning ("$24,816.00–$72,336.00 (API via Azure)"). */
function monthlyCostCell(m: RankedModel): string {
  const high = m.reasoningHighUsd;
  if (m.monthlyCostUsd === null || high === undefined || high === null) return costCell(m);
  return costCell(m).replace(formatUsd(m.monthlyCostUsd), `${formatUsd(m.monthlyCostUsd)}–${formatUsd(high)}`);
}

/** An excluded model people are likely to ask about: a current first-party API model, newest first. */
function wellKnownExcluded(ranking: Ranking, catalog: Catalog): { name: string } | undefined {
  const known = ranking.excluded
    .filter((e) => e.constraint !== "availability")
    .flatMap((e) => {
      const m = catalog.modelById.get(e.id);
      return m && m.status === "current" && m.offerings.some((o) => o.firstParty) ? [m] : [];
    });
  known.sort((a, b) => newestReleaseFirst(a, b) || (a.id < b.id ? -1 : 1));
  return known[0];
}

/** The reasons models were ruled out, largest group first, with how many each ruled out. */
export function excludedGroups(ranking: Ranking): { label: string; count: number }[] {
  return GROUP_ORDER.map((id) => ({
    label: GROUP_LABELS[id],
    count: ranking.excluded.filter((e) => e.constraint === id).length,
  }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count);
}

export function excludedSummary(ranking: Ranking, perGroup = 2): string[] {
  const lines: string[] = [];
  for (const id of GROUP_ORDER) {
    const group = ranking.excluded.filter((e) => e.constraint === id);
    if (group.length === 0) continue;
    const shown = group.slice(0, perGroup).map((e) => e.reason);
    const more = group.length - shown.length;
    lines.push(
      `- **${GROUP_LABELS[id]}** (${group.length}): ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`,
    );
  }
  return lines;
}

export function weightsLine(ranking: Ranking): string {
  const sorted = [...CRITERIA].sort(
    (a, b) => ranking.weights[b] - ranking.weights[a] || CRITERIA.indexOf(a) - CRITERIA.indexOf(b),
  );
  const parts = sorted
    .filter((c) => ranking.weights[c] > 0)
    .map((c) => `${CRITERION_LABELS[c]} ${fmtScore(ranking.weights[c])}`);
  const why = ranking.weightAdjustments.length > 0 ? ` (adjusted: ${ranking.weightAdjustments.join("; ")})` : "";
  return `**Weights used:** ${parts.join(" · ")}${why}.`;
}

export function flipText(rec: Recommendation): string | null {
  const [a, b] = rec.ranking.ranked;
  if (!a || !b) return null;
  // Equal scores: nothing to swap, and no swap is offered (the tie is explained above).
  if (rec.flip.tied) return null;
  const parts: string[] = [];
  if (rec.flip.weight) parts.push(rec.flip.weight.text);
  else parts.push(`no plausible single weight change (${PLAUSIBLE_WEIGHT_TEXT}) puts ${b.name} ahead of ${a.name}`);
  if (rec.flip.requirement) parts.push(rec.flip.requirement.text);
  else
    parts.push(
      "no single requirement change I tried (volume, budget, open weights, fine-tuning, deployment, data sensitivity, ML-ops experience, priorities) swaps them",
    );
  return `**What would swap #1 and #2:**\n${parts.map((p) => `- ${p}`).join("\n")}`;
}

export function shortlistSources(ranking: Ranking, catalog: Catalog, top: RankedModel[]): SourceRef[] {
  const items: SourceRef[] = [];
  for (const m of top) {
    items.push(...m.sources);
    const model = catalog.modelById.get(m.id);
    const license = model ? catalog.licenseById.get(model.licenseId) : undefined;
    items.push(...licenseSources(license, catalog, model).slice(0, 1));
  }
  items.push({
    label: `modelwise catalogue (${ranking.ranked.length + ranking.excluded.length} models)`,
    asOf: catalog.asOf,
  });
  // A budget in another currency applied at the most it can be worth rests on the rate table.
  const req = ranking.requirements;
  if (req.monthlyBudgetUsd === undefined && budgetUsdOf(req) !== undefined) {
    const { label, url, asOf } = EXCHANGE_RATE_SOURCE;
    items.push({ label, url, asOf });
  }
  return items;
}

export function rankingData(rec: Recommendation, notAskedSteps: FlowStep[] = [], assumedSteps: FlowStep[] = []) {
  const r = rec.ranking;
  return {
    ranking: r.ranked.map((m) => ({
      id: m.id,
      name: m.name,
      rank: m.rank,
      score: m.score,
      breakdown: m.breakdown,
      monthlyCostUsd: m.monthlyCostUsd,
      // A model that reasons first: its cost at the longest published trace, where its budget is checked.
      reasoningHighUsd: m.reasoningHighUsd,
      costBasis: m.costBasis,
      apiProvider: m.apiProvider,
      licenseVerdict: m.licenseVerdict,
      evidence: m.evidence,
    })),
    excluded: r.excluded.map((e) => ({ id: e.id, reason: e.reason, constraint: e.constraint })),
    weights: r.weights,
    requirements: r.requirements,
    explanation: rec.explanation
      ? {
          tied: rec.explanation.tied,
          ties: rec.explanation.ties,
          first: rec.explanation.first.id,
          second: rec.explanation.second.id,
          gap: rec.explanation.gap,
          ahead: rec.explanation.ahead,
          behind: rec.explanation.behind,
        }
      : null,
    flip: rec.flip,
    notAsked: notAskedSteps.map((s) => s.id),
    /** Facts assumed because they were not stated (licence verdicts depend on them). */
    assumed: [
      ...(r.requirements.commercial === undefined ? ["commercial use"] : []),
      ...(rec.assumed ?? []),
      ...assumedSteps.map((s) => `${s.label} not stated`),
    ],
    withoutBudget: rec.withoutBudget
      ? rec.withoutBudget.ranked
          .slice(0, 3)
          .map((m) => ({ id: m.id, score: m.score, monthlyCostUsd: m.monthlyCostUsd }))
      : undefined,
  };
}

export interface ShortlistOptions {
  intro?: string[];
  notAsked?: FlowStep[];
  intent: string;
  extraData?: Record<string, unknown>;
  /** Extra blocks right after the intro (what changed, why not X). */
  lead?: string[];
  /** One-shot answers: the questions not asked, said as assumptions, plus a refine button. */
  assumed?: FlowStep[];
  refine?: string;
}

export function shortlistReply(rec: Recommendation, catalog: Catalog, opts: ShortlistOptions): OutboundMessage {
  const r = rec.ranking;
  const req = r.requirements;
  const top = r.ranked.slice(0, 3);
  const hostSources: SourceRef[] = [];
  const blocks = [...(opts.intro ?? []).map((l) => text(l)), ...(opts.lead ?? []).map((l) => text(l))];
  blocks.push(heading(req.useCase ? `Shortlist: ${USE_CASE_LABELS[req.useCase]}` : "Shortlist"));
  const basis = describeBasis(req, catalog, rec.stated);
  blocks.push(
    text(
      `**Based on:** ${basis.used.length > 0 ? basis.used.join(" · ") : "no requirements yet (general ranking)"}.${req.commercial === undefined ? ` ${COMMERCIAL_ASSUMED}` : ""}`,
    ),
  );
  if (basis.unused.length > 0)
    blocks.push(text(`_Understood but not used in the ranking:_ ${basis.unused.join(" · ")}.`));
  if (rec.assumed && rec.assumed.length > 0) blocks.push(text(`_Assumed: ${rec.assumed.join("; ")}._`));
  if (opts.assumed && opts.assumed.length > 0)
    blocks.push(
      text(
        `**Assumed:** nothing about ${opts.assumed.map((s) => s.label).join(", ")}, so none of them narrows the ranking yet. Refine, or just tell me, and I'll re-rank.`,
      ),
    );
  if (opts.notAsked && opts.notAsked.length > 0)
    blocks.push(
      text(
        `_Not asked:_ ${opts.notAsked.map((s) => s.question.replace(/\?.*$/, "?")).join(" ")} Tell me if it matters and I'll re-rank.`,
      ),
    );

  if (top.length === 0) {
    blocks.push(
      text(
        "**No model in the catalogue meets all of your requirements.** Here is what ruled them out; loosening one of these (budget, deployment, open-weights only, context) brings models back:",
      ),
    );
    blocks.push(text(excludedSummary(r, 3).join("\n")));
    const near = nearMissText(rec);
    if (near) blocks.push(text(near));
    const noOps = noOpsSelfHostNote(req, (rec.withoutBudget?.ranked ?? []).slice(0, 3));
    if (noOps) blocks.push(text(noOps));
  } else {
    const columns = ["Criterion (weight)", ...top.map((m) => `${m.rank}. ${m.name}`)];
    // A criterion weighed 0 (speed when latency was not said) is left out: it decides nothing.
    const rows = CRITERIA.filter((c) => r.weights[c] > 0).map((c) => [
      `${CRITERION_LABELS[c]} (${fmtScore(r.weights[c])})`,
      ...top.map((m) => fmtScore(m.breakdown[c])),
    ]);
    rows.push(["Total score", ...top.map((m) => fmtScore(m.score))]);
    const job = oneOffJobOf(r);
    const once = job ? oneOffCosts(r, top, job) : [];
    // With no volume there is no monthly figure: the list prices are what a team compares.
    const priced = !job && !req.volume && top.some((m) => m.listPrice !== null);
    rows.push(
      job
        ? ["One-off cost", ...once.map(oneOffCell)]
        : priced
          ? [LIST_PRICE_ROW, ...top.map(listPriceCell)]
          : ["Monthly cost", ...top.map(monthlyCostCell)],
    );
    const inPlace = job ? null : selfHostInPlaceRow(req, top);
    if (inPlace) rows.push(inPlace);
    rows.push(["Licence", ...top.map(verdictLabel)]);
    blocks.push(table(columns, rows));
    const working = job
      ? oneOffWorkingLines(top, once, job)
      : costWorkingLines(top, catalog, req.volume, pricedAtBatchRates(req));
    const heading = job ? ONE_OFF_COST_HEADING : COST_WORKING_HEADING;
    if (working.length > 0) blocks.push(text(`**${heading}:**\n${working.join("\n")}`));
    const budgetRisk = job ? null : budgetRiskNote(r, top);
    if (budgetRisk) blocks.push(text(budgetRisk));
    const noCash = noCashNote(req, top, r.ranked);
    if (noCash) blocks.push(text(noCash));
    // A long prompt sent again and again: what a prompt cache would take off each API pick's bill.
    const cache = job || pricedAtBatchRates(req) ? null : promptCacheNote(catalog, req.volume, top);
    if (cache) blocks.push(text(cache));
    // A sum for the whole job is set against its cost once, never read as a month's cap.
    if (req.oneOffBudget)
      blocks.push(
        text(job ? oneOffBudgetNote(req.oneOffBudget, top, once) : oneOffBudgetMonthlyNote(req.oneOffBudget)),
      );
    const licence = top.map(
      (m) =>
        `- **${m.name}** (${m.licenseName}): ${verdictLabel(m)}. ${apiOnlyNote(m)}${m.license.reasons[0] ?? ""}${m.license.duties[0] ? ` Duty: ${m.license.duties[0]}` : ""}${m.license.questions?.[0] ? ` Open question: ${m.license.questions[0]}` : ""}`,
    );
    blocks.push(text(`**Licence verdicts:**\n${licence.join("\n")}`));
    const preview = previewNote(
      req,
      top.flatMap((m) => catalog.modelById.get(m.id) ?? []),
    );
    if (preview) blocks.push(text(preview));
    const legacy = legacyNote(top.flatMap((m) => catalog.modelById.get(m.id) ?? []));
    if (legacy) blocks.push(text(legacy));
    // Hosts that stopped selling a pick matter only where a host would serve it: not to a pick run
    // on the team's own GPUs, nor in a thread that rules every API out (round 27's on-prem teams
    // were told Mistral's own API no longer sells Mistral Small 3.2).
    const retiredHosts = mustSelfHost(req)
      ? null
      : retiredHostsNote(
          catalog,
          top.filter((m) => m.costBasis !== "self-host").flatMap((m) => catalog.modelById.get(m.id) ?? []),
        );
    if (retiredHosts) blocks.push(text(retiredHosts));
    const noOps = noOpsSelfHostNote(req, top);
    if (noOps) blocks.push(text(noOps));
    const languages = languageCoverageNote(
      languageCoverage(
        catalog,
        r.ranked.map((m) => m.id),
        req.languages ?? [],
      ),
    );
    if (languages) blocks.push(text(languages));
    const unmeasured = evidenceNote(top);
    if (unmeasured) blocks.push(text(unmeasured));
    const bar = qualityBarOf(catalog, req);
    if (bar) blocks.push(text(qualityBarNote(bar, top)));
    const minimum = qualityMinimumNote(r, rec.withoutBudget);
    if (minimum) blocks.push(text(minimum));
    if (req.latencyTarget)
      blocks.push(
        text(
          latencyTargetNote(
            req.latencyTarget,
            top.flatMap((m) => catalog.modelById.get(m.id) ?? []),
            r.excluded.filter((e) => e.constraint === "latency-target").length,
            req.onDevice ? { phone: req.device === "phone", maxB: sizeCap(req)?.maxB } : undefined,
          ),
        ),
      );
    // The reasoning estimate is cited where a target ruled a model out, or a priced pick's hidden reasoning is not counted.
    if (
      r.excluded.some((e) => e.constraint === "latency-target") ||
      working.some((l) => l.startsWith(`- ${NOT_COUNTED}`) || l.startsWith(`- ${REASONING_COUNTED}`))
    )
      hostSources.push(REASONING_SOURCE);
    const speed = speedNote(
      req,
      top.flatMap((m) => catalog.modelById.get(m.id) ?? []),
    );
    if (speed) blocks.push(text(speed));
    const device = deviceCapNote(req);
    if (device) {
      blocks.push(text(`**On-device size cap:** ${device.text}`));
      if (device.source) hostSources.push(device.source);
    }
    const hardware = hardwareSection(catalog, req, top);
    if (hardware) blocks.push(text(hardware));
    const hosts = dataHostsSection(catalog, req, top);
    if (hosts) {
      blocks.push(text(hosts.text));
      hostSources.push(...hosts.sources);
    }
    const cloudService = cloudServiceNote(req, top);
    if (cloudService) blocks.push(text(cloudService));
    const fedramp = fedrampNote(req, top);
    if (fedramp) blocks.push(text(fedramp));
    const residency = residencyHostsSection(catalog, req, top, r.ranked);
    if (residency) {
      blocks.push(text(residency.text));
      hostSources.push(...residency.sources);
    }
    const ageTerms = ageTermsNote(r, top);
    if (ageTerms) blocks.push(text(ageTerms));
    const codeModels = codeModelNote(r, top);
    if (codeModels) blocks.push(text(codeModels));
    const vision = visionModelNote(catalog, req, top);
    if (vision) blocks.push(text(vision));
    const avoided = avoidedPickNote(catalog, req, r.ranked, top);
    if (avoided) blocks.push(text(avoided));
    const withdrawn = withdrawnNote(r, top, catalog);
    if (withdrawn) blocks.push(text(withdrawn));
    const superseded = supersededNote(r, top, catalog);
    if (superseded) blocks.push(text(superseded));
    const oneLab = originLabsNote(catalog, r);
    if (oneLab) blocks.push(text(oneLab));
    const otherLine = otherLineNote(catalog, r);
    if (otherLine) blocks.push(text(otherLine));
    if (rec.explanation)
      blocks.push(
        text(`**${rec.explanation.tied ? "#1 and #2 are tied" : "Why #1 beats #2"}:** ${rec.explanation.text}`),
      );
    const flip = flipText(rec);
    if (flip) blocks.push(text(flip));
    const fitLine = (m: RankedModel) => (req.useCase ? `; ${req.useCase} fit: ${m.notes.useCaseFit}` : "");
    blocks.push(
      text(`**Quality signals:**\n${top.map((m) => `- ${m.name}: ${m.notes.quality}${fitLine(m)}`).join("\n")}`),
    );
    const excluded = excludedSummary(r);
    if (excluded.length > 0) blocks.push(text(`**Ruled out (${r.excluded.length}):**\n${excluded.join("\n")}`));
  }
  blocks.push(text(weightsLine(r)));
  blocks.push(sources([...shortlistSources(r, catalog, top), ...hostSources]));
  const whatIfs: string[] = [];
  if (req.deployment !== "own-cloud" && req.deployment !== "on-prem" && !req.selfHosted)
    whatIfs.push("what if we self-host?");
  if (req.volume) whatIfs.push("double the traffic");
  if (!req.openWeightsOnly) whatIfs.push("only open models");
  if (req.fineTuning === true) whatIfs.push("we don't need fine-tuning");
  const challenger = r.ranked[3] ?? wellKnownExcluded(r, catalog);
  if (challenger) whatIfs.push(`why not ${challenger.name}?`);
  whatIfs.push("summarize");
  if (opts.refine)
    blocks.push(
      choices("Not quite right?", [{ action: { kind: "flow-control", command: "refine" }, label: opts.refine }]),
    );
  blocks.push(askChoices("Try a what-if, or get the decision record:", whatIfs.slice(0, 5)));
  return message(blocks, {
    intent: opts.intent,
    models: top.map((m) => ({ id: m.id, name: m.name })),
    list: r.ranked.map((m) => m.id),
    ...rankingData(rec, opts.notAsked ?? [], opts.assumed ?? []),
    asOf: catalog.asOf,
    ...(opts.extraData ?? {}),
  });
}
