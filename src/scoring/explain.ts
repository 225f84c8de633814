// Why the first model beats the second: the weighted score gap split per criterion
// (weight × score difference), so the text can name the criteria that make the gap, with the
// same numbers the breakdown table shows.
import { TIE_EPSILON, tieBreaker, type RankedModel, type Ranking } from "./rank.js";
import { formatUsd as usd } from "../render/format.js";
import { CRITERIA, CRITERION_LABELS, USE_CASE_LABELS, type Criterion, type UseCase } from "./requirements.js";
import type { Weights } from "./weights.js";
import { belowMinimumWhy } from "./quality-minimum.js";
import { rankTier, type RankGroupFlags } from "./rank-groups.js";
import { residencyRule } from "./residency.js";
import { REASONING_TRACE_RANGE } from "./latency-target.js";
import { qualityMinimumOf } from "./quality-need.js";
import { noCashOwnGpus } from "./group-tier.js";

/** A ranked model's group (see rankTier): a later group is listed after, whatever the scores. */
const tierOf = (m: Pick<RankedModel, GroupFlag>) => rankTier(m);
type GroupFlag = keyof RankGroupFlags;

export interface GapPart {
  criterion: Criterion;
  label: string;
  weight: number;
  first: number;
  second: number;
  /** weight × (first − second): this criterion's share of the total gap. */
  contribution: number;
}

export interface Explanation {
  first: { id: string; name: string; score: number };
  second: { id: string; name: string; score: number };
  gap: number;
  /** Criteria where #1 is ahead, largest contribution first. */
  ahead: GapPart[];
  /** Criteria where #2 is ahead, largest first. */
  behind: GapPart[];
  /** #1 and #2 score the same (within float noise). */
  tied: boolean;
  /** Adjacent models in the top 3 with equal scores: which criteria tie and what orders them. */
  ties: TieNote[];
  text: string;
}

export interface TieNote {
  first: string;
  second: string;
  /** Criteria on which the two score exactly the same (interchangeable on these). */
  equalOn: string[];
  /** The named criterion that orders them, or null when nothing scored separates them. */
  brokenBy: string | null;
  text: string;
}

/** Say that two equally scored models tie, on what, and what (if anything) orders them. */
export function tieNote(a: RankedModel, b: RankedModel, weights?: Weights): TieNote {
  // Only what was weighed: a criterion at weight 0 (speed without a latency need) decides nothing.
  const weighed = CRITERIA.filter((c) => !weights || weights[c] > 0);
  const equal = weighed.filter((c) => Math.abs(a.breakdown[c] - b.breakdown[c]) <= 1e-9);
  const equalOn = equal.map((c) => CRITERION_LABELS[c]);
  const t = tieBreaker(a, b);
  const lines: string[] = [];
  if (equal.length === weighed.length)
    lines.push(
      `**${a.name}** and **${b.name}** tie at ${fmtScore(a.score)}: equal on every criterion, so they are interchangeable for what you told me.`,
    );
  else {
    const differ = weighed.filter((c) => !equal.includes(c)).map((c) => CRITERION_LABELS[c]);
    lines.push(
      `**${a.name}** and **${b.name}** tie at ${fmtScore(a.score)}${equalOn.length > 0 ? `: equal on ${equalOn.join(", ")} (interchangeable there)` : ""}; their differences on ${differ.join(", ")} cancel out.`,
    );
  }
  let brokenBy: string | null = null;
  if (t) {
    brokenBy = t.name;
    const costs =
      t.name === "lower cost" && a.monthlyCostUsd !== null && b.monthlyCostUsd !== null
        ? ` (${usd(a.monthlyCostUsd)} vs ${usd(b.monthlyCostUsd)} a month)`
        : "";
    lines.push(`${a.name} is listed first for **${t.name}**${costs}.`);
  } else
    lines.push(
      "Nothing modelwise scores separates them, so their order means nothing: choose on what it does not score (an evaluation on your own data, your vendor relationships, latency).",
    );
  return { first: a.name, second: b.name, equalOn, brokenBy, text: lines.join(" ") };
}

