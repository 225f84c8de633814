// A fine-tuning run asked about on named hardware: "can we fine-tune qwen3 8b on 2x 4090?",
// "QLoRA llama 3.1 70b on a single H100?", "full fine-tune of mistral 7b on 4 A100s". Read as the
// memory fit of the run (costs/fine-tune-memory.ts), which method was named, and how many cards.
import type { FineTuneMethod } from "../costs/fine-tune-memory.js";
import { gpuMentionIn } from "./assumptions-text.js";

/** Training words: the run is a fine-tune (LoRA and QLoRA are fine-tunes by name). */
const FINE_TUNE = /\b(?:fine[- ]?tun\w*|finetun\w*|q?lora|peft)\b/;

/** Method names, most specific first: "QLoRA" also contains "LoRA". */
const METHODS: { pattern: RegExp; method: FineTuneMethod }[] = [
  { pattern: /\bqlora\b|\b4[- ]?bit lora\b/, method: "qlora" },
  { pattern: /\blora\b|\bpeft\b|\badapters?\b/, method: "lora" },
  { pattern: /\bfull(?:[- ]parameter)?[- ](?:fine[- ]?tun\w*|finetun\w*|ft)\b|\bfull[- ]weights?\b/, method: "full" },
];

const WORD_COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  "a single": 1,
  two: 2,
  pair: 2,
  "a pair of": 2,
  three: 3,
  four: 4,
  six: 6,
  eight: 8,
};

// The count right before the GPU name: "2x 4090", "those 2 a6000s", "a single H100", "4×A100 40GB".
const COUNT_BEFORE = new RegExp(
  String.raw`(\d{1,3}|a pair of|a single|${Object.keys(WORD_COUNTS).join("|")})\s*(?:x|×)?\s*(?:nvidia\s+|geforce\s+|rtx\s+)*$`,
);

export interface FineTuneAsk {
  /** The method named, or null when the question names none (every method is then weighed). */
  method: FineTuneMethod | null;
  /** Cards said before the GPU name; 1 when no count is said. */
  gpus: number;
}

/** A fine-tune asked about on a named GPU, from folded text; undefined when it is not one. */
export function fineTuneAskIn(t: string): FineTuneAsk | undefined {
  if (!FINE_TUNE.test(t)) return undefined;
  const mention = gpuMentionIn(t);
  if (!mention) return undefined;
  const before = COUNT_BEFORE.exec(t.slice(0, mention.index).replace(/\b(?:those|these|the|our|my)\s+$/, ""));
  const said = before?.[1];
  const gpus = said === undefined ? 1 : /^\d/.test(said) ? Number(said) : (WORD_COUNTS[said] ?? 1);
  const method = METHODS.find((m) => m.pattern.test(t))?.method ?? null;
  return { method, gpus: gpus >= 1 ? gpus : 1 };
}
