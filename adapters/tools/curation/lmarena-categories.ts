// LMArena leaderboard categories (keys of its data files) and the benchmark id each becomes.
import type { BenchmarkId } from "../../../src/catalog/benchmarks.js";

export const LMARENA_CATEGORIES = {
  text: {
    full: "lmarena-text",
    hard_6: "lmarena-hard-prompts",
    math: "lmarena-math",
    coding: "lmarena-coding",
    creative_writing: "lmarena-creative-writing",
    if: "lmarena-instruction-following",
    long_user: "lmarena-longer-query",
    chinese: "lmarena-chinese",
    french: "lmarena-french",
    german: "lmarena-german",
    japanese: "lmarena-japanese",
    korean: "lmarena-korean",
    russian: "lmarena-russian",
    spanish: "lmarena-spanish",
  },
  vision: { full: "lmarena-vision" },
} as const satisfies Record<string, Record<string, BenchmarkId>>;
