// A model that always reasons before answering (latency-target.ts thinksBeforeAnswering) writes
// hidden tokens no stated volume holds: billed as output by an API, decoded before the answer
// when self-hosted. No lab publishes how many, so they are counted at the low end of published
// accounts, REASONING_TOKENS_ESTIMATE a request, wherever the volume says how many requests there
// are (a count of things times tokens each): a lower bound, said as one, so the figure a reasoning
// model is ranked on is never its answer tokens alone. With a bare token total the requests are
// unknown, and the answer says the reasoning is not counted.
//
// The budget is checked at the other end: a figure within budget only at the low end is within it
// only if every request reasons as briefly as the shortest published trace. So the same model is
// also priced at REASONING_TOKENS_HIGH a request (monthly-cost.ts reasoningHighUsd), the longest
// published trace, and a pick over the budget there is at risk of it (rank-groups.ts budgetAtRisk).
import type { Model } from "../catalog/schema.js";
import { itemsPerMonth, type Volume } from "../costs/volume.js";
import { REASONING_TOKENS_ESTIMATE, thinksBeforeAnswering } from "./latency-target.js";

/**
 * The hidden reasoning tokens a month this model adds to the volume at `perRequest` tokens a
 * request (our low-end estimate unless said): 0 when it does not reason first or the requests are unknown.
 */
export function hiddenReasoningTokens(model: Model, volume: Volume, perRequest = REASONING_TOKENS_ESTIMATE): number {
  if (!thinksBeforeAnswering(model)) return 0;
  const requests = itemsPerMonth(volume);
  return requests === undefined ? 0 : Math.round(requests * perRequest);
}

/** The volume this model is billed and served on: the stated one plus its hidden reasoning (at `perRequest` a request) as output. */
export function billedVolume(model: Model, volume: Volume, perRequest = REASONING_TOKENS_ESTIMATE): Volume {
  const reasoning = hiddenReasoningTokens(model, volume, perRequest);
  return reasoning === 0 ? volume : { ...volume, outputTokensPerMonth: volume.outputTokensPerMonth + reasoning };
}
