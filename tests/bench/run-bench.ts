// `npm run bench`: how fast modelwise understands and answers, on the real catalogue.
// Prints catalogue load time, per-turn p50/p95/max for understand() alone and for the whole
// advisor (a conversation of ~50 realistic questions), memory, and PASS/FAIL per target.
// Speed lives here, never in tests (timings vary by machine).
import { cpus, loadavg } from "node:os";
import { clearCatalogCache, readCatalog } from "../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../src/advisor.js";
import { newSession, type Session } from "../../src/conversation/session.js";
import { understand } from "../../src/intents/understand.js";
import type { InboundMessage } from "../../src/ports.js";
import { runChartBench } from "./chart-bench.js";

const TARGETS = {
  catalogLoadMs: 500,
  understandP95Ms: 5,
  turnP95Ms: 20,
  turnMaxMs: 200,
  heapUsedMb: 200,
};

// Realistic questions, in conversation order (some rely on the ones before: "it", "the second one").
const CORPUS = [
  "hi",
  "what can you do?",
  "tell me about gpt-4o",
  "who made GPT-J?",
  "did OpenAI make GPT-J?",
  "is Mistral 7B proprietary?",
  "is BLOOMZ a proprietary API?",
  "which licence is llama 3.1 70b under?",
  "can we use Llama 3.1 in an app with 800M monthly users?",
  "can we train our model on Claude's outputs?",
  "can we self-host GPT-4?",
  "does llama 3 70b require attribution?",
  "Which open models can we fine-tune and use with 1B monthly users?",
  "can we use qwen2.5 3b commercially?",
  "we're in the EU, can we use llama 3.2 11b vision?",
  "price of gpt-4o",
  "how much per token is claude sonet 4.5?",
  "how much is deepsek r1?",
  "price of llama 3",
  "the second one",
  "how much would gpt-4o cost at 10M input and 2M output tokens a month?",
  "monthly cost of llama 3.1 70b for 2,000 requests a day, 1,500 tokens in and 300 out",
  "mixtral 8x7 at 5 million tokens per month",
  "is Llama 3 70B 10 times cheaper than GPT-4?",
  "how much to self-host llama 3.3 70b at 500M tokens a month?",
  "assume H100 at $2.10/h, int4 and 50% utilization",
  "no ops staff",
  "when is self-hosting llama 3.3 70b cheaper than gpt-4o?",
  "break-even for mixtral 8x7b vs claude sonnet 4.5",
  "compare gpt4o, claude sonet 4.5 and lama 3.1 70b at 10M tokens a month",
  "gpt-4 vs gpt-4o",
  "compare them",
  "open vs closed",
  "pros and cons of open models",
  "tell me about gpt-7",
  "where do your facts come from?",
  "help me choose",
  "coding",
  "internal",
  "skip",
  "back",
  "skip",
  "recommend an open-weights model for coding under $500 a month at 20M tokens",
  "what if we self-host?",
  "double the traffic",
  "only open models",
  "why not GPT-4o?",
  "we don't need fine-tuning",
  "summarize",
  "start over",
  "a cheap open-weights model for coding, 20M tokens a month, data must stay in the EU",
  "x".repeat(10_000),
  "🤖🚀 \u0000\u0007",
];

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function summary(ms: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] ?? 0 };
}

function fmt(n: number): string {
  return `${n.toFixed(2)} ms`;
}

const results: { target: string; value: string; ok: boolean }[] = [];
function check(target: string, value: number, limit: number, unit = "ms"): void {
  results.push({ target: `${target} < ${limit} ${unit}`, value: `${value.toFixed(2)} ${unit}`, ok: value < limit });
}

// Timings on a busy machine are not the code's: say how busy it was.
const [load1] = loadavg();
console.log(
  `machine: ${cpus().length} CPUs, load average ${(load1 ?? 0).toFixed(1)}${(load1 ?? 0) > cpus().length ? " (busy: timings below are inflated)" : ""}`,
);

// 1. Catalogue load (cold: parse and validate the JSON files).
clearCatalogCache();
let t = performance.now();
const catalog = readCatalog();
const loadMs = performance.now() - t;
console.log(
  `catalogue: ${catalog.models.length} models, ${catalog.licenses.length} licences, loaded and validated in ${fmt(loadMs)}`,
);
check("catalogue load", loadMs, TARGETS.catalogLoadMs);

