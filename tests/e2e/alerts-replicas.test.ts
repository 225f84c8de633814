// Lifecycle alerts end to end, as operators run modelwise: two replicas (node dist/main.js, each
// with Slack over HTTP and Discord) share one Redis (a private redis-server on a free port) and
// one catalogue folder. Threads start watching through real messages (real Bolt, real discord.js,
// against the local fakes); `modelwise catalog refresh` swaps a changed catalogue in; both
// replicas pick it up without a restart, and every watching thread gets exactly one post.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ID, BOT as DISCORD_BOT, CHANNEL_ID, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";
import { BOT, startFakeSlack, type ApiCall, type FakeSlack } from "../helpers/fake-slack.js";
import { readableText } from "../helpers/fake-slack-driver.js";
import { messageEvent, nextTs, SIGNING_SECRET, slackRequests } from "../helpers/fake-slack-requests.js";
import { copyCatalog, removeRefreshTempDirs, writeRefreshFixtures } from "../helpers/refresh-fixtures.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "dist/main.js");
const BIN = join(ROOT, "adapters/console/bin.js");
const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function until<T>(what: string, fn: () => T | undefined | null | false, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Replica {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

function startReplica(env: Record<string, string>, port: number): Replica {
  let output = "";
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, port, output: () => output, exited };
}

/** Log lines (JSON) of one replica with this message. */
const logged = (r: Replica, msg: string) =>
  r
    .output()
    .split("\n")
    .filter((l) => l.includes(`"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const slackText = (c: ApiCall) => [String(c.params.text ?? ""), ...readableText(c.params.blocks as never)].join("\n");

describe.skipIf(!existsSync(MAIN) || !hasRedis)("catalogue alerts with two replicas on Redis", () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let redisPort: number;
  let redis: ChildProcess | undefined;
  const replicas: Replica[] = [];
  let catalogDir: string;
  let sources: string;
  const dataDirs: string[] = [];

  beforeAll(async () => {
    redisPort = await freePort();
    redis = spawn("redis-server", ["--port", String(redisPort), "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let redisLog = "";
    redis.stdout!.on("data", (d: Buffer) => (redisLog += d.toString()));
    await until("redis-server", () => redisLog.includes("Ready to accept connections"), 20_000);
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    sources = writeRefreshFixtures();
    catalogDir = copyCatalog();
    for (let i = 0; i < 2; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), "mw-alerts-data-"));
      dataDirs.push(dataDir);
      replicas.push(
        startReplica(
          {
            SLACK_BOT_TOKEN: "xoxb-alerts-test-1",
            SLACK_SIGNING_SECRET: SIGNING_SECRET,
            SLACK_API_URL: slack.apiUrl,
            DISCORD_TOKEN: "fake.bot.token",
            DISCORD_APPLICATION_ID: APP_ID,
            DISCORD_API_URL: discord.apiBase,
            REDIS_URL: `redis://127.0.0.1:${redisPort}`,
            MODELWISE_CATALOG_DIR: catalogDir,
            MODELWISE_DATA_DIR: dataDir,
          },
          await freePort(),
        ),
      );
    }
    for (const r of replicas)
      await until(
        `replica on ${r.port} to start:\n${r.output()}`,
        () => r.output().includes('"discord started"'),
        120_000,
      );
  }, 180_000);

  afterAll(async () => {
    for (const r of replicas) {
      if (r.child.exitCode === null) r.child.kill("SIGTERM");
      await r.exited;
    }
    redis?.kill();
    await slack?.close();
    await discord?.close();
    removeRefreshTempDirs();
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  });

  /** A mention in a Slack thread (a new one when `threadTs` is unset), sent to one replica; resolves with the thread ts. */
  async function mention(replica: Replica, text: string, threadTs?: string): Promise<string> {
    const before = slack.posts().length;
    const ts = nextTs();
    const requests = slackRequests(`http://127.0.0.1:${replica.port}/slack/events`);
    const res = await requests.event(
      messageEvent({
        text: `<@${BOT.userId}> ${text}`,
        channel: "C0ALERTS",
        ts,
        mention: true,
        ...(threadTs ? { threadTs } : {}),
      }),
    );
    expect(res.status).toBe(200);
    await until(`a reply to "${text}"`, () => slack.posts().length > before);
    return threadTs ?? ts;
  }

  it("posts once in each watching thread, with old -> new, source and ranking; none where watching stopped", async () => {
    // Three Slack threads, on different replicas: one watches two models, one a shortlist (plus
    // GPT-4o), one stopped watching. A Discord conversation watches GPT-4o.
    const watching = await mention(replicas[0]!, "watch gpt-4o and gpt-4.1");
    const postsBefore = slack.posts().length;
    const shortlist = await mention(
      replicas[1]!,
      "which model for a customer support chatbot, 20M tokens a month, commercial, API is fine?",
    );
    // A long shortlist is split over several posts and `mention` returns at the first one, so
    // the watch note is looked for in every post of that answer.
    await until("the shortlist's watch note", () =>
      slack
        .posts()
        .slice(postsBefore)
        .some((p) => slackText(p).includes("This thread now watches")),
    );
    await mention(replicas[0]!, "also watch gpt-4o", shortlist);
    const stopped = await mention(replicas[1]!, "watch gpt-4o");
    await mention(replicas[0]!, "stop watching", stopped);
    expect(slackText(slack.posts().at(-1)!)).toContain("Stopped watching");

    const discordBefore = discord.sentBodies().length;
    discord.messageCreate(`<@${DISCORD_BOT.id}> watch gpt-4o`);
    await until("the Discord reply", () =>
      discord
        .sentBodies()
        .slice(discordBefore)
        .some((b) => JSON.stringify(b.body).includes("Watching")),
    );

    // The refresh, as an operator runs it beside the bots: GPT-4o +20% input, GPT-4.1 deprecated.
    const refresh = await new Promise<{ code: number; stdout: string }>((done) =>
      execFile(
        process.execPath,
        [
          BIN,
          "catalog",
          "refresh",
          "--catalog-dir",
          catalogDir,
          "--from",
          join(sources, "models-dev-changed.json"),
          "--from",
          join(sources, "litellm.json"),
        ],
        { cwd: ROOT, env: { PATH: process.env.PATH ?? "" }, timeout: 120_000 },
        (error, stdout) => done({ code: error ? 1 : 0, stdout }),
      ),
    );
    expect(refresh.code, refresh.stdout).toBe(0);
    expect(refresh.stdout).toContain("Swapped in");

    // Both replicas reload without a restart and finish their alert run for the new version.
    for (const r of replicas) {
      await until("a reload", () => logged(r, "catalogue reloaded").length > 0);
      await until("the alert run", () =>
        logged(r, "alert check").some((l) => l.version === logged(r, "catalogue reloaded")[0]!.version),
      );
    }

    const alerts = slack.posts().filter((c) => slackText(c).includes("Catalogue update"));
    const byThread = (ts: string) => alerts.filter((c) => c.params.thread_ts === ts);
    expect(byThread(watching)).toHaveLength(1);
    expect(byThread(shortlist)).toHaveLength(1);
    expect(byThread(stopped)).toHaveLength(0);
    expect(alerts).toHaveLength(2);

    const first = slackText(byThread(watching)[0]!);
    expect(first).toMatch(
      /GPT-4o\*? input price at OpenAI: \$2\.50 \/ 1M → \*?\$3\.00 \/ 1M\*? \(\+20\.0%\), per OpenAI price for GPT-4o: models\.dev, \d{4}-\d{2}-\d{2}/,
    );
    expect(first).toMatch(/GPT-4\.1\*? status: now \*?deprecated\*? \(was current\)/);
    expect(first).toContain("stop watching");
    expect(slackText(byThread(shortlist)[0]!)).toMatch(
      /The decision's ranking would (not change|now change|change below #1)/,
    );

    const discordAlerts = discord.sentBodies().filter((b) => JSON.stringify(b.body).includes("Catalogue update"));
    expect(discordAlerts).toHaveLength(1);
    expect(discordAlerts[0]!.call.path).toMatch(new RegExp(`^/channels/\\d+/messages$`));
    expect(JSON.stringify(discordAlerts[0]!.body)).toContain("+20.0%");
    void CHANNEL_ID;

    // The counter: three alerts across the two replicas.
    let total = 0;
    for (const r of replicas) {
      const metrics = await (await fetch(`http://127.0.0.1:${r.port}/metrics`)).text();
      for (const m of metrics.matchAll(/^modelwise_alerts_sent_total\{platform="(\w+)"\} (\d+)/gm))
        total += Number(m[2]);
    }
    expect(total).toBe(3);
  }, 240_000);
});
