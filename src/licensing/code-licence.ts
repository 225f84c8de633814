// A lab's code repository often carries a licence of its own beside the weights' licence (Gemma's
// library code is Apache-2.0, the Gemma weights are under the Gemma Terms of Use). A quote of the
// code's licence is kept as a clause of topic "code-licence": it is never shown as the model
// licence's own words, and reading it does not count as having read the weights' licence.
import type { Clause, License, Model } from "../catalog/schema.js";
import { clauseSpeaksFor } from "./checkpoint.js";

export const CODE_LICENCE_TOPIC = "code-licence" satisfies Clause["topic"];

export function isCodeLicenceClause(clause: Pick<Clause, "topic">): boolean {
  return clause.topic === CODE_LICENCE_TOPIC;
}

/**
 * The clauses that quote the licence of the weights themselves; with a model, only those that
 * speak for it (not a quote read on another checkpoint's card).
 */
export function weightsClauses(
  license: Pick<License, "clauses">,
  model?: Pick<Model, "id" | "name" | "aliases">,
): Clause[] {
  return license.clauses.filter((c) => !isCodeLicenceClause(c) && (!model || clauseSpeaksFor(c, model)));
}
