// The note on picks at risk of the team's budget (rank-groups.ts budgetAtRisk): a model that
// reasons before answering, within the budget at the low end of published reasoning-trace lengths
// and over it at the longest, where its budget is checked (hidden-reasoning.ts). Says both ends
// and the budget, that such a pick is ranked after every one within the budget across the range,
// and names one a score alone would have put in the top picks. Said only when such a pick is in
// the top picks or was moved out of them.
import { formatUsd } from "../render/format.js";
import { budgetWords } from "../scoring/budget.js";
import { fmtScore } from "../scoring/explain.js";
import { REASONING_TOKENS_ESTIMATE, REASONING_TOKENS_HIGH } from "../scoring/latency-target.js";
import { rankTier, TIER_BIT } from "../scoring/rank-groups.js";
import type { RankedModel, Ranking } from "../scoring/rank.js";

/** How the note opens (a test finds it by this). */
export const BUDGET_AT_RISK = "**At risk of your budget:**";

const tokens = (n: number) => n.toLocaleString("en-US");

/** "$24,816.00 a month at 1,000 hidden reasoning tokens a request, $72,336.00 at 15,000": both ends. */
export function reasoningCostRange(m: Pick<RankedModel, "monthlyCostUsd" | "reasoningHighUsd">): string | null {
  if (m.monthlyCostUsd === null || m.reasoningHighUsd === undefined) return null;
  const high = m.reasoningHighUsd === null ? "not priced" : formatUsd(m.reasoningHighUsd);
  return `${formatUsd(m.monthlyCostUsd)} a month at ${tokens(REASONING_TOKENS_ESTIMATE)} hidden reasoning tokens a request, ${high} at ${tokens(REASONING_TOKENS_HIGH)}`;
}

/** The picks at risk of the budget a score alone would have placed before the last top pick. */
function movedOut(ranking: Ranking, top: readonly RankedModel[]): RankedModel[] {
  const last = top[top.length - 1];
  if (!last || last.budgetAtRisk) return [];
  const without = (m: RankedModel) => rankTier(m) & ~TIER_BIT.budgetAtRisk;
  const tl = without(last);
  return ranking.ranked.filter((m) => {
    if (!m.budgetAtRisk || top.includes(m)) return false;
    const tm = without(m);
    return tm < tl || (tm === tl && m.score > last.score);
  });
}

/** The note, or null when no pick at risk of the budget is in or was moved out of the top picks. */
export function budgetRiskNote(ranking: Ranking, top: readonly RankedModel[]): string | null {
  const budget = budgetWords(ranking.requirements);
  const kept = top.filter((m) => m.budgetAtRisk);
  const moved = movedOut(ranking, top);
  if (!budget || (kept.length === 0 && moved.length === 0)) return null;
  const all = [...kept, ...moved];
  const one = all.length === 1;
  const each = (m: RankedModel) =>
    `${m.name} (listed #${m.rank}, score ${fmtScore(m.score)}) costs ${reasoningCostRange(m)}`;
  const them = one ? (all[0] as RankedModel).name : "they";
  const parts = [
    `${all.map(each).join("; ")}: published accounts put a reasoning trace at ${tokens(REASONING_TOKENS_ESTIMATE)}–${tokens(REASONING_TOKENS_HIGH)} tokens a request.`,
    `Your ${budget} budget is checked at ${tokens(REASONING_TOKENS_HIGH)}, the longest published trace: a pick within it only at the low end is at risk of it, and is ranked after every pick within it across the range${moved.length > 0 ? `, so ${moved.length === all.length ? them : moved.map((m) => m.name).join(" and ")} ${moved.length === 1 ? "is" : "are"} not in the top ${top.length} on ${moved.length === 1 ? "its score" : "their scores"}` : ""}.`,
    `Before choosing ${one ? "it" : "one"}, measure its reasoning on your own prompts, or cap it (a lower reasoning effort or a token limit, where the host allows it).`,
  ];
  return `${BUDGET_AT_RISK} ${parts.join(" ")}`;
}
