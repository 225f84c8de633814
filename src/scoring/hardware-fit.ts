// Stated hardware is a limit, not a price: "we self-host on a single L40S" rules out a model that
// cannot be loaded on that card at a workable precision, whatever a rented fleet would cost.
//
// Fit = weights at the precision + the KV cache of MIN_SERVING_SEQUENCES sequences at the team's
// context (or its use case's usual need), within the engine's share of the owned GPUs' memory (vLLM's 0.9). The
// most compact precision tried is 4-bit (AWQ/GPTQ-style weights, what teams serve on small cards);
// below it quality drops too far to call it workable. A model that fits is said with the best
// precision that fits and how many sequences of that context the memory left holds.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { Precision } from "../costs/assumptions.js";
import {
  FINE_TUNE_DEFAULTS,
  bestFineTuneFit,
  defaultFineTuneInputs,
  type FineTuneMethod,
} from "../costs/fine-tune-memory.js";
import { ownedAsNeeded } from "../costs/owned-gpus.js";
import { modelParameters, resolveGpu } from "../costs/self-host.js";
import { largestGroup } from "../costs/sizing.js";
import { SELF_HOST_DEFAULTS } from "../costs/self-host-defaults.js";
import {
  bytesPerParam,
  defaultServingPrecision,
  engineMemoryFraction,
  kvBytesPerToken,
  kvRowFor,
  parameterRowFor,
  precisionsFrom,
  publishedWeights,
} from "../costs/selfhost-data.js";
import { formatCount, formatNumber } from "../render/format.js";
import { mustSelfHost } from "./monthly-cost.js";
import { DEFAULT_CONTEXT_NEED, type Requirements } from "./requirements.js";

/**
 * A service batches requests: with room for fewer sequences than this at the team's context, a
 * model loads but cannot serve (a demo, not a deployment). OUR assumption, said in the reason; the
 * same floor the cost engine sizes a replica's KV cache with.
 */
const MIN_SERVING_SEQUENCES = SELF_HOST_DEFAULTS.minConcurrency;

const PRECISION_LABEL: Record<Precision, string> = { fp16: "16-bit", fp8: "FP8", int8: "INT8", int4: "4-bit" };

export type HardwareFit =
  { fits: false; reason: string } | { fits: true; precision: Precision; sequences: number; note: string };

/** The hardware that limits this team, when it runs the weights itself: its own, or the GPUs it named. */
function ownedHardware(catalog: Catalog, req: Requirements) {
  return req.ownedGpus ? ownedCards(catalog, req) : namedCards(catalog, req);
}

/** GPUs named as where it runs ("on a single A100 80GB"): the group said, all of it one replica's. */
function namedCards(catalog: Catalog, req: Requirements) {
  const named = req.namedGpus;
  // Rented without a count ("we rent H200s"): as many as a pick needs, no group to fit within.
  if (!named || named.count === undefined || req.onDevice) return null;
  const gpu = resolveGpu(catalog.selfhost, named.type);
  if (!gpu) return null;
  const count = named.count;
  const group = largestGroup(count);
  const usableGb = group * gpu.memoryGb * engineMemoryFraction(catalog.selfhost).value;
  const memory = `${group * gpu.memoryGb} GB, about ${Math.floor(usableGb)} GB usable`;
  const what =
    group === count
      ? `the ${count}× ${gpu.name} you named (${memory})`
      : `${group} of the ${count}× ${gpu.name} you named (${memory}; a replica runs on 1, 2, 4 or 8 GPUs)`;
  return { gpu, count, usableGb, what };
}

function ownedCards(catalog: Catalog, req: Requirements) {
  const owned = req.ownedGpus;
  // GPUs owned without a count ("our own L4s") are as many as a pick needs: no limit to check.
  if (!owned || owned.count < 1 || ownedAsNeeded(owned.count) || !mustSelfHost(req) || req.onDevice) return null;
  const gpu = resolveGpu(catalog.selfhost, owned.type);
  if (!gpu) return null;
  // One replica runs on one tensor-parallel group within one server, not on the cards pooled.
  const group = largestGroup(owned.count, owned.perServer);
  const usableGb = group * gpu.memoryGb * engineMemoryFraction(catalog.selfhost).value;
  const memory = `${group * gpu.memoryGb} GB, about ${Math.floor(usableGb)} GB usable`;
  const what =
    group === owned.count
      ? `your ${owned.count}× ${gpu.name} (${memory})`
      : owned.perServer !== undefined && owned.perServer < owned.count && group === largestGroup(owned.perServer)
        ? `one server's ${group}× ${gpu.name} (${memory}; a replica stays within one of your ${owned.perServer}-GPU servers)`
        : `${group} of your ${owned.count}× ${gpu.name} (${memory}; a replica runs on 1, 2, 4 or 8 GPUs)`;
  return { gpu, count: owned.count, usableGb, what };
}

const METHOD_WORDS: Record<FineTuneMethod, string> = { full: "full fine-tune", lora: "LoRA", qlora: "QLoRA" };

