// `npm run bench:memory`: resident memory of Slack mode as an operator runs it (node dist/main.js
// with the start script's flags, configured only by environment variables), idle, after 1,000 conversations (warm) and after
// many distinct ones. Nothing per conversation may stay in memory without a bound, so the last
// figure must stay near the warm one; the growth over the cold idle figure is printed too (it
// includes what V8 compiles and how far its heap grows under load). Senders wait for each answer,
// as people do. The Slack Web API is the tests' local fake; answers go to a local response_url sink.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { startFakeSlack } from "../helpers/fake-slack.js";
import { SIGNING_SECRET, slackRequests } from "../helpers/fake-slack-requests.js";
import { startNodeFlags } from "./start-command.js";
import { below, type Check } from "./stats.js";

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 10_000);
const WARM = Math.min(1000, SESSIONS);
const CONCURRENCY = 32;
const ANSWER_WAIT_MS = 60_000;

function statusMb(pid: number, field: "VmRSS" | "RssAnon" | "RssFile"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

interface Measured {
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** Asks the probe in the app (memory-probe.mjs) for a full collection and V8's figures after it. */
function probe(child: ChildProcess, message: object, reply: string): Promise<Measured & { file: string }> {
  return new Promise((resolve) => {
    const onMessage = (m: Measured & { type: string; file: string }) => {
      if (m.type !== reply) return;
      child.off("message", onMessage);
      resolve(m);
    };
    child.on("message", onMessage);
    child.send(message);
  });
}

/**
 * One figure, taken the same way at every point: the same settle time, then two full collections
 * and a pause, then resident memory from the kernel. So RSS is compared after garbage is collected
 * (what is left is retained, or held by the allocator), and live heap says which of the two it is.
 * Resident memory splits into anonymous (V8's heap, native allocations such as SQLite's page
 * cache, malloc's arenas) and file-backed (node's code, mapped files).
 */
async function measure(child: ChildProcess, label: string) {
  await settle();
  const v8 = await probe(child, { type: "measure", pauseMs: 1000 }, "measured");
  const pid = child.pid ?? 0;
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const figure = { rss: statusMb(pid, "VmRSS"), heap: v8.heapUsed / 2 ** 20 };
  console.log(
    `${label}: rss ${figure.rss.toFixed(1)} MB (anon ${statusMb(pid, "RssAnon").toFixed(0)}, file ${statusMb(pid, "RssFile").toFixed(0)}); ` +
      `live heap ${mb(v8.heapUsed)} of ${mb(v8.heapTotal)} MB committed, external ${mb(v8.external)} MB`,
  );
  if (process.env.BENCH_SNAPSHOT_DIR) {
    const file = join(process.env.BENCH_SNAPSHOT_DIR, `${label.replace(/\W+/g, "-")}.heapsnapshot`);
    console.log(`  heap snapshot: ${(await probe(child, { type: "snapshot", file }, "snapshot")).file}`);
  }
  return figure;
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

// Long enough for V8's memory reducer, which starts compacting ~8 s after allocation slows, to act
// as it does in an idle process; the same at every point, so the figures compare.
const settle = () => new Promise((r) => setTimeout(r, 12_000));

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
// With the start script's node flags (V8 heap sizing), as `npm start` and the container run it,
// plus the probe that collects garbage and reports V8's figures when asked (memory-probe.mjs).
const probeFile = join(PACKAGE_ROOT, "tests/bench/memory-probe.mjs");
const child = spawn(
  process.execPath,
  ["--expose-gc", "--import", pathToFileURL(probeFile).href, ...startNodeFlags(), join(PACKAGE_ROOT, "dist/main.js")],
  {
    cwd: PACKAGE_ROOT,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: {
      PATH: process.env.PATH ?? "",
      // glibc's malloc settings (MALLOC_ARENA_MAX, MALLOC_TRIM_THRESHOLD_, …), to try them here.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith("MALLOC_"))),
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
  },
);
try {
  await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60_000);
  const idle = await measure(child, "Slack mode idle");

  const pid = child.pid ?? 0;
  const slack = slackRequests(`http://127.0.0.1:${port}/slack/events`);
  let next = 0;
  let failed = 0;
  /** New conversations (one message each) until `upTo` have been answered. */
  const conversations = (upTo: number) =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < upTo) {
          const n = next++;
          // The curve between the measured points (no collection forced, so only a trend).
          if (n > 0 && n % 1000 === 0) console.log(`  … ${n} sent: rss ${statusMb(pid, "VmRSS").toFixed(1)} MB`);
          // An answer that never comes counts as a failure instead of stalling the run.
          let timer: NodeJS.Timeout | undefined;
          const answered = new Promise<boolean>((resolve) => {
            waiting.set(String(n), () => resolve(true));
            timer = setTimeout(() => resolve(false), ANSWER_WAIT_MS);
          }).finally(() => clearTimeout(timer));
          const res = await slack.slashCommand({
            text: n % 2 ? "price of gpt-4o" : "help me choose",
            user: `U${n.toString(36).padStart(8, "0").toUpperCase()}`,
            channel: `C${n.toString(36).padStart(8, "0").toUpperCase()}`,
            responseUrl: `${sinkUrl}/${n}`,
          });
          if (res.status !== 200) {
            failed++;
            waiting.delete(String(n));
          } else if (res.body.trim() !== "") {
            // Answered in the command's ack (answer-in-ack.ts): nothing comes to the sink.
            waiting.delete(String(n));
          } else if (!(await answered)) {
            failed++;
            waiting.delete(String(n));
          }
        }
      }),
    );
  // Warm: the code paths compiled, caches and V8's heap sized for this load. From here on, memory
  // that keeps growing with the number of conversations is something kept per conversation.
  await conversations(WARM);
  const warm = await measure(child, `after ${WARM.toLocaleString("en-US")} conversations (warm)`);
  await conversations(SESSIONS);
  const after = await measure(child, `after ${SESSIONS.toLocaleString("en-US")} distinct conversations`);
  const pct = (to: number, from: number) => (to / from - 1) * 100;
  const growth = pct(after.rss, warm.rss);
  console.log(
    `growth ${WARM.toLocaleString("en-US")} → ${SESSIONS.toLocaleString("en-US")}: rss ${growth.toFixed(1)} %, ` +
      `live heap ${pct(after.heap, warm.heap).toFixed(1)} % (${(after.heap - warm.heap).toFixed(1)} MB); ` +
      `idle → ${SESSIONS.toLocaleString("en-US")}: rss ${pct(after.rss, idle.rss).toFixed(1)} % ` +
      `(includes compiled code and heap sized for load)`,
  );
  // The figure: resident memory, flat from a warm process to 10,000 sessions.
  const checks: Check[] = [
    below("idle rss in Slack mode", idle.rss, 120, "MB"),
    below(`rss growth, ${WARM} → ${SESSIONS} sessions`, growth, 10, "%"),
    { target: "no refused or unanswered requests", value: String(failed), ok: failed === 0 },
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
