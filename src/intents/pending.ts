// The "?" placeholder convention for questions waiting on a model pick: a clarify-model (or
// unknown-model) intent carries `pending`, the question to run once the user picks, with "?"
// where the picked model goes. Two unclear names nest: clarify(a, pending: clarify(b, pending: X)).
import type { Intent } from "./types.js";

export const PICK_PLACEHOLDER = "?";

/** The intent with the first "?" replaced by `modelId` (appended when there is no "?"). */
export function fillPick(intent: Intent, modelId: string): Intent {
  switch (intent.kind) {
    case "clarify-model":
      return { ...intent, pending: fillPick(intent.pending, modelId) };
    case "unknown-model":
      return intent.pending ? { ...intent, pending: fillPick(intent.pending, modelId) } : intent;
    case "model-info":
    case "license":
    case "price":
    case "cost":
    case "break-even":
    case "compare":
    case "tradeoffs":
      return { ...intent, modelIds: replaceFirst(intent.modelIds, modelId) };
    case "what-if":
      return { ...intent, modelIds: replaceFirst(intent.modelIds ?? [], modelId) };
    default:
      return intent;
  }
}

function replaceFirst(ids: readonly string[], modelId: string): string[] {
  const at = ids.indexOf(PICK_PLACEHOLDER);
  if (at < 0) return ids.includes(modelId) ? [...ids] : [...ids, modelId];
  const out = [...ids];
  out[at] = modelId;
  return out;
}
