// Licence verdicts as a ranking keeps them: the level decided now, the wording written when read.
// A ranking checks every model's licence against the team's facts and keeps the verdicts per
// fact set (constraints.ts), but reads only the level of each; an answer shows the reasons,
// duties and quotes of a few. Kept whole, the wording was a few dozen strings and arrays per model
// and fact set (at 100× today's catalogue a seventh of the heap the collector marks). The rules
// are pure, so writing the verdict again when it is read gives the same words.
import type { Clause, License, Model } from "../catalog/schema.js";
import type { TeamFacts } from "./facts.js";
import { licenseConstraint, type LicenseConstraint, type LicenseVerdict, type VerdictLevel } from "./verdict.js";

class VerdictWrittenLater implements LicenseVerdict {
  #whole: LicenseVerdict | undefined;

  constructor(
    readonly verdict: VerdictLevel,
    private readonly check: LicenceCheck,
  ) {}

  private get whole(): LicenseVerdict {
    return (this.#whole ??= this.check.written().verdict);
  }
  get reasons(): string[] {
    return this.whole.reasons;
  }
  get duties(): string[] {
    return this.whole.duties;
  }
  get clauses(): Clause[] {
    return this.whole.clauses;
  }
  get unverified(): boolean {
    return this.whole.unverified;
  }
  get questions(): string[] | undefined {
    return this.whole.questions;
  }
  get notes(): string[] | undefined {
    return this.whole.notes;
  }
  /** Serialised as the verdict written up front was (same fields, same order). */
  toJSON(): LicenseVerdict {
    return this.whole;
  }
}

/**
 * licenseConstraint's decision, with the verdict's wording and the exclusion's reason written
 * when read. Two small objects per model and fact set, no closures: the memo holds one per model.
 */
export class LicenceCheck {
  readonly excluded: boolean;
  readonly verdict: LicenseVerdict;

  constructor(
    private readonly model: Model,
    private readonly license: License,
    private readonly facts: TeamFacts,
    private readonly apiLicense?: License,
  ) {
    const decided = this.written();
    this.excluded = decided.excluded;
    this.verdict = new VerdictWrittenLater(decided.verdict.verdict, this);
  }

  /** The whole constraint, written (again: the rules are pure, so with the same words). */
  written(): LicenseConstraint {
    return licenseConstraint(
      this.model,
      this.license,
      this.facts,
      this.apiLicense ? { apiLicense: this.apiLicense } : {},
    );
  }

  /** Why the licence rules the model out (undefined when it does not). */
  reason(): string | undefined {
    return this.written().reason;
  }
}
