// A budget for the whole of a job run once ("a one-off budget of £40,000 for this") is a sum to set
// against what the job costs once, never a monthly cap: read as a month, a library's £40,000 for
// 1.2M pages became "budget £40,000/month". This says it back against each pick's one-off cost, in
// dollars where the budget is in another currency (at the most it can be worth, scoring/budget.ts),
// and, when the job is monthly, that it was not used as a monthly cap.
import type { ApiCost } from "../costs/api-cost.js";
import { CURRENCIES } from "../intents/requirements-text.js";
import { formatUsd } from "../render/format.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";
import { boundWorking, foreignBudgetBound } from "../scoring/budget.js";

type OneOffBudget = NonNullable<Requirements["oneOffBudget"]>;

const SIGNS = new Map<string, string>(CURRENCIES.map((c) => [c.code, c.sign]));
const said = (b: OneOffBudget) => `${SIGNS.get(b.currency) ?? `${b.currency} `}${b.amount.toLocaleString("en-US")}`;

/** The budget in dollars, and how: itself, or the most a foreign sum can be worth; undefined with no rate on record. */
function inDollars(b: OneOffBudget): { usd: number; how: string } | undefined {
  if (b.currency === "USD") return { usd: b.amount, how: "" };
  const bound = foreignBudgetBound({ currency: b.currency, perMonth: b.amount });
  return bound
    ? { usd: bound.usd, how: ` (at most ${formatUsd(bound.usd)}: ${boundWorking(b.currency, bound)})` }
    : undefined;
}

/**
 * The note for a shortlist of a job run once: the budget said back, and each pick's one-off cost
 * within it or over it.
 */
export function oneOffBudgetNote(
  budget: OneOffBudget,
  top: readonly RankedModel[],
  costs: readonly (ApiCost | undefined)[],
): string {
  const dollars = inDollars(budget);
  const head = `**One-off budget ${said(budget)}${dollars?.how ?? ""}:** a sum for the whole job, set against what the job costs once, not a monthly cap.`;
  if (!dollars)
    return `${head} I hold no sourced exchange rate for ${budget.currency}, so I have not compared it; say it in US dollars to check each pick against it.`;
  const lines = top.flatMap((m, k) => {
    const cost = costs[k];
    if (!cost) return [`- **${m.name}**: no API price to run it once, so not checked against it`];
    // A foreign sum is known only up to the most it can be worth: over that is over it at any rate.
    const within =
      budget.currency === "USD"
        ? `within it (${formatUsd(dollars.usd - cost.totalUsd)} to spare)`
        : `under the most it can be worth, by ${formatUsd(dollars.usd - cost.totalUsd)}`;
    const over = `over it by ${formatUsd(cost.totalUsd - dollars.usd)}${budget.currency === "USD" ? "" : " at any rate on record"}`;
    return [`- **${m.name}**: ${formatUsd(cost.totalUsd)} once: ${cost.totalUsd <= dollars.usd ? within : over}`];
  });
  return [head, ...lines].join("\n");
}

/** The note when the thread's job is monthly: the one-off sum was kept, not read as a month's cap. */
export function oneOffBudgetMonthlyNote(budget: OneOffBudget): string {
  return `**One-off budget ${said(budget)}:** said for the whole job, so I have not used it as a monthly cap on the monthly costs above; say a monthly budget (e.g. "under $2,000 a month") to apply one.`;
}