/** Tie notes for adjacent equally scored models among the first `top`. */
export function tieNotes(ranking: Ranking, top = 3): TieNote[] {
  const notes: TieNote[] = [];
  const shown = ranking.ranked.slice(0, top);
  for (let i = 0; i + 1 < shown.length; i++) {
    const a = shown[i];
    const b = shown[i + 1];
    if (a && b && tierOf(a) === tierOf(b) && Math.abs(a.score - b.score) <= TIE_EPSILON)
      notes.push(tieNote(a, b, ranking.weights));
  }
  return notes;
}

/** Why a model whose licence was never read is listed after the ones whose licence was. */
export function unreadLicenceWhy(m: Pick<RankedModel, "licenseName">): string {
  return `nobody has read its licence (${m.licenseName}), so whether you may use it is unknown, and a model on an unread licence is ranked after every model whose licence was read`;
}

/** Why a pick whose host is not checked for the team's place is listed after the checked ones. */
export function uncheckedResidencyWhy(m: Pick<RankedModel, "costLabel">, place: string): string {
  const host = m.costLabel.replace(/^API via /, "");
  return `its host (${host}) is not on record as processing in ${place}, and a pick whose host is not checked is ranked after every pick known to keep the data there (ask the host before you send data)`;
}

/** Why a pick not served under terms known to address users under 18 is listed after those that are. */
export function noKnownAgeTermsWhy(m: Pick<RankedModel, "costLabel" | "costBasis">): string {
  const whose =
    m.costBasis === "self-host"
      ? "self-hosted, it comes with no provider's terms on users under 18 (what it may do for children is yours to set)"
      : /^API via /.test(m.costLabel)
        ? `the terms of its host (${m.costLabel.replace(/^API via /, "")}) on serving users under 18 are not in the catalogue`
        : "the terms it is served under say nothing on users under 18 that the catalogue holds";
  return `${whose}, and a pick is ranked after every pick served under terms known to address minors (ask the host before children use it)`;
}

/** The rule that lists code models after the general ones (built-for-code.ts), for the team's job or none read. */
export function codeModelsLastRule(job: UseCase | undefined): string {
  const which = job
    ? `for a job that is not code (yours: ${USE_CASE_LABELS[job]})`
    : `with no job read that is code (say "coding" if it is)`;
  return `${which} a code model is ranked after every general model, however well broad ratings place it`;
}

/** Why a code model is listed after the general ones for a job that is not code. */
export function builtForOtherJobWhy(m: Pick<RankedModel, "name">, job: UseCase | undefined): string {
  return `${m.name} is built for code (so named by its lab), and ${codeModelsLastRule(job)}`;
}

/** Why a release its lab has deprecated or retired is listed after the current ones (withdrawn-release.ts). */
export function withdrawnByLabWhy(m: Pick<RankedModel, "name">): string {
  return `${m.name} is a release its lab has deprecated or retired, and a withdrawn release is ranked after every current one (its weights still run, but fixes and support go to the lab's current releases)`;
}

/** Why a model within the budget only at the low end of its hidden reasoning is listed after the others (group-tier.ts budgetAtRiskOf). */
export function budgetAtRiskWhy(m: Pick<RankedModel, "name">): string {
  return `${m.name} reasons before answering and is within your budget only if every request reasons as briefly as the shortest published trace (${REASONING_TRACE_RANGE} tokens), over it at the longest, and a pick at risk of the budget is ranked after every one within it across that range`;
}

/** Why a pick that needs money is listed after those a team with none runs on its own GPUs (group-tier.ts needsSpendOf). */
export function needsSpendWhy(m: Pick<RankedModel, "name" | "costBasis">): string {
  const what =
    m.costBasis === "api" ? "is billed per token through an API" : "needs GPUs rented or bought beyond yours";
  return `${m.name} ${what}, and with no cash budget a pick that needs money is ranked after every one your own GPUs run with nothing rented or bought`;
}

/** Why a release a later one of its line supersedes is listed after the others (superseded.ts). */
export function supersededInLineWhy(m: Pick<RankedModel, "name">): string {
  return `${m.name} has a later release of the same line usable where you run, at no higher cost and at least as good for the job, and a superseded release is ranked after every other`;
}

