// npm run slack:manifest: rewrites the parts of adapters/slack/manifest.yml that are generated
// from the intent registry (app description, /modelwise description and usage hint).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderManifest } from "../slack/manifest-text.js";
import { PACKAGE_ROOT } from "../shared/package-root.js";

const path = join(PACKAGE_ROOT, "adapters", "slack", "manifest.yml");
const before = readFileSync(path, "utf8");
const after = renderManifest(before);
if (after === before) process.stdout.write("manifest.yml is up to date\n");
else {
  writeFileSync(path, after);
  process.stdout.write("manifest.yml rewritten from the intent registry\n");
}
