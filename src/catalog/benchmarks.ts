// The public evaluations the catalogue records as quality signals, and which use case each one
// speaks to. One home for benchmark ids: the schema, the importer and the accessors read this table.

/** What a benchmark measures, in the recommender's terms. */
export type SignalUseCase =
  | "general"
  | "coding"
  | "reasoning"
  | "multilingual"
  | "long-context"
  | "vision"
  | "creative"
  | "instruction-following";

export interface BenchmarkInfo {
  /** Shown in answers and used as the signal's name (stable across models, so values compare). */
  label: string;
  useCase: SignalUseCase;
  higherIsBetter: boolean;
  /** Our own words: what it measures and how to read it. */
  about: string;
  /** For a benchmark in one language: its ISO 639-1 code and English name (a German team reads German ratings). */
  language?: { code: string; name: string };
}

const arena = (label: string, useCase: SignalUseCase, about: string): BenchmarkInfo => ({
  label: `LMArena ${label}`,
  useCase,
  higherIsBetter: true,
  about: `${about} Bradley-Terry rating from blind pairwise human votes, style-controlled; only comparable within the same LMArena category and snapshot.`,
});

/** An LMArena leaderboard of prompts written in one language. */
const arenaIn = (code: string, name: string): BenchmarkInfo => ({
  ...arena(name, "multilingual", `Prompts written in ${name}.`),
  language: { code, name },
});

export const BENCHMARKS = {
  "lmarena-text": arena("text", "general", "Overall text leaderboard."),
  "lmarena-hard-prompts": arena(
    "hard prompts",
    "reasoning",
    "Text prompts rated hard (complex, specific, problem-solving).",
  ),
  "lmarena-math": arena("math", "reasoning", "Text prompts about mathematics."),
  "lmarena-coding": arena("coding", "coding", "Text prompts about programming."),
  "lmarena-creative-writing": arena("creative writing", "creative", "Text prompts asking for creative writing."),
  "lmarena-instruction-following": arena(
    "instruction following",
    "instruction-following",
    "Prompts with explicit instructions to follow.",
  ),
  "lmarena-longer-query": arena(
    "longer query",
    "long-context",
    "Prompts of 500 tokens or more: a proxy for working with long inputs, not a long-context retrieval test.",
  ),
  "lmarena-chinese": arenaIn("zh", "Chinese"),
  "lmarena-french": arenaIn("fr", "French"),
  "lmarena-german": arenaIn("de", "German"),
  "lmarena-japanese": arenaIn("ja", "Japanese"),
  "lmarena-korean": arenaIn("ko", "Korean"),
  "lmarena-russian": arenaIn("ru", "Russian"),
  "lmarena-spanish": arenaIn("es", "Spanish"),
  "lmarena-vision": arena("vision", "vision", "Vision leaderboard: prompts with an image."),
  "swe-bench-verified": {
    label: "SWE-bench Verified",
    useCase: "coding",
    higherIsBetter: true,
    about:
      "Share (%) of 500 human-checked GitHub issues resolved; results depend on the agent scaffold, which each signal names.",
  },
  "mmlu-pro": {
    label: "MMLU-Pro",
    useCase: "reasoning",
    higherIsBetter: true,
    about: "Accuracy (%) on ten-option knowledge and reasoning questions; as reported by the named source.",
  },
  "gpqa-diamond": {
    label: "GPQA Diamond",
    useCase: "reasoning",
    higherIsBetter: true,
    about: "Accuracy (%) on graduate-level science questions; as reported by the named source.",
  },
  "aa-intelligence-index": {
    label: "Artificial Analysis Intelligence Index",
    useCase: "general",
    higherIsBetter: true,
    about:
      "Artificial Analysis' composite of several evaluations; its version changes over time, so compare only within one snapshot.",
  },
  "aider-polyglot": {
    label: "Aider Polyglot",
    useCase: "coding",
    higherIsBetter: true,
    about:
      "Share (%) of 225 hard coding exercises in six languages solved with Aider's editing harness (Aider's leaderboard).",
  },
  "swe-bench-pro-public": {
    label: "SWE-Bench Pro (public set)",
    useCase: "coding",
    higherIsBetter: true,
    about: "Resolve rate (%) on the public set of Scale's harder, contamination-resistant software-engineering tasks.",
  },
  "aa-coding-index": {
    label: "Artificial Analysis Coding Index",
    useCase: "coding",
    higherIsBetter: true,
    about: "Artificial Analysis' composite of its coding evaluations; version changes over time.",
  },
  scicode: {
    label: "SciCode",
    useCase: "coding",
    higherIsBetter: true,
    about: "Share (%) of scientist-written research coding problems solved.",
  },
  "terminal-bench-hard": {
    label: "Terminal-Bench Hard",
    useCase: "coding",
    higherIsBetter: true,
    about: "Success rate (%) on hard command-line agent tasks.",
  },
  mgsm: {
    label: "MGSM",
    useCase: "multilingual",
    higherIsBetter: true,
    about: "Grade-school maths problems in ten languages, accuracy (%); as reported by the named source.",
  },
} as const satisfies Record<string, BenchmarkInfo>;

export type BenchmarkId = keyof typeof BENCHMARKS;

/** The language a benchmark is written in, when it is one language's leaderboard. */
export function benchmarkLanguage(id: BenchmarkId): { code: string; name: string } | undefined {
  const info: BenchmarkInfo = BENCHMARKS[id];
  return info.language;
}
export const BENCHMARK_IDS = Object.keys(BENCHMARKS) as [BenchmarkId, ...BenchmarkId[]];
