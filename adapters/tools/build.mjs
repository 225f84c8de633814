// npm run build: bundles the entry points into dist/ with esbuild. esbuild rather than tsc
// because start-up time is the point: one bundle per entry loads faster than hundreds of small
// modules, and code splitting keeps the heavy, rarely used parts (Slack, Discord, charts) in
// chunks that load only when their dynamic import runs. tsc still type-checks (npm run typecheck);
// packages stay external, so node_modules is resolved at run time as usual, except the few pure
// ES-module ones in BUNDLED below.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outdir = join(root, "dist");
// Bundled into dist rather than loaded from node_modules: zod alone is ~95 ES modules that Node
// resolves, reads and compiles one by one, which was a sixth of `modelwise ask`'s start-up; as
// part of a chunk it costs a fraction of that. Only pure-JS ES-module packages belong here
// (CommonJS ones and ones with native parts or worker files stay external).
const BUNDLED = new Set(["zod", "fuse.js", "croner"]);
const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const external = Object.keys(dependencies).filter((name) => !BUNDLED.has(name));

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
  external,
  sourcemap: true,
  // Mappings only: `npm start` runs with --enable-source-maps, which keeps every loaded chunk's map
  // for the life of the process, and maps holding the sources' text too (ours and the bundled
  // packages') were ~6 MB of Slack mode's idle heap (idle RSS 121 -> 111 MB). A stack trace still
  // names the TypeScript file and line (tests/e2e/source-maps.test.ts); the text is in the repository.
  sourcesContent: false,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});

// Validate the catalogue once here, so the built app can trust unchanged files at start-up.
execFileSync(process.execPath, [join(outdir, "validate-catalog.js")], { stdio: "inherit" });