/** Why b, in a later group than a (see rankTier), is listed after it. */
export function laterGroupWhy(
  a: Pick<RankedModel, GroupFlag>,
  b: Pick<
    RankedModel,
    GroupFlag | "name" | "licenseName" | "breakdown" | "costLabel" | "costBasis" | "reasoningHighUsd"
  >,
  ranking: Pick<Ranking, "requirements">,
): string {
  if (b.licenceUnread !== a.licenceUnread) return unreadLicenceWhy(b);
  const minimum = qualityMinimumOf(ranking.requirements);
  if (b.belowQualityMinimum !== a.belowQualityMinimum && minimum) return belowMinimumWhy(b.breakdown, minimum);
  if (b.budgetAtRisk !== a.budgetAtRisk)
    return noCashOwnGpus(ranking.requirements) && b.reasoningHighUsd === undefined
      ? needsSpendWhy(b)
      : budgetAtRiskWhy(b);
  const rule = residencyRule(ranking.requirements);
  if (b.residencyUnchecked !== a.residencyUnchecked && rule) return uncheckedResidencyWhy(b, rule.said);
  if (b.noKnownAgeTerms !== a.noKnownAgeTerms) return noKnownAgeTermsWhy(b);
  if (b.builtForOtherJob !== a.builtForOtherJob) return builtForOtherJobWhy(b, ranking.requirements.useCase);
  if (b.withdrawnByLab !== a.withdrawnByLab) return withdrawnByLabWhy(b);
  if (b.supersededInLine !== a.supersededInLine) return supersededInLineWhy(b);
  return unreadLicenceWhy(b);
}

/** Score gaps below this are within the precision of the criteria (each a rounded judgement). */
export const CLOSE_CALL = 0.01;

/** Two decimals everywhere the user sees a score, so text and table agree. */
export const fmtScore = (x: number): string => x.toFixed(2);
/** The smallest contribution fmtSigned shows as other than ±0.000. */
export const SHOWN_CONTRIBUTION = 0.0005;
const fmtSigned = (x: number): string => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(3)}`;

export function gapParts(a: RankedModel, b: RankedModel, weights: Weights): GapPart[] {
  return CRITERIA.map((c) => ({
    criterion: c,
    label: CRITERION_LABELS[c],
    weight: weights[c],
    first: a.breakdown[c],
    second: b.breakdown[c],
    contribution: weights[c] * (a.breakdown[c] - b.breakdown[c]),
  }));
}

/** Monthly costs closer than this (half a cent) are the same figure as shown. */
const SAME_COST_USD = 0.005;

/**
 * The top picks all cost the same (self-hosted on the team's own GPUs, each on the same cards with
 * the same ops, is the usual case): cost keeps its weight but separates none of them, which a team
 * that put cost first should hear, with what orders them instead. Null when the costs differ or
 * cost is not weighed.
 */
export function sameCostLine(ranking: Pick<Ranking, "ranked" | "weights" | "requirements">, top = 3): string | null {
  const shown = ranking.ranked.slice(0, top);
  const first = shown[0]?.monthlyCostUsd;
  if (shown.length < 2 || first === null || first === undefined || ranking.weights.cost <= 0) return null;
  if (shown.some((m) => m.monthlyCostUsd === null || Math.abs(m.monthlyCostUsd - first) >= SAME_COST_USD)) return null;
  const owned =
    ranking.requirements.ownedGpus && shown.every((m) => m.costBasis === "self-host") ? " on your own GPUs" : "";
  const who = shown.length === 2 ? "Both picks" : `All ${shown.length} picks`;
  return `**Cost is a tie:** ${who} cost the same${owned}, ${usd(first)} a month, so cost (weight ${fmtScore(ranking.weights.cost)}) does not separate them: their order comes from the other criteria.`;
}

/** A close alternative at most this share of #1's monthly cost is a saving worth saying. */
const MUCH_CHEAPER_SHARE = 0.5;

/**
 * Scores within a close call are interchangeable, but their prices need not be: Opus at $400 and
 * DeepSeek at $37 a month can score 0.87 and 0.86. A lead weighs that gap, so the answer says it:
 * the cheapest shown pick within a close call of #1 that costs at most half as much. Null otherwise.
 */
function closeButCheaperLine(ranking: Ranking): string | null {
  const [first, ...rest] = ranking.ranked.slice(0, 3);
  const top = first?.monthlyCostUsd;
  if (!first || top === null || top === undefined || top <= 0) return null;
  // The shown picks within a close call of #1 at most half its cost, cheapest first.
  const [cheapest, cost] =
    rest
      .flatMap((m): [RankedModel, number][] =>
        m.monthlyCostUsd !== null &&
        m.monthlyCostUsd <= top * MUCH_CHEAPER_SHARE &&
        tierOf(m) === tierOf(first) &&
        first.score - m.score < CLOSE_CALL
          ? [[m, m.monthlyCostUsd]]
          : [],
      )
      .sort((x, y) => x[1] - y[1])[0] ?? [];
  if (!cheapest || cost === undefined) return null;
  return `**Close, and cheaper:** ${cheapest.name} (#${cheapest.rank}) scores within ${CLOSE_CALL} of ${first.name} for ${usd(cost)} a month against ${usd(top)}: ${usd(top - cost)} a month less for a difference these scores cannot tell apart.`;
}

