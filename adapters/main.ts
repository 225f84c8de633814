// The composition root: validate settings, read the catalogue, open the session store, build the
// advisor, rate limits and turn runner, then start every configured platform (Slack, Discord), or
// the terminal chat when none is configured. SIGINT/SIGTERM stop the platforms and close the
// store; an error nothing else caught is handled by process-guards.ts (which says what and why).
import { CatalogError } from "../src/catalog/load.js";
import { createAdvisor } from "../src/advisor.js";
import { ConfigError, loadConfig, type AppConfig } from "./shared/config.js";
import { createLogger, redact, type Logger } from "./shared/logger.js";
import { installProcessGuards } from "./shared/process-guards.js";
import { createRateLimit } from "./shared/rate-limit.js";
import { readCatalog } from "./shared/read-catalog.js";
import { CLAIM_TTL_MS, createTurnRunner } from "./shared/run-turn.js";
import { createSessionStore, storeConfigFor, type ClosableSessionStore } from "./shared/session-store.js";

type Stop = () => Promise<void>;

async function main(): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }

  // No platform configured: the terminal chat, exactly as `modelwise chat` (extra args pass through).
  if (!config.slack && !config.discord) {
    const { runCli } = await import("./console/cli.js");
    return runCli(["chat", ...process.argv.slice(2)], {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  }

  const logger = createLogger(undefined, config.logLevel);
  let catalog;
  try {
    catalog = readCatalog();
  } catch (error) {
    if (error instanceof CatalogError) return fail(`the catalogue is invalid: ${error.message}`);
    throw error;
  }

  let store: ClosableSessionStore;
  try {
    store = createSessionStore(storeConfigFor(config, logger));
  } catch (error) {
    return fail(`the session store could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
  const health = await store.health();
  logger.info("session store", { ...health });
  const advisor = createAdvisor({ catalog });
  const rateLimit = createRateLimit({ ...config.rateLimits, ...(store.redis ? { redis: store.redis } : {}) });
  const runTurn = createTurnRunner({ advisor, store, logger, rateLimit });
  const { renderChartPng } = await import("./shared/chart/render-png.js");
  const stops: Stop[] = [];
  const uninstallGuards = installProcessGuards(logger, () => shutdown(stops, store, logger));

  if (config.slack) {
    const { createSlackAdapter } = await import("./slack/index.js");
    const slack = createSlackAdapter({
      config: config.slack,
      runTurn,
      logger,
      renderChartPng,
      sessions: store,
      // Health without the location: /readyz is reachable from outside.
      readiness: async () => {
        const { kind, ok } = await store.health();
        return { kind, ok };
      },
    });
    try {
      const started = await slack.start();
      logger.info("slack started", { mode: started.mode, ...(started.port ? { port: started.port } : {}) });
    } catch (error) {
      await shutdown(stops, store, logger);
      return fail(startErrorText("Slack", error));
    }
    stops.push(() => slack.stop());
  }

  if (config.discord) {
    const { createDiscordAdapter } = await import("./discord/index.js");
    try {
      const discord = createDiscordAdapter({
        config: config.discord,
        runTurn,
        logger,
        catalog,
        renderChartPng,
        store,
        // A store that cannot answer must not silence the bot: answer (maybe twice) instead.
        claim: (id) => store.claim(id, CLAIM_TTL_MS).catch(() => true),
      });
      await discord.start();
      stops.push(() => discord.stop());
      logger.info("discord started");
    } catch (error) {
      await shutdown(stops, store, logger);
      return fail(startErrorText("Discord", error));
    }
  }

  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info("shutting down", { signal });
      resolve();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  });
  await shutdown(stops, store, logger);
  uninstallGuards();
  return 0;
}

async function shutdown(stops: Stop[], store: ClosableSessionStore, logger: Logger): Promise<void> {
  // Stop taking messages first (newest platform first), then close the store they write to.
  for (const stop of [...stops].reverse()) {
    try {
      await stop();
    } catch (error) {
      logger.warn("a platform did not stop cleanly", { error: error instanceof Error ? error.name : "unknown" });
    }
  }
  try {
    await store.close();
  } catch (error) {
    logger.warn("the session store did not close cleanly", { error: error instanceof Error ? error.name : "unknown" });
  }
}

/** Start-up failures are the adapters' own friendly messages (they never include tokens). */
function startErrorText(platform: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redact(`${platform} could not start: ${message}`);
}

function fail(message: string): number {
  process.stderr.write(`modelwise cannot start: ${message}\n`);
  return 1;
}

const code = await main();
process.exitCode = code;
// Platform clients may keep sockets open for a moment after stop(); don't hang on them.
setTimeout(() => process.exit(code), 3000).unref();
