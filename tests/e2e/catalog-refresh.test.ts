// `modelwise catalog refresh --from http://...` as an operator runs it (the compiled command), against
// a local HTTP server on port 0 serving fixture variants of the reference snapshots. No network.
import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyCatalog, removeRefreshTempDirs, writeRefreshFixtures } from "../helpers/refresh-fixtures.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
let server: Server;
let base: string;

beforeAll(async () => {
  const sources = writeRefreshFixtures();
  server = createServer((request, response) => {
    const name = (request.url ?? "/").slice(1);
    if (name === "hang") return; // never answers: the refresh must give up on its own
    try {
      const body = readFileSync(join(sources, name));
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  removeRefreshTempDirs();
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(repo, "adapters/console/bin.js"), "catalog", "refresh", ...args],
      { cwd: repo, env: { ...process.env, REDIS_URL: "" }, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));

describe("modelwise catalog refresh (process, local HTTP sources)", () => {
  it("prints the diff and swaps the catalogue in", async () => {
    const dir = copyCatalog();
    const before = snapshot(dir);
    const result = await run([
      "--catalog-dir",
      dir,
      "--from",
      `${base}/models-dev-changed.json`,
      "--from",
      `${base}/litellm.json`,
      "--from",
      `${base}/openrouter.json`,
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Prices changed (USD per 1M tokens) (1):\n  gpt-4o @ openai (models.dev) input: 2.5 -> 3 (+20.0%)",
    );
    expect(result.stdout).toContain("Deprecations announced (1):\n  gpt-4.1: current -> deprecated");
    expect(result.stdout).toContain(`OpenRouter ${base}/openrouter.json`);
    expect(result.stdout).toContain("Swapped in: licences, models and self-host data together (refreshed.json");
    const after = snapshot(dir);
    expect(Object.keys(after).sort()).toEqual([
      ".refreshed-validated",
      "licenses.json",
      "models.json",
      "refreshed.json",
      "selfhost.json",
    ]);
    expect(after["models.json"]).toEqual(before["models.json"]);
    const refreshed = JSON.parse(after["refreshed.json"]!) as { models: { models: { id: string; status: string }[] } };
    expect(refreshed.models.models.find((m) => m.id === "gpt-4.1")?.status).toBe("deprecated");
  });

  // Only the hanging source is meant to time out; the others get a timeout no loaded CI machine
  // reaches, so a slow local read never turns "truncated" into "no answer".
  it.each([
    ["hang", "500", /no answer within 500 ms/],
    ["models-dev-truncated.json", "20000", /truncated/],
    ["missing.json", "20000", /HTTP 404/],
    ["models-dev-most-gone.json", "20000", /would disappear/],
  ])("refuses %s in one line, exit 1, nothing written", async (name, timeoutMs, reason) => {
    const dir = copyCatalog();
    const before = snapshot(dir);
    const result = await run(["--catalog-dir", dir, "--timeout", timeoutMs, "--from", `${base}/${name}`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(reason);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("The catalogue in service is unchanged.");
    expect(snapshot(dir)).toEqual(before);
  });
});
