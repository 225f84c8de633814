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
  price: { input: number; output: number; cachedInput: number | null };
}

const READ = "2026-12-07";
const anthropicPage = (name: string, slug: string, locale: string, suffix = "") => ({
  label: `Anthropic's ${name} page (platform.claude.com docs)`,
  url: `https://platform.claude.com/docs/${locale}/models/${slug}/overview${suffix}`,
  asOf: READ,
});
const ANTHROPIC_API = { provider: "anthropic", providerName: "Anthropic" } as const;

export const LAB_PAGE_MODELS: Readonly<Record<string, LabPageModel>> = {
  // "Claude Sonnet 5.5 — Latest": 1M context, 128K output, $2 / $10, cache read $0.20, adaptive
  // thinking. The model Anthropic names as Claude Sonnet 4.5's replacement. The copy we read gives no
  // release date and breaks off before its "Input → output" row, so only text input is recorded.
  "claude-sonnet-5.5": {
    ...anthropicPage("Claude Sonnet 5.5", "sonnet-5-5", "zh-CN"),
    released: null,
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    inputModalities: ["text"],
    outputModalities: ["text"],
    reasoning: true,
    offering: { ...ANTHROPIC_API, providerModelId: "claude-sonnet-5-5" },
    price: { input: 2, output: 10, cachedInput: 0.2 },
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
};
