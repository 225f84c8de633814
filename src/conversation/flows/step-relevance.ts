// Whether a question is worth asking: the scoring code ranks the catalogue with each of the
// step's answers, and a step whose every answer leaves the top 3 as it is gets skipped. Asked,
// not guessed: the same ranking the shortlist uses decides.
import type { Catalog } from "../../catalog/catalog.js";
import { toAssumptionEdits } from "../../costs/assumptions.js";
import { newScoringCache } from "../../scoring/constraints.js";
import { rankModels } from "../../scoring/rank.js";
import type { Requirements } from "../../scoring/requirements.js";
import { selfHostQuoter } from "../../scoring/self-host-quote.js";
import { mergeRequirements } from "./flow-state.js";
import type { FlowStep } from "./steps.js";

const TOP = 3;

export interface RelevanceCheck {
  /** True when at least one answer to the step changes the top 3 (or their order). */
  matters(step: FlowStep): boolean;
}

/** One check per turn: the baseline ranking and the scoring cache are shared by all steps. */
export function relevanceCheck(
  catalog: Catalog,
  req: Requirements,
  assumptions: Record<string, string | number | boolean> = {},
): RelevanceCheck {
  const options = {
    selfHost: selfHostQuoter(catalog.selfhost, toAssumptionEdits(assumptions)),
    cache: newScoringCache(),
  };
  const topOf = (r: Requirements) =>
    rankModels(catalog, r, options)
      .ranked.slice(0, TOP)
      .map((m) => m.id)
      .join(",");
  let baseline: string | undefined;
  return {
    matters(step) {
      // Without a use case every weight is a guess: that question always matters.
      if (step.slot === "useCase") return true;
      baseline ??= topOf(req);
      return step.choices.some((choice) => topOf(mergeRequirements(req, choice.patch)) !== baseline);
    },
  };
}
