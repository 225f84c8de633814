// The committed JSON Schema files match the zod schemas (regenerate with npm run catalog:schema).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaFiles } from "../../../adapters/tools/write-json-schema.js";

const CATALOG = resolve(__dirname, "../../../catalog");

describe("catalog JSON Schema", () => {
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    it(`catalog/schema/${name} is up to date`, () => {
      expect(readFileSync(join(CATALOG, "schema", name), "utf8")).toBe(text);
    });
  }

  it("is referenced by the catalogue files", () => {
    for (const [file, schema] of [
      ["licenses.json", "licenses"],
      ["models.json", "models"],
    ]) {
      const json = JSON.parse(readFileSync(join(CATALOG, file!), "utf8")) as { $schema?: string };
      expect(json.$schema).toBe(`./schema/${schema}.schema.json`);
    }
  });
});
