// Words that multiply an amount: "double", "triple", "halve", "5x the volume", "1.5x higher",
// "eight times the requests", "tenfold". One table for the what-ifs of a recommendation thread
// (what-if-text.ts) and the value follow-ups of a cost answer (follow-up.ts).
import { withoutGpuCounts } from "./gpu-count-text.js";
import { spellOutNumbers } from "./numbers.js";

const WORD_FACTORS: { pattern: RegExp; factor: number }[] = [
  { pattern: /\b(double[sd]?|doubling|twice)\b/, factor: 2 },
  { pattern: /\b(triple[sd]?|tripling)\b/, factor: 3 },
  { pattern: /\b(quadruple[sd]?|quadrupling)\b/, factor: 4 },
  { pattern: /\btenfold\b/, factor: 10 },
  { pattern: /\b(halve[sd]?|halving|half)\b/, factor: 0.5 },
];

// "5x", "5 x", "5×", "x5", "5 times", "5-fold": a number beside its multiplying word. "3 times a
// day" counts how often, not how much more, so a "times" followed by a period is no factor.
const NUMBER_THEN_TIMES = /(?<![\w.,])(\d+(?:\.\d+)?)\s?(?:x|×|-?fold|times(?!\s+(?:a|an|per|each|every)\b))(?![\w])/;
const TIMES_THEN_NUMBER = /(?<![\w])[x×](\d+(?:\.\d+)?)(?![\w.])/;

export interface Multiplier {
  factor: number;
}

/** The factor a message multiplies an amount by, if it names one (never 0 or 1); "4x A100" counts cards. */
export function multiplierIn(lower: string): Multiplier | undefined {
  const t = withoutGpuCounts(spellOutNumbers(lower));
  const m = NUMBER_THEN_TIMES.exec(t) ?? TIMES_THEN_NUMBER.exec(t);
  const numeric = m?.[1] !== undefined ? Number(m[1]) : undefined;
  if (numeric !== undefined && Number.isFinite(numeric) && numeric > 0 && numeric !== 1) return { factor: numeric };
  const word = WORD_FACTORS.find((w) => w.pattern.test(t));
  return word ? { factor: word.factor } : undefined;
}
