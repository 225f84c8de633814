// "what about X?" after an answer asks the same question of X: the price of X, the licence of X
// with the same team facts, the cost of X at the same volume. Inside a recommendation thread the
// same words are a what-if instead (handled before this).
import { foldCase } from "../catalog/normalize.js";
import type { Intent } from "./types.js";

const FOLLOW_UP_START =
  /^(?:(?:and|but|ok|okay|so|now|then|hmm)[,]?\s+)*(what about|how about|what of|and for|same for|same (?:question|thing) for|and|or|vs\.?|versus|instead)\b/;
// Words that may surround the model names without asking anything new.
const FILLER = new Set([
  "what",
  "about",
  "how",
  "and",
  "for",
  "same",
  "question",
  "thing",
  "instead",
  "then",
  "the",
  "ok",
  "okay",
  "so",
  "but",
  "now",
  "of",
  "too",
  "also",
  "or",
  "vs",
  "versus",
  "one",
  "model",
  "please",
  "hmm",
  "with",
  "a",
]);

/** Whether `lower` only points at other models ("what about claude sonnet 4.5?"). */
export function isBareFollowUp(lower: string, spans: readonly string[]): boolean {
  if (!FOLLOW_UP_START.test(lower)) return false;
  let rest = lower;
  for (const span of spans) rest = rest.replace(foldCase(span), " ");
  const words = rest.split(/[^a-z0-9']+/).filter((w) => w !== "");
  return words.every((w) => FILLER.has(w));
}

/** The last question, asked again about `modelIds` (which may hold "?" for names still unclear). */
export function repeatFor(last: Intent | null | undefined, modelIds: string[]): Intent {
  switch (last?.kind) {
    case "price":
      return { kind: "price", modelIds };
    case "license":
      return { ...last, modelIds, openOnly: false };
    case "cost":
      return { ...last, modelIds };
    case "break-even":
      return { ...last, modelIds };
    case "compare":
      return { ...last, modelIds: [...new Set([...last.modelIds, ...modelIds])].slice(0, 12) };
    default:
      return { kind: "model-info", modelIds };
  }
}
