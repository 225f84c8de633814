// Joins the hand-kept licence curation with the licence knowledge base
// (../shared/data/licenses.json): names, flags and verification come from the data unless a
// record is a per-size split that overrides them; quotes are copied verbatim from the data.
import type { Clause, License } from "../../../src/catalog/schema.js";
import type { LicenseCuration } from "../curation/license-types.js";

/** The fields of a licenses.json family the importer reads. */
export interface SourceLicenseFamily {
  id: string;
  family: string;
  developer: string;
  license_name: string;
  spdx_id: string | null;
  osi_approved: boolean | string | null;
  weights_available: boolean | null;
  license_history: string | null;
  verified: boolean;
  verification_notes: string | null;
  seed_correction: { blog_claim: string; status: string; correction: string } | null;
  sources: { claim: string; source: string; primary: boolean; checked: string; quote: string }[];
}

export function buildLicenses(
  families: readonly SourceLicenseFamily[],
  curation: readonly LicenseCuration[],
  checkedAt: string,
): License[] {
  const byId = new Map(families.map((f) => [f.id, f]));
  const problems: string[] = [];
  const licenses = curation.map((cur) => buildOne(cur, byId, checkedAt, problems));
  const covered = new Set(curation.map((c) => c.family));
  for (const family of families) {
    if (!covered.has(family.id)) problems.push(`licence family "${family.id}" has no curated record`);
  }
  const ids = new Set<string>();
  for (const license of licenses) {
    if (ids.has(license.id)) problems.push(`duplicate licence id "${license.id}"`);
    ids.add(license.id);
  }
  if (problems.length > 0) throw new Error(`licence curation problems:\n- ${problems.join("\n- ")}`);
  return licenses;
}

function buildOne(
  cur: LicenseCuration,
  byId: ReadonlyMap<string, SourceLicenseFamily>,
  checkedAt: string,
  problems: string[],
): License {
  const fam = cur.family === null ? undefined : byId.get(cur.family);
  if (cur.family !== null && !fam) problems.push(`${cur.id}: unknown family "${cur.family}"`);
  // The licence data may leave a family unverified; a clause we read in the lab's own text settles it.
  if (cur.verified === true && fam && !fam.verified && !(cur.readClauses ?? []).some((r) => r.primary !== false))
    problems.push(`${cur.id}: cannot be verified when its family is not, unless we read the lab's own text`);
  if (fam?.seed_correction?.status.startsWith("WRONG") && cur.seedCorrection === undefined) {
    problems.push(`${cur.id}: family "${fam.id}" has a seed correction; write it in our words`);
  }
  const clauses: Clause[] = [];
  for (const [ref, topic] of Object.entries(cur.clauses)) {
    const [familyId, claim] = ref.includes("#") ? (ref.split("#", 2) as [string, string]) : [cur.family ?? "", ref];
    const source = byId.get(familyId)?.sources.find((s) => s.claim === claim);
    if (!source) {
      problems.push(`${cur.id}: no source claim "${ref}"`);
      continue;
    }
    // A claim about the code repository's licence alone must stay marked as such, or an answer
    // would quote the code's LICENSE file as the weights' licence.
    if (isCodeOnlyClaim(claim) !== (topic === "code-licence"))
      problems.push(
        `${cur.id}: claim "${ref}" ${isCodeOnlyClaim(claim) ? "is about the code's licence only: topic must be" : "is not about the code's licence only: topic cannot be"} "code-licence"`,
      );
    const checkpoint = cur.clauseCheckpoints?.[ref];
    clauses.push({
      topic,
      quote: source.quote,
      source: source.source,
      checkedAt,
      primary: source.primary,
      checkedHow: source.checked,
      ...(checkpoint !== undefined ? { checkpoint } : {}),
    });
  }
  for (const read of cur.readClauses ?? []) {
    clauses.push({
      topic: read.topic,
      quote: read.quote,
      source: read.source,
      checkedAt: read.checkedAt,
      primary: read.primary ?? true,
      checkedHow: read.checkedHow,
      ...(read.checkpoint !== undefined ? { checkpoint: read.checkpoint } : {}),
      ...(read.inForceFrom !== undefined ? { inForceFrom: read.inForceFrom } : {}),
    });
  }
  for (const ref of Object.keys(cur.clauseCheckpoints ?? {}))
    if (!(ref in cur.clauses))
      problems.push(`${cur.id}: checkpoint stated for "${ref}", which is not one of its clauses`);
  if (cur.family === null && cur.verified === true && !(cur.readClauses ?? []).some((r) => r.primary !== false))
    problems.push(`${cur.id}: a record outside the licence data is verified only with clauses we read`);
  return {
    id: cur.id,
    name: cur.name ?? fam?.license_name ?? cur.id,
    family: cur.family,
    developer: cur.developer ?? fam?.developer ?? "unknown",
    kind: cur.kind,
    spdx: cur.spdx !== undefined ? cur.spdx : weightsSpdx(fam?.spdx_id ?? null),
    osiApproved:
      cur.osiApproved !== undefined
        ? cur.osiApproved
        : typeof fam?.osi_approved === "boolean"
          ? fam.osi_approved
          : null,
    weightsAvailable: cur.weightsAvailable !== undefined ? cur.weightsAvailable : (fam?.weights_available ?? null),
    verified: cur.verified ?? fam?.verified ?? false,
    verificationNote: cur.verificationNote !== undefined ? cur.verificationNote : (fam?.verification_notes ?? null),
    summary: cur.summary,
    terms: cur.terms,
    clauses,
    history: cur.history !== undefined ? cur.history : (fam?.license_history ?? null),
    seedCorrection: cur.seedCorrection ?? null,
  };
}

/**
 * A source claim about the code's licence alone ("Library code is Apache-2.0 (weights are not)",
 * "Repo license MIT", "FastChat code Apache-2.0"), as opposed to one covering code and weights
 * together ("Code and model weights are Apache-2.0").
 */
export function isCodeOnlyClaim(claim: string): boolean {
  const aboutCode = /\b(code|library|repo|repository) licen[cs]e\b|\bcode\b/i.test(claim);
  const coversWeights = /\b(code|repository) and (the )?(model )?(weights|models)\b/i.test(claim);
  return aboutCode && !coversWeights;
}

/** The data marks an SPDX id that names only the code ("MIT (code only)"): it is not the weights' licence. */
function weightsSpdx(spdx: string | null): string | null {
  return spdx !== null && /\bcode\b/i.test(spdx) ? null : spdx;
}
