// A preview in a shortlist is said, not only scored: its name may say "(preview)", but a team
// reading a table does not learn from that what building a product on a preview costs.
import type { Model } from "../catalog/schema.js";
import { isPreview } from "./model-traits.js";
import type { Requirements } from "./requirements.js";

/** The shortlist's note on the preview releases among the shown models, else null. */
export function previewNote(req: Requirements, top: readonly Model[]): string | null {
  const previews = top.filter(isPreview);
  if (previews.length === 0) return null;
  const names = previews.map((m) => m.name).join(", ");
  const one = previews.length === 1;
  const production =
    req.commercial === false
      ? ""
      : " For a product in production, pick a generally available model, or plan (and test) the move to the release that replaces it; its operations load is scored lower for this.";
  return `**Preview release${one ? "" : "s"}:** ${names} ${one ? "is a preview" : "are previews"} (so named by the lab), not generally available: the lab may change ${one ? "it" : "them"}, limit ${one ? "its" : "their"} rate or withdraw ${one ? "it" : "them"} at short notice.${production}`;
}
