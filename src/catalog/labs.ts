// Who made a model and where that lab is from, for filters like "no models from Chinese labs".
import type { Catalog } from "./catalog.js";
import type { Model } from "./schema.js";
import type { Lab } from "./signals-schema.js";

export type { Lab } from "./signals-schema.js";

/** The lab record of a model, or undefined when the catalogue has no labs table or no such lab. */
export function labOf(catalog: Catalog, model: Model): Lab | undefined {
  return catalog.labByName?.get(model.lab);
}

/** ISO 3166-1 alpha-2 country of the model's lab, or null when no source settles it. */
export function labCountry(catalog: Catalog, model: Model): string | null {
  return labOf(catalog, model)?.country ?? null;
}

/**
 * Why a lab has no country although a source was read: the source itself says it is no single
 * country's (BigScience, an international workshop). Null when the country is known or unsourced.
 */
export function noSingleCountry(catalog: Catalog, model: Model): string | null {
  const lab = labOf(catalog, model);
  return lab && lab.country === null && lab.sourceUrl !== null && lab.note ? lab.note : null;
}

/**
 * Whether the model comes from a lab in one of the given countries (ISO alpha-2, any case).
 * "unknown" when the lab's country is not sourced: a hard filter should say so, not guess.
 */
export function isFromCountry(catalog: Catalog, model: Model, countries: readonly string[]): boolean | "unknown" {
  const country = labCountry(catalog, model);
  if (country === null) return "unknown";
  return countries.some((c) => c.toUpperCase() === country);
}

/** Whether the model comes from one of the named labs (by lab id or display name, any case). */
export function isFromLab(catalog: Catalog, model: Model, labs: readonly string[]): boolean {
  const lab = labOf(catalog, model);
  const names = new Set([model.lab.toLowerCase(), ...(lab ? [lab.id, lab.name.toLowerCase()] : [])]);
  return labs.some((l) => names.has(l.toLowerCase()));
}

/**
 * The lab id of a catalogue lab name: the catalogue's own when it has a labs table, else the name
 * as the catalogue writes its ids ("Alibaba (Qwen)" -> "alibaba-qwen").
 */
export function labIdOf(catalogLab: string, catalog?: Catalog): string {
  return (
    catalog?.labByName?.get(catalogLab)?.id ??
    catalogLab
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
  );
}
