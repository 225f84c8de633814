// What a team tells us about its use of a model; licence verdicts are checked against these.
// An absent field means "not stated", which a verdict treats as an open question, not a "no".
export interface TeamFacts {
  commercial?: boolean;
  monthlyActiveUsers?: number;
  /** The users as said, a daily count ("40k daily actives"): monthlyActiveUsers holds it as the floor. */
  dailyActiveUsers?: number;
  fineTune?: boolean;
  /** Shipping weights or derivatives (fine-tunes, quantizations) to others. */
  distributeWeights?: boolean;
  /**
   * The licence the team wants its derivative (a fine-tune, a quantization) published under, by the
   * name answers use ("Apache-2.0", "MIT", "your own terms"); implies distributing it.
   */
  derivativeLicence?: string;
  /**
   * The licence the team wants to put what the model writes under ("publish the summaries under
   * CC-BY"): a question about the outputs, which the model's licence may not govern at all.
   */
  outputsLicence?: string;
  /** Offering the model to third parties as a hosted API. */
  serveAsApi?: boolean;
  /** Using the model's outputs to train or improve another model. */
  trainOnOutputs?: boolean;
  /**
   * Whether the model trained on outputs competes with the provider's own services. Closed-model
   * terms (OpenAI, Anthropic, Google) only forbid training competing models, so this can change
   * a verdict; absent means unknown and the verdict assumes it may compete.
   */
  competingModel?: boolean;
  selfHost?: boolean;
  /** The team is established (or the users are) in the EU. */
  inEu?: boolean;
  /** Free-text field of use when it matters (e.g. "medical", "military"). */
  fieldOfUse?: string;
  /** The product is for, or likely used by, people under 18 (providers' age terms apply). */
  minorUsers?: boolean;
  /**
   * The team is a nonprofit organisation. Who it is, not how the model is used: a non-commercial
   * licence restricts the use, so being a nonprofit never makes the use non-commercial by itself.
   */
  nonprofit?: boolean;
}

/** True when no fact at all was stated (a topic question such as "which licence?"). */
export function hasAnyFact(facts: TeamFacts): boolean {
  return Object.values(facts).some((v) => v !== undefined);
}
