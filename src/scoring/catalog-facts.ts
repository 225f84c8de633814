// The one place scoring reads the catalogue facts the hard filters need (lab and country of
// origin, own-cloud availability, BAA, EU residency, batch discounts), through the catalogue's own
// accessors (src/catalog/labs.ts, clouds.ts, provider-policies.ts). Each returns "unknown" when
// no source settles the fact, and the filters treat unknown honestly: a stated requirement is
// never passed on an unknown fact, and the exclusion reason says so.
import type { Catalog } from "../catalog/catalog.js";
import { CLOUD_HOSTS, CLOUD_KEYS, cloudOfHost } from "../catalog/cloud-hosts.js";
import { cloudAvailability, type CloudId } from "../catalog/clouds.js";
import { isFromLab, labCountry } from "../catalog/labs.js";
import { baaAvailability, batchDiscountPct, euDataResidency, providerPolicy } from "../catalog/provider-policies.js";
import type { Model, Offering } from "../catalog/schema.js";
import type { CloudProvider } from "./requirements.js";

export type Tri = "yes" | "no" | "unknown";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const GENERIC_LAB_WORDS = new Set(["ai", "labs", "lab", "inc", "the"]);

const labIdCache = new WeakMap<Model, Set<string>>();

/**
 * The ids a lab may be named by in requirements ("meta", "alibaba", "qwen", "mistral", "mistral-ai"):
 * the catalogue's lab id when it has one, the slug of the lab's name, and its distinctive words.
 */
export function labIdsOf(model: Model): Set<string> {
  let ids = labIdCache.get(model);
  if (ids) return ids;
  ids = new Set<string>();
  const full = slug(model.lab);
  ids.add(full);
  ids.add(full.replace(/-/g, ""));
  for (const word of full.split("-")) if (word.length > 1 && !GENERIC_LAB_WORDS.has(word)) ids.add(word);
  labIdCache.set(model, ids);
  return ids;
}

export function labMatches(catalog: Catalog, model: Model, labIds: readonly string[]): boolean {
  if (isFromLab(catalog, model, labIds)) return true;
  const ids = labIdsOf(model);
  return labIds.some((l) => ids.has(slug(l)) || ids.has(slug(l).replace(/-/g, "")));
}

/** ISO 3166-1 alpha-2 code of the lab's home country, or "unknown". */
export function labCountryOf(catalog: Catalog, model: Model): string | "unknown" {
  return labCountry(catalog, model) ?? "unknown";
}

/** Total and active parameters in billions, or "unknown". */
export function paramsOf(model: Model): { totalB: number; activeB: number | null } | "unknown" {
  return model.parameters ? { totalB: model.parameters.totalB, activeB: model.parameters.activeB } : "unknown";
}

export const CLOUD_NAMES: Record<CloudProvider, string> = {
  azure: "Azure (Azure OpenAI / AI Foundry)",
  aws: "AWS Bedrock",
  gcp: "Google Vertex AI",
};

export function isCloudOffering(o: Pick<Offering, "provider">, cloud: CloudProvider): boolean {
  return cloudOfHost(o.provider) === cloud;
}

/** The catalogue's id for each cloud in the requirements' terms. */
export const CLOUD_IDS = Object.fromEntries(CLOUD_KEYS.map((k) => [k, CLOUD_HOSTS[k].cloudId])) as Record<
  CloudProvider,
  CloudId
>;

/** Sourced records that the model runs inside this cloud (beyond priced offerings). */
export function cloudRecords(model: Model, cloud: CloudProvider) {
  return cloudAvailability(model, CLOUD_IDS[cloud]);
}

/** Which cloud an offering's provider belongs to, if any. */
export function cloudOf(o: Pick<Offering, "provider">): CloudProvider | null {
  return cloudOfHost(o.provider);
}

const tri = (v: "yes" | "no" | "on-request" | "unknown"): Tri => (v === "on-request" ? "yes" : v);

/** Does this offering's provider sign a HIPAA BAA ("on request" counts as yes)? */
export function offeringBaa(catalog: Catalog, o: Pick<Offering, "provider">): Tri {
  return tri(baaAvailability(catalog, o.provider));
}

