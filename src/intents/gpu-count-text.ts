// How many cards a message says before a GPU's name ("2x 4090", "those 2 a6000s", "a single H100",
// "4×A100 40GB", "one h100"), for the fine-tuning fit and the serving fit alike, and whether a
// serving question asks if a model fits them ("does gpt-oss-120b fit on one h100?").
import { gpuMentionIn } from "./assumptions-text.js";

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

// The count right before the GPU name, past "nvidia", "geforce", "rtx".
const COUNT_BEFORE = new RegExp(
  String.raw`(\d{1,3}|a pair of|a single|${Object.keys(WORD_COUNTS).join("|")})\s*(?:x|×)?\s*(?:nvidia\s+|geforce\s+|rtx\s+)*$`,
);

/** The cards said before the first GPU named in folded text; `said` is false when no count stands there (1 assumed). */
export function gpuCountIn(t: string): { key: string; gpus: number; said: boolean } | undefined {
  const mention = gpuMentionIn(t);
  if (!mention) return undefined;
  const before = COUNT_BEFORE.exec(t.slice(0, mention.index).replace(/\b(?:those|these|the|our|my)\s+$/, ""));
  const said = before?.[1];
  const gpus = said === undefined ? 1 : /^\d/.test(said) ? Number(said) : (WORD_COUNTS[said] ?? 1);
  return { key: mention.key, gpus: gpus >= 1 ? gpus : 1, said: said !== undefined };
}

/** Words that ask whether a model fits or runs on hardware, not what it costs there. */
const FIT_WORDS =
  /\b(?:fits?|fitting|enough (?:vram|memory|gpu memory)|run(?:s|ning)? (?:it |this |that )?on|load(?:ed)? (?:it |this )?on)\b/;

/**
 * A serving question about a number of cards: "does X fit on one h100?", "can we run X on 2x
 * A100?", "self-host X on 2 h100s" — a count said before the GPU, or fit words beside one.
 */
export function servingFitAskIn(t: string): { gpus: number } | undefined {
  const count = gpuCountIn(t);
  if (!count || (!count.said && !FIT_WORDS.test(t))) return undefined;
  return { gpus: count.gpus };
}
