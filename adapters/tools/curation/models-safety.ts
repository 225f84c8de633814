// Safety classifiers teams shortlist for content moderation: Meta's Llama Guard 3 8B and 4 12B,
// Google's ShieldGemma 2B/9B/27B and OpenAI's gpt-oss-safeguard 20b/120b. Each reads a message (and
// a policy) and answers with a label, not a conversation, so the importer gives them the
// "moderation" strength and no "chat" (deriveStrengths); the ranking offers them for moderation
// jobs only (src/scoring/moderation-fit.ts). What each is and its size are read in the lab's own
// card (SAFETY_PARAMS); prices and hosts come from the lists like every other model's.
import type { SourcedParams } from "./params-sourced.js";
import type { ModelCuration } from "./model-types.js";

const READ = "2026-12-06";

// Meta's cards in its PurpleLlama repository, at the commits the index holds.
const LLAMA_GUARD_3_SUITE =
  "https://github.com/meta-llama/PurpleLlama/blob/f45e4adc946d80bdff26202ea88898d5fde325fe/Llama-Guard3/README.md";
const LLAMA_GUARD_4_CARD =
  "https://github.com/meta-llama/PurpleLlama/blob/f45e4adc946d80bdff26202ea88898d5fde325fe/Llama-Guard4/12B/MODEL_CARD.md";
// Google's ShieldGemma card on Hugging Face (the copy we hold is a pull-request ref of Google's repository).
const SHIELDGEMMA_CARD = "https://huggingface.co/google/shieldgemma-2b/blob/refs%2Fpr%2F6/README.md";
// OpenAI's gpt-oss-safeguard README (its GitHub repository; the Hugging Face cards say the same).
const SAFEGUARD_README =
  "https://github.com/openai/gpt-oss-safeguard/blob/8f624800efa8b0a92b8e6797f285855d27e9e9ab/README.md";

/** The base whose network a classifier fine-tunes, as the lab's card says. */
const tunedFrom = (id: string, sourceUrl: string, note: string) =>
  ({ id, sourceUrl, sourceKind: "primary", asOf: READ, note }) as const;
const LLAMA_GUARD_3_8B_CARD =
  "https://github.com/meta-llama/PurpleLlama/blob/c6616ce56703e64112584284c58488adcdd48bf1/Llama-Guard3/8B/MODEL_CARD.md";

const WHY =
  "a safety classifier: its lab's card says it labels a prompt or a response as safe or unsafe against a policy (moderation), and it is not made for conversation";
const SAFETY = { strengths: ["moderation"], strengthsWhy: WHY } as const satisfies Partial<ModelCuration>;

