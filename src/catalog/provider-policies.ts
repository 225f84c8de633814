// Providers' data terms (retention, zero data retention, training on customer data, EU residency,
// BAA) and batch discounts, each with its source. Read by the data-control score and the EU,
// regulated-data and batch filters.
import type { Catalog } from "./catalog.js";
import type { Offering } from "./schema.js";
import type { ProviderPolicy } from "./signals-schema.js";

export type { ProviderPolicy } from "./signals-schema.js";

/** The policy record of an offering provider id ("openai", "azure", "amazon-bedrock", ...). */
export function providerPolicy(catalog: Catalog, provider: string): ProviderPolicy | undefined {
  return catalog.providerPolicyById?.get(provider);
}

/** Batch-API discount in percent for the offering's provider, or null when none is sourced. */
export function batchDiscountPct(catalog: Catalog, offering: Pick<Offering, "provider">): number | null {
  return providerPolicy(catalog, offering.provider)?.batchDiscountPct?.value ?? null;
}

/** Whether the provider offers a HIPAA BAA ("yes" / "on-request"), does not, or we do not know. */
export function baaAvailability(catalog: Catalog, provider: string): "yes" | "no" | "on-request" | "unknown" {
  return providerPolicy(catalog, provider)?.baa?.value ?? "unknown";
}

/** Whether the provider can keep processing in the EU, per its own terms. */
export function euDataResidency(catalog: Catalog, provider: string): "yes" | "no" | "on-request" | "unknown" {
  return providerPolicy(catalog, provider)?.euDataResidency?.value ?? "unknown";
}

export type ProcessorRecord = NonNullable<ProviderPolicy["processors"]>[number];

/**
 * Who processes a model's data on a host, when a source says: the record naming the provider whose
 * terms apply (the host itself, or the lab's company for a model the host resells). Null when the
 * host's record names none for the model's lab (`labId`): who processes it there is not on record.
 */
export function namedProcessor(catalog: Catalog, provider: string, labId: string): ProcessorRecord | null {
  const records = providerPolicy(catalog, provider)?.processors;
  if (!records) return null;
  // The lab's own record first, else the host's record for every lab ("*"). A loop, not two finds
  // with closures: the data-control score asks per candidate and pass (termsProvider).
  let any: ProcessorRecord | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as ProcessorRecord;
    if (r.lab === labId) return r;
    if (any === null && r.lab === "*") any = r;
  }
  return any;
}
