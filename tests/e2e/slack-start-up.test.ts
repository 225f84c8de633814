// `npm start` as an operator runs it: node dist/main.js in a child process, configured only by
// the environment. With SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL and PORT it serves
// Slack over HTTP; with a setting missing it stops, naming the variable and printing no secret.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../helpers/fake-slack.js";
import { SIGNING_SECRET, slackRequests } from "../helpers/fake-slack-requests.js";
import { readableText } from "../helpers/fake-slack-driver.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "dist/main.js");
const TOKEN = "xoxb-startup-test-token-42";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let output = "";
  // Only what the test sets: no Discord or Redis settings leak in from the machine.
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, output: () => output, exited };
}

async function untilHealthy(port: number, exited: Promise<unknown>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 900 && !gone; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe.skipIf(!existsSync(MAIN))("npm start with Slack settings", () => {
  let fake: FakeSlack;
  let app: ReturnType<typeof start>;
  let port: number;

  beforeAll(async () => {
    fake = await startFakeSlack();
    port = await freePort();
    app = start({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      MODELWISE_DATA_DIR: mkdtempSync(join(tmpdir(), "modelwise-slack-start-")),
    });
    expect(await untilHealthy(port, app.exited), `app did not come up:\n${app.output()}`).toBe(true);
  }, 120_000);

  afterAll(async () => {
    if (app?.child.exitCode === null) {
      app.child.kill("SIGTERM");
      await app.exited;
    }
    await fake?.close();
  });

  it("serves a signed /modelwise over HTTP and answers a licence question ephemerally", async () => {
    // In the command's ack when it is ready in time, else through response_url: Slack shows either.
    const slack = slackRequests(`http://127.0.0.1:${port}/slack/events`, { acks: fake });
    const res = await slack.slashCommand({
      text: "license of llama 3.1 for 800M users",
      responseUrl: fake.responseUrl("start-lic"),
    });
    expect(res.status).toBe(200);
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.id === "start-lic"), "the answer");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(readableText(reply.body.blocks as never).join("\n")).toMatch(/Blocked: Llama 3\.1/);
  });

  it("refuses an unsigned request", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(401);
  });

  it("never prints the token", () => {
    expect(app.output()).not.toContain(TOKEN);
    expect(app.output()).not.toContain(SIGNING_SECRET);
  });
});

describe.skipIf(!existsSync(MAIN))("npm start with a Slack setting missing", () => {
  it("stops, naming SLACK_SIGNING_SECRET, without printing the token", async () => {
    const app = start({ SLACK_BOT_TOKEN: TOKEN, PORT: String(await freePort()) });
    app.child.stdin!.end();
    const code = await app.exited;
    expect(code).not.toBe(0);
    expect(app.output()).toContain("SLACK_SIGNING_SECRET");
    expect(app.output()).not.toContain(TOKEN);
  }, 120_000);
});

describe.skipIf(!existsSync(MAIN))("npm start with a token Slack refuses", () => {
  it("stops with Slack's reason, naming SLACK_BOT_TOKEN, without printing it", async () => {
    const fake = await startFakeSlack({ invalidAuth: true });
    try {
      const app = start({
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(await freePort()),
        MODELWISE_DATA_DIR: mkdtempSync(join(tmpdir(), "modelwise-slack-bad-")),
      });
      const code = await app.exited;
      expect(code).not.toBe(0);
      expect(app.output()).toMatch(/Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
      expect(app.output()).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  }, 120_000);
});

describe.skipIf(!existsSync(MAIN))("npm start when Slack's host cannot be resolved", () => {
  it("says it was DNS, names the host, and exits non-zero", async () => {
    const app = start({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      // .invalid never resolves (RFC 2606), so this is a DNS failure on any machine
      SLACK_API_URL: "http://slack-api.invalid/api/",
      PORT: String(await freePort()),
      MODELWISE_DATA_DIR: mkdtempSync(join(tmpdir(), "modelwise-slack-dns-")),
    });
    const code = await app.exited;
    expect(code).not.toBe(0);
    expect(app.output()).toMatch(/host name slack-api\.invalid could not be resolved \(DNS/);
    expect(app.output()).not.toContain(TOKEN);
    expect(app.output()).not.toMatch(/\n\s+at /); // no stack trace
  }, 120_000);
});