/** Can this offering keep processing in the EU: the provider's terms, or a sourced EU region in its cloud? */
export function offeringEuHosting(catalog: Catalog, model: Model, o: Pick<Offering, "provider">): Tri {
  const cloud = cloudOf(o);
  // A multi-region cloud's terms say it has EU regions, not that this model runs in one: there
  // only a sourced record of the model in an EU region (or EU inference profile) counts.
  if (cloud) return cloudRecords(model, cloud).some((r) => r.euProcessing) ? "yes" : "unknown";
  return tri(euDataResidency(catalog, o.provider));
}

/** Share off list price through the provider's batch API (0 = none offered), or "unknown". */
export function offeringBatchDiscount(catalog: Catalog, o: Offering): number | "unknown" {
  const pct = batchDiscountPct(catalog, o);
  return pct === null ? "unknown" : pct / 100;
}

/**
 * Can this host take regulated data (patient, financial, personal records), by its own sourced
 * terms? It must not train on API data, and must either offer zero data retention or sign a
 * HIPAA BAA: what a compliance review asks of any processor. "no" when its terms say it trains
 * on API data (or, for the default, lets you only opt out); "unknown" when the catalogue does not
 * hold the terms that settle it, which a stated requirement never passes.
 */
export function offeringFitsRegulatedData(catalog: Catalog, o: Pick<Offering, "provider">): Tri {
  const policy = providerPolicy(catalog, o.provider);
  const trains = policy?.trainsOnCustomerData?.value;
  if (trains === "yes" || trains === "opt-out") return "no";
  const zdr = tri(policy?.zeroDataRetention?.value ?? "unknown");
  const baa = tri(policy?.baa?.value ?? "unknown");
  if (trains === "no" && (zdr === "yes" || baa === "yes")) return "yes";
  if (trains === "no" && zdr === "no" && baa === "no") return "no";
  return "unknown";
}

/**
 * Does this offering's provider neither train on API data nor keep it? Yes when its terms rule
 * out training and offer zero data retention ("on request" counts as yes, as for a BAA) or keep
 * nothing by default; no when it trains on the data or offers no zero retention.
 */
export function offeringKeepsNothing(catalog: Catalog, o: Pick<Offering, "provider">): Tri {
  const policy = providerPolicy(catalog, o.provider);
  const trains = policy?.trainsOnCustomerData?.value;
  if (trains === "yes" || trains === "opt-out") return "no";
  const zdr = tri(policy?.zeroDataRetention?.value ?? "unknown");
  if (zdr === "no") return "no";
  if (trains === "no" && (zdr === "yes" || policy?.retentionDays?.value === 0)) return "yes";
  return "unknown";
}

/**
 * Does this offering's provider rule out training on API data by its own terms? Opt-out counts
 * as no: the team's data is trained on unless someone opts out, which the rule does not assume.
 */
export function offeringTrainsNot(catalog: Catalog, o: Pick<Offering, "provider">): Tri {
  const trains = providerPolicy(catalog, o.provider)?.trainsOnCustomerData?.value;
  if (trains === "no") return "yes";
  if (trains === "yes" || trains === "opt-out") return "no";
  return "unknown";
}

/** Why a host fails the no-training-no-retention rule, from its own terms (or that they are unknown). */
export function keepsDataReason(catalog: Catalog, o: Pick<Offering, "provider">): string {
  const policy = providerPolicy(catalog, o.provider);
  const trains = policy?.trainsOnCustomerData?.value;
  if (trains === "yes") return "trains on API data";
  if (trains === "opt-out") return "trains on API data by default (opt-out)";
  const days = policy?.retentionDays?.value;
  if (policy?.zeroDataRetention?.value === "no")
    return days ? `retains data for ${days} days with no zero-retention option` : "offers no zero data retention";
  if (trains === undefined || trains === "unknown") return "has no terms on training with your data in the catalogue";
  return "has no terms on retention in the catalogue";
}
