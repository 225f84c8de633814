// Models that no price list on file holds yet (models.dev's snapshot is of 2026-07-02, LiteLLM's of
// 2026-07-24) but whose lab publishes every fact we need on its own page: the API price, the
// context window, the output limit and what goes in and out. The importer builds the spec and the
// lab's own offering from the page, each fact sourced to it (primary); nothing here is inferred
// from a name or a sibling model. A host's price (Bedrock, Vertex, Foundry) is not added: the lab's
// page does not state it.
//
// Anthropic's per-model pages (platform.claude.com docs), stored copies of localised editions whose
// figures and lifecycle lines are in English, read on 2026-12-07.
import type { Model } from "../../../src/catalog/schema.js";
import type { LabPrice } from "./mistral-cards.js";

export interface LabPageModel {
  /** "Anthropic's Claude Sonnet 5.5 page (platform.claude.com docs)". */
  label: string;
  url: string;
  asOf: string;
  /** "Released <date>" on the page; null when the copy we read does not say it. */
  released: string | null;
  contextWindow: number;
  maxOutput: number;
  inputModalities: Model["inputModalities"];
  outputModalities: Model["outputModalities"];
  /** The page's "Thinking" row: adaptive or extended thinking is a reasoning mode. */
  reasoning: boolean;
  /** The lab's own API: provider id and name as offerings name them, the model id to send. */
  offering: { provider: string; providerName: string; providerModelId: string };
  /** USD per 1M tokens: input, output, and a cache read ("Cache read"). */
  price: {
    input: number;
    output: number;
    cachedInput: number | null;
    /** A higher rate the page states for every token of a request whose prompt is over the threshold. */
    longPrompt?: { aboveInputTokens: number; input: number; output: number; cachedInput: number | null };
  };
  /** Where the price was read when a later page of the lab's than the spec's states it. */
  priceSource?: { label: string; url: string };
}

const READ = "2026-12-07";
const anthropicPage = (name: string, slug: string, locale: string, suffix = "") => ({
  label: `Anthropic's ${name} page (platform.claude.com docs)`,
  url: `https://platform.claude.com/docs/${locale}/models/${slug}/overview${suffix}`,
  asOf: READ,
});
const ANTHROPIC_API = { provider: "anthropic", providerName: "Anthropic" } as const;
/** Anthropic's pricing page: one row per Claude model, with its cache-read ("Cache hits") price. */
const ANTHROPIC_PRICING_PAGE = "https://platform.claude.com/docs/en/about-claude/pricing";

export const LAB_PAGE_MODELS: Readonly<Record<string, LabPageModel>> = {
  // "Claude Sonnet 5.5 — Latest": 1M context, 128K output, $2 / $10, adaptive thinking. The model
  // Anthropic names as Claude Sonnet 4.5's replacement. The copy we read gives no release date and
  // breaks off before its "Input → output" row, so only text input is recorded. Its cache read: the
  // overview copy said $0.20, but Anthropic's later migration guide says Sonnet 5.5 costs what Sonnet 5
  // does "except for prompt cache reads, which cost $0.10 USD per million tokens, half the Claude
  // Sonnet 5 rate": the later page's $0.10 is used, sourced to it.
  "claude-sonnet-5.5": {
    ...anthropicPage("Claude Sonnet 5.5", "sonnet-5-5", "zh-CN"),
    released: null,
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    inputModalities: ["text"],
    outputModalities: ["text"],
    reasoning: true,
    offering: { ...ANTHROPIC_API, providerModelId: "claude-sonnet-5-5" },
    price: { input: 2, output: 10, cachedInput: 0.1 },
    priceSource: {
      label: "Anthropic's Claude Sonnet 5.5 page and migration guide (platform.claude.com docs)",
      url: "https://platform.claude.com/docs/en/models/sonnet-5-5/migration-guide",
    },
  },
  // "Latest. Released September 22, 2026": 1M context, 128K output, $4 / $20, cache read $0.20 (as
  // the page states it), adaptive thinking always on; its typical uses include "vision-heavy
  // workflows", so it reads images.
  "claude-opus-5.5": {
    ...anthropicPage("Claude Opus 5.5", "opus-5-5", "zh-CN", ".md"),
    released: "2026-09-22",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    inputModalities: ["text", "image"],
    outputModalities: ["text"],
    reasoning: true,
    offering: { ...ANTHROPIC_API, providerModelId: "claude-opus-5-5" },
    price: { input: 4, output: 20, cachedInput: 0.2 },
  },
  // "Claude Opus 5": released July 24, 2026; 1M context, 128K output, $5 / $25, cache read $0.50,
  // text and images in, text out, adaptive thinking. Legacy since Opus 5.5.
  "claude-opus-5": {
    label: "Anthropic's Claude Opus 5 page (platform.claude.com docs)",
    url: "https://platform.claude.com/docs/about-claude/models/whats-new-opus-5",
    asOf: READ,
    released: "2026-07-24",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    inputModalities: ["text", "image"],
    outputModalities: ["text"],
    reasoning: true,
    offering: { ...ANTHROPIC_API, providerModelId: "claude-opus-5" },
    price: { input: 5, output: 25, cachedInput: 0.5 },
  },
  // "Latest. Released October 7, 2026": 1M context, 128K output, adaptive thinking with the effort
  // parameter. Priced by prompt length: $0.10 / $0.50 for prompts up to 100,000 tokens, $0.50 / $2.50
  // for prompts over 100,000 tokens. The copies we read break off before the cache-read row and the
  // "Input → output" row: no cache-read price, text input only.
  "claude-haiku-5.5": {
    ...anthropicPage("Claude Haiku 5.5", "haiku-5-5", "ja"),
    released: "2026-10-07",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    inputModalities: ["text"],
    outputModalities: ["text"],
    reasoning: true,
    offering: { ...ANTHROPIC_API, providerModelId: "claude-haiku-5-5" },
    price: {
      input: 0.1,
      output: 0.5,
      cachedInput: null,
      longPrompt: { aboveInputTokens: 100_000, input: 0.5, output: 2.5, cachedInput: null },
    },
  },
  // "Latest. Released September 1, 2026 ... Model ID: claude-fable-5-1 ... Context window: 1M tokens ·
  // Max output: 128K tokens · Input pricing: $10 / MTok · Output pricing: $50 / MTok". Its migration
  // guide: "Adaptive thinking is always on, unchanged from Claude Fable 5". The cache read ($0.25, "a
  // quarter of the cost" of Fable 5's $1, as the overview says) is read on Anthropic's pricing page,
  // whose row is "Claude Fable 5.1 | $10 / MTok | ... | $0.25 / MTok | $50 / MTok". The overview copy we
  // read stops before any "Input → output" row, so only text input is recorded. No quality signal or
  // host price (Bedrock, Vertex, Foundry) is on any page of Anthropic's we read.
  "claude-fable-5.1": {
    ...anthropicPage("Claude Fable 5.1", "fable-5-1", "zh-CN", ".md"),
    released: "2026-09-01",
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    inputModalities: ["text"],
    outputModalities: ["text"],
    reasoning: true,
    offering: { ...ANTHROPIC_API, providerModelId: "claude-fable-5-1" },
    price: { input: 10, output: 50, cachedInput: 0.25 },
    priceSource: {
      label: "Anthropic's Claude Fable 5.1 page and Claude pricing page (platform.claude.com docs)",
      url: ANTHROPIC_PRICING_PAGE,
    },
  },
};

