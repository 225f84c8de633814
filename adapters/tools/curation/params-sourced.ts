// Parameter counts (billions, total and active) read from the lab's own model card, README or
// docs, for models that ../shared/data/selfhost.json has no row for (or only a secondary one).
// Each entry names the page it was read from; "secondary" marks a copy or a third-party page.
// A model missing here and in selfhost.json has no count: we never parse one from a name.
import type { SourceKind } from "../../../src/catalog/schema-common.js";
import { mistralParams } from "./mistral-cards.js";
import { SAFETY_PARAMS } from "./models-safety.js";

export interface SourcedParams {
  totalB: number;
  /** Equal to totalB for dense models; null when a mixture-of-experts' active count is not given. */
  activeB: number | null;
  sourceUrl: string;
  sourceKind: SourceKind;
  /** When we read it (pinned-commit sources) or the date the page states. */
  asOf: string;
  /** Our own words. */
  note?: string;
}

const READ = "2026-12-04";
/** IBM's own Granite 4.0 page, its table of sizes (a stored copy; the page has no commit). */
const GRANITE4_DOCS = "https://www.ibm.com/granite/docs/models/granite4-0";
const LLAMA_32 =
  "https://github.com/meta-llama/llama-models/blob/1156e8676f57de65e085abde5b5e6bf79857ae6f/models/llama3_2/MODEL_CARD.md";
const LLAMA_32_VISION =
  "https://github.com/meta-llama/llama-models/blob/33261ec3b79ad1cadfcd1ae6be8f5783ee90f92a/models/llama3_2/MODEL_CARD_VISION.md";

// DeepSeek's V4-Pro model card, read in a third party's capture dated 2026-08-23 (not the card
// itself): its download table and its base-model comparison with DeepSeek-V3.2-Base.
const DEEPSEEK_V4_CARD = "https://huggingface.co/deepseek-ai/DeepSeek-V4-Pro";
const DEEPSEEK_V4_CAPTURED = "2026-08-23";
const HF_PRETRAINED_TABLE =
  "https://github.com/huggingface/transformers/blob/02ef825be208badb6bb7bf0641e7035406690b18/docs/source/pretrained_models.rst";

const PHI_FAMILY =
  "https://github.com/microsoft/PhiCookBook/blob/3ec6531165b2936b5f154e8709ab285b02cdcd2e/md/01.Introduction/01/01.PhiFamily.md";
const phiFamily = (totalB: number): SourcedParams => ({
  totalB,
  activeB: totalB,
  sourceUrl: PHI_FAMILY,
  sourceKind: "primary",
  asOf: READ,
  note: `Microsoft's Phi family table in its Phi Cookbook lists ${totalB}B parameters (dense).`,
});

const nvidiaQwen35 = (totalB: number, activeB: number): SourcedParams => ({
  totalB,
  activeB,
  sourceUrl: "https://docs.nvidia.com/nemo/megatron-bridge/latest/models/vlm/qwen35-vl.html",
  sourceKind: "secondary",
  asOf: READ,
  note:
    totalB === activeB
      ? `NVIDIA's model list gives ${totalB}B parameters (dense); Qwen's own card was not read.`
      : `Mixture of experts: ${totalB}B total, ${activeB}B active per NVIDIA's model list; Qwen's own card was not read.`,
});

