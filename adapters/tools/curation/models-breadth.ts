// Models teams shortlist in 2026 that the first catalogue missed: recent open-weights releases
// (Qwen3.5/3.6, Qwen3-Coder 30B, Qwen3-Next, GLM-4.5-Air/4.7/5/5.1, Kimi K2.5/K2.6, MiniMax-M2.5,
// Nemotron 3 Ultra) and current API models (GPT-5.3 Codex, GPT-5.4 mini/nano, GPT-5.5 Pro, Grok
// 4.20, Gemini 3.1 Flash-Lite). Licences point at records read in the lab's own text where we have
// one; otherwise at an unverified record, never a guessed one. Parameter counts only where the
// lab's README states them (BREADTH_PARAMS).
import type { SourcedParams } from "./params-sourced.js";
import type { ModelCuration } from "./model-types.js";

const QWEN = { lab: "Alibaba (Qwen)", openWeights: true } as const;
const ZHIPU = { lab: "Zhipu AI", family: "GLM", openWeights: true } as const;
const KIMI = { lab: "Moonshot AI", family: "Kimi", openWeights: true } as const;
const OPENAI = { lab: "OpenAI", openWeights: false, licenseId: "openai-terms" } as const;

export const BREADTH_MODELS: ModelCuration[] = [
  {
    ...OPENAI,
    id: "gpt-5.3-codex",
    name: "GPT-5.3 Codex",
    family: "GPT-5",
    aliases: ["gpt-5.3 codex", "gpt 5.3 codex", "gpt5.3-codex"],
    base: "openai/gpt-5.3-codex",
    md: ["openai:gpt-5.3-codex", "openrouter:openai/gpt-5.3-codex"],
    ll: ["gpt-5.3-codex"],
    description: "OpenAI's early-2026 GPT-5 variant tuned for agentic coding work.",
  },
  {
    ...OPENAI,
    id: "gpt-5.4-mini",
    name: "GPT-5.4 mini",
    family: "GPT-5",
    aliases: ["gpt-5.4 mini", "gpt 5.4 mini", "gpt5.4-mini"],
    base: "openai/gpt-5.4-mini",
    md: ["openai:gpt-5.4-mini", "azure:gpt-5.4-mini"],
    ll: ["gpt-5.4-mini"],
    description: "The smaller, cheaper sibling of GPT-5.4 for high-volume work.",
  },
  {
    ...OPENAI,
    id: "gpt-5.4-nano",
    name: "GPT-5.4 nano",
    family: "GPT-5",
    aliases: ["gpt-5.4 nano", "gpt 5.4 nano", "gpt5.4-nano"],
    base: "openai/gpt-5.4-nano",
    md: ["openai:gpt-5.4-nano", "azure:gpt-5.4-nano"],
    ll: ["gpt-5.4-nano"],
    description: "The smallest GPT-5.4 model, priced for classification, extraction and routing.",
  },
  {
    ...OPENAI,
    id: "gpt-5.5-pro",
    name: "GPT-5.5 Pro",
    family: "GPT-5",
    aliases: ["gpt-5.5 pro", "gpt 5.5 pro", "gpt5.5-pro"],
    base: "openai/gpt-5.5-pro",
    md: ["openai:gpt-5.5-pro", "openrouter:openai/gpt-5.5-pro"],
    ll: ["gpt-5.5-pro"],
    description: "OpenAI's highest-effort GPT-5.5 tier: much slower and dearer, for the hardest problems.",
  },
  {
    id: "grok-4.20",
    name: "Grok 4.20 (reasoning)",
    lab: "xAI",
    family: "Grok",
    aliases: ["grok 4.20", "grok-4.20-reasoning", "grok 4.20 reasoning"],
    openWeights: false,
    licenseId: "xai-api-terms",
    base: "xai/grok-4.20-0309-reasoning",
    md: ["xai:grok-4.20-0309-reasoning"],
    ll: ["xai/grok-4.20-0309-reasoning"],
    description: "xAI's March 2026 Grok model in its reasoning mode, with a context of about a million tokens.",
  },
  {
    id: "gemini-3.1-flash-lite",
    name: "Gemini 3.1 Flash-Lite",
    lab: "Google",
    family: "Gemini",
    aliases: ["gemini 3.1 flash lite", "gemini-3.1-flash-lite", "gemini 3.1 flash-lite"],
    openWeights: false,
    licenseId: "gemini-api-terms",
    base: "google/gemini-3.1-flash-lite",
    md: ["google:gemini-3.1-flash-lite", "google-vertex:gemini-3.1-flash-lite"],
    ll: ["gemini/gemini-3.1-flash-lite"],
    description: "Google's low-cost Gemini 3.1 tier for high-volume, latency-sensitive work.",
  },
  {
    ...QWEN,
    id: "qwen3-coder-30b-a3b",
    name: "Qwen3-Coder 30B-A3B",
    family: "Qwen3",
    aliases: ["qwen3 coder 30b", "qwen3-coder-30b-a3b-instruct", "qwen3 coder flash open"],
    licenseId: "qwen3",
    base: "alibaba/qwen3-coder-30b-a3b-instruct",
    md: ["alibaba:qwen3-coder-30b-a3b-instruct", "openrouter:qwen/qwen3-coder-30b-a3b-instruct"],
    description: "The small mixture-of-experts Qwen3-Coder (the name says 30B total, 3B active), Apache-2.0.",
  },
  {
    ...QWEN,
    id: "qwen3-next-80b-a3b",
    name: "Qwen3-Next 80B-A3B",
    family: "Qwen3",
    aliases: ["qwen3 next", "qwen3-next-80b-a3b-instruct", "qwen3 next 80b"],
    licenseId: "qwen3",
    base: "alibaba/qwen3-next-80b-a3b-instruct",
    md: ["alibaba:qwen3-next-80b-a3b-instruct", "openrouter:qwen/qwen3-next-80b-a3b-instruct"],
    description:
      "Qwen's September 2025 sparse model (the name says 80B total, 3B active) built for cheap long-context serving.",
  },
  ...(
    [
      ["qwen3.5-397b-a17b", "Qwen3.5 397B-A17B", "Qwen3.5", "397B-A17B", "Qwen's February 2026 flagship open model"],
      ["qwen3.5-122b-a10b", "Qwen3.5 122B-A10B", "Qwen3.5", "122B-A10B", "A mid-size Qwen3.5 mixture-of-experts model"],
      ["qwen3.5-35b-a3b", "Qwen3.5 35B-A3B", "Qwen3.5", "35B-A3B", "A small, fast Qwen3.5 mixture-of-experts model"],
      ["qwen3.5-27b", "Qwen3.5 27B", "Qwen3.5", null, "A dense Qwen3.5 model that fits a single large GPU"],
      ["qwen3.6-35b-a3b", "Qwen3.6 35B-A3B", "Qwen3.6", "35B-A3B", "Qwen's April 2026 small mixture-of-experts model"],
      ["qwen3.6-27b", "Qwen3.6 27B", "Qwen3.6", null, "Qwen's April 2026 dense mid-size model"],
    ] as const
  ).map(([id, name, family, sizes, what]): ModelCuration => ({
    ...QWEN,
    id,
    name,
    family,
    aliases: [name.toLowerCase(), name.toLowerCase().replace(/^qwen/, "qwen "), `${id}-instruct`],
    // Qwen3.5's README (read after its releases) states Apache-2.0; nothing of Qwen's read covers 3.6 yet.
    licenseId: family === "Qwen3.5" ? "qwen3.5-apache" : "qwen-later-apache",
    base: `alibaba/${id}`,
    md: [`alibaba:${id}`, `openrouter:qwen/${id}`],
    description: `${what}${sizes ? ` (the name says ${sizes.replace("-A", " total, ")} active)` : ""}; ${family === "Qwen3.5" ? "Apache-2.0 per Qwen's Qwen3.5 repository" : "reported Apache-2.0, not yet read in Qwen's own text for this release"}.`,
  })),
  {
    ...ZHIPU,
    id: "glm-4.5-air",
    name: "GLM-4.5-Air",
    aliases: ["glm 4.5 air", "glm4.5-air", "glm-4.5 air"],
    licenseId: "glm-4.5-mit",
    base: "zhipuai/glm-4.5-air",
    md: ["zai:glm-4.5-air", "openrouter:z-ai/glm-4.5-air"],
    ll: ["zai/glm-4.5-air"],
    description: "The lighter GLM-4.5 mixture-of-experts model (106B total, 12B active), MIT like GLM-4.5.",
  },
  {
    ...ZHIPU,
    id: "glm-4.7",
    name: "GLM-4.7",
    aliases: ["glm 4.7", "glm4.7", "zhipu glm 4.7"],
    licenseId: "zhipu-glm-license",
    base: "zhipuai/glm-4.7",
    md: ["zai:glm-4.7", "deepinfra:zai-org/GLM-4.7", "openrouter:z-ai/glm-4.7"],
    ll: ["zai/glm-4.7"],
    description:
      "Z.ai's December 2025 coding-focused GLM (355B total, 32B active); its weights' licence was not read in Z.ai's own text.",
  },
  {
    ...ZHIPU,
    id: "glm-5",
    name: "GLM-5",
    aliases: ["glm 5", "glm5", "zhipu glm 5"],
    licenseId: "glm-5-mit",
    base: "zhipuai/glm-5",
    md: ["zai:glm-5", "togetherai:zai-org/GLM-5", "openrouter:z-ai/glm-5"],
    ll: ["zai/glm-5"],
    description:
      "Z.ai's 2026 flagship for long agentic tasks (744B total, 40B active), its weights under MIT per Z.ai's GLM-5 card.",
  },
  {
    ...ZHIPU,
    id: "glm-5.1",
    name: "GLM-5.1",
    aliases: ["glm 5.1", "glm5.1", "zhipu glm 5.1"],
    licenseId: "zhipu-glm-license",
    base: "zhipuai/glm-5.1",
    md: ["zai:glm-5.1", "baseten:zai-org/GLM-5.1", "openrouter:z-ai/glm-5.1"],
    description:
      "The April 2026 update of GLM-5 (744B total, 40B active); its weights' licence was not read in Z.ai's own text.",
  },
  // The most widely hosted open model in the models.dev snapshot (39 offerings) that was missing.
  {
    ...ZHIPU,
    id: "glm-5.2",
    name: "GLM-5.2",
    aliases: ["glm 5.2", "glm5.2", "zhipu glm 5.2"],
    licenseId: "zhipu-glm-license",
    base: "zhipuai/glm-5.2",
    md: ["zai:glm-5.2", "deepinfra:zai-org/GLM-5.2", "togetherai:zai-org/GLM-5.2", "openrouter:z-ai/glm-5.2"],
    description:
      "Z.ai's June 2026 successor to GLM-5.1 with a 1M-token context (744B total, 40B active); its weights' licence was not read in Z.ai's own text.",
  },
  {
    ...KIMI,
    id: "kimi-k2.5",
    name: "Kimi K2.5",
    aliases: ["kimi k2.5", "kimi-k2.5", "kimi k 2.5"],
    licenseId: "moonshot-kimi-k2.5-license",
    base: "moonshotai/kimi-k2.5",
    md: ["moonshotai:kimi-k2.5", "togetherai:moonshotai/Kimi-K2.5", "deepinfra:moonshotai/Kimi-K2.5"],
    ll: ["moonshot/kimi-k2.5"],
    description:
      "Moonshot's early-2026 multimodal successor to Kimi K2 for agentic and coding work, under a modified MIT licence (a display clause above 100M users or US$20M monthly revenue).",
  },
  {
    ...KIMI,
    id: "kimi-k2.6",
    name: "Kimi K2.6",
    aliases: ["kimi k2.6", "kimi-k2.6", "kimi k 2.6"],
    licenseId: "moonshot-kimi-later-license",
    base: "moonshotai/kimi-k2.6",
    md: ["moonshotai:kimi-k2.6", "openrouter:moonshotai/kimi-k2.6"],
    description: "Moonshot's April 2026 Kimi release; its licence was not read for this release.",
  },
  {
    ...KIMI,
    id: "kimi-k2.7-code",
    name: "Kimi K2.7 Code",
    aliases: ["kimi k2.7 code", "kimi-k2.7-code", "kimi k2.7", "k2.7 code"],
    licenseId: "moonshot-kimi-k2.7-code-license",
    base: "moonshotai/kimi-k2.7-code",
    md: [
      "moonshotai:kimi-k2.7-code",
      "togetherai:moonshotai/Kimi-K2.7-Code",
      "deepinfra:moonshotai/Kimi-K2.7-Code",
      "openrouter:moonshotai/kimi-k2.7-code",
    ],
    description:
      "Moonshot's June 2026 coding-agent model built on Kimi K2.6 (same 1T mixture of experts, as reported); its size and its licence were not read in Moonshot's own text.",
  },
  {
    id: "minimax-m3",
    name: "MiniMax-M3",
    lab: "MiniMax",
    family: "MiniMax",
    aliases: ["minimax m3", "minimax-m3", "minimax 3"],
    openWeights: true,
    licenseId: "minimax-community-license",
    base: "minimax/MiniMax-M3",
    md: ["minimax:MiniMax-M3", "togetherai:MiniMaxAI/MiniMax-M3", "openrouter:minimax/minimax-m3"],
    ll: ["minimax/MiniMax-M3"],
    description:
      "MiniMax's June 2026 multimodal mixture of experts with a 1M-token context, under MiniMax's community licence (commercial use with a display duty and a notice, authorization above US$20M yearly revenue); its size was not read in MiniMax's own text.",
  },
  {
    id: "minimax-m2.5",
    name: "MiniMax-M2.5",
    lab: "MiniMax",
    family: "MiniMax",
    aliases: ["minimax m2.5", "minimax-m2.5", "minimax 2.5"],
    openWeights: true,
    licenseId: "minimax-model-license",
    base: "minimax/MiniMax-M2.5",
    md: ["minimax:MiniMax-M2.5", "togetherai:MiniMaxAI/MiniMax-M2.5", "deepinfra:MiniMaxAI/MiniMax-M2.5"],
    ll: ["minimax/MiniMax-M2.5"],
    description:
      "MiniMax's February 2026 agentic coding model; unlike M2's MIT, its weights come under MiniMax's own model licence.",
  },
  {
    id: "minimax-m2.7",
    name: "MiniMax-M2.7",
    lab: "MiniMax",
    family: "MiniMax",
    aliases: ["minimax m2.7", "minimax-m2.7", "minimax 2.7", "minimax m27"],
    openWeights: true,
    licenseId: "minimax-m2.7-license",
    base: "minimax/MiniMax-M2.7",
    md: ["minimax:MiniMax-M2.7", "openrouter:minimax/minimax-m2.7", "vultr:MiniMaxAI/MiniMax-M2.7"],
    description:
      "MiniMax's March 2026 agentic coding model; unlike M2 and M2.5, its open weights are non-commercial unless MiniMax authorizes commercial use.",
  },
  {
    id: "mistral-small-4",
    name: "Mistral Small 4",
    lab: "Mistral AI",
    family: "Mistral Small",
    aliases: ["mistral small 4", "mistral-small-2603", "mistral small 2603", "mistral-small-4-119b-2603"],
    openWeights: true,
    licenseId: "mistral-small-4-reported",
    base: "mistral/mistral-small-2603",
    md: ["mistral:mistral-small-2603", "openrouter:mistralai/mistral-small-2603"],
    description:
      "Mistral's March 2026 open-weights mixture of experts that folds reasoning, vision and coding into one Small model; Apache-2.0 per Mistral's own card.",
  },
  {
    id: "nemotron-3-ultra",
    name: "Nemotron 3 Ultra",
    lab: "NVIDIA",
    family: "Nemotron",
    aliases: ["nemotron 3 ultra", "nemotron-3-ultra-550b-a55b", "nemotron ultra"],
    openWeights: true,
    licenseId: "nemotron",
    base: "nvidia/nemotron-3-ultra-550b-a55b",
    md: [
      "nvidia:nvidia/nemotron-3-ultra-550b-a55b",
      "togetherai:nvidia/nemotron-3-ultra-550b-a55b",
      "baseten:nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B",
    ],
    description: "NVIDIA's largest Nemotron 3 model (the name says 550B total, 55B active), with open weights.",
  },
];

