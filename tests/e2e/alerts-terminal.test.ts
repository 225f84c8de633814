// The terminal's alert: a named session (`modelwise chat --session NAME`, saved in SQLite) that
// watches models is told what a refresh changed when it next starts, once; other sessions are not.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyCatalog, removeRefreshTempDirs, writeRefreshFixtures } from "../helpers/refresh-fixtures.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "adapters/console/bin.js");
let catalogDir: string;
let dataDir: string;
let sources: string;

beforeAll(() => {
  sources = writeRefreshFixtures();
  catalogDir = copyCatalog();
  dataDir = mkdtempSync(join(tmpdir(), "mw-alerts-terminal-"));
});
afterAll(() => {
  removeRefreshTempDirs();
  rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[], input = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", MODELWISE_DATA_DIR: dataDir, MODELWISE_CATALOG_DIR: catalogDir },
        timeout: 120_000,
      },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

describe("terminal alerts at the next start", () => {
  it("a watching session hears about the change once; a session that watches nothing hears nothing", async () => {
    const watching = await run(["chat", "--session", "team-a"], "watch gpt-4o and gpt-4.1\n");
    expect(watching.stdout).toContain("Watching GPT-4o, GPT-4.1 in this thread.");
    const other = await run(["chat", "--session", "team-b"], "price of gpt-4o\n");
    expect(other.code).toBe(0);

    const refresh = await run([
      "catalog",
      "refresh",
      "--catalog-dir",
      catalogDir,
      "--from",
      join(sources, "models-dev-changed.json"),
      "--from",
      join(sources, "litellm.json"),
    ]);
    expect(refresh.code, refresh.stderr).toBe(0);

    const next = await run(["chat", "--session", "team-a"], "price of gpt-4o\n");
    expect(next.stdout.indexOf("== Catalogue update: GPT-4o, GPT-4.1 ==")).toBe(0);
    expect(next.stdout).toContain("GPT-4o input price at OpenAI: $2.50 / 1M → $3.00 / 1M (+20.0%), per");
    expect(next.stdout).toContain("GPT-4.1 status: now deprecated (was current)");
    // The answer after it already uses the refreshed catalogue.
    expect(next.stdout).toMatch(/OpenAI \(first-party\)\s+\$3\.00\s+\$10\.00\s+\$1\.25\s+models\.dev/);

    expect((await run(["chat", "--session", "team-a"])).stdout).not.toContain("Catalogue update");
    expect((await run(["chat", "--session", "team-b"])).stdout).not.toContain("Catalogue update");
  }, 240_000);
});
