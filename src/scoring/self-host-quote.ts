// The bridge from the cost engine's self-hosting estimate to the one number scoring needs:
// GPUs at the target utilization (never below one replica always on) plus operations staff.
import type { SelfHostData } from "../catalog/selfhost-schema.js";
import type { AssumptionEdits } from "../costs/assumptions.js";
import { selfHostEstimate } from "../costs/self-host.js";
import { formatUsd } from "../render/format.js";
import type { SelfHostQuoter } from "./monthly-cost.js";

// Estimates are pure functions of (data, edits, model, volume), and rankings re-run them many
// times (the sensitivity search, every turn of a thread), so they are memoized per data object.
const MEMO_LIMIT = 20_000;
const memo = new WeakMap<SelfHostData, Map<string, ReturnType<SelfHostQuoter>>>();

export function selfHostQuoter(selfhost: SelfHostData, edits: AssumptionEdits = {}): SelfHostQuoter {
  let cache = memo.get(selfhost);
  if (!cache) {
    cache = new Map();
    memo.set(selfhost, cache);
  }
  const store = cache;
  const editsKey = JSON.stringify(Object.entries(edits).sort(([a], [b]) => (a < b ? -1 : 1)));
  return (model, volume) => {
    const key = `${editsKey}|${model.id}|${volume.inputTokensPerMonth}|${volume.outputTokensPerMonth}|${volume.cachedInputTokensPerMonth}`;
    const hit = store.get(key);
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
    if (store.size >= MEMO_LIMIT) store.clear();
    store.set(key, quote);
    return quote;
  };
}
