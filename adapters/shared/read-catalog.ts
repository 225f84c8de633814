// Reads catalog/*.json from disk and hands the values to the pure loader. Cached per directory:
// the catalogue is read once at start-up and shared by every turn.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Catalog } from "../../src/catalog/catalog.js";
import { CatalogError, parseCatalog } from "../../src/catalog/load.js";
import { PACKAGE_ROOT } from "./package-root.js";

export const DEFAULT_CATALOG_DIR = join(PACKAGE_ROOT, "catalog");

const cache = new Map<string, Catalog>();

export function readCatalog(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const key = resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const licenses = readJson(join(key, "licenses.json"), "catalog/licenses.json");
  const models = readJson(join(key, "models.json"), "catalog/models.json");
  // selfhost.json is written by the cost engine's importer (adapters/tools/import-selfhost.ts).
  const selfhost = readJson(join(key, "selfhost.json"), "catalog/selfhost.json");
  const catalog = parseCatalog({ licenses, models, selfhost });
  cache.set(key, catalog);
  return catalog;
}

/** Forget cached catalogues (tests that rewrite files, or a refresh after an import). */
export function clearCatalogCache(): void {
  cache.clear();
}

function readJson(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : "cannot be read";
    throw new CatalogError([{ file: label, entry: null, field: "", message: `${reason} (${path})` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CatalogError([
      { file: label, entry: null, field: "", message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
}
