// One descriptor per intent: its name, example phrasings, the zod schema of the slots it carries,
// a scored recognizer and a help line. The answer is not here: the conversation layer's handler
// table (src/answers/handlers.ts, typed HandlerTable) maps each IntentKind to its answer, so
// adding an intent is one descriptor here plus one handler there, checked by the compiler.
import type { z } from "zod";
import type { Catalog } from "../../catalog/catalog.js";
import type { ModelRefs } from "../model-refs.js";
import type { QuestionFeatures } from "./question-features.js";
import type { RungId } from "./questions/order.js";
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
   * Scores a message for this intent (commands, profile, watch, trade-offs). Model questions use
   * `questions` instead; their reading scores QUESTION_SCORE against these recognizers.
   */
  recognize?: (input: RecognizerInput) => Recognition | null;
  /**
   * How a question about models reads as this intent: rungs, each named in the one order of all
   * rungs (questions/order.ts), whose position is its precedence. The first rung in that order
   * that reads the message wins.
   */
  questions?: readonly QuestionRung[];
}

export interface QuestionRung {
  /** Its place in QUESTION_ORDER (questions/order.ts): the earlier, the surer the reading. */
  id: RungId;
  read: (f: QuestionFeatures) => Intent | null;
}

/** What the model-question reading scores against the registry's recognizers. */
export const QUESTION_SCORE = 0.5;
