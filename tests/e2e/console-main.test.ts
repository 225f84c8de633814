// `npm start` (node dist/main.js, built by the e2e global setup) as a real process: with no platform configured it is the
// terminal chat; a bad setting stops start-up with a message naming the variable.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const main = join(repo, "dist", "main.js");

function start(env: Record<string, string>, input: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const base = { ...process.env };
    for (const key of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_TOKEN", "REDIS_URL"]) delete base[key];
    const child = spawn(process.execPath, [main], { cwd: repo, env: { ...base, ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("close", (code) => done({ code, out, err }));
    child.stdin.end(input);
  });
}

describe("adapters/main.ts", () => {
  it("opens the terminal chat when no platform is configured", async () => {
    const { code, out } = await start({}, "price of GPT-4o\n");
    expect(code).toBe(0);
    expect(out).toMatch(/GPT-4o: price per 1M tokens/);
  }, 60_000);

  it("stops with a message naming a malformed variable, not its value", async () => {
    const { code, err, out } = await start(
      { PORT: "not-a-port-s3cr3t", SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "x" },
      "",
    );
    expect(code).toBe(1);
    expect(err).toMatch(/PORT/);
    expect(err + out).not.toContain("s3cr3t");
  }, 60_000);
});
