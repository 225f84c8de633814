// Single published evaluation results (a benchmark owner's leaderboard, a lab's model card or an
// independent evaluator), each with its source. Numbers are copied as published, never estimated.
// Results from different harnesses are not comparable: `note` names the setting.
import type { BenchmarkId } from "../../../src/catalog/benchmarks.js";
import type { SourceKind } from "../../../src/catalog/schema-common.js";

export interface PublishedResult {
  benchmark: BenchmarkId;
  value: number;
  /** Who published it, in a few words (shown in answers). */
  source: string;
  sourceUrl: string;
  sourceKind: SourceKind;
  asOf: string;
  sourceModel?: string;
  note?: string;
}

const MINIMAX_README =
  "https://github.com/MiniMax-AI/MiniMax-M2/blob/1acac8b6bca936fd57a56faad9da823fb7e40073/README.md";
const READ = "2026-12-04";

/** Artificial Analysis results as republished in MiniMax's M2 README ("reported from
 *  artificialanalysis.ai" for other models; MiniMax's own runs "aligned with" AA's methodology). */
function fromMiniMaxTable(
  sourceModel: string,
  index: number,
  mmluPro: number,
  gpqa: number,
  own = false,
): PublishedResult[] {
  const base = {
    source: own ? "MiniMax, own run on Artificial Analysis' method" : "Artificial Analysis, as republished by MiniMax",
    sourceUrl: MINIMAX_README,
    sourceKind: own ? ("primary" as const) : ("secondary" as const),
    asOf: READ,
    sourceModel,
    note: own
      ? "lab-reported, run by MiniMax with Artificial Analysis' methodology"
      : "Artificial Analysis' figures of the time, copied into MiniMax's M2 README",
  };
  return [
    { benchmark: "aa-intelligence-index", value: index, ...base },
    { benchmark: "mmlu-pro", value: mmluPro, ...base },
    { benchmark: "gpqa-diamond", value: gpqa, ...base },
  ];
}

export const PUBLISHED_RESULTS: Readonly<Record<string, readonly PublishedResult[]>> = {
  "minimax-m2": fromMiniMaxTable("MiniMax-M2", 61, 82, 78, true),
  "claude-sonnet-4": fromMiniMaxTable("Claude Sonnet 4", 57, 84, 78),
  "claude-sonnet-4.5": fromMiniMaxTable("Claude Sonnet 4.5", 63, 88, 83),
  "gemini-2.5-pro": fromMiniMaxTable("Gemini 2.5 Pro", 60, 86, 84),
  "gpt-5": fromMiniMaxTable("GPT-5 (thinking)", 69, 87, 85),
  "glm-4.6": fromMiniMaxTable("GLM-4.6", 56, 83, 78),
  "kimi-k2": fromMiniMaxTable("Kimi K2 0905", 50, 82, 77),
};
