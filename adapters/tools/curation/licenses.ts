// The hand-kept licence curation: every record the catalogue holds, in catalogue order. The
// importer (adapters/tools/import-catalog.ts) joins these with the quotes in
// ../shared/data/licenses.json and writes catalog/licenses.json.
import { API_LICENSES } from "./licenses-api.js";
import { CUSTOM_LICENSES } from "./licenses-custom.js";
import { META_LICENSES } from "./licenses-meta.js";
import { PERMISSIVE_LICENSES } from "./licenses-permissive.js";
import { READ_LICENSES } from "./licenses-read.js";
import { XIAOMI_LICENSES } from "./licenses-xiaomi.js";
import type { LicenseCuration } from "./license-types.js";

export type { LicenseCuration } from "./license-types.js";

export const LICENSE_CURATION: readonly LicenseCuration[] = [
  ...PERMISSIVE_LICENSES,
  ...META_LICENSES,
  ...CUSTOM_LICENSES,
  ...API_LICENSES,
  ...READ_LICENSES,
  ...XIAOMI_LICENSES,
];

/**
 * The licence knowledge base gives no per-quote check date. Its quotes were re-checked against
 * pinned snapshots when it was compiled; it was delivered with the self-hosting data dated
 * 2026-11-29, which is the date we record as checkedAt (see catalog/README.md).
 */
export const LICENSE_DATA_CHECKED_AT = "2026-11-29";
