// Why the first model beats the second: the weighted score gap split per criterion
// (weight × score difference), so the text can name the criteria that make the gap, with the
// same numbers the breakdown table shows.
import type { RankedModel, Ranking } from "./rank.js";
import { CRITERIA, CRITERION_LABELS, type Criterion } from "./requirements.js";
import type { Weights } from "./weights.js";

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
  text: string;
}

/** Two decimals everywhere the user sees a score, so text and table agree. */
export const fmtScore = (x: number): string => x.toFixed(2);
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

const byContribution = (x: GapPart, y: GapPart) =>
  Math.abs(y.contribution) - Math.abs(x.contribution) || CRITERIA.indexOf(x.criterion) - CRITERIA.indexOf(y.criterion);

export function explainTop(ranking: Ranking): Explanation | null {
  const [a, b] = ranking.ranked;
  if (!a || !b) return null;
  const parts = gapParts(a, b, ranking.weights);
  const ahead = parts.filter((p) => p.contribution > 1e-9).sort(byContribution);
  const behind = parts.filter((p) => p.contribution < -1e-9).sort(byContribution);
  const gap = a.score - b.score;
  const line = (p: GapPart, who: string) =>
    `**${p.label}** (weight ${fmtScore(p.weight)}): ${who} ${fmtScore(p.first)} vs ${fmtScore(p.second)}, ${fmtSigned(p.contribution)}`;
  const lines: string[] = [];
  lines.push(
    `**${a.name}** scores ${fmtScore(a.score)} and **${b.name}** ${fmtScore(b.score)}: a gap of ${gap.toFixed(3)}.`,
  );
  if (ahead.length > 0) {
    lines.push(`${a.name} is ahead on:`);
    for (const p of ahead.slice(0, 3)) lines.push(`- ${line(p, a.name)}`);
  }
  if (behind.length > 0) {
    lines.push(`${b.name} is ahead on:`);
    for (const p of behind.slice(0, 3)) lines.push(`- ${line(p, a.name)}`);
  }
  if (gap <= 1e-9) lines.push(`They tie; ${a.name} is listed first only because its id sorts first.`);
  return {
    first: { id: a.id, name: a.name, score: a.score },
    second: { id: b.id, name: b.name, score: b.score },
    gap,
    ahead,
    behind,
    text: lines.join("\n"),
  };
}
