// The installed command as a real process: adapters/console/bin.js runs the compiled CLI.
import { execFile } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

interface JsonAnswer {
  data: { intent: string; models?: { id: string; name: string }[] };
}

describe("bin.js", () => {
  it("runs as a real process: modelwise ask --json", async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [join(repo, "adapters/console/bin.js"), "ask", "--json", "price of GPT-4o"],
      { cwd: repo, env: { ...process.env, REDIS_URL: "" }, timeout: 60_000 },
    );
    const answer = JSON.parse(stdout) as JsonAnswer;
    expect(answer.data.intent).toBe("price");
    expect(answer.data.models).toEqual([{ id: "gpt-4o", name: "GPT-4o" }]);
  }, 90_000);
});
