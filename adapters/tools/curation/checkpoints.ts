// Weights a lab publishes already in a compact format, so serving them at that format is the lab's
// own precision, not a quantisation a team adds (with its quality risk): the share of parameters
// stored compactly and the format, read in the lab's code and README at a pinned commit. The
// weight memory is quantized parameters × the format's bytes (rule weight_memory) + the rest at
// 16-bit. Models without a row here are sized at the precision the team or the GPU sets.
import type { CheckpointRow } from "../../../src/catalog/selfhost-schema.js";

const GPT_OSS_README = "https://github.com/openai/gpt-oss/blob/0492bd3e037807f434a09583c9ac46d8757b5c4d/README.md";
const GPT_OSS_MODEL =
  "https://github.com/openai/gpt-oss/blob/0568dfc94f09469e2968c2b90e50561d1b3fc424/gpt_oss/torch/model.py";

/**
 * gpt-oss-120b's expert weights: 36 layers × 128 experts × (mlp1 2 × 2,880 × 2,880 + mlp2 2,880 ×
 * 2,880) = 114.66B parameters (ModelConfig and MLPBlock in model.py); the README says the MoE layer
 * is trained in native MXFP4, which lets the model run on a single H100.
 */
const GPT_OSS_120B_EXPERTS_B = (36 * 128 * (2 * 2880 * 2880 + 2880 * 2880)) / 1e9;

export const CHECKPOINTS: CheckpointRow[] = [
  {
    model: "gpt-oss-120b",
    matchKeys: ["gpt-oss-120b"],
    format: "MXFP4",
    precision: "int4",
    quantizedB: Math.round(GPT_OSS_120B_EXPERTS_B * 100) / 100,
    what: "the mixture-of-experts weights in MXFP4 (4-bit values with an 8-bit scale per 32), the rest in BF16",
    sources: [
      { source: GPT_OSS_README, date: "not stated (pinned commit; read 2026-12-05)" },
      { source: GPT_OSS_MODEL, date: "not stated (pinned commit; read 2026-12-05)" },
    ],
    verified: true,
  },
];
