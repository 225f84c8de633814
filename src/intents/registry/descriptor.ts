// One descriptor per intent: its name, example phrasings, the zod schema of the slots it carries,
// a scored recognizer and a help line. The answer is not here: the conversation layer's handler
// table (src/answers/handlers.ts, typed HandlerTable) maps each IntentKind to its answer, so
// adding an intent is one descriptor here plus one handler there, checked by the compiler.
import type { z } from "zod";
import type { Catalog } from "../../catalog/catalog.js";
import type { ModelRefs } from "../model-refs.js";
import type { ConversationView, Intent, IntentKind } from "../types.js";

export interface RecognizerInput {
  /** Cleaned text (numbers bounded, mention markup removed). */
  clean: string;
  /** Lower-cased `clean`. */
  lower: string;
  catalog: Catalog;
  session: ConversationView;
  /** The models the message names or points at. */
  refs: ModelRefs;
}

/** A recognizer's claim: how sure it is (0..1) and the intent it would answer. */
export interface Recognition {
  score: number;
  intent: Intent;
}

export interface IntentDescriptor<K extends IntentKind = IntentKind> {
  name: K;
  /** One line for the help answer and command descriptions; null for intents users never ask for by name. */
  help: string | null;
  /** A short noun phrase for app descriptions ("licence verdicts for your situation"); absent when help is null. */
  summary?: string;
  /**
   * The slash subcommand that asks for this intent directly (Discord `/modelwise <name>`, named in
   * Slack's usage hint). Its description is at most 100 characters (Discord's limit).
   */
  command?: { name: string; description: string };
  /** Typical phrasings: used in help, in the registry's own tests and as warm-up input. */
  examples: readonly string[];
  /** The slots this intent carries, for checks and documentation. */
  slots: z.ZodType;
  /**
   * Scores a message for this intent. Absent: the intent comes from the shared model-question
   * classifier (src/intents/understand.ts), which scores QUESTION_SCORE.
   */
  recognize?: (input: RecognizerInput) => Recognition | null;
}

/** What the model-question classifier's answer scores against the registry's recognizers. */
export const QUESTION_SCORE = 0.5;