// 2. understand() alone, first call (builds the lookup index) then repeated passes.
t = performance.now();
understand("tell me about gpt-4o", { catalog, session: newSession(new Date()) });
console.log(`lookup index build + first understand(): ${fmt(performance.now() - t)}`);
// The first pass pays for compiling each pattern once (a long-running bot pays it once per
// process); it is shown apart from the steady state the targets are about.
const firstPassMs: number[] = [];
const understandMs: number[] = [];
const perText = new Map<string, number[]>();
for (let pass = 0; pass < 6; pass++) {
  const session = newSession(new Date());
  for (const text of CORPUS) {
    t = performance.now();
    understand(text, { catalog, session });
    const ms = performance.now() - t;
    (pass === 0 ? firstPassMs : understandMs).push(ms);
    if (pass > 0) perText.set(text, [...(perText.get(text) ?? []), ms]);
  }
}
const cold = summary(firstPassMs);
console.log(
  `understand(), first pass: ${firstPassMs.length} calls  p50 ${fmt(cold.p50)}  p95 ${fmt(cold.p95)}  max ${fmt(cold.max)}`,
);
const u = summary(understandMs);
console.log(
  `understand(), warm: ${understandMs.length} calls  p50 ${fmt(u.p50)}  p95 ${fmt(u.p95)}  max ${fmt(u.max)}`,
);
// Median per message, so one garbage-collection pause does not name the wrong culprit.
const medians = [...perText].map(([text, ms]) => [text, summary(ms).p50] as const).sort((a, b) => b[1] - a[1]);
for (const [text, ms] of medians.slice(0, 3))
  console.log(`  slowest (median): ${fmt(ms)}  ${JSON.stringify(text.slice(0, 70))}`);
check("understand p95", u.p95, TARGETS.understandP95Ms);

// 3. The whole advisor, turn by turn, carrying the session like an adapter would.
const advisor = createAdvisor({ catalog, now: () => new Date("2026-11-29T10:00:00Z") });
const turnMs: number[] = [];
const slowest: { text: string; ms: number }[] = [];
let failures = 0;
for (let pass = 0; pass < 3; pass++) {
  let session: Session = newSession(new Date("2026-11-29T10:00:00Z"));
  CORPUS.forEach((text, i) => {
    const inbound: InboundMessage = {
      ref: { platform: "console", channel: "bench" },
      user: { id: "bench" },
      text,
      messageId: `bench-${pass}-${i}`,
      receivedAt: new Date("2026-11-29T10:00:00Z"),
    };
    t = performance.now();
    try {
      const result = advisor.handleTurn(session, inbound);
      session = result.session;
    } catch (error) {
      failures++;
      if (pass === 0) console.log(`  turn threw for ${JSON.stringify(text.slice(0, 60))}: ${(error as Error).message}`);
    }
    const ms = performance.now() - t;
    turnMs.push(ms);
    if (pass > 0) slowest.push({ text, ms });
  });
}
const a = summary(turnMs);
console.log(
  `advisor turn: ${turnMs.length} turns  p50 ${fmt(a.p50)}  p95 ${fmt(a.p95)}  max ${fmt(a.max)}  (${failures} threw)`,
);
slowest.sort((x, y) => y.ms - x.ms);
for (const s of slowest.slice(0, 5)) console.log(`  slow: ${fmt(s.ms)}  ${JSON.stringify(s.text.slice(0, 70))}`);
check("advisor turn p95", a.p95, TARGETS.turnP95Ms);
check("advisor turn max (warm)", slowest[0]?.ms ?? 0, TARGETS.turnMaxMs);
results.push({ target: "no turn throws", value: String(failures), ok: failures === 0 });

// 4. Charts (rendered by the adapters, outside the core), when available.
try {
  for (const r of await runChartBench(5))
    console.log(`${r.name}: median ${fmt(r.medianMs)}  p95 ${fmt(r.p95Ms)}  max ${fmt(r.maxMs)}`);
} catch (error) {
  console.log(`chart bench skipped: ${(error as Error).message}`);
}

// 5. Memory.
const mem = process.memoryUsage();
const heapMb = mem.heapUsed / 1024 / 1024;
console.log(`memory: rss ${(mem.rss / 1024 / 1024).toFixed(1)} MB, heap used ${heapMb.toFixed(1)} MB`);
check("heap used", heapMb, TARGETS.heapUsedMb, "MB");

console.log("");
for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.target.padEnd(34)} ${r.value}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
