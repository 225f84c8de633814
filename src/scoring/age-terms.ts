// Users under 18 (a K-12 tutor, an app for children under 13): whether a pick is served under
// terms known to address minors. A closed model is served under its lab's own terms (its licence
// here), known when the licence records an age rule (OpenAI's parental consent, Anthropic's
// conditions for products serving minors; the Gemini API's ban is a block, licensing/rules-minors.ts).
// An open model on an API host is served under that host's terms, and the catalogue holds no host's
// age terms (provider-policies records data terms only), so its terms for children are not known.
// A lead signs a pick whose terms for children are known before one whose host's are not: the
// ranking lists the others after (rank-groups.ts), and the answer says why. A self-hosted pick has
// no provider's terms at all (what it may do for children is the team's own duty): it is not
// promoted above the known ones for that, nor above the unknown ones, but ordered among them by its
// score; promoting it made an expensive, weak model that only runs self-hosted (Grok-1 at $23K a
// month) lead a 50M-token shortlist over strong models a few dollars a month on an API.
import type { License, Model } from "../catalog/schema.js";
import { hasNoWeights } from "../licensing/finding.js";
import { mustSelfHost, type HostingBasis } from "./monthly-cost.js";
import type { Requirements } from "./requirements.js";

/**
 * Whether the pick is not served under terms known to address users under 18: false when the team
 * named no minors, or runs every model itself (nothing then to tell the picks apart by).
 */
export function noKnownAgeTerms(
  model: Model,
  license: License,
  basis: HostingBasis | null,
  req: Requirements,
): boolean {
  if (req.minorUsers !== true || req.onDevice === true || mustSelfHost(req)) return false;
  if (basis !== "self-host" && hasNoWeights(model, license)) return license.terms.minorUsers === undefined;
  return true;
}
