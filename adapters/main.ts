// The composition root: validate settings, read the catalogue, open the session store, build the
// advisor, rate limits and turn runner, then start every configured platform (Slack, Discord), or
// the terminal chat when none is configured. The catalogue is live: a refresh swapped in (by the
// schedule, another replica or the command) is picked up without a restart, and watching threads
// get their alerts. SIGINT/SIGTERM stop the platforms and close the
// store; an error nothing else caught is handled by process-guards.ts (which says what and why).
import { CatalogError } from "../src/catalog/load.js";
import { createAdvisor, type Advisor } from "../src/advisor.js";
import type { Platform } from "../src/ports.js";
import { sendAlerts, type AlertDeps, type Notify } from "./shared/alerts.js";
import { createLiveCatalog, type LiveCatalog } from "./shared/live-catalog.js";
import { createWatchStore } from "./shared/watch-store.js";
import { ConfigError, loadConfig, type AppConfig } from "./shared/config.js";
import { createLogger, redact, type Logger } from "./shared/logger.js";
import { installProcessGuards } from "./shared/process-guards.js";
import { createRateLimit } from "./shared/rate-limit.js";
import { DEFAULT_CATALOG_DIR } from "./shared/read-catalog.js";
import type { renderChartPng as RenderChartPngFn } from "./shared/chart/render-png.js";
import { opsRoutes, startOpsServer } from "./shared/ops-http.js";
import { CLAIM_TTL_MS, createTurnRunner, type TurnRunner } from "./shared/run-turn.js";
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
  const catalogDir = config.catalogDir ?? DEFAULT_CATALOG_DIR;
  let live: LiveCatalog;
  try {
    live = createLiveCatalog({ dir: catalogDir, logger });
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
  let advisor = createAdvisor({ catalog: live.catalog() });
  // handleTurn is synchronous, so a turn runs whole on the catalogue in service when it started;
  // a refresh swapped in meanwhile serves the next turn.
  const liveAdvisor: Advisor = {
    handleTurn: (session, inbound, profile) => advisor.handleTurn(session, inbound, profile),
  };
  const watches = createWatchStore(store, { keyPrefix: config.redisKeyPrefix });
  const rateLimit = createRateLimit({
    ...config.rateLimits,
    ...(store.redis ? { redis: store.redis, keyPrefix: config.redisKeyPrefix } : {}),
  });
  const { createMetrics } = await import("./shared/metrics.js");
  const metrics = createMetrics({ catalogAsOf: () => live.catalog().asOf });
  const runTurn = createTurnRunner({
    advisor: liveAdvisor,
    store,
    watches,
    logger,
    rateLimit,
    // One line per message: what was asked for and how it went, never the text itself.
    observe: (turn) => {
      metrics.observeTurn(turn);
      logger.info("turn", { ...turn, ms: Math.round(turn.seconds * 1000), seconds: undefined });
    },
    onStoreError: (operation, error) => metrics.storeError(operation, error),
  });
  // Which configured platforms are connected now, for /readyz.
  const connected: Record<string, boolean> = {
    ...(config.slack ? { slack: false } : {}),
    ...(config.discord ? { discord: false } : {}),
  };
  const routes = opsRoutes({ metrics, storeHealth: () => store.health(), platforms: () => connected });
  // Chart rendering loads with the first chart, not at start: its resvg native module alone is
  // ~2 MB resident in a process that may never draw one.
  const renderChartPng: typeof RenderChartPngFn = async (...args) =>
    (await import("./shared/chart/render-png.js")).renderChartPng(...args);
  const stops: Stop[] = [];
  let servedByBolt = false;
  const notify: Partial<Record<Platform, Notify>> = {};
  const alerts: AlertDeps = {
    watches,
    claims: store,
    notify,
    logger,
    onSent: (platform) => metrics.alertSent(platform),
  };
  const uninstallGuards = installProcessGuards(logger, () => shutdown(stops, store, logger, runTurn));

  if (config.slack) {
    const { createSlackAdapter } = await import("./slack/index.js");
    const slack = createSlackAdapter({
      config: config.slack,
      runTurn,
      logger,
      renderChartPng,
      sessions: store,
      opsRoutes: routes,
    });
    try {
      const started = await slack.start();
      servedByBolt = started.mode === "http";
      connected.slack = true;
      logger.info("slack started", { mode: started.mode, ...(started.port ? { port: started.port } : {}) });
    } catch (error) {
      await shutdown(stops, store, logger, runTurn);
      return fail(startErrorText("Slack", error));
    }
    notify.slack = (ref, reply) => slack.notify(ref, reply);
    stops.push(async () => {
      connected.slack = false;
      await slack.stop();
    });
  }

  if (config.discord) {
    const { createDiscordAdapter } = await import("./discord/index.js");
    try {
      const discord = createDiscordAdapter({
        config: config.discord,
        runTurn,
        logger,
        catalog: () => live.catalog(),
        renderChartPng,
        store,
        // A store that cannot answer must not silence the bot: answer (maybe twice) instead.
        claim: (id) => store.claim(id, CLAIM_TTL_MS).catch(() => true),
      });
      await discord.start();
      connected.discord = true;
      notify.discord = (ref, reply) => discord.notify(ref, reply);
      stops.push(async () => {
        connected.discord = false;
        await discord.stop();
      });
      logger.info("discord started");
    } catch (error) {
      await shutdown(stops, store, logger, runTurn);
      return fail(startErrorText("Discord", error));
    }
  }

  // Socket Mode and Discord have no HTTP server of their own: the operator endpoints get one.
  if (!servedByBolt) {
    try {
      const ops = await startOpsServer(routes, config.port);
      stops.unshift(() => ops.close());
      logger.info("operator endpoints", { port: ops.port });
    } catch (error) {
      await shutdown(stops, store, logger, runTurn);
      return fail(`the operator endpoints could not listen on PORT ${config.port}: ${describeListenError(error)}`);
    }
  }

  // A refreshed catalogue: new turns use it, and watching threads hear what changed.
  live.onChange(async (next) => {
    advisor = createAdvisor({ catalog: next.catalog });
    const run = await sendAlerts(alerts, next.catalog);
    logger.info("alert check", { version: next.version, ...run });
  });
  live.start();
  stops.unshift(async () => live.stop());
  // Changes swapped in while this process was down are told now (each once, across replicas).
  void sendAlerts(alerts, live.catalog()).then((run) =>
    logger.info("alert check", { version: live.current().version, ...run }),
  );
  if (config.refresh) {
    const { startRefreshSchedule } = await import("./tools/catalog-refresh/schedule.js");
    const schedule = startRefreshSchedule({
      ...config.refresh,
      catalogDir,
      claims: store,
      logger,
      onRun: async (result) => {
        if (result.outcome === "swapped") await live.check();
      },
    });
    stops.unshift(async () => schedule.stop());
    logger.info("catalogue refresh scheduled", { cron: config.refresh.cron, next: schedule.nextRun()?.toISOString() });
  }

  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info("shutting down", { signal });
      resolve();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  });
  await shutdown(stops, store, logger, runTurn);
  uninstallGuards();
  return 0;
}

/** Longest a shutdown waits for turns in progress before closing the store (SIGTERM → exit < 5 s). */
const DRAIN_MS = 3000;

async function shutdown(stops: Stop[], store: ClosableSessionStore, logger: Logger, turns: TurnRunner): Promise<void> {
  // Stop taking messages first (newest platform first), let the turns in progress finish and
  // save, then close the store they write to.
  for (const stop of [...stops].reverse()) {
    try {
      await stop();
    } catch (error) {
      logger.warn("a platform did not stop cleanly", { error: error instanceof Error ? error.name : "unknown" });
    }
  }
  if (!(await turns.drain(DRAIN_MS))) logger.warn("turns still running at shutdown", { count: turns.inFlight() });
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

function describeListenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") return "the port is already in use";
  if (code === "EACCES") return "permission denied (ports below 1024 need privileges)";
  return error instanceof Error ? error.message : String(error);
}

function fail(message: string): number {
  process.stderr.write(`modelwise cannot start: ${message}\n`);
  return 1;
}

const code = await main();
process.exitCode = code;
// Platform clients may keep sockets open for a moment after stop(); don't hang on them.
setTimeout(() => process.exit(code), 3000).unref();
