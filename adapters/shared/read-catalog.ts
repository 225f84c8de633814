// Reads catalog/*.json from disk and hands the values to the pure loader. Cached per directory:
// the catalogue is read once at start-up and shared by every turn.
//
// Validating the whole catalogue against its schemas is most of a one-shot command's start-up,
// so `npm run build` validates it once and records a fingerprint of the exact file contents
// (dist/catalog-validated.json). When the files on disk still have that fingerprint the schema
// pass is skipped; a file edited since, or a catalogue elsewhere, is validated in full as before.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Catalog } from "../../src/catalog/catalog.js";
import { CATALOG_FILES, CatalogError, parseCatalog } from "../../src/catalog/load.js";
import { PACKAGE_ROOT } from "./package-root.js";

export const DEFAULT_CATALOG_DIR = join(PACKAGE_ROOT, "catalog");
export const VALIDATED_FINGERPRINT_FILE = join(PACKAGE_ROOT, "dist", "catalog-validated.json");

const FILES = ["licenses", "models", "selfhost"] as const;
const cache = new Map<string, Catalog>();

interface CatalogFileValues {
  values: Record<(typeof FILES)[number], unknown>;
  fingerprint: string;
}

/** Reads and parses each file in turn (the first broken one is reported) and fingerprints them. */
function readFiles(dir: string): CatalogFileValues {
  const hash = createHash("sha256");
  const values = {} as CatalogFileValues["values"];
  for (const name of FILES) {
    const text = readText(join(dir, `${name}.json`), CATALOG_FILES[name]);
    values[name] = parseJson(text, CATALOG_FILES[name]);
    hash.update(`${name}\0${text}\0`);
  }
  return { values, fingerprint: hash.digest("hex") };
}

function trustedFingerprint(): string | null {
  try {
    const recorded = JSON.parse(readFileSync(VALIDATED_FINGERPRINT_FILE, "utf8")) as { sha256?: unknown };
    return typeof recorded.sha256 === "string" ? recorded.sha256 : null;
  } catch {
    return null;
  }
}

export function readCatalog(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const key = resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const { values, fingerprint } = readFiles(key);
  const catalog = parseCatalog(values, { alreadyValidated: fingerprint === trustedFingerprint() });
  cache.set(key, catalog);
  return catalog;
}

/**
 * Validates the catalogue in `dir` in full and records its fingerprint, so later starts can skip
 * the schema pass while the files stay the same (run by `npm run build`). Throws CatalogError.
 */
export function recordValidatedCatalog(dir: string = DEFAULT_CATALOG_DIR): string {
  const { values, fingerprint } = readFiles(resolve(dir));
  parseCatalog(values);
  writeFileSync(VALIDATED_FINGERPRINT_FILE, `${JSON.stringify({ sha256: fingerprint })}\n`);
  return fingerprint;
}

/** Forget cached catalogues (tests that rewrite files, or a refresh after an import). */
export function clearCatalogCache(): void {
  cache.clear();
}

function readText(path: string, label: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : "cannot be read";
    throw new CatalogError([{ file: label, entry: null, field: "", message: `${reason} (${path})` }]);
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CatalogError([
      { file: label, entry: null, field: "", message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
}
