#!/usr/bin/env node
// The `modelwise` command: registers tsx so Node can load the TypeScript sources directly, then
// runs the CLI (adapters/console/cli.ts).
import { register } from "tsx/esm/api";

register();
const { main } = await import(new URL("./cli.ts", import.meta.url).href);
await main();