const byContribution = (x: GapPart, y: GapPart) =>
  Math.abs(y.contribution) - Math.abs(x.contribution) || CRITERIA.indexOf(x.criterion) - CRITERIA.indexOf(y.criterion);

export function explainTop(ranking: Ranking): Explanation | null {
  const [a, b] = ranking.ranked;
  if (!a || !b) return null;
  const parts = gapParts(a, b, ranking.weights);
  const ahead = parts.filter((p) => p.contribution > 1e-9).sort(byContribution);
  const behind = parts.filter((p) => p.contribution < -1e-9).sort(byContribution);
  const gap = a.score - b.score;
  const laterGroup = tierOf(b) > tierOf(a);
  const tied = !laterGroup && Math.abs(gap) <= TIE_EPSILON;
  const ties = tieNotes(ranking);
  const line = (p: GapPart, who: string) =>
    `**${p.label}** (weight ${fmtScore(p.weight)}): ${who} ${fmtScore(p.first)} vs ${fmtScore(p.second)}, ${fmtSigned(p.contribution)}`;
  const lines: string[] = [];
  if (tied) lines.push(ties[0]?.text ?? tieNote(a, b, ranking.weights).text);
  else if (laterGroup && gap <= TIE_EPSILON)
    lines.push(
      `**${b.name}** scores ${fmtScore(b.score)}, ${gap < -TIE_EPSILON ? "more than" : "as much as"} **${a.name}** (${fmtScore(a.score)}), but is listed after it: ${laterGroupWhy(a, b, ranking)}.`,
    );
  else {
    lines.push(
      `**${a.name}** scores ${fmtScore(a.score)} and **${b.name}** ${fmtScore(b.score)}: a gap of ${gap < 0.001 ? "under 0.001" : gap.toFixed(3)}.${gap < CLOSE_CALL ? " A gap this small is within the precision of these scores: treat them as close alternatives." : ""}`,
    );
    // A contribution that shows as ±0.000 explains nothing ("0.99 vs 0.99, −0.000"): listed only when it shows.
    const shown = (ps: GapPart[]) => ps.filter((p) => Math.abs(p.contribution) >= SHOWN_CONTRIBUTION).slice(0, 3);
    if (shown(ahead).length > 0) {
      lines.push(`${a.name} is ahead on:`);
      for (const p of shown(ahead)) lines.push(`- ${line(p, a.name)}`);
    }
    if (shown(behind).length > 0) {
      lines.push(`${b.name} is ahead on:`);
      for (const p of shown(behind)) lines.push(`- ${line(p, a.name)}`);
    }
  }
  const sameCost = sameCostLine(ranking);
  if (sameCost) lines.push(sameCost);
  const cheaper = closeButCheaperLine(ranking);
  if (cheaper) lines.push(cheaper);
  // A tie further down the top 3 is said too.
  for (const t of ties) if (!(tied && t.first === a.name)) lines.push(t.text);
  return {
    first: { id: a.id, name: a.name, score: a.score },
    second: { id: b.id, name: b.name, score: b.score },
    gap,
    ahead,
    behind,
    tied,
    ties,
    text: lines.join("\n"),
  };
}
