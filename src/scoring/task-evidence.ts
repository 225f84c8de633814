// For code, what a model did on tasks comes before what people preferred. A task benchmark
// (SWE-bench, Aider Polyglot, Terminal-Bench, SciCode, a coding index built from such tasks)
// checks the work: issues resolved, tests passed. LMArena's coding board is blind votes on
// programming prompts asked in a chat: evidence of coding help, not of the job done. Averaged as
// equals, a vision-language generalist's vote rating (Qwen3-VL 235B-A22B, 0.88) out-weighed a code
// model's task result and votes together (Qwen3-Coder 480B-A35B, 0.84), and led a bank's on-prem
// code assistant. So a model's task results count TASK_SHARE of its fit, its votes the rest; votes
// alone are pulled toward the middle, as a weaker kind of evidence is (quality.ts, PROXY_WEIGHT).
import { BENCHMARKS } from "../catalog/benchmarks.js";
import type { QualitySignal } from "../catalog/schema.js";
import { towardMiddle } from "./signal-scale.js";

/** With both kinds, the task results' share of the fit (the votes take the rest). */
export const TASK_SHARE = 2 / 3;
/** Votes alone count this much of their distance from the middle. */
export const VOTES_ALONE_WEIGHT = 0.75;

/** Old rows name their board instead of a benchmark id ("Chatbot Arena Elo"). */
const VOTE_NAMES = /arena|\belo\b/i;

/** A rating from people's votes between answers, not from a task checked. */
export function isPreferenceVote(s: QualitySignal): boolean {
  return s.benchmark !== undefined ? BENCHMARKS[s.benchmark].label.startsWith("LMArena") : VOTE_NAMES.test(s.name);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * A fit from scored signals, task results first: their mean weighs TASK_SHARE against the votes'
 * mean; votes alone are pulled toward the middle. `how` says which rule applied ("" when every
 * signal is a task result, so the plain mean stands).
 */
export function taskFirstScore(parts: readonly { s: QualitySignal; share: number }[]): { score: number; how: string } {
  const votes = parts.filter((x) => isPreferenceVote(x.s)).map((x) => x.share);
  const tasks = parts.filter((x) => !isPreferenceVote(x.s)).map((x) => x.share);
  if (votes.length === 0) return { score: mean(tasks), how: "" };
  if (tasks.length === 0) {
    const score = towardMiddle(mean(votes), VOTES_ALONE_WEIGHT);
    return {
      score,
      how: ` (votes on prompts, no task benchmark: counted at ${VOTES_ALONE_WEIGHT} of their distance from the middle, ${score.toFixed(2)})`,
    };
  }
  const pct = Math.round(TASK_SHARE * 100);
  return {
    score: TASK_SHARE * mean(tasks) + (1 - TASK_SHARE) * mean(votes),
    how: ` (task benchmarks ${pct}%, votes on prompts ${100 - pct}%)`,
  };
}
