// `npm run bench:slack`: the Slack path against a bare Bolt app under the same load, in one run.
// Both are real Bolt HTTP apps behind signed requests; the bare one acks and responds with fixed
// text, modelwise answers for real (advisor, session store, rendering). Load is closed-loop: N
// distinct users each send a slash command and wait for its response_url answer before the next.
// Rounds alternate (bare, modelwise, bare, …) so a change in machine load hits both alike.
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSlackAdapter } from "../../adapters/slack/index.js";
import { createLogger } from "../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../adapters/shared/memory-session-store.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { createAdvisor } from "../../src/advisor.js";
import type { SessionStore } from "../../src/conversation/session.js";
import { startFakeSlack } from "../helpers/fake-slack.js";
import { SIGNING_SECRET, slackRequests } from "../helpers/fake-slack-requests.js";
import { figureOf, formatFigure, below, type Check } from "./stats.js";

const USERS = Number(process.env.BENCH_USERS ?? 32);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUESTIONS = [
  "price of gpt-4o",
  "can we use llama 3.1 70b commercially?",
  "compare gpt-4o and claude sonnet 4.5",
  "how much would gpt-4o cost at 10M tokens a month?",
  "tell me about mistral 7b",
];

/** Receives response_url posts and resolves whoever waits for that id. */
async function startResponseSink() {
  const waiting = new Map<string, () => void>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const id = (req.url ?? "").split("/").pop() ?? "";
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      waiting.get(id)?.();
      waiting.delete(id);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (id: string) => `${base}/r/${id}`,
    wait: (id: string) => new Promise<void>((resolve) => void waiting.set(id, resolve)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function startBareBolt(): Promise<{ url: string; stop: () => Promise<void> }> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  const app = new App({
    token: "xoxb-bench",
    receiver,
    tokenVerificationEnabled: false,
    botId: "B1",
    botUserId: "U1",
    logLevel: LogLevel.ERROR,
  });
  app.command(/.*/, async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: "ephemeral", text: "fixed answer" });
  });
  const server = (await app.start(0)) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: async () => {
      await app.stop();
    },
  };
}

async function startModelwise(apiUrl: string, store: SessionStore) {
  const logger = createLogger(() => {}, "error");
  const advisor = createAdvisor({ catalog: readCatalog() });
  const adapter = createSlackAdapter({
    config: { botToken: "xoxb-bench-token", signingSecret: SIGNING_SECRET, apiUrl, port: 0 },
    runTurn: createTurnRunner({ advisor, store, logger }),
    logger,
    sessions: store,
    apiRetries: 0,
  });
  const started = await adapter.start();
  return { url: `http://127.0.0.1:${started.port}/slack/events`, stop: () => adapter.stop() };
}

interface RoundResult {
  done: number;
  latencies: number[];
  failures: number;
}

async function round(url: string, sink: Awaited<ReturnType<typeof startResponseSink>>): Promise<RoundResult> {
  const slack = slackRequests(url);
  const latencies: number[] = [];
  let failures = 0;
  let seq = 0;
  const until = performance.now() + ROUND_MS;
  await Promise.all(
    Array.from({ length: USERS }, async (_, u) => {
      while (performance.now() < until) {
        const id = `u${u}-${seq++}`;
        const answered = sink.wait(id);
        const t = performance.now();
        const res = await slack.slashCommand({
          text: QUESTIONS[seq % QUESTIONS.length] ?? "",
          user: `U${String(u).padStart(8, "0")}`,
          channel: `C${String(u).padStart(8, "0")}`,
          responseUrl: sink.url(id),
        });
        if (res.status !== 200) {
          failures++;
          continue;
        }
        await answered;
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { done: latencies.length, latencies, failures };
}

const fake = await startFakeSlack();
const sink = await startResponseSink();
const bare = await startBareBolt();
const store = createMemorySessionStore();
const modelwise = await startModelwise(fake.apiUrl, store);

// Warm-up: JIT, catalogue index, connection pools.
await round(bare.url, sink);
await round(modelwise.url, sink);

const totals = { bare: { done: 0, ms: [] as number[] }, modelwise: { done: 0, ms: [] as number[] } };
let failures = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, app] of [
    ["bare", bare],
    ["modelwise", modelwise],
  ] as const) {
    const result = await round(app.url, sink);
    totals[name].done += result.done;
    totals[name].ms.push(...result.latencies);
    failures += result.failures;
    console.log(`round ${r + 1} ${name.padEnd(9)} ${((result.done / ROUND_MS) * 1000).toFixed(0)} commands/s`);
  }
}
const seconds = (ROUNDS * ROUND_MS) / 1000;
const bareRate = totals.bare.done / seconds;
const ourRate = totals.modelwise.done / seconds;
const ratio = ourRate / bareRate;
const ours = figureOf("modelwise: command → response", totals.modelwise.ms);
console.log(formatFigure(figureOf("bare Bolt: command → response", totals.bare.ms), null));
console.log(formatFigure(ours, null));
console.log(
  `throughput: bare ${bareRate.toFixed(0)}/s, modelwise ${ourRate.toFixed(0)}/s, ratio ${ratio.toFixed(2)} (${USERS} users, store: memory)`,
);
const mem = process.memoryUsage();
console.log(`memory (whole bench process): rss ${(mem.rss / 1048576).toFixed(0)} MB`);

await modelwise.stop();
await bare.stop();
await sink.close();
await fake.close();

const checks: Check[] = [
  { target: "throughput ≥ 0.9× bare Bolt", value: ratio.toFixed(2), ok: ratio >= 0.9 },
  below("modelwise answer p99", ours.p99, 50),
  { target: "no failed requests", value: String(failures), ok: failures === 0 },
];
console.log("");
for (const c of checks) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.target.padEnd(44)} ${c.value}`);
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
