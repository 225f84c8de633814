// The node flags `npm start` runs the server with (package.json is their one home; the Dockerfile's
// CMD repeats them and a unit test keeps the two equal). Benchmarks start the app with the same
// flags, so they measure the process operators run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";

/** ["--max-semi-space-size=4", …]: the options between `node` and the script in the start script. */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.trim().split(/\s+/);
  if (words[0] !== "node") throw new Error(`the start script does not run node: ${pkg.scripts.start}`);
  return words.slice(1).filter((w) => w.startsWith("--"));
}