export const SAFETY_MODELS: ModelCuration[] = [
  {
    ...SAFETY,
    id: "llama-guard-3-8b",
    name: "Llama Guard 3 8B",
    lab: "Meta",
    family: "Llama Guard",
    aliases: ["llama guard 3", "llama guard 3 8b", "llama-guard-3", "llamaguard 3", "llama guard 3-8b"],
    openWeights: true,
    // A fine-tune of Llama 3.1 8B (Meta's card), so under the Llama 3.1 Community License, whose
    // terms cover works derived from the Llama Materials; Meta's Hugging Face card names llama3.1.
    licenseId: "llama-3.1",
    tunedFrom: tunedFrom(
      "llama-3.1-8b",
      LLAMA_GUARD_3_8B_CARD,
      "Meta's card: 'a Llama-3.1-8B pretrained model, fine-tuned'.",
    ),
    md: ["cloudflare-workers-ai:@cf/meta/llama-guard-3-8b"],
    ll: [
      "deepinfra/meta-llama/Llama-Guard-3-8B",
      "nebius/meta-llama/Llama-Guard-3-8B",
      "fireworks_ai/accounts/fireworks/models/llama-guard-3-8b",
      "sambanova/Meta-Llama-Guard-3-8B",
    ],
    description:
      "Meta's 2024 safety classifier, Llama 3.1 8B fine-tuned to label prompts and responses against 14 hazard categories (MLCommons' 13 plus code-interpreter abuse), in 8 languages: English, French, German, Hindi, Italian, Portuguese, Spanish and Thai.",
  },
  {
    ...SAFETY,
    id: "llama-guard-4-12b",
    name: "Llama Guard 4 12B",
    lab: "Meta",
    family: "Llama Guard",
    aliases: ["llama guard 4", "llama guard 4 12b", "llama-guard-4", "llamaguard 4"],
    openWeights: true,
    // "a fine-tuned Llama 4 model" (Meta's Llama Guard 4 README), so under the Llama 4 Community License.
    licenseId: "llama-4",
    md: ["openrouter:meta-llama/llama-guard-4-12b"],
    ll: ["groq/meta-llama/llama-guard-4-12b", "deepinfra/meta-llama/Llama-Guard-4-12B"],
    description:
      "Meta's 2025 safety classifier: a dense 12B model pruned from Llama 4 Scout that labels text and images (several per prompt) against the MLCommons hazard categories, in Llama Guard 3's languages.",
  },
  ...(["2b", "9b", "27b"] as const).map((size): ModelCuration => ({
    ...SAFETY,
    id: `shieldgemma-${size}`,
    name: `ShieldGemma ${size.toUpperCase()}`,
    lab: "Google",
    family: "ShieldGemma",
    aliases: [`shieldgemma ${size}`, `shieldgemma-${size}`],
    openWeights: true,
    licenseId: "gemma",
    tunedFrom: tunedFrom(
      `gemma-2-${size}`,
      SHIELDGEMMA_CARD,
      "Google's card: 'built upon Gemma 2', in the sizes 2B, 9B and 27B.",
    ),
    description: `Google's 2024 safety classifier built on Gemma 2 (the ${size.toUpperCase()} of three sizes): it answers Yes or No to whether a text breaks one policy (sexually explicit, dangerous content, hate, harassment); English only, under the Gemma Terms of Use.`,
  })),
  {
    ...SAFETY,
    id: "gpt-oss-safeguard-20b",
    name: "gpt-oss-safeguard-20b",
    lab: "OpenAI",
    family: "gpt-oss",
    aliases: ["gpt oss safeguard 20b", "gpt-oss-safeguard 20b"],
    openWeights: true,
    licenseId: "gpt-oss",
    tunedFrom: tunedFrom(
      "gpt-oss-20b",
      SAFEGUARD_README,
      "OpenAI's README: 'built-upon gpt-oss', the same 21B parameters with 3.6B active.",
    ),
    md: ["groq:openai/gpt-oss-safeguard-20b", "openrouter:openai/gpt-oss-safeguard-20b"],
    ll: [
      "groq/openai/gpt-oss-safeguard-20b",
      "openai.gpt-oss-safeguard-20b",
      "fireworks_ai/accounts/fireworks/models/gpt-oss-safeguard-20b",
    ],
    description:
      "OpenAI's 2025 safety reasoning model, gpt-oss-20b tuned to read a policy you write and label content against it with its reasoning shown; Apache 2.0, fits a 16 GB GPU.",
  },
  {
    ...SAFETY,
    id: "gpt-oss-safeguard-120b",
    name: "gpt-oss-safeguard-120b",
    lab: "OpenAI",
    family: "gpt-oss",
    aliases: ["gpt oss safeguard 120b", "gpt-oss-safeguard 120b"],
    openWeights: true,
    licenseId: "gpt-oss",
    tunedFrom: tunedFrom(
      "gpt-oss-120b",
      SAFEGUARD_README,
      "OpenAI's README: 'built-upon gpt-oss', the same 117B parameters with 5.1B active.",
    ),
    base: "openai/gpt-oss-safeguard-120b",
    md: ["tinfoil:gpt-oss-safeguard-120b", "amazon-bedrock:openai.gpt-oss-safeguard-120b"],
    ll: ["openai.gpt-oss-safeguard-120b", "fireworks_ai/accounts/fireworks/models/gpt-oss-safeguard-120b"],
    description:
      "The larger gpt-oss-safeguard: gpt-oss-120b tuned to label content against a policy you write, with its reasoning shown; Apache 2.0, fits one 80 GB GPU.",
  },
];

const card = (totalB: number, activeB: number, sourceUrl: string, note: string): SourcedParams => ({
  totalB,
  activeB,
  sourceUrl,
  sourceKind: "primary",
  asOf: READ,
  note,
});

/** Sizes as each lab's card states them; merged into SOURCED_PARAMS. */
export const SAFETY_PARAMS: Readonly<Record<string, SourcedParams>> = {
  "llama-guard-3-8b": card(8, 8, LLAMA_GUARD_3_SUITE, "Meta's Llama Guard 3 README: 'an 8B-parameter model'."),
  "llama-guard-4-12b": card(
    12,
    12,
    LLAMA_GUARD_4_CARD,
    "Meta's card: 12 billion parameters in total, dense (pruned from Llama 4 Scout's mixture of experts).",
  ),
  "shieldgemma-2b": card(2, 2, SHIELDGEMMA_CARD, "Google's card: sizes 2B, 9B and 27B (built on Gemma 2)."),
  "shieldgemma-9b": card(9, 9, SHIELDGEMMA_CARD, "Google's card: sizes 2B, 9B and 27B (built on Gemma 2)."),
  "shieldgemma-27b": card(27, 27, SHIELDGEMMA_CARD, "Google's card: sizes 2B, 9B and 27B (built on Gemma 2)."),
  "gpt-oss-safeguard-20b": card(21, 3.6, SAFEGUARD_README, "OpenAI's README: 21B parameters with 3.6B active."),
  "gpt-oss-safeguard-120b": card(117, 5.1, SAFEGUARD_README, "OpenAI's README: 117B parameters with 5.1B active."),
};
