// Who owns an API host and in which country, for rules like "no US-owned cloud providers": a lab's
// own API or cloud takes its lab's record (company, country, source), an independent host its own
// legal pages'. Null country: no source settles it, and a rule on owners says "not checked".
import type { Catalog } from "./catalog.js";
import type { Lab } from "./signals-schema.js";

export interface HostOwner {
  /** The owning company as its record names it ("Microsoft", "Deep Infra, Inc."). */
  company: string;
  /** ISO 3166-1 alpha-2, or null when no source gives it. */
  country: string | null;
  /** Where the country was read; null when nothing was. */
  source: { url: string; kind: "primary" | "secondary"; asOf: string } | null;
  /** The lab whose record the owner comes from, when the host is a lab's own API or cloud. */
  lab?: string;
}

const labsById = new WeakMap<Catalog, Map<string, Lab>>();

function labById(catalog: Catalog, id: string): Lab | undefined {
  let byId = labsById.get(catalog);
  if (!byId) {
    byId = new Map([...(catalog.labByName?.values() ?? [])].map((lab) => [lab.id, lab]));
    labsById.set(catalog, byId);
  }
  return byId.get(id);
}

/** The owner of a host (offering provider id), or null when the catalogue holds none. */
export function hostOwner(catalog: Catalog, provider: string): HostOwner | null {
  const record = catalog.hostOwnerById?.get(provider);
  if (!record) return null;
  if ("lab" in record) {
    const lab = labById(catalog, record.lab);
    if (!lab) return null;
    const source =
      lab.sourceUrl && lab.sourceKind && lab.asOf ? { url: lab.sourceUrl, kind: lab.sourceKind, asOf: lab.asOf } : null;
    return { company: lab.name, country: lab.country, source, lab: lab.id };
  }
  return {
    company: record.value.company,
    country: record.value.country,
    source: { url: record.sourceUrl, kind: record.sourceKind, asOf: record.asOf },
  };
}
