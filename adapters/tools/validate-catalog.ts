// Part of `npm run build`: validates catalog/ against its schemas and records the files'
// fingerprint in dist/, so the built app can skip the schema pass while they stay the same.
import { CatalogError } from "../../src/catalog/load.js";
import { recordValidatedCatalog } from "../shared/read-catalog.js";

try {
  recordValidatedCatalog();
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  process.stderr.write(`the catalogue is invalid:\n${error.message}\n`);
  process.exitCode = 1;
}
