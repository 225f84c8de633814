// Start-up of the installed command, side by side with a bare `node -e 0` on the same machine in
// the same run (alternating, so load changes hit both alike). Whole processes are slow to
// sample, so this figure uses fewer runs than the in-process ones and says so.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { figureOf, type Figure } from "./stats.js";

export const STARTUP_RUNS = 40;

function wallMs(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: "ignore" });
  if (r.status !== 0) throw new Error(`\`node ${args.join(" ")}\` exited with ${r.status}`);
  return performance.now() - t;
}

export function startupFigures(runs = STARTUP_RUNS): { bare: Figure; ask: Figure } {
  const bin = join(PACKAGE_ROOT, "adapters/console/bin.js");
  const bare: number[] = [];
  const ask: number[] = [];
  wallMs(["-e", "0"]);
  wallMs([bin, "ask", "price of gpt-4o"]); // warm the file cache
  for (let i = 0; i < runs; i++) {
    bare.push(wallMs(["-e", "0"]));
    ask.push(wallMs([bin, "ask", "price of gpt-4o"]));
  }
  return { bare: figureOf("process: node -e 0", bare), ask: figureOf('process: modelwise ask "price of gpt-4o"', ask) };
}
