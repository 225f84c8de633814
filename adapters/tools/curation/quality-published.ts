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

export const PUBLISHED_RESULTS: Readonly<Record<string, readonly PublishedResult[]>> = {};
