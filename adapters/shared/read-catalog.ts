// Reads catalog/*.json from disk and hands the values to the pure loader. Cached per directory
// and version: the catalogue is read once at start-up and shared by every turn.
//
// A refresh (`modelwise catalog refresh`, or the schedule) does not rewrite the committed files: it
// writes all three into one document, refreshed.json, beside them, by write + fsync + rename. One
// rename swaps licences, models and self-host data together, so a reader sees the old catalogue
// or the new one, never one new file with one old. The document names the fingerprint of the
// committed files it was built on; after a release changes those files, an older refresh is
// ignored (the release's catalogue wins until the next refresh builds on it).
//
// Validating the whole catalogue against its schemas is most of a one-shot command's start-up,
// so `npm run build` validates it once and records a fingerprint of the exact file contents
// (dist/catalog-validated.json). When the files on disk still have that fingerprint the schema
// pass is skipped; a file edited since, or a catalogue elsewhere, is validated in full as before.
import { createHash } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Catalog } from "../../src/catalog/catalog.js";
import { CATALOG_FILES, CatalogError, parseCatalog } from "../../src/catalog/load.js";
import { ConfigError, readSettings } from "./config.js";
import { PACKAGE_ROOT } from "./package-root.js";

export const DEFAULT_CATALOG_DIR = join(PACKAGE_ROOT, "catalog");
export const VALIDATED_FINGERPRINT_FILE = join(PACKAGE_ROOT, "dist", "catalog-validated.json");

const FILES = ["licenses", "models", "selfhost"] as const;
/** The refreshed catalogue's one file, in the catalogue folder. */
export const REFRESHED_FILE = "refreshed.json";
/**
 * The sha256 of the refreshed.json text that the refresh validated, so readers (a one-shot `ask`)
 * can skip the schema pass as they do for the committed files. Written after the swap; a stale or
 * missing one only means a full validation.
 */
export const REFRESHED_VALIDATED_FILE = ".refreshed-validated";

/** The catalogue in service and which version it is ("committed:<hash>" or a refresh's id). */
export interface CatalogVersion {
  catalog: Catalog;
  version: string;
  /** When the refresh in service was made; null for the committed catalogue. */
  refreshedAt: string | null;
}

/** What refreshed.json holds: the three catalogue files and what they were built on. */
export interface RefreshedDocument {
  format: 1;
  version: string;
  refreshedAt: string;
  /** Fingerprint of the committed files this refresh was built on (see committedFingerprint). */
  base: string;
  licenses: unknown;
  models: unknown;
  selfhost: unknown;
}

const cache = new Map<string, { stamp: string; day: string; value: CatalogVersion }>();

/**
 * The day the catalogue is read as of: MODELWISE_CATALOG_DAY when set (tests pin it), else today by
 * the clock. Offerings past their end of life on that day are left out (offering-lifecycle.ts).
 */
export function catalogDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const { values, problems } = readSettings(env, ["MODELWISE_CATALOG_DAY"]);
  if (problems.length > 0)
    throw new ConfigError(
      problems.map((p) => `${p.variable} ${p.message}`),
      ["MODELWISE_CATALOG_DAY"],
    );
  return values.MODELWISE_CATALOG_DAY ?? now.toISOString().slice(0, 10);
}

export interface CatalogFileValues {
  values: Record<(typeof FILES)[number], unknown>;
  fingerprint: string;
}

/**
 * Reads and parses each file in turn (the first broken one is reported) and fingerprints them.
 * The fingerprint hashes the bytes as read, "<name>\0<bytes>\0" per file: the same digest as
 * hashing the decoded text for any UTF-8 file, at a third of the cost (hashing the 1.5 MB text
 * joined to its name re-encoded it to UTF-8 first, ~8 ms of a ~45 ms start).
 */
function readFiles(dir: string): CatalogFileValues {
  const hash = createHash("sha256");
  const values = {} as CatalogFileValues["values"];
  for (const name of FILES) {
    const bytes = readBytes(join(dir, `${name}.json`), CATALOG_FILES[name]);
    values[name] = parseJson(bytes.toString("utf8"), CATALOG_FILES[name]);
    hash.update(`${name}\0`).update(bytes).update("\0");
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

/** The catalogue in `dir` as of `today` (default: catalogDay()). */
export function readCatalog(dir: string = DEFAULT_CATALOG_DIR, options: { today?: string } = {}): Catalog {
  return readCatalogVersion(dir, options).catalog;
}

/**
 * Identifies the files on disk without reading them (inode, size, mtime of refreshed.json and of
 * the committed files): a rename makes a new inode, so a poll notices a refresh, or a release's new
 * files, at the cost of a few stats.
 */
export function catalogStamp(dir: string = DEFAULT_CATALOG_DIR): string {
  const key = resolve(dir);
  return [REFRESHED_FILE, ...FILES.map((f) => `${f}.json`)]
    .map((name) => {
      try {
        const s = statSync(join(key, name), { bigint: true });
        return `${s.ino}:${s.size}:${s.mtimeNs}`;
      } catch {
        return "none";
      }
    })
    .join("|");
}

/** The catalogue in service in `dir`: the refreshed one when it was built on these committed files. */
export function readCatalogVersion(
  dir: string = DEFAULT_CATALOG_DIR,
  options: { today?: string } = {},
): CatalogVersion {
  const key = resolve(dir);
  const stamp = catalogStamp(key);
  const today = options.today ?? catalogDay();
  const cached = cache.get(key);
  if (cached && cached.stamp === stamp && cached.day === today) return cached.value;
  const { values, fingerprint } = readFiles(key);
  const refreshed = readRefreshed(key);
  const value: CatalogVersion =
    refreshed && refreshed.base === fingerprint
      ? {
          catalog: parseCatalog(
            { licenses: refreshed.licenses, models: refreshed.models, selfhost: refreshed.selfhost },
            { alreadyValidated: refreshed.sha256 === readTrimmed(join(key, REFRESHED_VALIDATED_FILE)), today },
          ),
          version: refreshed.version,
          refreshedAt: refreshed.refreshedAt,
        }
      : {
          catalog: parseCatalog(values, { alreadyValidated: fingerprint === trustedFingerprint(), today }),
          version: `committed:${fingerprint.slice(0, 12)}`,
          refreshedAt: null,
        };
  cache.set(key, { stamp, day: today, value });
  return value;
}

/** The committed files' values and fingerprint (what a refresh builds on and records). */
export function readCommittedFiles(dir: string = DEFAULT_CATALOG_DIR): CatalogFileValues {
  return readFiles(resolve(dir));
}

/** The refreshed document in `dir`, or null when there is none; CatalogError when it is unreadable. */
export function readRefreshed(dir: string = DEFAULT_CATALOG_DIR): (RefreshedDocument & { sha256: string }) | null {
  const path = join(resolve(dir), REFRESHED_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new CatalogError([{ file: REFRESHED_FILE, entry: null, field: "", message: `cannot be read (${path})` }]);
  }
  const value = parseJson(text, REFRESHED_FILE) as Partial<RefreshedDocument> | null;
  if (!value || value.format !== 1 || typeof value.version !== "string" || typeof value.base !== "string")
    throw new CatalogError([
      { file: REFRESHED_FILE, entry: null, field: "format", message: "not a refreshed catalogue" },
    ]);
  return { ...(value as RefreshedDocument), sha256: refreshedDigest(text) };
}

export function refreshedDigest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function readTrimmed(path: string): string | null {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return null;
  }
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

function readBytes(path: string, label: string): Buffer {
  try {
    return readFileSync(path);
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
