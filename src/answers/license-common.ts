// What every licence answer shares: the verdict words, the machine-readable verdict (the JSON
// CLI, tests and the recommender read it), and how a long reason is cut for a list line.
import type { Clause, License, Model } from "../catalog/schema.js";
import type { LicenseVerdict, VerdictLevel } from "../licensing/verdict.js";

export const VERDICT_LABEL: Record<VerdictLevel, string> = {
  allowed: "Allowed",
  conditional: "Allowed with conditions",
  blocked: "Blocked",
};

/** The data every licence verdict carries for machines (the JSON CLI, tests, the recommender). */
export interface VerdictData {
  modelId: string;
  licenseId: string;
  verdict: VerdictLevel;
  reasons: string[];
  duties: string[];
  unverified: boolean;
  questions: string[];
  clauses: Clause[];
}

export function verdictData(model: Model, license: License, v: LicenseVerdict): VerdictData {
  return {
    modelId: model.id,
    licenseId: license.id,
    verdict: v.verdict,
    reasons: v.reasons,
    duties: v.duties,
    unverified: v.unverified,
    questions: v.questions ?? [],
    clauses: v.clauses,
  };
}

/**
 * Cut a long reason at a word boundary, never inside a parenthesis: an unclosed "(" and what
 * follows it go, so "(Gemma Terms of Use (…" cannot happen.
 */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  if (space > max / 2) cut = cut.slice(0, space);
  let depth = 0;
  let lastOpen = -1;
  for (let i = 0; i < cut.length; i++) {
    if (cut[i] === "(") {
      if (depth === 0) lastOpen = i;
      depth += 1;
    } else if (cut[i] === ")" && depth > 0) depth -= 1;
  }
  if (depth > 0 && lastOpen >= 0) cut = cut.slice(0, lastOpen);
  return `${cut.trimEnd().replace(/[,;:]$/, "")}…`;
}
