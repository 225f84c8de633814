// Small wording helpers shared by the verdict rules and the licence answers.

import type { License, Model } from "../catalog/schema.js";
import { weightsClauses } from "./code-licence.js";

// User counts read the same here as in every other answer.
export { formatCount } from "../render/format.js";

/** "the Llama 3.1 Community License Agreement" reads better than a bare name in a sentence. */
export function theLicense(name: string): string {
  const short = shortLicenseName(name);
  return /^(the|a|an)\s/i.test(short) ? short : `the ${short}`;
}

/**
 * A licence name fit for a sentence: catalogue names carry qualifiers ("(July 18, 2023)",
 * "+ Acceptable Use Policy", "; GNU GPL v3 text (code)") that the answer shows elsewhere.
 */
export function shortLicenseName(name: string): string {
  const short = name
    .replace(/\s*\([^()]*\)/g, "")
    .split(";")[0]!
    .replace(/^Proprietary:\s*/i, "")
    .replace(/\s*\+.*$/, "")
    // "Mistral AI Research License, Mistral Small 24.09": the part after the comma names models.
    .replace(/^(.*?\b(?:Licen[cs]e|Agreement|Terms)\b[^,]*),\s.+$/i, "$1")
    .trim();
  return short.length > 0 && !/^none$/i.test(short) ? short : name;
}

/** "Claude's outputs", "these models' outputs": a group named in the plural takes a bare apostrophe. */
export function possessive(name: string): string {
  return /\bmodels$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Upper-case the first letter. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Keep order, drop repeats. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Catalogue strings may lack a full stop; duties read as sentences. */
export function sentence(text: string): string {
  const t = capitalize(text.trim());
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** The same sentence after a lead-in ("If you ship it: prominently display..."); keeps acronyms. */
export function continued(text: string): string {
  const t = sentence(text);
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/**
 * Why a licence is unverified, as the catalogue actually stands: no text of it on file at all,
 * only secondary quotes, or the lab's text read for a sibling checkpoint (then the note says which).
 */
export function unverifiedReason(license: License, model?: Pick<Model, "id" | "name" | "aliases">): string {
  const note = license.verificationNote ? ` (${license.verificationNote})` : "";
  const read = weightsClauses(license, model);
  if (read.length === 0 && model && weightsClauses(license).length > 0)
    return `the texts we hold were read for another checkpoint, not for ${model.name}${note}`;
  if (read.length === 0) return `we hold no text of this licence to quote${note}`;
  if (!read.some((c) => c.primary)) return `only secondary sources were found${note}`;
  return `the lab's own text we read does not settle every term for this model${note}`;
}
