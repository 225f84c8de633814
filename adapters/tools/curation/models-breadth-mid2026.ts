// Models of spring 2026 that teams shortlist and the catalogue lacked, picked by how many hosts
// offer them in the models.dev snapshot (July 2026): Xiaomi's open-weights MiMo-V2.5-Pro (18
// offerings) and MiMo-V2.5, OpenAI's GPT-5.4 Pro and Alibaba's API-only Qwen3.7-Max. Specs and
// prices come from the lists like every other model's (models.dev's own record of each model,
// secondary); what is stated here is only where each fact lives and, for the open weights, the
// parameter counts with the text they were read in.
import type { SourcedParams } from "./params-sourced.js";
import type { ModelCuration } from "./model-types.js";

const XIAOMI = { lab: "Xiaomi", family: "MiMo", openWeights: true, licenseId: "mimo-v2.5-reported" } as const;

export const MID_2026_MODELS: ModelCuration[] = [
  {
    ...XIAOMI,
    id: "mimo-v2.5-pro",
    name: "MiMo-V2.5-Pro",
    aliases: ["mimo v2.5 pro", "mimo-v2.5 pro", "xiaomi mimo v2.5 pro", "mimo 2.5 pro", "mimo-v2.5-pro"],
    base: "xiaomi/mimo-v2.5-pro",
    md: [
      "xiaomi:mimo-v2.5-pro",
      "deepinfra:XiaomiMiMo/MiMo-V2.5-Pro",
      "openrouter:xiaomi/mimo-v2.5-pro",
      "novita-ai:xiaomimimo/mimo-v2.5-pro",
    ],
    description:
      "Xiaomi's April 2026 flagship open-weights mixture of experts for coding and agents (about 1T total, 42B active), text only, with a 1M-token context; its licence is reported as MIT, not read in Xiaomi's own text.",
  },
  {
    ...XIAOMI,
    id: "mimo-v2.5",
    name: "MiMo-V2.5",
    aliases: ["mimo v2.5", "xiaomi mimo v2.5", "mimo 2.5", "mimo-v2.5"],
    base: "xiaomi/mimo-v2.5",
    md: ["xiaomi:mimo-v2.5", "deepinfra:XiaomiMiMo/MiMo-V2.5", "openrouter:xiaomi/mimo-v2.5"],
    description:
      "Xiaomi's April 2026 open-weights omnimodal model (310B total, 15B active): reads text, images, audio and video, answers in text, 1M-token context; its licence is reported as MIT, not read in Xiaomi's own text.",
  },
  {
    id: "gpt-5.4-pro",
    name: "GPT-5.4 Pro",
    lab: "OpenAI",
    family: "GPT-5",
    openWeights: false,
    licenseId: "openai-terms",
    aliases: ["gpt-5.4 pro", "gpt 5.4 pro", "gpt5.4-pro"],
    base: "openai/gpt-5.4-pro",
    md: ["openai:gpt-5.4-pro", "azure:gpt-5.4-pro", "openrouter:openai/gpt-5.4-pro"],
    ll: ["gpt-5.4-pro", "azure/gpt-5.4-pro"],
    description:
      "GPT-5.4 with much more compute per answer (March 2026): slower and far dearer, for the hardest problems.",
  },
  {
    id: "qwen3.7-max",
    name: "Qwen3.7-Max",
    lab: "Alibaba (Qwen)",
    family: "Qwen3.7",
    openWeights: false,
    licenseId: "alibaba-model-studio-terms",
    aliases: ["qwen3.7 max", "qwen 3.7 max", "qwen3.7-max-preview"],
    base: "alibaba/qwen3.7-max",
    md: ["alibaba:qwen3.7-max", "openrouter:qwen/qwen3.7-max", "togetherai:Qwen/Qwen3.7-Max"],
    description:
      "Qwen's largest model of May 2026, offered only through APIs (no weights), with a 1M-token context; Alibaba Cloud's service terms were not read.",
  },
];

const CARD_COPY_ASOF = "2026-12-07";

/** Counts from Xiaomi's model cards, read only in copies (the cards live on Hugging Face, which we
 *  do not hold): secondary, unverified. Merged into the parameters the importer reads. */
export const MID_2026_PARAMS: Readonly<Record<string, SourcedParams>> = {
  "mimo-v2.5-pro": {
    totalB: 1020,
    activeB: 42,
    sourceUrl: "https://docs.sglang.io/cookbook/autoregressive/Xiaomi/MiMo-V2.5",
    sourceKind: "secondary",
    asOf: CARD_COPY_ASOF,
    note: "Mixture of experts: 1.02T total, 42B active, in SGLang's deployment guide for MiMo-V2.5 (which a review of Xiaomi's card repeats: 70 layers, 384 experts, 8 per token); Xiaomi's own card was not read.",
  },
  "mimo-v2.5": {
    totalB: 310,
    activeB: 15,
    sourceUrl: "https://hub.hfp.audrey.cafe/XiaomiMiMo/MiMo-V2.5",
    sourceKind: "secondary",
    asOf: CARD_COPY_ASOF,
    note: "Mixture of experts: '310B total / 15B activated parameters' in the model summary of Xiaomi's MiMo-V2.5 card, read through a mirror of Hugging Face; the vision and audio encoders (729M and 261M) come on top.",
  },
};
