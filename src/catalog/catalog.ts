// The loaded, validated catalogue with its indexes. Built by load.ts from plain JSON values, so
// the core never touches the file system.
import type { License, Model, Provenance } from "./schema.js";
import type { SelfHostData } from "./selfhost-schema.js";
import type { HostOwnerRecord, Lab, ProviderPolicy } from "./signals-schema.js";
import type { RetiredOffering } from "./offering-lifecycle.js";

export interface Catalog {
  licenses: License[];
  models: Model[];
  selfhost: SelfHostData;
  licenseById: ReadonlyMap<string, License>;
  modelById: ReadonlyMap<string, Model>;
  /** Date of the newest data in the catalogue, shown in "sources". */
  asOf: string;
  /** Upstream snapshots the catalogue files were generated from (models.dev, LiteLLM, licence
   *  and self-hosting data), for the "sources" answer. */
  provenance?: Provenance[];
  /** Labs with their country of origin, keyed by the name models use in `model.lab`
   *  (read them through src/catalog/labs.ts). Absent in hand-made test catalogues. */
  labByName?: ReadonlyMap<string, Lab>;
  /** API providers' data terms and batch discounts, keyed by offering provider id
   *  (read them through src/catalog/provider-policies.ts). */
  providerPolicyById?: ReadonlyMap<string, ProviderPolicy>;
  /** Who owns each API host, keyed by offering provider id (read through src/catalog/host-owners.ts). */
  hostOwnerById?: ReadonlyMap<string, HostOwnerRecord>;
  /** Offerings past their host's or lab's end of life when the catalogue was loaded, by model id:
   *  no longer in `model.offerings`, kept so answers can say who retired them and since when. */
  retiredOfferings?: ReadonlyMap<string, readonly RetiredOffering[]>;
}
