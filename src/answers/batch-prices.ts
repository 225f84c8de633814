// Prices and costs at the providers' batch-API rates ("and with batch api?"): each offering whose
// provider has a sourced batch discount is priced at it; the others keep their usual price, and
// the answer names them, so a missing discount is never passed off as one.
import type { Catalog } from "../catalog/catalog.js";
import { providerPolicy } from "../catalog/provider-policies.js";
import type { Model, Offering } from "../catalog/schema.js";
import { withBatchPrice } from "../scoring/hosting.js";

/** The model as sold through batch APIs: the offerings with a sourced discount at the batch price. */
export function atBatchPrices(model: Model, catalog: Catalog): Model {
  return { ...model, offerings: model.offerings.map((o) => withBatchPrice(catalog, o)) };
}

/**
 * What the batch rates rest on, for the offerings an answer shows (priced by atBatchPrices):
 * each discount with its source, and the providers with none on file.
 */
export function batchNote(shown: readonly Pick<Offering, "provider" | "providerName">[], catalog: Catalog): string {
  const discounted: string[] = [];
  const none: string[] = [];
  for (const provider of new Set(shown.map((o) => o.provider))) {
    const policy = providerPolicy(catalog, provider);
    const fact = policy?.batchDiscountPct;
    const name = policy?.name ?? shown.find((o) => o.provider === provider)!.providerName;
    if (fact && fact.value > 0)
      discounted.push(
        `${name} −${fact.value}% (${fact.sourceKind === "primary" ? "per" : "a secondary source, unverified:"} ${fact.sourceUrl}, ${fact.asOf})`,
      );
    else none.push(name);
  }
  const parts: string[] = [];
  if (discounted.length > 0)
    parts.push(
      `Batch API (requests sent as a batch and answered later, not while someone waits): ${discounted.join("; ")} off the usual price.`,
    );
  if (none.length > 0)
    parts.push(
      `No batch discount is on file for ${none.join(", ")}: ${none.length === 1 ? "its" : "their"} usual price is shown.`,
    );
  return parts.join(" ");
}
