// One observation of a rule about one stated fact (or a missing one). The verdict is the most
// severe level among the findings; reasons, duties, questions and quoted clauses are collected
// from them, so every line of an answer traces back to a rule and a licence term.
import type { ClauseTopic, License, Model } from "../catalog/schema.js";
import type { TeamFacts } from "./facts.js";

export type VerdictLevel = "allowed" | "conditional" | "blocked";

export interface Finding {
  level: VerdictLevel;
  /** Plain words naming the fact and the term. */
  reason?: string;
  /** Something the team must do to stay within the licence. */
  duty?: string;
  /** A missing fact that would change the verdict. */
  question?: string;
  /** Clause topics whose quotes support this finding. */
  topics: ClauseTopic[];
  /** Shown among the reasons whatever the verdict (the "unverified" warning). */
  always?: boolean;
  /** About a fact the team stated of its own work (its field of use): first among its level's
   *  reasons, since a one-line summary (the shortlist's) must show what the team has to settle. */
  stated?: boolean;
}

export interface RuleInput {
  model: Model;
  license: License;
  facts: TeamFacts;
  /** "the Llama 3.1 Community License Agreement", ready for a sentence. */
  licenseName: string;
}

export type Rule = (input: RuleInput) => Finding[];

const SEVERITY: Record<VerdictLevel, number> = { allowed: 0, conditional: 1, blocked: 2 };

export function severity(level: VerdictLevel): number {
  return SEVERITY[level];
}

export function worst(levels: readonly VerdictLevel[]): VerdictLevel {
  return levels.reduce<VerdictLevel>((acc, l) => (SEVERITY[l] > SEVERITY[acc] ? l : acc), "allowed");
}

/** True when the model takes images, video or audio: the Llama 3.2 / 4 EU exclusion is about these. */
export function isMultimodal(model: Model): boolean {
  // The name is checked too: price lists sometimes record a vision model's input as text only.
  return (
    model.inputModalities.some((m) => m === "image" || m === "video" || m === "audio") ||
    /\b(vision|multimodal|VL)\b/i.test(model.name)
  );
}

/** No weights to run, fine-tune or ship: closed API models and unreleased ones. */
export function hasNoWeights(model: Model, license: License): boolean {
  return license.weightsAvailable === false || !model.openWeights;
}

/**
 * Closed-model terms forbid training only models that compete with the provider; Llama 2/3 and
 * DBRX forbid improving any other LLM. Read the catalogue's explicit field when it has one.
 */
export function outputsScope(license: License): "any-other-model" | "competing-models" {
  const explicit = (license.terms as { outputsTrainingScope?: unknown }).outputsTrainingScope;
  if (explicit === "any-other-model" || explicit === "competing-models") return explicit;
  return license.kind === "proprietary-api" ? "competing-models" : "any-other-model";
}

/** The catalogue's plain-words note on one term (why it is conditional, "no" or "unknown"). */
export function termNote(license: License, term: string): string | undefined {
  const notes = (license.terms as { notes?: Partial<Record<string, string>> }).notes;
  const note = notes?.[term]?.trim();
  return note ? note : undefined;
}

/** ": hosted services may need a separate TII licence" or "". */
export function noteSuffix(license: License, term: string): string {
  const note = termNote(license, term);
  if (!note) return "";
  const body = note.replace(/[.]$/, "");
  // Always at the end of a sentence, so a colon reads better than parentheses (notes have their own).
  return `: ${/^[A-Z][a-z]/.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body}`;
}

/** A term the sources do not settle: never read as yes or no. */
export function isUnknown(value: string): boolean {
  return value === "unknown";
}

/** A finding for an action whose term is "unknown": conditional, with a duty to confirm. */
export function unknownTerm(input: RuleInput, term: string, what: string, topics: ClauseTopic[]): Finding {
  const { license, licenseName } = input;
  return {
    level: "conditional",
    topics,
    reason: `${what.charAt(0).toUpperCase()}${what.slice(1)}: the sources we hold for ${licenseName} do not settle whether this is allowed${noteSuffix(license, term)}.`,
    duty: `Confirm with ${license.developer} that ${what} is allowed before relying on it.`,
  };
}
