// Languages a change takes out of a thread's list ("what if we drop the asian languages?", "and
// without korean?", "what if we no longer support chinese or japanese"): only those leave, the
// rest of the team's languages stay. Read against the thread's languages, so a group word
// ("asian", "nordic") removes exactly the listed languages it covers.
import { LANGUAGE_GROUPS } from "../catalog/languages.js";
import { foldCase } from "../catalog/normalize.js";
import { languagesNamedIn } from "./requirements-text.js";

const DROP_WORDS = String.raw`(?:drop(?:ped|ping|s)?|remov(?:e|ed|es|ing)|without|skip(?:ped|ping|s)?|exclud(?:e|ed|es|ing)|leav(?:e|ing) out|cut(?:ting)?|lose|except|minus|no more|no longer (?:need|do|support|offer|translate into)|(?:do|did|does)(?:n'?t| not) (?:need|do|support|offer)|stop(?:ped)? (?:doing|supporting|offering|translating into))`;
// The words after the dropping verb, to the end of the sentence or a turn to what stays ("but",
// "and keep", "only").
const DROP_CLAUSE = new RegExp(
  String.raw`\b${DROP_WORDS}\s+([^.;?!]*?)(?=\s*(?:[.;?!]|$|,?\s*\bbut\b|,?\s*\b(?:and )?(?:keep|only|just|add)\b))`,
  "g",
);
// A clause about models or their makers, not languages: "drop chinese models".
const ABOUT_MODELS = /\b(models?|labs?|vendors?|providers?|compan(?:y|ies)|llms?|apis?|hosts?|weights)\b/;
const GROUP = new RegExp(
  String.raw`\b(${Object.keys(LANGUAGE_GROUPS)
    .sort((a, b) => b.length - a.length)
    .join("|")})\s+(?:languages?|ones)\b`,
  "g",
);

export interface DroppedLanguages {
  /** The thread's languages the change drops (none when it names only languages the thread lacks). */
  codes: string[];
  /** The text with the dropping clauses blanked (same length), for the other readers. */
  kept: string;
}

/** The languages a message drops from the thread's, or null when it drops no language at all. */
export function droppedLanguages(text: string, current: readonly string[] | undefined): DroppedLanguages | null {
  if (!current || current.length === 0) return null;
  const lower = text.toLowerCase();
  const chars = text.split("");
  const codes = new Set<string>();
  let any = false;
  for (const m of lower.matchAll(DROP_CLAUSE)) {
    const clause = foldCase(m[1] ?? "");
    if (ABOUT_MODELS.test(clause)) continue;
    const named = new Set(languagesNamedIn(clause));
    for (const g of clause.matchAll(GROUP)) for (const c of LANGUAGE_GROUPS[g[1] ?? ""] ?? []) named.add(c);
    if (named.size === 0) continue;
    // Languages the thread never had are blanked too: "drop the asian languages" in an English
    // and German thread drops nothing, not every language.
    for (const c of current) if (named.has(c)) codes.add(c);
    any = true;
    for (let i = m.index; i < m.index + m[0].length && i < chars.length; i++) chars[i] = " ";
  }
  return any ? { codes: [...codes], kept: chars.join("") } : null;
}
