// npm run catalog:schema [-- --check]
// Writes catalog/schema/{licenses,models}.schema.json from the zod schemas, so editors can check
// the catalogue files ("$schema" in each file points here). The zod schema stays the single truth.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { licensesFileSchema, modelsFileSchema } from "../../src/catalog/schema.js";

const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../catalog/schema");

/** The generated JSON Schema files, by file name, as committed text. */
export function jsonSchemaFiles(): Record<string, string> {
  const render = (schema: z.ZodType, title: string): string =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: "input" }) }, null, 2)}\n`;
  return {
    "licenses.schema.json": render(licensesFileSchema, "modelwise catalog/licenses.json"),
    "models.schema.json": render(modelsFileSchema, "modelwise catalog/models.json"),
  };
}

function main(): number {
  const check = process.argv.includes("--check");
  let stale = false;
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    const path = join(SCHEMA_DIR, name);
    const current = existsSync(path) ? readFileSync(path, "utf8") : null;
    if (current === text) continue;
    stale = true;
    console.log(`${check ? "out of date" : "wrote"}: catalog/schema/${name}`);
    if (!check) writeFileSync(path, text);
  }
  return check && stale ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
