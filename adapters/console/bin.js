#!/usr/bin/env node
// The `modelwise` command: runs the compiled CLI (dist/cli.js, written by `npm run build`, which
// `npm install` runs through the prepare script). Plain node, no TypeScript loader at run time.
import { existsSync } from "node:fs";

const cli = new URL("../../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("modelwise is not built yet: run `npm run build` (npm install does it for you).\n");
  process.exit(1);
}
const { main } = await import(cli.href);
await main();
