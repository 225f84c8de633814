// Vitest global setup: the `modelwise` bin runs the compiled bundle (dist/), so tests that spawn
// it build it first from the current sources; a stale dist/ would test yesterday's code.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  execFileSync(process.execPath, [join(root, "adapters/tools/build.mjs")], { cwd: root, stdio: "inherit" });
}
