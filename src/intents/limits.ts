// Upper bounds for the amounts a message may state. A figure past them is a typo or a test of
// the bot, never a plan: the answer names the problem instead of ranking or pricing with it.
import type { Volume } from "../costs/volume.js";
import { formatCount } from "./numbers.js";

export const LIMITS = {
  /** A thousand trillion tokens a month is beyond any provider's capacity. */
  tokensPerMonth: 1e15,
  /** More users than people on Earth. */
  monthlyActiveUsers: 1e10,
  /** A trillion dollars a month. */
  monthlyBudgetUsd: 1e12,
  /** A hundred trillion parameters. */
  maxParamsB: 1e5,
} as const;

const WHAT: Record<keyof typeof LIMITS, (limit: number) => string> = {
  tokensPerMonth: (l) => `more than ${formatCount(l)} tokens a month, beyond what any provider serves`,
  monthlyActiveUsers: (l) => `more than ${formatCount(l)} users, more people than there are on Earth`,
  monthlyBudgetUsd: (l) => `more than $${formatCount(l)} a month`,
  maxParamsB: (l) => `more than ${formatCount(l)}B parameters, far beyond any model`,
};

export interface Amounts {
  volume?: Volume | null;
  monthlyActiveUsers?: number;
  monthlyBudgetUsd?: number;
  maxParamsB?: number;
}

/** A friendly sentence naming the first amount out of range, or null when all are plausible. */
export function amountProblem(amounts: Amounts): string | null {
  const values: Partial<Record<keyof typeof LIMITS, number>> = {
    tokensPerMonth: amounts.volume
      ? amounts.volume.inputTokensPerMonth + amounts.volume.outputTokensPerMonth
      : undefined,
    monthlyActiveUsers: amounts.monthlyActiveUsers,
    monthlyBudgetUsd: amounts.monthlyBudgetUsd,
    maxParamsB: amounts.maxParamsB,
  };
  for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const v = values[key];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v > LIMITS[key])
      return `That's ${WHAT[key](LIMITS[key])}. Could you check the figure? For example: 50M tokens a month, 2,000 users, $500 a month.`;
    if (v < 0)
      return "A negative amount can't be a volume, a budget or a number of users. Could you give it as a positive number?";
  }
  return null;
}
