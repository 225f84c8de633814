// A licence record nobody has read: not verified and no clause of it read in the lab's own text
// (the catalogue keeps such a record so the model can be listed, e.g. Kimi K2.6's, whose only clause
// is a third party's report of the licence, marked secondary). Whether the team may use the model
// is unknown, not "conditional": an ML lead cannot sign off a model on an unread licence, so it
// is ranked after every model whose licence was read, and the table says "unknown".
import type { License } from "../catalog/schema.js";
import { weightsClauses } from "../licensing/code-licence.js";

export function licenceUnread(license: Pick<License, "verified" | "clauses">): boolean {
  return !license.verified && !weightsClauses(license).some((c) => c.primary);
}

/** The words shown for such a licence, in the table and the verdict lines. */
export const UNREAD_LICENCE_LABEL = "unknown (licence not read)";