/**
 * A team that fine-tunes on its own cards can use only a model it can train there: the most
 * faithful method that fits (full, LoRA, then QLoRA; one copy per card or split across them with
 * FSDP / ZeRO-3), by the same memory estimate as "can we fine-tune X on these GPUs?".
 */
function fineTuneOnHardware(
  catalog: Catalog,
  model: Model,
  hw: NonNullable<ReturnType<typeof ownedHardware>>,
): { fits: true; words: string } | { fits: false; reason: string } | null {
  const params = modelParameters(model, catalog.selfhost);
  if (!params) return null;
  const f = bestFineTuneFit(defaultFineTuneInputs(params.totalB, params.activeB), hw.count, hw.gpu.memoryGb);
  const perCard = hw.count > 1 && f.fit !== "one-card" ? f.shardedGb : f.oneCardGb;
  const where =
    f.fit === "one-card" ? (hw.count > 1 ? "on one card" : "on the card") : `split across the ${hw.count} cards`;
  const sequence = `one ${formatNumber(FINE_TUNE_DEFAULTS.sequenceTokens, 0)}-token sequence`;
  const inputs =
    f.method === "full"
      ? `AdamW in mixed precision, ${sequence}: our assumption`
      : `rank-${FINE_TUNE_DEFAULTS.loraRank} adapters, ${sequence}: our assumptions`;
  if (f.fit !== "no")
    return {
      fits: true,
      words: `fine-tuning: ${METHOD_WORDS[f.method]} fits ${where} (about ${perCard.toFixed(0)} GB of ${f.usableGbPerCard.toFixed(0)} GB usable a card; ${inputs})`,
    };
  return {
    fits: false,
    reason: `${model.name} cannot be fine-tuned on ${hw.what}: even QLoRA (${params.totalB}B frozen weights at 4 bits, ${inputs}) needs about ${perCard.toFixed(0)} GB a card${hw.count > 1 ? " split across them" : ""}, more than the ${f.usableGbPerCard.toFixed(0)} GB usable`,
  };
}

/**
 * The context each sequence must hold on owned hardware: the stated one, or the use case's usual
 * need (a coding assistant on one small card must hold 32k-token sequences, not the cost engine's
 * 4k default). Admissions are cached by what decides them, so this is part of their key.
 */
export function fitContext(req: Requirements): number {
  return req.contextTokens ?? (req.useCase ? DEFAULT_CONTEXT_NEED[req.useCase] : SELF_HOST_DEFAULTS.contextTokens);
}

export function hardwareFit(catalog: Catalog, model: Model, req: Requirements): HardwareFit | null {
  const hw = ownedHardware(catalog, req);
  if (!hw) return null;
  const totalB = model.parameters?.totalB ?? parameterRowFor(catalog.selfhost, model)?.totalB;
  if (totalB === undefined)
    return {
      fits: false,
      reason: `${model.name}'s parameter count is not in the catalogue, so it cannot be checked against ${hw.what}`,
    };
  const tuning = req.fineTuning ? fineTuneOnHardware(catalog, model, hw) : null;
  if (tuning && !tuning.fits) return tuning;
  const context = fitContext(req);
  const kv = kvRowFor(catalog.selfhost, model, totalB);
  // The cost estimate's precision first (as published, else FP8 where the cards have it), then
  // more compact ones: the note then names the precision the costed fleet runs at. Nothing below
  // 4-bit counts as workable.
  const published = publishedWeights(catalog.selfhost, model, totalB);
  let smallest = Infinity;
  for (const precision of precisionsFrom(defaultServingPrecision(published, hw.gpu))) {
    const weightsGb =
      published?.row.precision === precision
        ? published.weightsGb
        : totalB * bytesPerParam(catalog.selfhost, precision).value;
    const perToken = kv ? kvBytesPerToken(kv, precision, context) : 0;
    const perSequenceGb = (perToken * context) / 1e9;
    smallest = Math.min(smallest, weightsGb + perSequenceGb * MIN_SERVING_SEQUENCES);
    const sequences =
      perSequenceGb > 0 ? Math.floor((hw.usableGb - weightsGb) / perSequenceGb) : SELF_HOST_DEFAULTS.concurrency;
    if (sequences >= MIN_SERVING_SEQUENCES) {
      const few = sequences < 8 ? `, only ${sequences} at a time` : "";
      return {
        fits: true,
        precision,
        sequences,
        note:
          `fits ${hw.what} at ${PRECISION_LABEL[precision]} (${weightsGb.toFixed(0)} GB of weights; room for ${formatNumber(sequences, 0)} sequences of ${formatCount(context)} tokens${few})` +
          (tuning ? `; ${tuning.words}` : ""),
      };
    }
  }
  return {
    fits: false,
    reason: `${model.name} needs about ${smallest.toFixed(0)} GB even at 4-bit (${totalB}B parameters + the KV cache of ${MIN_SERVING_SEQUENCES} sequences of ${formatCount(context)} tokens, the least a service batches: our assumption${kv?.estimated ? "; KV cache size estimated from a model of similar size" : ""}), more than ${hw.what}`,
  };
}
