// A legacy release in a shortlist is said, not only ranked. Its lab still sells it, so it stays a
// candidate at its real price (withdrawn-release.ts covers only deprecated and retired ones), but
// the lab no longer calls it current (Anthropic's pages: "Legacy … still available, you should
// consider migrating"): a team building on it should know the move is coming.
import type { Model } from "../catalog/schema.js";

/** The shortlist's note on the legacy releases among the shown models, else null. */
export function legacyNote(top: readonly Model[]): string | null {
  const legacy = top.filter((m) => m.status === "legacy");
  if (legacy.length === 0) return null;
  const names = legacy.map((m) => m.name).join(", ");
  const one = legacy.length === 1;
  return `**Legacy release${one ? "" : "s"}:** ${names} ${one ? "is" : "are"} still sold, but ${one ? "its lab calls it" : "their labs call them"} legacy, no longer ${one ? "its" : "their"} current line-up: plan (and test) a move to the lab's current model before building for the long term.`;
}
