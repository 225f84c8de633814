// `npm run bench:answer`: CPU time the core spends per message on a fixed message set, the
// figure the Slack bench's "answer" share is made of, measured in one process in CPU time (best of
// ANSWER_CPU_ROUNDS), which other load on the machine changes less than wall time, though still by
// tens of percent on a crowded machine: compare runs of one session, or count instructions. Sets:
// - slack: the Slack bench's five commands, each on a person's growing session, as the bench sends them;
// - corpus: every labelled message of tests/corpus (what people write), each on a fresh session;
// - requirements: parseRequirements alone over the corpus texts (the shared reading of requirements).
// BENCH_PROFILE=<file> writes a V8 CPU profile of the measured calls; ANSWER_CPU_ONLY=slack (or
// corpus, requirements) measures and profiles one set only.
import { readFileSync, writeFileSync } from "node:fs";
import { Session as InspectorSession } from "node:inspector";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../src/advisor.js";
import { newSession, type Session } from "../../src/conversation/session.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import type { InboundMessage } from "../../src/ports.js";
import { startMessage } from "../../src/per-message-memo.js";

const SLACK_QUESTIONS = [
  "price of gpt-4o",
  "can we use llama 3.1 70b commercially?",
  "compare gpt-4o and claude sonnet 4.5",
  "how much would gpt-4o cost at 10M tokens a month?",
  "tell me about mistral 7b",
];
const ROUNDS = Number(process.env.ANSWER_CPU_ROUNDS ?? 5);
const at = new Date("2026-12-01T10:00:00Z");
const catalog = readCatalog();
const advisor = createAdvisor({ catalog, now: () => at });
const corpus = ["dev", "test"].flatMap((part) =>
  readFileSync(join(PACKAGE_ROOT, `tests/corpus/${part}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
let n = 0;
const inbound = (text: string): InboundMessage => ({
  ref: { platform: "slack", workspace: "T1", channel: "C1" },
  user: { id: "U1" },
  text,
  messageId: `m${n++}`,
  receivedAt: at,
});

/** CPU µs per call of `fn` over `count` calls, best of ROUNDS (after one warm-up round). */
function measure(count: number, fn: (i: number) => void): number {
  let best = Infinity;
  for (let r = 0; r <= ROUNDS; r++) {
    const before = process.cpuUsage();
    for (let i = 0; i < count; i++) fn(i);
    const used = process.cpuUsage(before);
    if (r > 0) best = Math.min(best, (used.user + used.system) / count);
  }
  return best;
}

const only = process.env.ANSWER_CPU_ONLY;
const wanted = (set: string) => only === undefined || only === set;
const profiler = process.env.BENCH_PROFILE ? new InspectorSession() : undefined;
if (profiler) {
  profiler.connect();
  profiler.post("Profiler.enable");
  profiler.post("Profiler.setSamplingInterval", { interval: 100 });
  profiler.post("Profiler.start");
}

// A person's session over the five commands, as the bench cycles them (sessions grow, then restart).
const people: Session[] = Array.from({ length: 50 }, () => newSession(at));
if (wanted("slack")) {
  const slack = measure(SLACK_QUESTIONS.length * 50 * 4, (i) => {
    const p = i % 50;
    const q = Math.floor(i / 50) % SLACK_QUESTIONS.length;
    people[p] = advisor.handleTurn(people[p]!, inbound(SLACK_QUESTIONS[q]!)).session;
  });
  console.log(`slack mix (5 commands on growing sessions): ${slack.toFixed(0)} µs CPU per message`);
  for (const q of SLACK_QUESTIONS) {
    const us = measure(400, () => advisor.handleTurn(newSession(at), inbound(q)));
    console.log(`  ${q.padEnd(52)} ${us.toFixed(0)} µs (fresh session)`);
  }
}
if (wanted("corpus")) {
  const whole = measure(corpus.length, (i) => advisor.handleTurn(newSession(at), inbound(corpus[i]!)));
  console.log(`corpus (${corpus.length} messages, fresh sessions): ${whole.toFixed(0)} µs CPU per message`);
}
if (wanted("requirements")) {
  const requirements = measure(corpus.length, (i) => {
    startMessage();
    parseRequirements(corpus[i]!, catalog);
  });
  console.log(`parseRequirements over the corpus: ${requirements.toFixed(0)} µs CPU per message`);
}

if (profiler) {
  profiler.post("Profiler.stop", (error, result) => {
    if (!error) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(result.profile));
  });
}
