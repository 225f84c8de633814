// `npm run bench:memory`: resident memory of Slack mode as an operator runs it (node dist/main.js
// with the start script's flags, configured only by environment variables), idle, after 1,000 conversations (warm) and after
// many distinct ones. Nothing per conversation may stay in memory without a bound, so the last
// figure must stay near the warm one; the growth over the cold idle figure is printed too (it
// includes what V8 compiles and how far its heap grows under load). Senders wait for each answer,
// as people do. The Slack Web API is the tests' local fake; answers go to a local response_url sink.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { startFakeSlack } from "../helpers/fake-slack.js";
import { SIGNING_SECRET, slackRequests } from "../helpers/fake-slack-requests.js";
import { startNodeFlags } from "./start-command.js";
import { below, type Check } from "./stats.js";

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 10_000);
const WARM = Math.min(1000, SESSIONS);
const CONCURRENCY = 32;

function statusMb(pid: number, field: "VmRSS" | "RssAnon" | "RssFile"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
const rssMb = (pid: number) => statusMb(pid, "VmRSS");

/**
 * Where the resident memory is, so growth can be traced: anonymous (V8's heap, native allocations
 * such as SQLite's page cache) vs file-backed (node's code, mapped files), and V8's heap as the
 * app's own /metrics reports it: bytes in objects (live or not yet collected) of bytes committed.
 */
async function breakdown(pid: number, metricsUrl: string): Promise<string> {
  const text = await (await fetch(metricsUrl)).text();
  const mb = (name: string) => {
    const line = text.split("\n").find((l) => l.startsWith(`${name} `));
    return (Number(line?.split(" ")[1] ?? NaN) / 2 ** 20).toFixed(0);
  };
  return (
    `  anon ${statusMb(pid, "RssAnon").toFixed(0)} MB, file ${statusMb(pid, "RssFile").toFixed(0)} MB; ` +
    `V8 heap ${mb("nodejs_heap_size_used_bytes")} of ${mb("nodejs_heap_size_total_bytes")} MB committed, ` +
    `external ${mb("nodejs_external_memory_bytes")} MB`
  );
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the Slack app did not become healthy in time");
}

const settle = () => new Promise((r) => setTimeout(r, 3000));

const fake = await startFakeSlack();
// Senders wait for each answer (closed loop), so what stays in memory is what the app keeps per
// conversation, not a backlog of turns still running.
const waiting = new Map<string, () => void>();
const sink: Server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    const id = (req.url ?? "").split("/").pop() ?? "";
    waiting.get(id)?.();
    waiting.delete(id);
  });
});
await new Promise<void>((r) => sink.listen(0, "127.0.0.1", r));
const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/r`;
const dataDir = mkdtempSync(join(tmpdir(), "modelwise-memory-"));
const port = await freePort();
// With the start script's node flags (V8 heap sizing), as `npm start` and the container run it.
const child = spawn(process.execPath, [...startNodeFlags(), join(PACKAGE_ROOT, "dist/main.js")], {
  cwd: PACKAGE_ROOT,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    PATH: process.env.PATH ?? "",
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    SLACK_BOT_TOKEN: "xoxb-bench-memory",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    MODELWISE_DATA_DIR: dataDir,
    LOG_LEVEL: "error",
    // Every message must be a real turn (a session saved), not a "slow down" reply.
    RATE_LIMIT_USER_PER_MINUTE: "999999",
    RATE_LIMIT_WORKSPACE_PER_MINUTE: "999999",
  },
});
const pid = child.pid ?? 0;
try {
  await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 20_000);
  await settle();
  const idle = rssMb(pid);
  console.log(`Slack mode idle: rss ${idle.toFixed(1)} MB`);
  const metricsUrl = `http://127.0.0.1:${port}/metrics`;
  console.log(await breakdown(pid, metricsUrl));

  const slack = slackRequests(`http://127.0.0.1:${port}/slack/events`);
  let next = 0;
  let failed = 0;
  /** New conversations (one message each) until `upTo` have been answered. */
  const conversations = (upTo: number) =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < upTo) {
          const n = next++;
          const answered = new Promise<void>((resolve) => waiting.set(String(n), resolve));
          const res = await slack.slashCommand({
            text: n % 2 ? "price of gpt-4o" : "help me choose",
            user: `U${n.toString(36).padStart(8, "0").toUpperCase()}`,
            channel: `C${n.toString(36).padStart(8, "0").toUpperCase()}`,
            responseUrl: `${sinkUrl}/${n}`,
          });
          if (res.status !== 200) {
            failed++;
            waiting.delete(String(n));
          } else await answered;
        }
      }),
    );
  // Warm: the code paths compiled, caches and V8's heap sized for this load. From here on, memory
  // that keeps growing with the number of conversations is something kept per conversation.
  await conversations(WARM);
  await settle();
  const warm = rssMb(pid);
  console.log(`after ${WARM.toLocaleString("en-US")} conversations (warm): rss ${warm.toFixed(1)} MB`);
  console.log(await breakdown(pid, metricsUrl));
  await conversations(SESSIONS);
  await settle();
  const after = rssMb(pid);
  const growth = after / idle - 1;
  const growthWarm = after / warm - 1;
  console.log(
    `after ${SESSIONS.toLocaleString("en-US")} distinct conversations: rss ${after.toFixed(1)} MB (${(growth * 100).toFixed(1)} % over idle, ${(growthWarm * 100).toFixed(1)} % over warm)`,
  );
  console.log(await breakdown(pid, metricsUrl));
  const checks: Check[] = [
    below("idle rss in Slack mode", idle, 120, "MB"),
    below(`rss growth, ${WARM} → ${SESSIONS} sessions`, growthWarm * 100, 10, "%"),
    below(`rss growth, idle → ${SESSIONS} sessions`, growth * 100, 10, "%"),
    { target: "no refused requests", value: String(failed), ok: failed === 0 },
  ];
  console.log("");
  for (const c of checks) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.target.padEnd(44)} ${c.value}`);
  process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  sink.close();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
}
