// Which load a break-even's plan is sized for. A plan holds a KV cache for the sequences one load
// keeps in flight (withLoadConcurrency), and its cost curve is extended linearly from there, so a
// plan sized for a small stated volume prices the volumes where self-hosting pays off with a small
// batch (a break-even several times too late). The answer is about the break-even volume, so the
// plan is sized for the load there: start from the stated volume's load (or a full batch) and
// re-size until the crossing lands where the plan's own batch is the one in flight.
import type { Model } from "../catalog/schema.js";
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import type { AssumptionEdits } from "./assumptions.js";
import { breakEvenPlan, type BreakEvenResult } from "./break-even.js";
import type { PricePair } from "./price-ratio.js";
import { selfHostPlans, withLoadConcurrency, type SelfHostPlan, type Unavailable } from "./self-host.js";
import { hoursPerMonth } from "./selfhost-data.js";

/** Batch sizes are 4 to 32, doubling, so a few re-sizings settle it. */
const MAX_RESIZES = 4;

export function breakEvenAtLoad(
  model: Model,
  inputPerOutput: number,
  edits: AssumptionEdits,
  data: SelfHostData,
  api: PricePair,
  inputShare: number,
  statedTokensPerMonth?: number,
): { plan: SelfHostPlan; result: BreakEvenResult } | Unavailable {
  const hours = hoursPerMonth(data);
  const said = edits.concurrency !== undefined && edits.concurrencyLoad === undefined;
  const atTokens = (tokens: number) => withLoadConcurrency(edits, tokens * (1 - inputShare), hours);
  let sized = said || statedTokensPerMonth === undefined ? edits : atTokens(statedTokensPerMonth);
  const seen = new Set<number | undefined>();
  for (let i = 0; ; i++) {
    const plans = selfHostPlans(model, inputPerOutput, sized, data);
    if ("unavailable" in plans) return plans;
    const pick = breakEvenPlan(plans, api, inputShare, statedTokensPerMonth);
    if (said || pick.result.kind !== "at" || i >= MAX_RESIZES) return pick;
    seen.add(pick.plan.memory.concurrency);
    const next = atTokens(pick.result.tokensPerMonth);
    if (next.concurrency === pick.plan.memory.concurrency) return pick;
    // Between two batch sizes, the larger (more KV cache held): never under-sized.
    if (seen.has(next.concurrency) && (next.concurrency ?? 0) < pick.plan.memory.concurrency) return pick;
    sized = next;
  }
}
