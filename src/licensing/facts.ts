// What a team tells us about its use of a model; licence verdicts are checked against these.
// An absent field means "not stated", which a verdict treats as an open question, not a "no".
export interface TeamFacts {
  commercial?: boolean;
  monthlyActiveUsers?: number;
  fineTune?: boolean;
  /** Shipping weights or derivatives (fine-tunes, quantizations) to others. */
  distributeWeights?: boolean;
  /** Offering the model to third parties as a hosted API. */
  serveAsApi?: boolean;
  /** Using the model's outputs to train or improve another model. */
  trainOnOutputs?: boolean;
  selfHost?: boolean;
  /** The team is established (or the users are) in the EU. */
  inEu?: boolean;
  /** Free-text field of use when it matters (e.g. "medical", "military"). */
  fieldOfUse?: string;
}
