// Putting a derivative (a fine-tune, a quantization, a merge) under a licence of the team's choosing:
// "can we publish a Gemma 3 finetune under Apache 2.0?". The answer is in the model's licence,
// read from the catalogue's terms: a licence that must be passed on to every recipient travels
// with the derivative, so the derivative cannot be offered under another licence alone; an
// OSI-approved licence with no such duty leaves the team's own changes to the team, with the
// notices kept. Anything else our sources do not settle, and the answer says so.
import type { Rule } from "./finding.js";
import { hasNoWeights, isUnknown } from "./finding.js";
import { capitalize, continued, possessive } from "./format.js";

export const relicenseRule: Rule = (input) => {
  const { model, license, facts, licenseName } = input;
  const target = facts.derivativeLicence;
  if (target === undefined) return [];
  const t = license.terms;
  // No weights, or no right to distribute them: the distribution rule already says why not.
  if (hasNoWeights(model, license) || t.redistribution === "no" || t.redistribution === "not-applicable") return [];
  const what = `a derivative of ${model.name}`;
  if (license.spdx !== null && license.spdx !== undefined && sameLicence(license.spdx, target))
    return [
      {
        level: "allowed",
        topics: ["redistribution"],
        reason: `${capitalize(what)} can be published under ${target}: it is the licence ${model.name} itself is under.`,
      },
    ];
  if (t.passThrough)
    return [
      {
        level: "blocked",
        topics: ["redistribution", "acceptable-use"],
        reason: `${capitalize(what)} cannot be published under ${target} alone: ${licenseName} travels with the model and everything derived from it (${continued(t.passThrough).replace(/\.$/, "")}), so the derivative carries those terms whatever licence you add for your own changes.`,
      },
    ];
  if (license.kind === "osi-open-source" && !isUnknown(t.redistribution) && !t.acceptableUsePolicy)
    return [
      {
        level: "allowed",
        topics: ["redistribution", "attribution"],
        reason: `${capitalize(what)} can carry ${target} for your own changes: ${licenseName} does not require derivatives to stay under it${t.attribution ? `, as long as ${possessive(model.name)} own notices travel with it (${continued(t.attribution).replace(/\.$/, "")})` : ""}.`,
      },
    ];
  return [
    {
      level: "conditional",
      topics: ["redistribution"],
      reason: `Publishing ${what} under ${target}: the terms we hold for ${licenseName} do not settle whether a derivative may leave them (it has terms of its own beyond the notices).`,
      duty: `Confirm with ${license.developer} that ${what} may be published under ${target} before doing so.`,
    },
  ];
};

/** "Apache-2.0" and "MIT" as the catalogue spells SPDX ids; "BSD" covers its clause variants. */
function sameLicence(spdx: string, target: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/-\d-clause$/, "");
  return norm(spdx) === norm(target) || (target === "BSD" && spdx.toLowerCase().startsWith("bsd"));
}
