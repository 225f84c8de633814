// Sizes spelled in a model's name ("bloomz-7b1", "t5-11b", "Llama 3.2 1B"), and whether one is the
// size whose parameter count an entry carries. An alias naming another size would show a person
// asking about the 7.1B checkpoint the 176B one's count: the importer refuses such aliases and
// the sentence scanner does not settle "bloomz 7b1" on the 176B entry. Sizes in names are rounded
// ("Llama 3.2 1B" has 1.23B), so only a clearly different size counts: one more than 1.5 times the
// other. An active-parameter part ("A3B" in "35B-A3B") and an expert grid ("8x7B") are not a
// model's size and are skipped. Checkpoint words name sizes too: one entry spelled both "bert
// base" and "bert large" carries one count for two checkpoints.
import { foldCase } from "./normalize.js";
import type { Model } from "./schema.js";

const SIZE = /(?<![a-z0-9.])(\d+(?:\.\d+)?)([bm])(\d)?(?![a-z0-9])/g;
const DIFFERENT_SIZE_RATIO = 1.5;
const CHECKPOINT_WORDS = /\b(base|large|xl|xxl|xlarge|xxlarge)\b/g;

type Sized = Pick<Model, "id" | "name" | "aliases" | "parameters">;

/** Billions of parameters each size in `text` names: "7b1" is 7.1, "350m" is 0.35. */
export function sizesNamed(text: string): number[] {
  return [...text.toLowerCase().matchAll(SIZE)].map(([, whole, unit, tenth]) => {
    const value = Number(whole) + (tenth ? Number(tenth) / 10 : 0);
    return unit === "m" ? value / 1000 : value;
  });
}

/** The words of a name before its first size ("gemma 3 " in "gemma 3 1b"); the whole name when it spells none. */
export function nameStem(name: string): string {
  const m = /(?<![a-z0-9.])\d+(?:\.\d+)?[bm]\d?(?![a-z0-9])/i.exec(name);
  return m ? name.slice(0, m.index) : name;
}

/** True when `size` (billions) is clearly not the size the model's count is for. */
export function isOtherSize(model: Pick<Model, "parameters">, size: number): boolean {
  const counts = [model.parameters?.totalB ?? null, model.parameters?.activeB ?? null].filter(
    (c): c is number => c !== null,
  );
  return counts.length > 0 && counts.every((c) => Math.max(c, size) / Math.min(c, size) > DIFFERENT_SIZE_RATIO);
}

/** True when the model's total count is on file and `size` (billions) is that size as a name rounds it. */
export function isTotalSize(model: Pick<Model, "parameters"> | undefined, size: number): boolean {
  const total = model?.parameters?.totalB;
  return typeof total === "number" && Math.max(total, size) / Math.min(total, size) <= DIFFERENT_SIZE_RATIO;
}

/**
 * Whether a size asked for ("qwen3 4b") is this model's. A model whose name spells its size is that
 * size exactly as spelt: "4b" is not "Qwen2.5-Coder 3B" (its 3.09B count is within rounding of 4B,
 * but nobody calls it a 4B model). Otherwise the count decides, as a name would round it.
 */
export function hasAskedSize(model: Pick<Model, "name" | "aliases" | "parameters"> | undefined, size: number): boolean {
  if (!model) return false;
  const spelt = [model.name, ...model.aliases].flatMap(sizesNamed);
  if (spelt.length > 0) return spelt.some((s) => Math.abs(s - size) < 1e-9);
  return isTotalSize(model, size);
}

/** `bloomz: "bloomz-7b1" names 7.1B, but its count is 176B`, one line per conflict. */
export function aliasSizeConflicts(models: readonly Sized[]): string[] {
  const conflicts: string[] = [];
  for (const m of models) {
    if (!m.parameters) continue;
    const spellings = [m.name, ...m.aliases];
    for (const spelling of spellings)
      for (const size of sizesNamed(spelling))
        if (isOtherSize(m, size))
          conflicts.push(`${m.id}: "${spelling}" names ${size}B, but its count is ${m.parameters.totalB}B`);
    const words = new Set(spellings.flatMap((s) => [...s.toLowerCase().matchAll(CHECKPOINT_WORDS)].map((w) => w[1])));
    if (words.size > 1)
      conflicts.push(`${m.id}: its spellings name ${[...words].join(" and ")} checkpoints, but it has one count`);
  }
  return conflicts;
}

/** A name as a line is compared: folded, letters, digits and dots only ("Qwen 3" and "qwen3" alike). */
export const compactSpelling = (text: string) => foldCase(text).replace(/[^a-z0-9.]/g, "");
