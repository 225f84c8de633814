// Kinds of licence a team names instead of a licence: "nothing with a MAU cap", "no copyleft",
// "Apache or MIT only", "permissive only". Each kind is read from the licence records (SPDX id,
// terms), so a new licence of a kind is covered without a word here, and each has the words it is
// said back in: answers never show a licence id. The words a team writes for them live in
// intents/licence-classes.ts.
import type { Catalog } from "../catalog/catalog.js";
import type { License } from "../catalog/schema.js";

interface LicenceKind {
  id: string;
  /** How a list of licences of this kind is said: "licences with a monthly-user cap". */
  said: string;
  covers: (license: License) => boolean;
}

// An attribution duty that credits the maker where people see it, as the licence records word it.
const CREDIT_DUTY =
  /\b(?:built (?:with|using)|improved using|(?<!any )notice file|show|display|public statement|licensed by|cc-by attribution)\b/i;

// Weights a team could download but may not use commercially: research-only, non-production and
// non-commercial licences alike (closed API terms and unreleased models are not licences of weights).
const nonCommercialWeights = (l: License) =>
  l.terms.commercialUse === "no" && l.kind !== "proprietary-api" && l.kind !== "not-released";

/** Kinds a team rules out. The narrowest first: "CC-BY-NC" is that licence, not every non-commercial one. */
export const EXCLUDED_KINDS: readonly LicenceKind[] = [
  { id: "cc-by-nc", said: "CC-BY-NC licences", covers: (l) => /\bcc[- ]?by[- ]?nc\b/i.test(l.name) },
  { id: "non-commercial", said: "non-commercial licences", covers: nonCommercialWeights },
  // Copyleft is a property of the licence of the weights, read from its SPDX id: a licence whose
  // name mentions the GPL of its code only ("LLaMA non-commercial (weights); GNU GPL v3 (code)")
  // is no copyleft licence of the weights.
  {
    id: "copyleft",
    said: "copyleft licences",
    covers: (l) => /^(?:a|l)?gpl|^cc-by(?:-nc)?-sa|^mpl|^epl|^osl/i.test(l.spdx ?? ""),
  },
  // Licences whose grant ends above a number of monthly users.
  { id: "user-cap", said: "licences with a monthly-user cap", covers: (l) => l.terms.userThreshold !== null },
  // Licences that bind a use policy or a list of forbidden fields of use, which the team must pass
  // on to whoever it gives the model or its outputs to.
  {
    id: "use-policy",
    said: "licences with a use policy to pass on",
    covers: (l) => l.terms.acceptableUsePolicy !== null || l.terms.fieldOfUseRestrictions.length > 0,
  },
  // Licences that ask to be credited where people see it, beyond keeping their notices in copies:
  // "Show 'Built with Llama' …", "Ship a Notice file: 'Gemma is provided under …'", "'Built with
  // Qwen' in the documentation", a public statement about a derivative. Read from each licence's
  // attribution duty as recorded; Apache 2.0 and MIT ("keep the licence text and notices") are not.
  {
    id: "attribution",
    said: "licences with an attribution duty (a 'Built with' line or a Notice file)",
    covers: (l) => CREDIT_DUTY.test(l.terms.attribution ?? ""),
  },
];

// Permissive licences: the grant asks only for notices, no share-alike, no use policy. Read from
// the SPDX id of the weights' licence: a "modified MIT" with a display duty has none.
const PERMISSIVE_SPDX = /^(?:apache-2\.0|mit|bsd-[23]-clause(?:-clear)?|isc|0bsd|unlicense|zlib|cc-by-4\.0|cc0-1\.0)$/i;

