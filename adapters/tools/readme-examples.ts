// npm run readme:examples: rewrites the README's marked terminal examples with today's output
// (see readme/examples.ts). --check writes nothing and exits 1 when an example is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../shared/package-root.js";
import { readmeExamples, refreshReadme } from "./readme/examples.js";

const path = join(PACKAGE_ROOT, "README.md");
const readme = readFileSync(path, "utf8");
if (process.argv.includes("--check")) {
  const stale = (await readmeExamples(readme)).filter((e) => e.current !== e.expected);
  for (const e of stale) process.stderr.write(`stale README example: ${e.command}\n`);
  process.exitCode = stale.length > 0 ? 1 : 0;
} else {
  writeFileSync(path, await refreshReadme(readme));
}
