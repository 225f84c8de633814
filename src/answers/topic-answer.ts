// The shape of a focused trade-off answer (one criterion, its catalogue facts and sources), and
// the words for a provider's yes / no / on-request terms, shared by the topic answers.
import type { Model } from "../catalog/schema.js";
import type { SourceRef } from "../ports.js";

export interface TopicAnswer {
  title: string;
  /** The criterion in a sentence: what decides it. */
  criterion: string;
  /** Catalogue facts that illustrate it (markdown lines). */
  facts: string[];
  sources: SourceRef[];
  models: Model[];
  evidence: Record<string, unknown>;
}

/** A provider term's value in words. */
export const TRI: Record<string, string> = { yes: "yes", no: "no", "on-request": "on request", unknown: "unknown" };
