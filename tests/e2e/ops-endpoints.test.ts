// The operator's view of a running modelwise (node dist/main.js, configured by the environment):
// /healthz, /readyz and /metrics in Slack HTTP mode and in Discord-only mode, one log line per
// turn that holds no user text, and SIGTERM ending the process cleanly within 5 s.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ID, BOT, CHANNEL_ID, startFakeDiscord, waitFor, type FakeDiscord } from "../helpers/fake-discord.js";
import { startFakeSlack, type FakeSlack } from "../helpers/fake-slack.js";
import { SIGNING_SECRET, slackRequests } from "../helpers/fake-slack-requests.js";

const MAIN = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "modelwise-ops-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function start(env: Record<string, string>) {
  let output = "";
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MODELWISE_DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, exited, output: () => output };
}

async function get(port: number, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, text: await res.text() };
}

async function untilReady(port: number, app: ReturnType<typeof start>): Promise<void> {
  const end = Date.now() + 60_000;
  while (app.child.exitCode === null && Date.now() < end) {
    const status = await get(port, "/readyz").then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready:\n${app.output()}`);
}

async function stopWithin(app: ReturnType<typeof start>, ms: number): Promise<number | null> {
  const t = Date.now();
  app.child.kill("SIGTERM");
  const code = await app.exited;
  expect(Date.now() - t).toBeLessThan(ms);
  return code;
}

describe("Slack HTTP mode: endpoints, per-turn log, shutdown", { timeout: 120_000 }, () => {
  let fake: FakeSlack;
  let port: number;
  let app: ReturnType<typeof start>;
  const question = "price of gpt-4o for our secret project bluebird";

  beforeAll(async () => {
    fake = await startFakeSlack();
    port = await freePort();
    app = start({
      SLACK_BOT_TOKEN: "xoxb-ops-test-token-1",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
    });
    await untilReady(port, app);
  });
  afterAll(async () => {
    if (app?.child.exitCode === null) app.child.kill("SIGKILL");
    await fake?.close();
  });

  it("/healthz and /readyz answer, with the store and the platform named", async () => {
    expect((await get(port, "/healthz")).status).toBe(200);
    const ready = JSON.parse((await get(port, "/readyz")).text) as Record<string, unknown>;
    expect(ready).toMatchObject({ ready: true, store: { kind: "sqlite", ok: true }, platforms: { slack: true } });
  });

  it("/metrics counts the turn by platform, intent and outcome; the log line holds no user text", async () => {
    const res = await slackRequests(`http://127.0.0.1:${port}/slack/events`, { acks: fake }).slashCommand({
      text: question,
      responseUrl: fake.responseUrl("ops-1"),
    });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.responses.find((r) => r.id === "ops-1"), "the answer");
    const metrics = (await get(port, "/metrics")).text;
    expect(metrics).toMatch(/modelwise_turns_total\{platform="slack",intent="price",outcome="answered"\} 1/);
    expect(metrics).toMatch(/modelwise_turn_duration_seconds_count\{platform="slack"\} 1/);
    expect(metrics).toMatch(/modelwise_catalog_age_days \d/);
    expect(metrics).toMatch(/process_resident_memory_bytes \d/);
    await waitFor(() => app.output().includes('"message":"turn"'), "the turn log line", 10_000);
    const line =
      app
        .output()
        .split("\n")
        .find((l) => l.includes('"message":"turn"')) ?? "";
    expect(JSON.parse(line)).toMatchObject({ level: "info", platform: "slack", intent: "price", outcome: "answered" });
    expect(app.output()).not.toContain("bluebird");
  });

  it("SIGTERM: stops within 5 s with exit code 0", async () => {
    expect(await stopWithin(app, 5000)).toBe(0);
  });
});

describe("Discord-only mode serves the endpoints on PORT", { timeout: 120_000 }, () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => fake?.close());

  it("/readyz turns 200 once the gateway is connected; SIGTERM ends it cleanly", async () => {
    const port = await freePort();
    const app = start({
      DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwMDAx.GopsTe.ops-endpoints-token-that-stays-secret",
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiBase,
      PORT: String(port),
    });
    try {
      await untilReady(port, app);
      const ready = JSON.parse((await get(port, "/readyz")).text) as Record<string, unknown>;
      expect(ready).toMatchObject({ ready: true, platforms: { discord: true } });
      fake.messageCreate(`<@${BOT.id}> price of gpt-4o`);
      await waitFor(
        () => fake.rest.find((c) => c.method === "POST" && c.path === `/channels/${CHANNEL_ID}/messages`),
        "reply",
        30_000,
      );
      expect((await get(port, "/metrics")).text).toMatch(/modelwise_turns_total\{platform="discord",intent="price"/);
      expect(await stopWithin(app, 5000)).toBe(0);
    } finally {
      if (app.child.exitCode === null) app.child.kill("SIGKILL");
    }
  });
});
