// What a busy occasion ("what if a storm day brings 200,000 conversations?") adds to the month it
// falls in: the shortlist's costs stay an ordinary month's, so the extra of that day is said
// beside them, per API pick (priced by the token, it grows with the day), while a self-hosted pick
// already runs GPUs sized for the day all month and adds nothing.
import { itemsPerMonth } from "../costs/volume.js";
import { extraShareOfMonth } from "../intents/peak-occasion-text.js";
import { DAYS_PER_MONTH } from "../intents/periods.js";
import { formatCount, formatPercent, formatTokens, formatUsd } from "../render/format.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";

const SHOWN = 3;

/** The lines saying what the thread's busy occasion adds to its month, or none without one. */
export function peakOccasionLines(req: Requirements, ranked: readonly RankedModel[]): string[] {
  const occasion = req.peakOccasion;
  const volume = req.volume;
  if (!occasion || !volume) return [];
  const share = extraShareOfMonth(occasion);
  const tokens = (volume.inputTokensPerMonth + volume.outputTokensPerMonth) * share;
  const items = volume.kinds ? undefined : itemsPerMonth(volume);
  const noun = volume.perItem?.noun;
  const span = occasion.days === 1 ? "day" : occasion.days === 2 ? "weekend" : `${occasion.days} days`;
  const more =
    items !== undefined && noun !== undefined
      ? `${formatCount(items * share)} ${noun} more than ${occasion.days === 1 ? "an average day's" : `${occasion.days} average days'`} ${formatCount((items / DAYS_PER_MONTH) * occasion.days)} (${formatTokens(tokens)})`
      : `${formatTokens(tokens)} more than ${occasion.days === 1 ? "an average day" : `${occasion.days} average days`}`;
  const lines = [
    `That ${span} brings ${more}. The monthly costs below are an ordinary month's; a month with it costs ${formatPercent(share)} more on an API, priced by the token, and the self-hosted estimates size their GPUs for it (peaks ${formatCount(req.peakToAverage ?? 1)}× the month's average rate: the ${span} at ${formatCount(occasion.dayFactor)}× an average day, its busiest hour above that), so it adds nothing to them.`,
  ];
  const extras = ranked
    .slice(0, SHOWN)
    .filter((m) => m.costBasis !== "self-host" && m.monthlyCostUsd !== null)
    .map((m) => `${m.name} +${formatUsd((m.monthlyCostUsd ?? 0) * share)}`);
  if (extras.length > 0) lines.push(`A month with that ${span}, on the API picks: ${extras.join(", ")}.`);
  return lines;
}
