// The recognizer for hosting questions ("is claude on azure?", "is X available in frankfurt through
// bedrock?", "does azure openai have a uk region?"): scored above the provider-terms and licence
// readings, which would otherwise answer a question about where a model runs with a data-terms page
// or a licence verdict.
import * as cue from "../cues.js";
import { hostingAsked } from "../hosting-text.js";
import { PICK_PLACEHOLDER } from "../pending.js";
import type { Recognition, RecognizerInput } from "./descriptor.js";
import { WHICH_MODEL } from "./question-cues.js";

/** "which claude models are on azure?" asks where they run, not for a pick. */
const WHICH_ARE_THERE = /\b(models?|ones?|llms?) (are|is) (on|in|available|offered|hosted|sold)\b/;

export function recognizeHosting({ clean, lower, refs, catalog }: RecognizerInput): Recognition | null {
  // "we're on azure … what should we switch to?": a need, answered with a shortlist.
  if (cue.RECOMMEND.test(lower) || (WHICH_MODEL.test(lower) && !WHICH_ARE_THERE.test(lower))) return null;
  const named = refs.ids.filter((id) => id !== PICK_PLACEHOLDER);
  // A family ("is claude on azure?") is asked about as a whole: every member the catalogue holds.
  const family = refs.ambiguous.flatMap((r) => r.candidates);
  const modelIds = [...new Set([...named, ...family])];
  const ask = hostingAsked(lower, catalog, modelIds.length > 0);
  if (!ask) return null;
  // "does mistral have EU data centers?": a lab's name with a place and no cloud asks about its own
  // API's terms (the provider-terms answer), not about each of its models.
  if (named.length === 0 && !ask.cloud && !ask.provider) return null;
  // The unlisted host as the team wrote it ("OVHcloud", not "ovhcloud").
  const unlisted = ask.unlistedHost;
  if (unlisted) ask.unlistedHost = clean.match(/[\w.-]+/g)?.find((w) => w.toLowerCase() === unlisted) ?? unlisted;
  return { score: 0.9, intent: { kind: "hosting", modelIds, ...ask } };
}
