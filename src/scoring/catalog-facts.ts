// The one place scoring reads catalogue facts that the hard filters need and that the catalogue
// may not hold yet (lab country, own-cloud availability, BAA, EU hosting, batch discounts). Each
// accessor returns "unknown" when the data is missing, and the filters treat unknown honestly: a
// stated requirement is never passed on an unknown fact, and the exclusion reason says so.
// When the catalogue gains a field, only the accessor here changes.
import type { Model, Offering } from "../catalog/schema.js";
import type { CloudProvider } from "./requirements.js";

export type Tri = "yes" | "no" | "unknown";

/** Optional fields the catalogue may carry (read defensively, so older files keep working). */
interface ModelExtras {
  labCountry?: string | null;
  labId?: string | null;
}
interface OfferingExtras {
  /** Share off list price through the provider's batch API (0.5 = half price); null = none. */
  batchDiscount?: number | null;
  baa?: boolean | null;
  euHosting?: boolean | null;
  regions?: string[] | null;
}

const extras = (m: Model): ModelExtras => m as unknown as ModelExtras;
const offeringExtras = (o: Offering): OfferingExtras => o as unknown as OfferingExtras;

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
  const own = extras(model).labId;
  if (own) ids.add(slug(own));
  const full = slug(model.lab);
  ids.add(full);
  ids.add(full.replace(/-/g, ""));
  for (const word of full.split("-")) if (word.length > 1 && !GENERIC_LAB_WORDS.has(word)) ids.add(word);
  labIdCache.set(model, ids);
  return ids;
}

export function labMatches(model: Model, labIds: readonly string[]): boolean {
  const ids = labIdsOf(model);
  return labIds.some((l) => ids.has(slug(l)) || ids.has(slug(l).replace(/-/g, "")));
}

/** ISO 3166-1 alpha-2 code of the lab's home country, or "unknown". */
export function labCountryOf(model: Model): string | "unknown" {
  const c = extras(model).labCountry;
  return typeof c === "string" && c.length === 2 ? c.toUpperCase() : "unknown";
}

/** Total and active parameters in billions, or "unknown". */
export function paramsOf(model: Model): { totalB: number; activeB: number | null } | "unknown" {
  return model.parameters ? { totalB: model.parameters.totalB, activeB: model.parameters.activeB } : "unknown";
}

/** Catalogue provider ids of each cloud's first-party model marketplace. */
const CLOUD_PROVIDER_IDS: Record<CloudProvider, RegExp> = {
  azure: /^azure($|-)/,
  aws: /^amazon-bedrock($|-)/,
  gcp: /^google-vertex($|-)/,
};

export const CLOUD_NAMES: Record<CloudProvider, string> = {
  azure: "Azure (Azure OpenAI / AI Foundry)",
  aws: "AWS Bedrock",
  gcp: "Google Vertex AI",
};

export function isCloudOffering(o: Offering, cloud: CloudProvider): boolean {
  return CLOUD_PROVIDER_IDS[cloud].test(o.provider);
}

/** Does this offering's provider sign a HIPAA BAA for it? From the catalogue when it says. */
export function offeringBaa(o: Offering): Tri {
  const b = offeringExtras(o).baa;
  return b === true ? "yes" : b === false ? "no" : "unknown";
}

/** Is this offering processed and stored in the EU? From the catalogue when it says. */
export function offeringEuHosting(o: Offering): Tri {
  const e = offeringExtras(o);
  if (e.euHosting === true) return "yes";
  if (e.euHosting === false) return "no";
  if (Array.isArray(e.regions) && e.regions.length > 0)
    return e.regions.some((r) => /^eu|europe|^(de|fr|nl|se|ie|it|es|pl|fi|at|be)\b/i.test(r)) ? "yes" : "no";
  return "unknown";
}

/** Share off list price through the provider's batch API (0 = none offered), or "unknown". */
export function offeringBatchDiscount(o: Offering): number | "unknown" {
  const d = offeringExtras(o).batchDiscount;
  if (d === null) return 0;
  return typeof d === "number" && d >= 0 && d < 1 ? d : "unknown";
}
