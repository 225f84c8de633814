// The bridge from the cost engine's self-hosting estimate to the one number scoring needs:
// GPUs at the target utilization (never below one replica always on) plus operations staff.
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import { selfHostEstimate } from "../costs/self-host.js";
import { formatUsd } from "../render/format.js";
import type { SelfHostQuoter } from "./monthly-cost.js";

export function selfHostQuoter(selfhost: SelfHostData, edits: AssumptionEdits = {}): SelfHostQuoter {
  const cache = new Map<string, ReturnType<SelfHostQuoter>>();
  return (model, volume) => {
    // Rankings re-run during the sensitivity search; the estimate only depends on these.
    const key = `${model.id}|${volume.inputTokensPerMonth}|${volume.outputTokensPerMonth}|${volume.cachedInputTokensPerMonth}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const e = selfHostEstimate(model, volume, edits, selfhost);
    const quote: ReturnType<SelfHostQuoter> =
      "unavailable" in e
        ? { unavailable: e.unavailable }
        : {
            monthlyUsd: e.totalAtUtilizationUsd,
            summary: `${e.gpus}× ${e.gpu.name} (${e.precision}) at ${formatUsd(e.price.usdPerGpuHour)}/GPU-hour, ${Math.round(e.utilization * 100)}% target load, plus ${formatUsd(e.opsUsd)} ops`,
            sources: e.sources,
          };
    cache.set(key, quote);
    return quote;
  };
}
