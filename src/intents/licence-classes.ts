// Licence classes teams rule out by kind rather than by name: "no research-only licences",
// "skip anything CC-BY-NC", "nothing non-commercial". The scorer filters on licence ids and
// families, so a class is resolved to the catalogue's licences that belong to it; without a
// catalogue the class word itself is kept.
import type { Catalog } from "../catalog/catalog.js";
import type { License } from "../catalog/schema.js";

interface LicenceClass {
  id: string;
  pattern: RegExp;
  /** Which licences of the catalogue the class covers. */
  covers: (license: License) => boolean;
}

// Weights a team could download but may not use commercially: research-only, non-production and
// non-commercial licences alike (closed API terms and unreleased models are not licences of weights).
const nonCommercialWeights = (l: License) =>
  l.terms.commercialUse === "no" && l.kind !== "proprietary-api" && l.kind !== "not-released";

const CLASSES: LicenceClass[] = [
  { id: "cc-by-nc", pattern: /\bcc[- ]?by[- ]?nc\b/, covers: (l) => /\bcc[- ]?by[- ]?nc\b/i.test(l.name) },
  {
    id: "non-commercial",
    pattern:
      /\b(non-?commercial|nc) licen[cs]\w*|\bnon-?commercial\b|\bresearch[- ]only\b|\bresearch licen[cs]es\b|\bnon-?production\b/,
    covers: nonCommercialWeights,
  },
  // Copyleft is a property of the licence of the weights, read from its SPDX id: a licence whose
  // name mentions the GPL of its code only ("LLaMA non-commercial (weights); GNU GPL v3 (code)")
  // is no copyleft licence of the weights.
  {
    id: "copyleft",
    pattern: /\b(copyleft|gpl|agpl)\b/,
    covers: (l) => /^(?:a|l)?gpl|^cc-by(?:-nc)?-sa|^mpl|^epl|^osl/i.test(l.spdx ?? ""),
  },
  // "no MAU cap", "no user limit": licences whose grant ends above a number of monthly users.
  {
    id: "user-cap",
    pattern: /\b(?:mau|users?|monthly[- ]active[- ]users?|user[- ]count) (?:caps?|limits?|thresholds?|ceilings?)\b/,
    covers: (l) => l.terms.userThreshold !== null,
  },
  // "no acceptable-use policy", "no AUP", "no use restrictions": licences that bind a use policy
  // or a list of forbidden fields of use.
  {
    id: "use-policy",
    pattern: /\b(?:acceptable[- ]use(?: polic(?:y|ies))?|aups?|use[- ]restrictions?|usage restrictions?)\b/,
    covers: (l) => l.terms.acceptableUsePolicy !== null || l.terms.fieldOfUseRestrictions.length > 0,
  },
];

const resolved = new WeakMap<Catalog, Map<string, string[]>>();

function idsOf(cls: LicenceClass, catalog: Catalog): string[] {
  let byClass = resolved.get(catalog);
  if (!byClass) resolved.set(catalog, (byClass = new Map()));
  let ids = byClass.get(cls.id);
  if (!ids) byClass.set(cls.id, (ids = catalog.licenses.filter(cls.covers).map((l) => l.id)));
  return ids;
}

/**
 * Licence ids (or, without a catalogue, class words) for the classes named in `scope`, a negated
 * span of folded text. The narrowest class named wins: "CC-BY-NC" is that licence, not every
 * non-commercial one.
 */
export function licenceClassesIn(scope: string, catalog?: Catalog): string[] {
  const out: string[] = [];
  for (const cls of CLASSES) {
    if (!cls.pattern.test(scope)) continue;
    const ids = catalog ? idsOf(cls, catalog) : [cls.id];
    for (const id of ids.length > 0 ? ids : [cls.id]) if (!out.includes(id)) out.push(id);
    if (cls.id === "cc-by-nc") scope = scope.replace(cls.pattern, " ");
  }
  return out;
}