export const SOURCED_PARAMS: Readonly<Record<string, SourcedParams>> = {
  ...mistralParams(),
  ...SAFETY_PARAMS,
  // Microsoft's Phi family table (the same table lists Phi-4-reasoning as 3.8B, contradicting its
  // 14B card, so that row is not used).
  "phi-3-mini": phiFamily(3.8),
  "phi-3-medium": phiFamily(14),
  "phi-3.5-mini": phiFamily(3.8),
  "phi-4": phiFamily(14),
  "phi-4-mini": phiFamily(3.8),
  // No Qwen text with these counts is on file (the cards are on Hugging Face only); NVIDIA's
  // Megatron Bridge model list states them. Secondary, so shown unverified.
  "qwen3.5-27b": nvidiaQwen35(27, 27),
  "qwen3.5-35b-a3b": nvidiaQwen35(35, 3),
  "qwen3.5-122b-a10b": nvidiaQwen35(122, 10),
  "minimax-m2.5": {
    totalB: 230,
    activeB: 10,
    sourceUrl: "https://docs.sglang.io/docs/basic_usage/minimax_m2",
    sourceKind: "secondary",
    asOf: READ,
    note: "Mixture of experts: 230B total, 10B active for the M2 series including M2.5, per SGLang's deployment guide; MiniMax's M2.5 README does not state it.",
  },
  "nemotron-3-ultra": {
    totalB: 550,
    activeB: 55,
    sourceUrl: "https://build.nvidia.com/nvidia/nemotron-3-ultra-550b-a55b/fine-tune",
    sourceKind: "primary",
    asOf: READ,
    note: "Mixture of experts: 550B total, 55B active, per NVIDIA's own model page.",
  },
  "nemotron-3-super": {
    totalB: 120,
    activeB: 12,
    sourceUrl:
      "https://github.com/NVIDIA-NeMo/Megatron-Bridge/blob/067f987df03b8355b03192d88d70f1709fedf51a/docs/models/nemotron/nemotron3-super.md",
    sourceKind: "primary",
    asOf: "2026-12-05",
    note: "Mixture of experts: 120B total, 12B active, in NVIDIA's own Megatron Bridge page for Nemotron 3 Super ('12B active parameters and 120B parameters in total').",
  },
  "llama-3.2-1b": {
    totalB: 1.23,
    activeB: 1.23,
    sourceUrl: LLAMA_32,
    sourceKind: "primary",
    asOf: READ,
    note: "Meta's card lists the 1B size as 1.23B parameters.",
  },
  "llama-3.2-3b": {
    totalB: 3.21,
    activeB: 3.21,
    sourceUrl: LLAMA_32,
    sourceKind: "primary",
    asOf: READ,
    note: "Meta's card lists the 3B size as 3.21B parameters.",
  },
  "llama-3.2-11b-vision": {
    totalB: 10.6,
    activeB: 10.6,
    sourceUrl: LLAMA_32_VISION,
    sourceKind: "primary",
    asOf: READ,
    note: "Meta's vision card lists the 11B size as 10.6B parameters (text model plus vision adapter).",
  },
  "llama-3.2-90b-vision": {
    totalB: 88.8,
    activeB: 88.8,
    sourceUrl: LLAMA_32_VISION,
    sourceKind: "primary",
    asOf: READ,
    note: "Meta's vision card lists the 90B size as 88.8B parameters.",
  },
  "kimi-k2": {
    totalB: 1000,
    activeB: 32,
    sourceUrl: "https://github.com/MoonshotAI/Kimi-K2/blob/11062d119a82873f7f786cd2733c57d42ee65b79/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Mixture of experts: 1T total, 32B activated per token (Moonshot's model summary table).",
  },
  "glm-4.5": {
    totalB: 355,
    activeB: 32,
    sourceUrl: "https://github.com/zai-org/GLM-4.5/blob/08158da0b5cb63e7e9da9529482cc5d30e2a7437/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Mixture of experts: 355B total, 32B active (Zhipu's README).",
  },
  "minimax-m2": {
    totalB: 230,
    activeB: 10,
    sourceUrl: "https://github.com/MiniMax-AI/MiniMax-M2/blob/1acac8b6bca936fd57a56faad9da823fb7e40073/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Mixture of experts: 230B total, 10B active (MiniMax's README).",
  },
  "qwen3-coder-480b": {
    totalB: 480,
    activeB: 35,
    sourceUrl: "https://qwenlm.github.io/blog/qwen3-coder/",
    sourceKind: "primary",
    asOf: "2025-07-22",
    note: "Mixture of experts: 480B total, 35B active (Qwen's launch post; the repository README repeats it).",
  },
  "qwen2.5-coder-3b": {
    totalB: 3.09,
    activeB: 3.09,
    sourceUrl:
      "https://huggingface.co/Qwen/Qwen2.5-Coder-3B-Instruct/blob/731372abce60a5808f8ee01b92db9f10c7f25d59/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Qwen's card: 3.09B parameters (2.77B without embeddings).",
  },
  "qwen2.5-coder-32b": {
    totalB: 32.5,
    activeB: 32.5,
    sourceUrl:
      "https://github.com/QwenLM/qwenlm.github.io/blob/1f89f8c81adb85e3808f9cc15180ab1fdacbb900/content/blog/qwen2.5-coder-family/index.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Qwen's Qwen2.5-Coder family post, model table: Qwen2.5-Coder-32B has 32.5B parameters (31.0B without embeddings), dense.",
  },
  "mistral-nemo": {
    totalB: 12,
    activeB: 12,
    sourceUrl: "https://huggingface.co/nvidia/Mistral-NeMo-12B-Instruct/blob/main/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Card of the co-developer NVIDIA: 12B parameters, trained jointly by NVIDIA and Mistral AI.",
  },
  "mistral-small-3": {
    totalB: 24,
    activeB: 24,
    sourceUrl: "https://mistral.ai/en/news/mistral-small-3",
    sourceKind: "primary",
    asOf: READ,
    note: "Mistral's announcement: 'a latency-optimized 24B-parameter model'.",
  },
  "pixtral-large": {
    totalB: 124,
    activeB: 124,
    sourceUrl: "https://docs.mistral.ai/models/pixtral-large-24-11.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Mistral's model page: 124B parameters (its card splits this into a 123B decoder and a 1B vision encoder).",
  },
  "jamba-1.5-large": {
    totalB: 398,
    activeB: 94,
    sourceUrl: "https://aspire.dev/reference/api/csharp/aspire.hosting.github.models/ai21labs/fields.md",
    sourceKind: "secondary",
    asOf: READ,
    note: "Microsoft's Aspire reference for GitHub Models: 398B parameters, 94B active (hybrid Mamba-Transformer mixture of experts).",
  },
  "jamba-1.5-mini": {
    totalB: 52,
    activeB: 12,
    sourceUrl: "https://aspire.dev/reference/api/csharp/aspire.hosting.github.models/ai21labs/fields.md",
    sourceKind: "secondary",
    asOf: READ,
    note: "Same reference: 52B parameters, 12B active.",
  },
  "snowflake-arctic": {
    totalB: 480,
    activeB: 17,
    sourceUrl:
      "https://huggingface.co/Snowflake/snowflake-arctic-instruct/blob/ea1aa5f6b73ce7ca3a117e2ef9987590a932e400/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Snowflake's card: a 10B dense model plus a residual 128-expert MoE, 480B total and 17B active (top-2 gating).",
  },
  "command-a": {
    totalB: 111,
    activeB: 111,
    // Cohere's own card (stored without a revision to pin): "Model Size: 111 billion parameters".
    sourceUrl: "https://huggingface.co/CohereForAI/c4ai-command-a-03-2025",
    sourceKind: "primary",
    asOf: READ,
    note: "Cohere's model card for c4ai-command-a-03-2025 gives the model size as 111 billion parameters (dense).",
  },
  "phi-4-reasoning": {
    totalB: 14,
    activeB: 14,
    // Microsoft's own card (stored without a revision to pin), read 2026-12-06.
    sourceUrl: "https://huggingface.co/microsoft/Phi-4-reasoning",
    sourceKind: "primary",
    asOf: "2026-12-06",
    note: "Microsoft's Phi-4-reasoning model card: architecture 'Base model same as previously released Phi-4, 14B parameters, dense decoder-only Transformer model'.",
  },
  "deepseek-v4-flash": {
    totalB: 284,
    activeB: 13,
    sourceUrl: DEEPSEEK_V4_CARD,
    sourceKind: "secondary",
    asOf: DEEPSEEK_V4_CAPTURED,
    note: "DeepSeek's V4-Pro card, read in a dated capture: V4-Flash has 284B parameters, 13B activated (OpenRouter's listing gives the same).",
  },
  "deepseek-v4-pro": {
    totalB: 1600,
    activeB: 49,
    sourceUrl: DEEPSEEK_V4_CARD,
    sourceKind: "secondary",
    asOf: DEEPSEEK_V4_CAPTURED,
    note: "DeepSeek's V4-Pro card, read in a dated capture: 1.6T parameters, 49B activated.",
  },
  // V3.2's own card and paper state no count; the paper says V3.2 keeps V3.2-Exp's architecture.
  "deepseek-v3.2": {
    totalB: 671,
    activeB: 37,
    sourceUrl: DEEPSEEK_V4_CARD,
    sourceKind: "secondary",
    asOf: DEEPSEEK_V4_CAPTURED,
    note: "Mixture of experts: 671B total, 37B activated, as DeepSeek's V4-Pro card (read in a dated capture) gives them for DeepSeek-V3.2-Base, the checkpoint V3.2 is post-trained from.",
  },
  "kimi-k2.6": {
    totalB: 1000,
    activeB: 32,
    sourceUrl: "https://haimaker.ai/models/moonshotai/kimi-k2.6",
    sourceKind: "secondary",
    asOf: READ,
    note: "Mixture of experts: 1T total, 32B activated, in a host's copy of Moonshot's model summary table (the vision encoder adds 400M); Moonshot's own card was not read.",
  },
  "minimax-m2.7": {
    totalB: 229.9,
    activeB: 9.8,
    sourceUrl: "https://huggingface.co/papers/2605.26494",
    sourceKind: "secondary",
    asOf: READ,
    note: "MiniMax's M2-series report gives the flagship M2 229.9B total and 9.8B activated parameters and calls M2.7 the series' latest checkpoint; the M2.7 README states no count, so the figure is the series' and shown unverified.",
  },
  // Qwen's Qwen3.6 README names the releases but gives no counts; their cards were not read.
  "qwen3.6-35b-a3b": {
    totalB: 35,
    activeB: 3,
    sourceUrl: "https://docs.vllm.ai/projects/ascend/en/v0.18.0/tutorials/models/Qwen3.6-35B-A3B.html",
    sourceKind: "secondary",
    asOf: READ,
    note: "Mixture of experts: 35B total, about 3B activated per token, per vLLM Ascend's deployment guide.",
  },
  "qwen3.6-27b": {
    totalB: 27,
    activeB: 27,
    sourceUrl: "https://huggingface.co/Prince-1/Qwen3.6-27B",
    sourceKind: "secondary",
    asOf: READ,
    note: "A re-upload's copy of Qwen's card: 'Number of Parameters: 27B', dense layers (no experts).",
  },
  // Hugging Face's table of pretrained checkpoints, not the authors' text (their READMEs give layer
  // shapes only). Like BERT, the entries name families; the figures are the base checkpoints'.
  xlnet: {
    totalB: 0.11,
    activeB: 0.11,
    sourceUrl: HF_PRETRAINED_TABLE,
    sourceKind: "secondary",
    asOf: READ,
    note: "Hugging Face's pretrained-model table: xlnet-base-cased has 110M parameters (xlnet-large-cased 340M); the figure is the base model's.",
  },
  albert: {
    totalB: 0.011,
    activeB: 0.011,
    sourceUrl: HF_PRETRAINED_TABLE,
    sourceKind: "secondary",
    asOf: READ,
    note: "Hugging Face's pretrained-model table: ALBERT base has 11M parameters (layers share weights; large 17M, xxlarge 223M); the figure is the base model's.",
  },
  // Zhipu's ChatGLM3 README and card give no count beyond the name; NVIDIA's reference states one.
  "chatglm3-6b": {
    totalB: 6,
    activeB: 6,
    sourceUrl: "https://docs.nvidia.com/nemo/automodel/model-coverage/large-language-models/thudm/chatglm3-6b",
    sourceKind: "secondary",
    asOf: READ,
    note: "NVIDIA's NeMo AutoModel reference lists ChatGLM3 6B with 6B parameters; Zhipu's own texts state no count.",
  },
  // Google's own Gemma 3n E4B card (a stored copy of the Hugging Face page): "While the raw parameter
  // count of this model is 8B, the architecture design allows the model to be run with a memory
  // footprint comparable to a traditional 4B model by offloading low-utilization matrices from the
  // accelerator." It is dense (every parameter is used per token, the per-layer embeddings by
  // lookup), so active equals total; the 4B "effective" size is a memory figure, kept in the note.
  "gemma-3n-e4b": {
    totalB: 8,
    activeB: 8,
    sourceUrl: "https://huggingface.co/google/gemma-3n-E4B",
    sourceKind: "primary",
    asOf: "2026-12-07",
    note: "Google's Gemma 3n E4B card: 8B raw parameters, run with the memory footprint of a 4B model (its 'effective' size) by keeping low-utilisation matrices off the accelerator; sized here at the full 8B.",
  },
  "gemma-3n-e2b": {
    totalB: 5,
    activeB: 5,
    sourceUrl: "https://huggingface.co/blog/gemma3n",
    sourceKind: "secondary",
    asOf: "2025-06-26",
    note: "Hugging Face's Gemma 3n launch post: E2B's actual count is 5B, needing only 2B in GPU memory (its 'effective' size); sized here at the full 5B. Google's own E2B card was not read.",
  },
  "gemma-4-31b": {
    totalB: 31,
    activeB: 31,
    sourceUrl: "https://ai.google.dev/gemma/docs/core?hl=it",
    sourceKind: "primary",
    asOf: READ,
    note: "Google's Gemma 4 overview (Italian edition): a dense model with 31B parameters; fairseq2's docs list 30.7B.",
  },
  "gemma-4-26b-a4b": {
    totalB: 25.2,
    activeB: 3.8,
    sourceUrl: "https://facebookresearch.github.io/fairseq2/nightly/_sources/reference/fairseq2.models.gemma4.rst.txt",
    sourceKind: "secondary",
    asOf: READ,
    note: "fairseq2's Gemma 4 reference: 25.2B total, about 3.8B active (128 experts); Google's overview calls it a 26B MoE.",
  },
  "nemotron-nano-9b-v2": {
    totalB: 9,
    activeB: 9,
    sourceUrl: "https://docs.nvidia.com/nemo-platform/documentation/customizer-reference/models/llama-nemotron",
    sourceKind: "primary",
    asOf: READ,
    note: "NVIDIA's NeMo Customizer model reference: 9 billion parameters.",
  },
  // NVIDIA's own Nemotron repository, its notes condensing the Hugging Face cards (pinned): the
  // name's "30B-A3B" rounds these.
  "nemotron-3-nano": {
    totalB: 31.6,
    activeB: 3.2,
    sourceUrl:
      "https://github.com/NVIDIA-NeMo/Nemotron/blob/e27b37133d652f72dbf631ff8bb487df45f8f7d1/skills/nemotron-nano3/model-card.md",
    sourceKind: "primary",
    asOf: "2026-05-27",
    note: "Mixture of experts: 31.6B total, 3.2B active per forward pass (3.6B including embeddings), in NVIDIA's own model-card notes.",
  },
  "falcon-2-11b": {
    totalB: 11,
    activeB: 11,
    sourceUrl: "https://huggingface.co/tiiuae/falcon-11B/blob/61637f65010990b9cdc9ac4e5ccbc556b10e3130/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "TII's card: an 11B-parameter causal decoder-only model.",
  },
  "granite-4.0-h-small": {
    totalB: 32,
    activeB: 9,
    sourceUrl: GRANITE4_DOCS,
    sourceKind: "primary",
    asOf: READ,
    note: "IBM's Granite 4.0 docs: a hybrid mixture of experts, 32B total with 9B activated.",
  },
  "granite-4.0-h-micro": {
    totalB: 3,
    activeB: 3,
    sourceUrl: GRANITE4_DOCS,
    sourceKind: "primary",
    asOf: READ,
    note: "IBM's Granite 4.0 docs: a hybrid dense model of 3B in total.",
  },
  "granite-3.3-8b": {
    totalB: 8,
    activeB: 8,
    sourceUrl: "https://huggingface.co/collections/ibm-granite/granite-33",
    sourceKind: "secondary",
    asOf: READ,
    note: "Hugging Face's count for ibm-granite/granite-3.3-8b-instruct in IBM's Granite 3.3 collection: 8B.",
  },
  "kimi-k2.5": {
    totalB: 1000,
    activeB: 32,
    sourceUrl: "https://github.com/MoonshotAI/Kimi-K2.5/blob/3e60763b943e93c443287c383e0468ffe05b188f/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Mixture of experts: 1T total, 32B activated (Moonshot's model summary table; the vision encoder adds 400M).",
  },
  "glm-4.6": {
    totalB: 355,
    activeB: 32,
    sourceUrl: "https://github.com/zai-org/GLM-4.5/blob/170f20b2c10659008fdbc909d478bc2a75bc3627/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Z.ai's download table lists GLM-4.6 as 355B-A32B (model size column).",
  },
  "qwen3.5-397b-a17b": {
    totalB: 397,
    activeB: 17,
    sourceUrl: "https://github.com/QwenLM/Qwen3.5/blob/7e103aebdbff11c98cc1cd6a2a568988cfd38168/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Qwen's README: the first Qwen3.5 release 'includes a 397B-A17B MoE model' (397B total, 17B active).",
  },
  // BERT names a family of checkpoints; the count is BERT-Base's, the size most teams run.
  bert: {
    totalB: 0.11,
    activeB: 0.11,
    sourceUrl: "https://github.com/google-research/bert/blob/eedf5716ce1268e56f0a50264a88cafad334ac61/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Google's README: BERT-Base has 110M parameters, BERT-Large 340M; the figure is BERT-Base's.",
  },
  "bert-large": {
    totalB: 0.34,
    activeB: 0.34,
    sourceUrl: "https://github.com/google-research/bert/blob/eedf5716ce1268e56f0a50264a88cafad334ac61/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Google's README: BERT-Large has 340M parameters (24 layers, hidden size 1024, 16 heads).",
  },
  "roberta-large": {
    totalB: 0.355,
    activeB: 0.355,
    sourceUrl:
      "https://github.com/facebookresearch/fairseq/blob/138dc8e4fd02f81074842731d1bdd9401aa59489/examples/roberta/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Meta's fairseq README lists roberta.large at 355M parameters.",
  },
  // Vicuna v1.5 is a full fine-tune of Llama 2 13B (LMSYS's weights table names Llama 2 as the
  // base of v1.5 and lists a 13B size); fine-tuning keeps the base's weights and shape, so the
  // count is Meta's for Llama 2 13B.
  "vicuna-13b": {
    totalB: 13,
    activeB: 13,
    sourceUrl:
      "https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models/llama2/MODEL_CARD.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Fine-tuned from Llama 2 13B (LMSYS FastChat's docs/vicuna_weights_version.md @ 0e6d3e4: v1.5's base model is Llama 2), whose size Meta's Llama 2 card gives as 13B (dense).",
  },
  // RoBERTa, like BERT, names two checkpoints; the count is the base one's.
  roberta: {
    totalB: 0.125,
    activeB: 0.125,
    sourceUrl:
      "https://github.com/facebookresearch/fairseq/blob/138dc8e4fd02f81074842731d1bdd9401aa59489/examples/roberta/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Meta's fairseq README lists roberta.base at 125M parameters and roberta.large at 355M; the figure is the base model's.",
  },
  // T5 names a family of checkpoints (60M to 11B); the count is T5-Base's, as for BERT.
  t5: {
    totalB: 0.22,
    activeB: 0.22,
    sourceUrl:
      "https://github.com/google-research/text-to-text-transfer-transformer/blob/e081111ccd51df425aa7124e8e311ed6d403d767/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Google's README lists T5-Small 60M, Base 220M, Large 770M, 3B and 11B; the figure is T5-Base's.",
  },
  // BLOOMZ names a family (560M to 176B); the xmtf README's table maps the checkpoint named
  // "bloomz" to 176B, as BLOOM's entry is the 176B model.
  bloomz: {
    totalB: 176,
    activeB: 176,
    sourceUrl: "https://github.com/bigscience-workshop/xmtf/blob/0bf2dc741a39959be56ba6a966574b2e73f6e0ea/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "BigScience's xmtf README gives the checkpoint named bloomz 176B parameters; the smaller BLOOMZ checkpoints run from 560M to 7.1B.",
  },
  // The "Model and Size" column of EleutherAI's evaluation table states the size.
  "gpt-neo-2.7b": {
    totalB: 2.7,
    activeB: 2.7,
    sourceUrl: "https://github.com/EleutherAI/gpt-neo/blob/23485e3c7940560b3b4cb12e0016012f14d03fc7/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "EleutherAI's README releases two pretrained GPT-Neo models, 1.3B and 2.7B, and its 'Model and Size' table lists GPT-Neo 2.7B (dense).",
  },
  // DistilBERT, like BERT, names several checkpoints; the count is distilbert-base-uncased's.
  distilbert: {
    totalB: 0.066,
    activeB: 0.066,
    sourceUrl:
      "https://github.com/huggingface/transformers/blob/c8dfc84ee87d238ad88090d677fe5f1bae4739cf/examples/research_projects/distillation/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Hugging Face's Distil* README, by DistilBERT's authors: distilbert-base-uncased has 66M parameters (6 layers); the cased one 65M.",
  },
  // The overview in Transformers' docs is the Qwen team's own text (their copyright, "we trained").
  "qwen3-next-80b-a3b": {
    totalB: 80,
    activeB: 3,
    sourceUrl:
      "https://github.com/huggingface/transformers/blob/987d5c55eb8156e86f36faf7a0336675cf70fd38/docs/source/en/model_doc/qwen3_next.md",
    sourceKind: "primary",
    asOf: READ,
    note: "Mixture of experts: 80B total, 3B active, in the Qwen team's own overview of Qwen3-Next in the Transformers docs.",
  },
  // TII's card gives the family's range (1B to 10B parameters); 10B is the largest member, this one.
  "falcon-3-10b": {
    totalB: 10,
    activeB: 10,
    sourceUrl:
      "https://huggingface.co/tiiuae/Falcon3-10B-Instruct/blob/77d052e0d5c797ede73c2ae787f2f6ecd10220db/README.md",
    sourceKind: "primary",
    asOf: READ,
    note: "TII's model card: the Falcon3 family runs from 1B to 10B parameters and this repository holds its 10B instruct model (dense, 40 decoder blocks).",
  },
  // No Mistral text read: the counts are reported ones (reports give 6B to 6.5B active).
  // Qwen's own card was not read; this copy repeats its model overview verbatim.
  "qwen3-coder-30b-a3b": {
    totalB: 30.5,
    activeB: 3.3,
    sourceUrl: "https://huggingface.co/unsloth/Qwen3-Coder-30B-A3B-Instruct-1M-GGUF",
    sourceKind: "secondary",
    asOf: READ,
    note: "A re-upload's copy of Qwen's card: 'Number of Parameters: 30.5B in total and 3.3B activated'.",
  },
  "kimi-k2-thinking": {
    totalB: 1000,
    activeB: 32,
    sourceUrl: "https://huggingface.co/CometAPI/kimi-k2-thinking/commit/151a32f95106c8c348e968dc0e6d311cd06377a8",
    sourceKind: "secondary",
    asOf: READ,
    note: "A third party's description: built on the Kimi K2 mixture of experts, about 1T total and 32B activated parameters.",
  },
};