const READ = "2026-12-04";
const GLM45_README = "https://github.com/zai-org/GLM-4.5/blob/170f20b2c10659008fdbc909d478bc2a75bc3627/README.md";
const GLM5_README = "https://github.com/zai-org/GLM-5/blob/218be5246e4d3c38699de5717437d6d5daee4ec4/README.md";
export const GLM52_README = "https://github.com/zai-org/GLM-5/blob/1a977a8a92e810bd78b0c0a98f8623c8a2c02751/README.md";

/** Counts the lab's README states ("Model Size 744B-A40B"); merged into SOURCED_PARAMS. */
export const BREADTH_PARAMS: Readonly<Record<string, SourcedParams>> = {
  "glm-4.5-air": {
    totalB: 106,
    activeB: 12,
    sourceUrl: GLM45_README,
    sourceKind: "primary",
    asOf: READ,
    note: "Z.ai's download table lists GLM-4.5-Air as 106B-A12B.",
  },
  "glm-4.7": {
    totalB: 355,
    activeB: 32,
    sourceUrl: GLM45_README,
    sourceKind: "primary",
    asOf: READ,
    note: "Z.ai's download table lists GLM-4.7 as 355B-A32B.",
  },
  "glm-5": {
    totalB: 744,
    activeB: 40,
    sourceUrl: GLM5_README,
    sourceKind: "primary",
    asOf: READ,
    note: "Z.ai's GLM-5 README gives 744B parameters with 40B active.",
  },
  "glm-5.1": {
    totalB: 744,
    activeB: 40,
    sourceUrl: GLM5_README,
    sourceKind: "primary",
    asOf: READ,
    note: "Z.ai's download table lists GLM-5.1 as 744B-A40B.",
  },
  "kimi-k2.7-code": {
    totalB: 1000,
    activeB: 32,
    sourceUrl: "https://ai.gitcode.com/MoonshotAI/Kimi-K2.7-Code",
    sourceKind: "secondary",
    asOf: READ,
    note: "Mixture of experts: 1T total, 32B activated, in a Chinese copy of Moonshot's card on GitCode (not Moonshot's own page); SGLang's guide says it keeps Kimi K2.6's architecture.",
  },
  "minimax-m3": {
    totalB: 428,
    activeB: 23,
    sourceUrl: "https://d.geminiproxy.ggff.net/hf/unsloth/MiniMax-M3",
    sourceKind: "secondary",
    asOf: READ,
    note: "Mixture of experts: about 428B total and 23B activated (128 experts, 4 per token), in a re-upload's copy of MiniMax's card seen through a proxy; MiniMax's own text was not read.",
  },
  // A later edition of the GLM-5 repository README, after GLM-5.2's release: its download table.
  "glm-5.2": {
    totalB: 744,
    activeB: 40,
    sourceUrl: GLM52_README,
    sourceKind: "primary",
    asOf: READ,
    note: "Z.ai's download table lists GLM-5.2 as 744B-A40B.",
  },
};
