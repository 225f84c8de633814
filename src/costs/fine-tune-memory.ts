// Will a fine-tune of this model fit on these GPUs? The memory an engineer adds up before a run,
// per method, as pure functions of plain numbers (no catalogue lookups):
//   full   = every weight trained: 18 bytes per parameter in mixed precision with AdamW
//            (16-bit weights + 32-bit master copy 6, 32-bit gradients 4, Adam's two moments 8)
//   LoRA   = frozen 16-bit weights (2 bytes per parameter) + small trained adapters at 18 bytes each
//   QLoRA  = frozen weights in 4-bit NF4 with double quantisation (about 4.127 bits per parameter)
//            + the same adapters
//   + activations of one micro-batch with gradient checkpointing: each layer keeps its input
//     (tokens × width × 2 bytes) and one layer at a time is recomputed (tokens × width × 34 bytes)
//   + a share of each card kept free (CUDA context, allocator, the loss's logits)
// Then: fits on one card (each card trains its own copy, data parallel), fits only split across
// the cards (FSDP / DeepSpeed ZeRO-3 shard weights and states), or does not fit.
//
// Golden case (Qwen3 8B, 8.2B parameters, LoRA rank 16, 2,048 tokens, RTX 4090 24 GB):
//   shape: depth (8.2e9 ÷ 196,608)^(1/3) = 34.7 layers, width 128 × 34.7 = 4,438
//   weights 8.2 × 2 = 16.4 GB; adapters 16 × 21.5 × 4,438 × 34.7 = 53M → × 18 B = 0.95 GB
//   activations 2,048 × 4,438 × (2 × 34.7 + 34) = 0.94 GB; need 18.3 GB ≤ 24 × 0.9 = 21.6 → one card

export type FineTuneMethod = "full" | "lora" | "qlora";
export const FINE_TUNE_METHODS: readonly FineTuneMethod[] = ["full", "lora", "qlora"];

export const FINE_TUNE_DEFAULTS = {
  /** Mixed-precision AdamW: 16-bit + 32-bit weights 6, gradients 4, two moments 8 (Hugging Face's memory anatomy). */
  trainedBytesPerParam: 18,
  /** Frozen base weights: 16-bit for LoRA; NF4 + double quantisation for QLoRA (QLoRA paper: 4.127 bits). */
  frozenBytesPerParam: { lora: 2, qlora: 4.127 / 8 } as const,
  /** Adapter rank on every linear layer of each block. OUR assumption (a common starting rank). */
  loraRank: 16,
  /** Tokens per training sequence and sequences per micro-batch. OUR assumptions. */
  sequenceTokens: 2048,
  microBatch: 1,
  /** Share of each card kept free: CUDA context, allocator fragmentation, the loss's logits. OUR assumption. */
  reservedShare: 0.1,
} as const;

export const FINE_TUNE_SOURCES = {
  trainedBytes: "https://huggingface.co/docs/transformers/model_memory_anatomy",
  nf4: "https://arxiv.org/abs/2305.14314",
  activations: "https://arxiv.org/abs/2205.05198",
} as const;

/**
 * Depth and width of a transformer of this many (active) parameters, for the sizes only a
 * config file states: 12 × depth × width² parameters per model (4 width² of attention and 8 of
 * MLP per layer) with width ≈ 128 × depth, as in the usual 7B–70B shapes. An estimate, said so.
 */
export function estimatedShape(paramsB: number): { layers: number; width: number } {
  const layers = Math.cbrt((paramsB * 1e9) / (12 * 128 * 128));
  return { layers, width: 128 * layers };
}

/** Trainable LoRA parameters: rank × (inputs + outputs) of every linear layer, about 21.5 × width per layer. */
export function loraAdapterParams(rank: number, shape: { layers: number; width: number }): number {
  // q, k, v, o: about 8 × width; gate, up, down with a 3.5 × width MLP: 3 × 4.5 × width.
  return rank * 21.5 * shape.width * shape.layers;
}

/** Activations of one micro-batch with full gradient checkpointing, GB. */
export function checkpointedActivationsGb(tokens: number, shape: { layers: number; width: number }): number {
  return (tokens * shape.width * (2 * shape.layers + 34)) / 1e9;
}

