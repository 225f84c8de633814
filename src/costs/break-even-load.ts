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
import {
  selfHostPlans,
  withFullBatches,
  withLoadConcurrency,
  type SelfHostPlan,
  type Unavailable,
} from "./self-host.js";
import { hoursPerMonth } from "./selfhost-data.js";

/** Batch sizes double from 4 up to a replica's full batch, so a few re-sizings settle it. */
const MAX_RESIZES = 6;

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
  // A load no replica holds: each replica serves a full batch (what its memory, the engine and each
  // stream's rate allow), the batch the fleet runs once self-hosting grows past one replica.
  const full = withFullBatches(edits);
  let sized = said ? edits : statedTokensPerMonth === undefined ? full : atTokens(statedTokensPerMonth);
  const seen = new Set<number | undefined>();
  /** The GPU the stated volume chose, kept once its plan is re-sized for full batches. */
  let gpuKey: string | undefined;
  for (let i = 0; ; i++) {
    const all = selfHostPlans(model, inputPerOutput, sized, data);
    if ("unavailable" in all) return all;
    const same = gpuKey === undefined ? [] : all.filter((p) => p.gpu.key === gpuKey);
    const pick = breakEvenPlan(same.length > 0 ? same : all, api, inputShare, statedTokensPerMonth);
    if (said || i >= MAX_RESIZES) return pick;
    // Never cheaper at the stated volume's small batch: the volumes beyond run full batches on
    // the same GPU, so the cost per extra token is theirs; a crossing there is re-sized to its load.
    if (
      pick.result.kind === "never" &&
      sized.concurrencyLoad?.peakOutputTokensPerSec !== full.concurrencyLoad?.peakOutputTokensPerSec
    ) {
      // The stated volume's replica (its GPU and group), each filled with what its memory holds.
      sized = withFullBatches(edits, pick.plan.memory.concurrency);
      gpuKey = pick.plan.gpu.key;
      continue;
    }
    if (pick.result.kind !== "at") return pick;
    seen.add(sized.concurrency);
    const next = atTokens(pick.result.tokensPerMonth);
    if (next.concurrency === sized.concurrency) return pick;
    // Between two batch sizes, the larger (more KV cache held): never under-sized.
    if (seen.has(next.concurrency) && (next.concurrency ?? 0) < (sized.concurrency ?? 0)) return pick;
    sized = next;
  }
}
