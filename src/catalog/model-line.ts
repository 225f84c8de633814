// A model's line: the product of its lab that it is one release of ("Claude Opus": Opus 4, 4.1,
// 4.5 …; "Llama 70B": Llama 2 70B, 3.1 70B, 3.3 70B), read from the catalogue's lab and name with
// the version numbers left out. Sizes, tiers and variants (mini, Flash-Lite, Coder, VL, Air) stay
// in the line, so two sizes or tiers are never one line. The catalogue's family field cannot say
// it: Anthropic's families are generations ("Claude 4.5" holds Opus, Sonnet and Haiku) and
// Google's one "Gemini" family holds Flash and Pro.
import type { Model } from "./schema.js";

/** A size word: "8b", "2.7b", "8x22b", an active-parameter count "a3b". */
const SIZE = /^(?:a?\d+(?:\.\d+)?[bm]|\d+x\d+b)$/;
/** A version alone: "4.1", "3", "v2", "24.09", "4o" (GPT-4o). */
const VERSION = /^v?(\d+(?:\.\d+)*)[a-z]?$/;
/** A name word with its version attached: "qwen3", "qwen2.5", "k2.5" (Kimi), "v3.2" (DeepSeek), "o3". */
const WORD_VERSION = /^([a-z]+)(\d+(?:\.\d+)*)$/;

export interface ModelLine {
  /** The lab and the name without its versions ("Anthropic|claude opus"). */
  key: string;
  /** The release's version number in the name (4.1 for Claude Opus 4.1). */
  version: number;
}

const lines = new WeakMap<Model, ModelLine | null>();

/** The model's line, or null when its name carries no version (nothing to be a later release of). */
export function lineOf(model: Pick<Model, "lab" | "name">): ModelLine | null {
  const known = lines.get(model as Model);
  if (known !== undefined) return known;
  const words: string[] = [];
  let version: number | undefined;
  // Bracketed words are dates, modes or checkpoints ("(2407)", "(preview)", "(v1.5)"), not the line.
  for (const word of model.name
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s\-_]+/)) {
    if (!word) continue;
    if (SIZE.test(word)) {
      words.push(word);
      continue;
    }
    const alone = VERSION.exec(word);
    const attached = alone ? null : WORD_VERSION.exec(word);
    if (attached?.[1]) words.push(attached[1]);
    else if (!alone) words.push(word);
    const number = alone?.[1] ?? attached?.[2];
    if (number !== undefined && version === undefined) version = Number.parseFloat(number);
  }
  const line = version === undefined ? null : { key: `${model.lab}|${words.join(" ")}`, version };
  lines.set(model as Model, line);
  return line;
}

/**
 * Major versions from here on are calendar versions (Mistral Large 24.11 is November 2024): they
 * do not order against ordinal versions (Mistral Large 3 came after it).
 */
export const CALENDAR_VERSION = 20;

/**
 * Is `later` a later release of the same line than `earlier`? By release dates when the catalogue
 * has both, else by the versions in the names (decimal: Grok 4.20 before Grok 4.3); never when
 * neither tells.
 */
export function laterInLine(
  later: Pick<Model, "lab" | "name" | "releaseDate">,
  earlier: Pick<Model, "lab" | "name" | "releaseDate">,
): boolean {
  const a = lineOf(later);
  const b = lineOf(earlier);
  if (!a || !b || a.key !== b.key) return false;
  if (later.releaseDate && earlier.releaseDate) return later.releaseDate > earlier.releaseDate;
  if (a.version >= CALENDAR_VERSION || b.version >= CALENDAR_VERSION) return false;
  return a.version > b.version;
}
