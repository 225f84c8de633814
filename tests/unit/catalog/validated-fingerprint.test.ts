// The start-up shortcut must never let an unvalidated catalogue through: the schema pass is
// skipped only for file contents the build validated, and the committed catalogue must pass the
// full schemas whatever fingerprint is lying around.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clearCatalogCache, DEFAULT_CATALOG_DIR, readCatalog } from "../../../adapters/shared/read-catalog.js";
import { CatalogError, parseCatalog } from "../../../src/catalog/load.js";

const tmp = mkdtempSync(join(tmpdir(), "modelwise-catalog-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const raw = (dir: string, name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));

describe("catalogue validation at start-up", () => {
  it("the committed catalogue passes the full schemas", () => {
    const files = {
      licenses: raw(DEFAULT_CATALOG_DIR, "licenses"),
      models: raw(DEFAULT_CATALOG_DIR, "models"),
      selfhost: raw(DEFAULT_CATALOG_DIR, "selfhost"),
    };
    expect(() => parseCatalog(files)).not.toThrow();
  });

  it("a catalogue whose contents changed is validated in full, naming the bad field", () => {
    const dir = join(tmp, "edited");
    cpSync(DEFAULT_CATALOG_DIR, dir, { recursive: true });
    const models = raw(dir, "models") as { models: { id: string; contextWindow?: unknown }[] };
    const first = models.models[0]!;
    (first as Record<string, unknown>).releaseDate = "last spring";
    writeFileSync(join(dir, "models.json"), JSON.stringify(models));
    clearCatalogCache();
    expect(() => readCatalog(dir)).toThrow(CatalogError);
    try {
      readCatalog(dir);
    } catch (error) {
      expect((error as CatalogError).message).toContain(`model "${first.id}"`);
    }
  });
});
