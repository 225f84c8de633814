// A fine-tuning run asked about on named hardware: "can we fine-tune qwen3 8b on 2x 4090?",
// "QLoRA llama 3.1 70b on a single H100?", "full fine-tune of mistral 7b on 4 A100s". Read as the
// memory fit of the run (costs/fine-tune-memory.ts), which method was named, and how many cards.
import type { FineTuneMethod } from "../costs/fine-tune-memory.js";
import { gpuCountIn } from "./gpu-count-text.js";

/** Training words: the run is a fine-tune (LoRA and QLoRA are fine-tunes by name). */
const FINE_TUNE = /\b(?:fine[- ]?tun\w*|finetun\w*|q?lora|peft)\b/;

/** Method names, most specific first: "QLoRA" also contains "LoRA". */
const METHODS: { pattern: RegExp; method: FineTuneMethod }[] = [
  { pattern: /\bqlora\b|\b4[- ]?bit lora\b/, method: "qlora" },
  { pattern: /\blora\b|\bpeft\b|\badapters?\b/, method: "lora" },
  { pattern: /\bfull(?:[- ]parameter)?[- ](?:fine[- ]?tun\w*|finetun\w*|ft)\b|\bfull[- ]weights?\b/, method: "full" },
];

export interface FineTuneAsk {
  /** The method named, or null when the question names none (every method is then weighed). */
  method: FineTuneMethod | null;
  /** Cards said before the GPU name; 1 when no count is said. */
  gpus: number;
}

/** A fine-tune asked about on a named GPU, from folded text; undefined when it is not one. */
export function fineTuneAskIn(t: string): FineTuneAsk | undefined {
  if (!FINE_TUNE.test(t)) return undefined;
  const count = gpuCountIn(t);
  if (!count) return undefined;
  const method = METHODS.find((m) => m.pattern.test(t))?.method ?? null;
  return { method, gpus: count.gpus };
}
