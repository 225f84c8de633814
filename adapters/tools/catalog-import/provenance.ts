// Provenance of a model's release date and context window. A lab's own text (facts-primary.ts)
// wins; otherwise the value from the price/spec lists is kept but marked for what it is (a date
// that merely repeats the snapshot date in the model's id is left out, its source saying so), a context window read from
// one host's row is that host's serving cap, and neither list is the lab's own word (secondary).
import type { ModelFactSource } from "../../../src/catalog/schema.js";
import type { PrimaryFact } from "../curation/facts-primary.js";
import { sameContext } from "../curation/facts-primary.js";

/** Where the spec row of a model came from (see specs.ts). */
export interface SpecOrigin {
  kind: "base" | "lab" | "host" | "none";
  /** "models.dev base model meta/llama-3.3-70b-instruct", "LiteLLM key groq/llama-3.1-8b-instant". */
  label: string;
  url: string;
  asOf: string;
}

function primary<T>(fact: PrimaryFact<T>): ModelFactSource {
  return { label: fact.label, sourceUrl: fact.url, sourceKind: "primary", asOf: fact.asOf, verified: true };
}

function secondary<T>(fact: PrimaryFact<T>): ModelFactSource {
  return { label: fact.label, sourceUrl: fact.url, sourceKind: "secondary", asOf: fact.asOf, verified: false };
}

export function releaseDateFact(
  curated: PrimaryFact<string> | undefined,
  listed: string | null,
  origin: SpecOrigin,
  ids: readonly string[],
  reported?: PrimaryFact<string>,
): { date: string | null; source: ModelFactSource | null } {
  if (curated) return { date: curated.value, source: primary(curated) };
  // A dated report of the announcement beats a list date that is wrong or only the id's snapshot.
  if (reported) return { date: reported.value, source: secondary(reported) };
  if (listed === null) return { date: null, source: null };
  const derived = ids.some((id) => idCarriesDate(id, listed));
  // A date that only repeats the model id's snapshot stamp is not a release date (a later snapshot
  // of an older model carries a later date): it is left out, and the source says why.
  if (derived)
    return {
      date: null,
      source: {
        label: `not on file: the only date, ${listed}, is the snapshot date in the model id (via ${origin.label})`,
        sourceUrl: origin.url,
        sourceKind: "secondary",
        asOf: origin.asOf,
        verified: false,
        derived: "model-id",
      },
    };
  return {
    date: listed,
    source: { label: origin.label, sourceUrl: origin.url, sourceKind: "secondary", asOf: origin.asOf, verified: false },
  };
}

export function contextWindowFact(
  card: PrimaryFact<number> | undefined,
  listed: number | null,
  origin: SpecOrigin,
  reported?: PrimaryFact<number>,
): { tokens: number | null; source: ModelFactSource | null } {
  if (card) return { tokens: card.value, source: primary(card) };
  // The card's figure as a third party quotes it beats one host's serving cap.
  if (reported) return { tokens: reported.value, source: secondary(reported) };
  if (listed === null) return { tokens: null, source: null };
  return {
    tokens: listed,
    source: {
      label: origin.kind === "host" ? `${origin.label} (that host's serving limit)` : origin.label,
      sourceUrl: origin.url,
      sourceKind: "secondary",
      asOf: origin.asOf,
      verified: false,
      ...(origin.kind === "host" ? { derived: "host-cap" as const } : {}),
    },
  };
}

/** True when a listed context differs from the model card's (kept for the audit). */
export function differsFromCard(listed: number | null, card: PrimaryFact<number> | undefined): boolean {
  return listed !== null && card !== undefined && !sameContext(listed, card.value);
}

/**
 * Does this id carry the date as a snapshot stamp? "claude-opus-4-5-20251101" carries 2025-11-01,
 * "kimi-k2-0905-preview" carries (20xx-)09-05, "mistral-large-2411" carries 2024-11.
 */
export function idCarriesDate(id: string, date: string): boolean {
  const [year, month, day] = date.split("-");
  if (!year || !month) return false;
  for (const run of id.match(/\d{4,8}/g) ?? []) {
    if (run.length === 8 && day && run === `${year}${month}${day}`) return true;
    if (run.length !== 4) continue;
    // YYMM, e.g. 2411 = 2024-11 (years 2023-2029 only, so 0905 is not read as 2009).
    if (run.startsWith(year.slice(2)) && run.slice(2) === month && Number(run.slice(0, 2)) >= 23) return true;
    // MMDD, e.g. 0905 = September 5.
    if (day && run === `${month}${day}`) return true;
  }
  return /\d{4}-\d{2}-\d{2}/.test(id) && day !== undefined && id.includes(date);
}