export interface FineTuneNeed {
  method: FineTuneMethod;
  /** Weights held (frozen or trained copy), GB. */
  weightsGb: number;
  /** Gradients, optimizer moments and master copy of what is trained, GB. */
  trainedStateGb: number;
  trainedParams: number;
  activationsGb: number;
  /** Bytes per weight parameter this method holds. */
  weightBytesPerParam: number;
}

export interface FineTuneInputs {
  totalParamsB: number;
  /** Active parameters set the shape an activation is as wide as (MoE: the experts are not all used). */
  activeParamsB: number;
  rank: number;
  tokensPerMicroBatch: number;
}

export function fineTuneNeed(method: FineTuneMethod, x: FineTuneInputs): FineTuneNeed {
  const shape = estimatedShape(x.activeParamsB);
  const activationsGb = checkpointedActivationsGb(x.tokensPerMicroBatch, shape);
  const d = FINE_TUNE_DEFAULTS;
  if (method === "full") {
    // The 18 bytes hold the weights too: 6 of them are the 16- and 32-bit copies.
    const params = x.totalParamsB * 1e9;
    return {
      method,
      weightsGb: x.totalParamsB * 6,
      trainedStateGb: x.totalParamsB * (d.trainedBytesPerParam - 6),
      trainedParams: params,
      activationsGb,
      weightBytesPerParam: 6,
    };
  }
  // Adapters sit on the attention and dense layers the shape describes (per active expert path).
  const trainedParams = loraAdapterParams(x.rank, shape);
  const bytes = d.frozenBytesPerParam[method];
  return {
    method,
    weightsGb: x.totalParamsB * bytes,
    trainedStateGb: (trainedParams * d.trainedBytesPerParam) / 1e9,
    trainedParams,
    activationsGb,
    weightBytesPerParam: bytes,
  };
}

export type FitKind = "one-card" | "sharded" | "no";

export interface FineTuneFit extends FineTuneNeed {
  /** Per card when each card holds a whole copy (data parallel), GB. */
  oneCardGb: number;
  /** Per card when weights and states are split over every card (FSDP / ZeRO-3), GB. */
  shardedGb: number;
  usableGbPerCard: number;
  fit: FitKind;
  /** Cards of this type the method needs when split over them (at least 1); null when no count can hold it. */
  cardsNeeded: number | null;
}

/** How one method fits on `cards` cards of `memoryGb` each. */
export function fineTuneFit(need: FineTuneNeed, cards: number, memoryGb: number): FineTuneFit {
  const usable = memoryGb * (1 - FINE_TUNE_DEFAULTS.reservedShare);
  const split = need.weightsGb + need.trainedStateGb;
  const oneCardGb = split + need.activationsGb;
  const shardedGb = split / Math.max(1, cards) + need.activationsGb;
  const fit: FitKind = oneCardGb <= usable ? "one-card" : cards > 1 && shardedGb <= usable ? "sharded" : "no";
  const room = usable - need.activationsGb;
  const cardsNeeded = room > 0 ? Math.max(1, Math.ceil(split / room - 1e-9)) : null;
  return { ...need, oneCardGb, shardedGb, usableGbPerCard: usable, fit, cardsNeeded };
}

/**
 * The most faithful method that fits `cards` cards (full, then LoRA, then QLoRA), or QLoRA's fit
 * (the most compact, "no") when none does: what a team that must fine-tune on its cards can run.
 */
export function bestFineTuneFit(x: FineTuneInputs, cards: number, memoryGb: number): FineTuneFit {
  const fits = FINE_TUNE_METHODS.map((m) => fineTuneFit(fineTuneNeed(m, x), cards, memoryGb));
  return fits.find((f) => f.fit !== "no") ?? fits[fits.length - 1]!;
}

/** The default inputs of a fine-tune of a model with these parameter counts (rank, one 2,048-token micro-batch). */
export function defaultFineTuneInputs(totalParamsB: number, activeParamsB: number): FineTuneInputs {
  return {
    totalParamsB,
    activeParamsB,
    rank: FINE_TUNE_DEFAULTS.loraRank,
    tokensPerMicroBatch: FINE_TUNE_DEFAULTS.sequenceTokens * FINE_TUNE_DEFAULTS.microBatch,
  };
}
