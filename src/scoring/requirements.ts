// A team's requirements for a guided recommendation. Every field is optional: the flow asks for
// what is missing and free text may fill several at once.
import type { Volume } from "../costs/volume.js";

export const USE_CASES = ["chat", "coding", "rag", "extraction", "agents", "creative"] as const;
export type UseCase = (typeof USE_CASES)[number];

export const CRITERIA = ["cost", "quality", "customization", "dataControl", "integration", "operations", "contextFit"] as const;
export type Criterion = (typeof CRITERIA)[number];

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
}