// Models a price list holds whose Anthropic page states the same input and output price: the page
// becomes the price's source (primary, and later than the lists of July 2026). A page price that
// differs from a list's is kept and said (catalog-import/lab-prices.ts).
const anthropicPrice = (page: { label: string; url: string }, input: number, output: number): LabPrice => ({
  provider: "anthropic",
  input,
  output,
  source: page.label,
  sourceUrl: page.url,
  asOf: READ,
});
const claudeOverview = (name: string, slug: string, locale: string) => anthropicPage(name, slug, locale, ".md");

/**
 * Anthropic's own pages of Claude models whose lifecycle line reads "Legacy." (quoted with each): the
 * source of their price below and of their `legacy` status (PRIMARY_STATUSES in facts-primary.ts).
 */
export const ANTHROPIC_LEGACY_PAGES = {
  // "Legacy. Released June 30, 2026 … Input pricing: $2 / MTok · Output pricing: $10 / MTok".
  "claude-sonnet-5": claudeOverview("Claude Sonnet 5", "sonnet-5", "ja"),
  // "Legacy. Released February 17, 2026 … $3 / MTok · … $15 / MTok".
  "claude-sonnet-4.6": claudeOverview("Claude Sonnet 4.6", "sonnet-4-6", "zh-CN"),
  // "Legacy. Released May 28, 2026 … $5 / MTok · … $25 / MTok".
  "claude-opus-4.8": claudeOverview("Claude Opus 4.8", "opus-4-8", "ko"),
  // "Legacy. Released February 5, 2026 … $5 / MTok · … $25 / MTok".
  "claude-opus-4.6": claudeOverview("Claude Opus 4.6", "opus-4-6", "en"),
  // "Legacy. Released November 24, 2025 … $5 / MTok · … $25 / MTok"; the zh-TW edition's availability
  // box: "Active (legacy)", retirement "not sooner than November 24, 2026".
  "claude-opus-4.5": claudeOverview("Claude Opus 4.5", "opus-4-5", "pt-BR"),
  // "Legacy. Released October 15, 2025 … $1 / MTok · … $5 / MTok"; "consider migrating to Claude Haiku 5.5".
  "claude-haiku-4.5": claudeOverview("Claude Haiku 4.5", "haiku-4-5", "zh-CN"),
  // "Legacy. Released June 9, 2026 … $10 / MTok · … $50 / MTok".
  "claude-fable-5": claudeOverview("Claude Fable 5", "fable-5", "en"),
} as const;
const legacy = ANTHROPIC_LEGACY_PAGES;

/** Anthropic's own API prices for listed Claude models, each read on the model's own page. */
export const ANTHROPIC_PAGE_PRICES: Readonly<Record<string, LabPrice>> = {
  "claude-sonnet-5": anthropicPrice(legacy["claude-sonnet-5"], 2, 10),
  "claude-sonnet-4.6": anthropicPrice(legacy["claude-sonnet-4.6"], 3, 15),
  "claude-opus-4.8": anthropicPrice(legacy["claude-opus-4.8"], 5, 25),
  "claude-opus-4.6": anthropicPrice(legacy["claude-opus-4.6"], 5, 25),
  "claude-opus-4.5": anthropicPrice(legacy["claude-opus-4.5"], 5, 25),
  "claude-haiku-4.5": anthropicPrice(legacy["claude-haiku-4.5"], 1, 5),
  "claude-fable-5": anthropicPrice(legacy["claude-fable-5"], 10, 50),
  // No page of its own on file: Anthropic's pricing page lists "Claude Opus 4.7 | $5 / MTok | … | $25 / MTok"
  // (an edition that lists Claude Fable 5.1 and Opus 5 but not Opus 5.5, so from September 2026). Its
  // lifecycle status is not on that page, so the model keeps the status the lists give.
  "claude-opus-4.7": anthropicPrice(
    {
      label: "Anthropic's Claude pricing page (platform.claude.com docs)",
      url: ANTHROPIC_PRICING_PAGE,
    },
    5,
    25,
  ),
};
