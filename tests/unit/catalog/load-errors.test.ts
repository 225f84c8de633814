// A broken catalogue fails loudly, naming the file, the entry and the field to fix.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearCatalogCache, DEFAULT_CATALOG_DIR, readCatalog } from "../../../adapters/shared/read-catalog.js";
import { CatalogError, parseCatalog } from "../../../src/catalog/load.js";

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DEFAULT_CATALOG_DIR, name), "utf8")) as Record<string, unknown>;
type Entry = Record<string, unknown> & { id: string };

function files() {
  return { licenses: read("licenses.json"), models: read("models.json"), selfhost: read("selfhost.json") };
}
function entry(file: Record<string, unknown>, key: string, id: string): Entry {
  const found = (file[key] as Entry[]).find((e) => e.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
function errorOf(run: () => unknown): CatalogError {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error("expected a CatalogError");
}

describe("parseCatalog errors", () => {
  it("names file, entry id and field path for a bad value", () => {
    const f = files();
    const offerings = entry(f.models, "models", "gpt-4o")["offerings"] as Record<string, unknown>[];
    offerings[0]!["asOf"] = "last week";
    const error = errorOf(() => parseCatalog(f));
    expect(error.message).toMatch(/^catalog\/models\.json: model "gpt-4o": offerings\[0\]\.asOf: expected a date/);
    expect(error.issues[0]).toMatchObject({
      file: "catalog/models.json",
      entry: 'model "gpt-4o"',
      field: "offerings[0].asOf",
    });
  });

  it("names the licence file and entry for a bad licence term", () => {
    const f = files();
    (entry(f.licenses, "licenses", "llama-3.1")["terms"] as Record<string, unknown>)["commercialUse"] = "maybe";
    expect(errorOf(() => parseCatalog(f)).message).toMatch(
      /^catalog\/licenses\.json: license "llama-3\.1": terms\.commercialUse: /,
    );
  });

  it("rejects a model whose licence does not exist", () => {
    const f = files();
    entry(f.models, "models", "mistral-7b")["licenseId"] = "no-such-licence";
    expect(errorOf(() => parseCatalog(f)).message).toContain(
      'catalog/models.json: model "mistral-7b": licenseId: no licence "no-such-licence"',
    );
  });

  it("rejects duplicate ids", () => {
    const f = files();
    const models = f.models["models"] as Entry[];
    models.push({ ...models[0]! });
    expect(errorOf(() => parseCatalog(f)).message).toContain(`model "${models[0]!.id}": id: duplicate id`);
  });

  it("rejects a verified licence without a quoted clause", () => {
    const f = files();
    entry(f.licenses, "licenses", "bert")["clauses"] = [];
    expect(errorOf(() => parseCatalog(f)).message).toContain(
      'license "bert": clauses: a verified licence needs at least one quoted clause',
    );
  });

  it("reports a missing or invalid file through readCatalog", () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-"));
    writeFileSync(join(dir, "licenses.json"), readFileSync(join(DEFAULT_CATALOG_DIR, "licenses.json")));
    writeFileSync(join(dir, "models.json"), "{ not json");
    clearCatalogCache();
    expect(() => readCatalog(dir)).toThrow(/catalog\/models\.json: not valid JSON/);
  });

  it("reports a missing file by name, and caches a good catalogue per directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-"));
    for (const name of ["licenses.json", "models.json"])
      writeFileSync(join(dir, name), readFileSync(join(DEFAULT_CATALOG_DIR, name)));
    clearCatalogCache();
    expect(() => readCatalog(dir)).toThrow(/^catalog\/selfhost\.json: file not found/);
    writeFileSync(join(dir, "selfhost.json"), readFileSync(join(DEFAULT_CATALOG_DIR, "selfhost.json")));
    const catalog = readCatalog(dir);
    expect(readCatalog(dir)).toBe(catalog);
  });
});
