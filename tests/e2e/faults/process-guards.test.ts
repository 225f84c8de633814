// The last-resort handlers as they run in a real process: an unhandled rejection is logged and
// the process keeps serving; an uncaught exception is logged and the process exits with code 70
// (after stopping what it runs) so a supervisor starts a clean one.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./app-process.js";

const SCRIPT = join(ROOT, "tests/e2e/faults/guarded-process.ts");

function run(mode: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", SCRIPT, mode], { cwd: ROOT, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("process guards", () => {
  it("logs an unhandled rejection and keeps serving", async () => {
    const { code, output } = await run("rejection");
    expect(output).toMatch(/unhandled rejection \(kept serving\)/);
    expect(output).toMatch(/still serving after the rejection/);
    expect(code).toBe(0);
  }, 30_000);

  it("logs an uncaught exception, stops cleanly and exits with 70", async () => {
    const { code, output } = await run("exception");
    expect(output).toMatch(/uncaught exception; exiting/);
    expect(output).toMatch(/stopped cleanly/);
    expect(code).toBe(70);
  }, 30_000);
});
