// The bridge from the cost engine's self-hosting estimate to the one number scoring needs:
// GPUs at the target utilization (never below one replica always on) plus operations staff.
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import { inputPerOutput, planMonthlyCost, selfHostPlan, type SelfHostPlan } from "../costs/self-host.js";
import type { SelfHostQuoter } from "./monthly-cost.js";
import { usd } from "./fast-format.js";

// A deployment plan (memory, GPUs, throughput, price) depends on the model, the edits and the
// input:output ratio, not on the volume, so it is memoized: rankings re-run many times per
// turn (the sensitivity search scales the volume) and on every turn of a thread.
const MEMO_LIMIT = 20_000;
const plans = new WeakMap<SelfHostData, Map<string, SelfHostPlan | { unavailable: string }>>();

function planCache(data: SelfHostData): Map<string, SelfHostPlan | { unavailable: string }> {
  let cache = plans.get(data);
  if (!cache) {
    cache = new Map();
    plans.set(data, cache);
  }
  return cache;
}

export function selfHostQuoter(selfhost: SelfHostData, edits: AssumptionEdits = {}): SelfHostQuoter {
  const cache = planCache(selfhost);
  const editsKey = JSON.stringify(Object.entries(edits).sort(([a], [b]) => (a < b ? -1 : 1)));
  return (model, volume) => {
    const ratio = inputPerOutput(volume);
    const key = `${editsKey}|${model.id}|${ratio}`;
    let plan = cache.get(key);
    if (!plan) {
      plan = selfHostPlan(model, ratio, edits, selfhost);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(key, plan);
    }
    if ("unavailable" in plan) return { unavailable: plan.unavailable };
    const monthly = planMonthlyCost(plan, volume.outputTokensPerMonth);
    return {
      monthlyUsd: monthly.totalAtUtilizationUsd,
      summary: `${monthly.gpus}× ${plan.gpu.name} (${plan.precision}; ${monthly.replicasForPeak} replica${monthly.replicasForPeak === 1 ? "" : "s"} for a ${Math.round(plan.peakToAverage * 10) / 10}× peak${plan.spareReplicas > 0 ? ` + ${plan.spareReplicas} spare` : ""}) at ${usd(plan.price.usdPerGpuHour)}/GPU-hour${plan.price.basis === "user" ? " (your price)" : " (verified median)"}${plan.owned ? `, ${plan.owned.count} owned` : ""}, plus ${usd(monthly.opsUsd)} ops${plan.ops.capacity === "none" ? " (no ops staff: contracted on-call)" : ""}`,
      sources: plan.sources,
    };
  };
}
