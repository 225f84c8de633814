// The hand-kept model list, in catalogue order. Each entry names where its facts live in the
// reference data; adapters/tools/import-catalog.ts copies them into catalog/models.json.
import { BREADTH_MODELS } from "./models-breadth.js";
import { MID_2026_MODELS } from "./models-breadth-mid2026.js";
import { CLASSIC_AND_OPEN_MODELS } from "./models-classic-open.js";
import { GOOGLE_AND_OTHER_MODELS } from "./models-google-others.js";
import { META_MISTRAL_MODELS } from "./models-meta-mistral.js";
import { OPENAI_ANTHROPIC_MODELS } from "./models-openai-anthropic.js";
import { QWEN_DEEPSEEK_MODELS } from "./models-qwen-deepseek.js";
import { SAFETY_MODELS } from "./models-safety.js";
import type { ModelCuration } from "./model-types.js";

export type { ModelCuration } from "./model-types.js";

export const MODEL_CURATION: readonly ModelCuration[] = [
  ...OPENAI_ANTHROPIC_MODELS,
  ...GOOGLE_AND_OTHER_MODELS,
  ...META_MISTRAL_MODELS,
  ...QWEN_DEEPSEEK_MODELS,
  ...CLASSIC_AND_OPEN_MODELS,
  ...BREADTH_MODELS,
  ...MID_2026_MODELS,
  ...SAFETY_MODELS,
];

/** Providers run by a model's own lab: their offerings are marked firstParty. */
export const FIRST_PARTY_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  OpenAI: ["openai"],
  Anthropic: ["anthropic"],
  Google: ["google", "google-vertex"],
  Meta: ["llama"],
  "Mistral AI": ["mistral"],
  "Alibaba (Qwen)": ["alibaba"],
  DeepSeek: ["deepseek"],
  Microsoft: ["azure"],
  xAI: ["xai"],
  Cohere: ["cohere"],
  "AI21 Labs": ["ai21"],
  Amazon: ["amazon-bedrock", "amazon-nova"],
  IBM: ["watsonx"],
  NVIDIA: ["nvidia"],
  "Moonshot AI": ["moonshotai"],
  "Zhipu AI": ["zai", "zhipuai"],
  MiniMax: ["minimax"],
  Xiaomi: ["xiaomi"],
};