/** Kinds a team allows, alone or together ("Apache or MIT only", "permissive licences only"). */
export const ALLOWED_KINDS: readonly LicenceKind[] = [
  { id: "apache-2.0", said: "Apache 2.0", covers: (l) => /^apache-2\.0$/i.test(l.spdx ?? "") },
  { id: "mit", said: "MIT", covers: (l) => /^mit$/i.test(l.spdx ?? "") },
  { id: "bsd", said: "BSD", covers: (l) => /^bsd-/i.test(l.spdx ?? "") },
  {
    id: "permissive",
    said: "permissive (Apache 2.0, MIT, BSD and the like)",
    covers: (l) => PERMISSIVE_SPDX.test(l.spdx ?? ""),
  },
];

const kindById = new Map([...EXCLUDED_KINDS, ...ALLOWED_KINDS].map((k) => [k.id, k]));

const covered = new WeakMap<Catalog, Map<string, string[]>>();

/** The catalogue's licence ids of a kind (empty for an unknown kind). */
export function licencesOfKind(kindId: string, catalog: Catalog): string[] {
  let byKind = covered.get(catalog);
  if (!byKind) covered.set(catalog, (byKind = new Map()));
  let ids = byKind.get(kindId);
  if (!ids) {
    const kind = kindById.get(kindId);
    byKind.set(kindId, (ids = kind ? catalog.licenses.filter(kind.covers).map((l) => l.id) : []));
  }
  return ids;
}

/** Whether a licence is of one of the allowed kinds. */
export function allowedBy(license: License, allowed: readonly string[]): boolean {
  return allowed.some((id) => kindById.get(id)?.covers(license) ?? false);
}

/** Allowed kinds said together: "Apache 2.0 or MIT". */
export function sayAllowed(allowed: readonly string[]): string {
  const words = allowed.map((id) => kindById.get(id)?.said ?? id);
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}` : (words[0] ?? "");
}

/** A licence's name without what it adds in brackets: "Gemma Terms of Use", not "… (+ Gemma Prohibited Use Policy)". */
export const licenceName = (l: License): string => l.name.replace(/\s*\([^)]*\)\s*/g, " ").trim() || l.name;

/**
 * Excluded licences as a team would say them: a kind whose licences are all excluded is said as
 * the kind ("licences with a monthly-user cap"), any other licence by its name, a family word
 * ("llama") as it was written. Never a licence id.
 */
export function sayExcludedLicences(ids: readonly string[], catalog?: Catalog): string[] {
  if (!catalog) return ids.map((id) => `${id} licences`);
  const excluded = new Set(ids);
  const rest = new Set(ids);
  const out: string[] = [];
  // The broadest kind first: "non-commercial licences" says the CC-BY-NC ones too. A kind wholly
  // inside the kinds said is not said again, though the team may have named it: the exclusions keep
  // licence ids, not the kinds named, and in this catalogue every non-commercial licence also has a
  // use policy, as every licence with a monthly-user cap asks for attribution. Saying each such kind
  // told a team "excluding non-commercial licences" that it never said.
  const broadestFirst = [...EXCLUDED_KINDS].sort(
    (a, b) => licencesOfKind(b.id, catalog).length - licencesOfKind(a.id, catalog).length,
  );
  for (const kind of broadestFirst) {
    const of = licencesOfKind(kind.id, catalog);
    if (of.length < 2 || !of.every((id) => excluded.has(id))) continue;
    if (!of.some((id) => rest.has(id))) continue;
    out.push(kind.said);
    for (const id of of) rest.delete(id);
  }
  for (const id of rest) {
    const license = catalog.licenseById.get(id);
    out.push(license ? licenceName(license) : `${id} licences`);
  }
  return out;
}

/** The kind of excluded licence a licence was ruled out as, said, or null when it was named. */
export function excludedKindOf(license: License, ids: readonly string[], catalog: Catalog): string | null {
  const excluded = new Set(ids);
  for (const kind of EXCLUDED_KINDS) {
    if (!kind.covers(license)) continue;
    const of = licencesOfKind(kind.id, catalog);
    if (of.length >= 2 && of.every((id) => excluded.has(id))) return kind.said;
  }
  return null;
}
