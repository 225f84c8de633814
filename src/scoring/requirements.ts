// A team's requirements for a guided recommendation. Every field is optional: the flow asks for
// what is missing and free text may fill several at once.
import type { Volume } from "../costs/volume.js";

export const USE_CASES = ["chat", "coding", "rag", "extraction", "agents", "creative"] as const;
export type UseCase = (typeof USE_CASES)[number];

export const CRITERIA = [
  "cost",
  "quality",
  "customization",
  "dataControl",
  "integration",
  "operations",
  "contextFit",
  "useCaseFit",
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** How each criterion is named to users (a higher score is always better: "integration" 1 = least effort). */
export const CRITERION_LABELS: Record<Criterion, string> = {
  cost: "cost",
  quality: "quality",
  customization: "customization",
  dataControl: "data control",
  integration: "integration effort",
  operations: "operations load",
  contextFit: "context fit",
  useCaseFit: "use-case fit",
};

export const USE_CASE_LABELS: Record<UseCase, string> = {
  chat: "chat assistant",
  coding: "coding",
  rag: "RAG over documents",
  extraction: "extraction / classification",
  agents: "agents with tools",
  creative: "creative writing",
};

export interface Requirements {
  useCase?: UseCase;
  dataSensitivity?: "public" | "internal" | "regulated";
  deployment?: "any-api" | "own-cloud" | "on-prem";
  volume?: Volume;
  monthlyBudgetUsd?: number;
  monthlyActiveUsers?: number;
  fineTuning?: boolean;
  trainOnOutputs?: boolean;
  contextTokens?: number;
  languages?: string[];
  mlOpsExperience?: "none" | "some" | "strong";
  latency?: "interactive" | "batch";
  openWeightsOnly?: boolean;
  /** Data must stay in / team is established in the EU. */
  inEu?: boolean;
  /** Stated priorities raise a criterion's weight ("cost matters most"). */
  priorities?: Criterion[];
  /** For a commercial product; licence verdicts treat "not stated" as an open question. */
  commercial?: boolean;
}
