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
import { APP_ID, startFakeDiscord, waitFor, type FakeDiscord, type FakeDiscordOptions } from "./fake-discord.js";

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
  const entry =
    (level: LogEntry["level"]) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      void logs.push({ level, message, fields });
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
    rest: { retries: 0, timeout: 5000 },
    readyTimeoutMs: 10_000,
  });
  await adapter.start();

  /** Resolves once the adapter finished answering the message or interaction with this id. */
  const turnDone = (id: string) =>
    waitFor(
      () =>
        logs.find(
          (l) => l.message === "discord turn answered" && (l.fields.messageId === id || l.fields.interactionId === id),
        ),
      `turn ${id}`,
    );

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
