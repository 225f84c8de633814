// bench:slack's "floor" app (BENCH_FLOOR=1): modelwise's Slack path with everything around the
// answer and nothing of the answer. The real Slack adapter, turn runner (duplicate check, rate
// limits, conversation lock), SQLite store, per-turn log line and metrics, with an advisor that
// replies to every message with one fixed line instead of understanding it and building an
// answer. Its CPU per command against the bare app's and modelwise's, in the same rounds, tells
// what the Slack plumbing costs and what reading and answering the message costs.
// Run by the bench as `node --import tsx tests/bench/slack-floor-app.ts`, with modelwise's env.
import type { Advisor } from "../../src/advisor.js";
import { createLogger } from "../../adapters/shared/logger.js";
import { createMetrics } from "../../adapters/shared/metrics.js";
import { createRateLimit } from "../../adapters/shared/rate-limit.js";
import { createTurnRunner, textReply } from "../../adapters/shared/run-turn.js";
import { createSessionStore } from "../../adapters/shared/session-store.js";
import { parseSlackConfig } from "../../adapters/slack/config.js";
import { createSlackAdapter } from "../../adapters/slack/index.js";

const logger = createLogger(undefined, "info");
const store = createSessionStore({ kind: "sqlite", dataDir: process.env.MODELWISE_DATA_DIR ?? ".", logger });
const fixed: Advisor = {
  handleTurn: (session, inbound) => ({
    session: { ...session, turns: session.turns + 1, updatedAt: inbound.receivedAt.toISOString() },
    replies: [textReply("A fixed answer.", "price")],
  }),
};
const metrics = createMetrics({ catalogAsOf: "2026-01-01" });
const runTurn = createTurnRunner({
  advisor: fixed,
  store,
  logger,
  rateLimit: createRateLimit({ userPerMinute: 999_999, workspacePerMinute: 999_999 }),
  observe: (turn) => {
    metrics.observeTurn(turn);
    logger.info("turn", { ...turn, ms: Math.round(turn.seconds * 1000), seconds: undefined });
  },
});
const slack = createSlackAdapter({ config: parseSlackConfig(process.env), runTurn, logger, sessions: store });
await slack.start();
process.once("SIGTERM", () => void slack.stop().then(() => store.close().then(() => process.exit(0))));
