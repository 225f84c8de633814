// Whose data terms apply to a model on a host. A host that serves its own lab's models, or open
// weights (it runs its own copy), processes the data itself. A closed model of another lab is the
// case to settle: Azure sells OpenAI's models itself but Claude with Anthropic as the processor
// (Microsoft's own pages), so a BAA question about Claude on Azure is answered by Anthropic's terms.
// Where no source names the processor it is not on record, and answers say so.
import type { Catalog } from "./catalog.js";
import { hostOwner } from "./host-owners.js";
import { labIdOf } from "./labs.js";
import { namedProcessor, type ProcessorRecord } from "./provider-policies.js";
import type { Model } from "./schema.js";

export interface DataProcessor {
  /** The provider id whose terms apply; null when no source names it. */
  provider: string | null;
  /** The record that names it, when a host's record does (cited in answers). */
  record: ProcessorRecord | null;
}

export function dataProcessor(catalog: Catalog, model: Model, provider: string): DataProcessor {
  const lab = labIdOf(model.lab, catalog);
  const named = namedProcessor(catalog, provider, lab);
  if (named) return { provider: named.processor, record: named };
  const ownLab = hostOwner(catalog, provider)?.lab === lab;
  const firstParty = model.offerings.some((o) => o.provider === provider && o.firstParty);
  if (ownLab || firstParty || model.openWeights) return { provider, record: null };
  return { provider: null, record: null };
}

/**
 * The provider whose terms the filters read for a model on a host: the named processor, else the
 * host's own (whether or not the host is on record as processing it: dataProcessor's null falls
 * back to the host too). So only the named record is read: the data-control score asks this per
 * candidate and pass, and building dataProcessor's answer (the host's owner record, a walk of the
 * offerings) for it was a tenth of a recommendation's time at 100× today's catalogue.
 */
export function termsProvider(catalog: Catalog, model: Model, provider: string): string {
  return namedProcessor(catalog, provider, labIdOf(model.lab, catalog))?.processor ?? provider;
}
