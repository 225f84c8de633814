// The folder that holds package.json and catalog/. Found by walking up from this module, so it
// is the same whether the code runs from the TypeScript sources (adapters/shared/) or from the
// compiled bundle (dist/), whose files sit at a different depth.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "catalog"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
