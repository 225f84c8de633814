// npm run build: bundles the entry points into dist/ with esbuild. esbuild rather than tsc
// because start-up time is the point: one bundle per entry loads faster than hundreds of small
// modules, and code splitting keeps the heavy, rarely used parts (Slack, Discord, charts) in
// chunks that load only when their dynamic import runs. tsc still type-checks (npm run typecheck);
// packages stay external, so node_modules is resolved at run time as usual.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outdir = join(root, "dist");

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: "adapters/main.ts",
    cli: "adapters/console/cli.ts",
    "register-commands": "adapters/discord/register-commands.ts",
    "validate-catalog": "adapters/tools/validate-catalog.ts",
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});

// Validate the catalogue once here, so the built app can trust unchanged files at start-up.
execFileSync(process.execPath, [join(outdir, "validate-catalog.js")], { stdio: "inherit" });
