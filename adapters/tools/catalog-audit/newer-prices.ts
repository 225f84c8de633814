// Tells, for a price older than 90 days, whether a newer dated price list on file lists the same
// offering. A stale price with nothing newer on file is the best we hold (shown "not re-verified");
// one with a newer list on file means the catalogue was not refreshed from what we have, which
// `modelwise catalog refresh --from …` fixes. An offering is matched only in the list it came from
// (same provider and model id): another aggregator's row is no newer evidence for it, and the two
// lists name offerings differently.
import type { LiteLlmFile, ModelsDevFile } from "../catalog-import/source-types.js";
import type { Offering } from "../../../src/catalog/schema.js";

export interface NewerListing {
  /** "models.dev" or "litellm", as offerings name their source. */
  list: string;
  asOf: string;
  inputPerMTok: number | null;
  outputPerMTok: number | null;
}

/** The newer listing of the offering, or null when no list on file is newer than its price. */
export type NewerPriceLookup = (
  offering: Pick<Offering, "source" | "provider" | "providerModelId" | "asOf">,
) => NewerListing | null;

export interface PriceLists {
  modelsDev?: ModelsDevFile;
  litellm?: LiteLlmFile;
}

const key = (provider: string, modelId: string) => `${provider}\u0000${modelId}`;

export function newerPriceLookup(lists: PriceLists): NewerPriceLookup {
  const byList = new Map<string, { asOf: string; rows: Map<string, NewerListing> }>();
  if (lists.modelsDev) {
    const asOf = lists.modelsDev.commit_date.slice(0, 10);
    const rows = new Map<string, NewerListing>();
    for (const r of lists.modelsDev.models)
      rows.set(key(r.provider, r.model_id), {
        list: "models.dev",
        asOf,
        inputPerMTok: r.cost_input_per_mtok,
        outputPerMTok: r.cost_output_per_mtok,
      });
    byList.set("models.dev", { asOf, rows });
  }
  if (lists.litellm) {
    const asOf = lists.litellm.obtained_via.upstream_fetched_at.slice(0, 10);
    const rows = new Map<string, NewerListing>();
    // LiteLLM offerings keep the price map's key as their model id; the provider is ours, so match on the key.
    for (const r of lists.litellm.models)
      rows.set(key("", r.key), {
        list: "litellm",
        asOf,
        inputPerMTok: r.input_per_mtok,
        outputPerMTok: r.output_per_mtok,
      });
    byList.set("litellm", { asOf, rows });
  }
  return (offering) => {
    const list = byList.get(offering.source);
    if (!list || list.asOf <= offering.asOf) return null;
    const provider = offering.source === "litellm" ? "" : offering.provider;
    return list.rows.get(key(provider, offering.providerModelId)) ?? null;
  };
}
