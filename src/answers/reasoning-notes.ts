// The lines that say how a model that reasons before answering was costed: its hidden reasoning
// counted at our estimate, or left out where the volume counts no requests. Shared by the cost
// answer (cost.ts) and the shortlist's working (cost-working.ts), which also imports cost.ts, so
// the notes live apart from both.
import type { Model } from "../catalog/schema.js";
import { itemsPerMonth, type Volume } from "../costs/volume.js";
import { formatCount, formatTokens } from "../render/format.js";
import { hiddenReasoningTokens } from "../scoring/hidden-reasoning.js";
import {
  REASONING_SOURCE,
  REASONING_TOKENS_ESTIMATE,
  REASONING_TOKENS_HIGH,
  REASONING_TRACE_RANGE,
  thinksBeforeAnswering,
} from "../scoring/latency-target.js";
import { andList } from "../scoring/quality.js";

/** How the line about uncounted reasoning opens (the shortlist cites its source when it is there). */
export const NOT_COUNTED = "Not counted: ";
/** How the line about reasoning counted at its estimate opens (cited like NOT_COUNTED). */
export const REASONING_COUNTED = "Hidden reasoning counted: ";

/**
 * A model that always reasons before answering writes hidden tokens the stated volume does not
 * hold: paid as output through an API, decoded before the answer when self-hosted. Where the
 * volume counts requests they are in the figures at the low end of published accounts
 * (hidden-reasoning.ts), said with how far above it a request may go; where it does not, they are
 * said to be left out, with the published range, rather than guessed into them.
 */
export function hiddenReasoningNotes(models: readonly Model[], volume: Volume): string[] {
  const counted: string[] = [];
  const uncounted: string[] = [];
  for (const model of models) {
    if (!thinksBeforeAnswering(model)) continue;
    (hiddenReasoningTokens(model, volume) > 0 ? counted : uncounted).push(model.name);
  }
  const lines: string[] = [];
  const reasons = (names: string[]) =>
    `${andList(names)} ${names.length === 1 ? "reasons" : "reason"} before answering`;
  const published = `published accounts put a reasoning trace at ${REASONING_TRACE_RANGE} tokens a request (${REASONING_SOURCE.label}, in the sources)`;
  if (counted.length > 0) {
    const requests = itemsPerMonth(volume) ?? 0;
    const noun = volume.perItem?.noun ?? "requests";
    lines.push(
      `${REASONING_COUNTED}${reasons(counted)}, so the output above includes ${REASONING_TOKENS_ESTIMATE.toLocaleString("en-US")} hidden reasoning tokens for each of the ${formatCount(requests)} ${noun} a month (${formatTokens(requests * REASONING_TOKENS_ESTIMATE)}; each is at least one request). That is the low end: ${published}, so a request that reasons longer costs more, up to ${Math.round(REASONING_TOKENS_HIGH / REASONING_TOKENS_ESTIMATE)}× that part. Measure on your own prompts, or cap the reasoning where the host allows it.`,
    );
  }
  if (uncounted.length > 0)
    lines.push(
      `${NOT_COUNTED}${reasons(uncounted)}, and the tokens of that hidden reasoning are in neither the cost nor the throughput above (paid as output through an API, decoded before the answer when self-hosted). The catalogue holds no sourced count of them and your volume is a token total with no count of requests; ${published}, so measure them on your own prompts before you compare.`,
    );
  return lines;
}
