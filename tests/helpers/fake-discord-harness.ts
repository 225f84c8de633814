// The real Discord adapter (real discord.js Client, real advisor, real turn runner) wired to the
// fake Discord, for end-to-end tests. Turns are awaited through the adapter's own
// "discord turn answered" log line, so tests never sleep and guess.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord/index.js";
import { readCatalog, DEFAULT_CATALOG_DIR } from "../../adapters/shared/read-catalog.js";
import type { Logger } from "../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../adapters/shared/memory-session-store.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { createAdvisor } from "../../src/advisor.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import type { Block } from "../../src/ports.js";
import { miniCatalog } from "../fixtures/mini-catalog/index.js";
import { APP_ID, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from "./fake-discord.js";

export interface LogEntry {
  level: "info" | "warn" | "error";
  message: string;
  fields: Record<string, unknown>;
}

/** The real catalogue once it is generated; the lookup tests' mini catalogue until then. */
export function testCatalog(): Catalog {
  return existsSync(join(DEFAULT_CATALOG_DIR, "models.json")) ? readCatalog() : miniCatalog();
}

export interface HarnessOptions extends FakeDiscordOptions {
  messageContent?: boolean;
  renderChartPng?: (block: Extract<Block, { kind: "chart" }>) => Promise<Buffer>;
  moveSessionsIntoThreads?: boolean;
}

export async function startDiscordHarness(opts: HarnessOptions = {}) {
  const fake: FakeDiscord = await startFakeDiscord(opts);
  const logs: LogEntry[] = [];
  // Who waits for a log line: checked at each new line, so a wait ends on the event, however long
  // the machine takes to get there (the test's own timeout still bounds it).
  const logWaiters = new Set<(entry: LogEntry) => void>();
  const entry =
    (level: LogEntry["level"]) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      const line = { level, message, fields };
      logs.push(line);
      for (const waiter of [...logWaiters]) waiter(line);
    };
  const logger: Logger = { info: entry("info"), warn: entry("warn"), error: entry("error") };
  const catalog = testCatalog();
  const store = createMemorySessionStore();
  const runTurn = createTurnRunner({ advisor: createAdvisor({ catalog }), store, logger });
  const adapter: DiscordAdapter = createDiscordAdapter({
    config: {
      token: "fake.bot.token",
      applicationId: APP_ID,
      apiUrl: fake.apiBase,
      messageContent: opts.messageContent ?? true,
    },
    runTurn,
    logger,
    catalog: () => catalog,
    ...(opts.renderChartPng ? { renderChartPng: opts.renderChartPng } : {}),
    ...(opts.moveSessionsIntoThreads === false ? {} : { store }),
    // The fake answers in this same process, so a REST call also waits for this process to get a
    // CPU: on a crowded machine a 5 s bound can end a chart upload that is merely slow, and the
    // answer falls back to text bars. The fake never stalls on purpose; the bound only catches a hang.
    rest: { retries: 0, timeout: 30_000 },
    readyTimeoutMs: 10_000,
  });
  await adapter.start();

  /**
   * Resolves once the adapter finished answering the message or interaction with this id: on its
   * "discord turn answered" line, not a fixed wait (a first chart loads Vega, seconds on a busy machine).
   */
  const turnDone = (id: string) =>
    new Promise<LogEntry>((resolve) => {
      const answered = (l: LogEntry) =>
        l.message === "discord turn answered" && (l.fields.messageId === id || l.fields.interactionId === id);
      const seen = logs.find(answered);
      if (seen) return resolve(seen);
      const waiter = (l: LogEntry) => {
        if (!answered(l)) return;
        logWaiters.delete(waiter);
        resolve(l);
      };
      logWaiters.add(waiter);
    });

  return {
    fake,
    adapter,
    logs,
    store,
    catalog,
    turnDone,
    errors: () => logs.filter((l) => l.level === "error"),
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export type DiscordHarness = Awaited<ReturnType<typeof startDiscordHarness>>;
