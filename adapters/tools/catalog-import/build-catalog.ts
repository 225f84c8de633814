// Builds the catalogue files from the reference data and the hand-kept curation. Pure given its
// inputs (no clock, no file access), so running it twice gives byte-identical output.
import type { License, Model, Provenance } from "../../../src/catalog/schema.js";
import type { HostOwnerRecord, Lab, ProviderPolicy } from "../../../src/catalog/signals-schema.js";
import { HOST_OWNER_CURATION } from "../curation/host-owners.js";
import { PROVIDER_POLICY_CURATION } from "../curation/provider-policies.js";
import { LICENSE_CURATION, LICENSE_DATA_CHECKED_AT } from "../curation/licenses.js";
import { MODEL_CURATION } from "../curation/models.js";
import type { ModelCuration } from "../curation/models.js";
import { SOURCED_PARAMS } from "../curation/params-sourced.js";
import { aliasSizeConflicts } from "../../../src/catalog/named-sizes.js";
import { buildLicenses } from "./build-licenses.js";
import type { SourceLicenseFamily } from "./build-licenses.js";
import { buildModels } from "./build-models.js";
import type { PriceDisagreement, SourceData } from "./build-models.js";

export interface ImportInputs extends SourceData {
  licenses: readonly SourceLicenseFamily[];
}

export interface CatalogFilesOut {
  licenses: { $schema: string; generatedFrom: string; asOf: string; sources: Provenance[]; licenses: License[] };
  models: {
    $schema: string;
    generatedFrom: string;
    asOf: string;
    sources: Provenance[];
    models: Model[];
    labs: Lab[];
    providerPolicies: ProviderPolicy[];
    hostOwners: HostOwnerRecord[];
  };
}

export interface ImportResult {
  files: CatalogFilesOut;
  priceDisagreements: PriceDisagreement[];
  warnings: string[];
}

/** `curation` defaults to the hand-kept list; a refresh passes it with rows its sources no longer list. */
export function buildCatalogFiles(
  inputs: ImportInputs,
  curation: readonly ModelCuration[] = MODEL_CURATION,
): ImportResult {
  const licenses = buildLicenses(inputs.licenses, LICENSE_CURATION, LICENSE_DATA_CHECKED_AT);
  const built = buildModels(inputs, curation, new Set(licenses.map((l) => l.id)));
  // Sourced facts keyed by model id must name a curated model, or a typo would drop them silently.
  const unknown = Object.keys(SOURCED_PARAMS).filter((id) => !MODEL_CURATION.some((c) => c.id === id));
  if (unknown.length > 0) throw new Error(`params-sourced.ts names unknown models: ${unknown.join(", ")}`);
  // An alias naming another size would show that person this size's count (src/catalog/named-sizes.ts).
  const sizeConflicts = aliasSizeConflicts(built.models);
  if (sizeConflicts.length > 0)
    throw new Error(`aliases name a size other than the entry's count:\n${sizeConflicts.join("\n")}`);
  // On the pinned snapshots an owner record for a host no offering names is a typo (the real host
  // would stay unchecked); in a refresh (a trimmed copy of the curation) a host whose offerings all
  // vanished is news the diff reports, so its owner record is only left out.
  const hosts = new Set(built.models.flatMap((m) => m.offerings.map((o) => o.provider)));
  const hostOwners = HOST_OWNER_CURATION.filter((o) => hosts.has(o.provider));
  const strayOwners = HOST_OWNER_CURATION.filter((o) => !hosts.has(o.provider)).map((o) => o.provider);
  if (curation === MODEL_CURATION && strayOwners.length > 0)
    throw new Error(`host-owners.ts names hosts no offering has: ${strayOwners.join(", ")}`);
  return {
    files: {
      licenses: {
        $schema: "./schema/licenses.schema.json",
        generatedFrom:
          "../shared/data/licenses.json (licence knowledge base) + adapters/tools/curation/licenses*.ts, by npm run catalog:import",
        asOf: LICENSE_DATA_CHECKED_AT,
        sources: [
          {
            label: "LLM licence knowledge base (../shared/data/licenses.json)",
            asOf: LICENSE_DATA_CHECKED_AT,
            note: "Quotes were checked against pinned snapshots of each licence's own source; every clause names its source.",
          },
        ],
        licenses,
      },
      models: {
        $schema: "./schema/models.schema.json",
        generatedFrom: built.generatedFrom,
        asOf: built.asOf,
        sources: built.sources,
        models: built.models,
        labs: built.labs,
        providerPolicies: [...PROVIDER_POLICY_CURATION],
        hostOwners,
      },
    },
    priceDisagreements: built.priceDisagreements,
    warnings: built.warnings,
  };
}

/** Stable 2-space JSON with a trailing newline: the committed form of every catalogue file. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
