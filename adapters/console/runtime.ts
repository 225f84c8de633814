// Everything a terminal session needs, composed: config, catalogue, advisor, session store and
// turn runner. `--session NAME` uses the persistent store (SQLite, or Redis when REDIS_URL is set)
// so the conversation survives a restart; without it a conversation lives in memory.
import { createAdvisor } from "../../src/advisor.js";
import { loadConfig } from "../shared/config.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { createMemorySessionStore } from "../shared/memory-session-store.js";
import { readCatalog } from "../shared/read-catalog.js";
import { createTurnRunner, type TurnRunner } from "../shared/run-turn.js";
import { createSessionStore, storeConfigFor } from "../shared/session-store.js";

export interface ConsoleRuntimeOptions {
  /** Resume / keep a named conversation in the persistent store. */
  session?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  catalogDir?: string;
  now?: () => Date;
}

export interface ConsoleRuntime {
  runTurn: TurnRunner;
  channel: string;
  close(): Promise<void>;
}

export function createConsoleRuntime(options: ConsoleRuntimeOptions = {}): ConsoleRuntime {
  const env = options.env ?? process.env;
  const config = loadConfig(env);
  const logger = options.logger ?? createLogger(undefined, config.logLevel === "info" ? "warn" : config.logLevel);
  const catalog = readCatalog(options.catalogDir);
  const advisor = createAdvisor({ catalog, warmUp: false, ...(options.now ? { now: options.now } : {}) });
  const persistent = options.session
    ? // The validated config decides, not whatever else is in process.env.
      createSessionStore(storeConfigFor(config, logger))
    : null;
  const store = persistent ?? createMemorySessionStore();
  return {
    runTurn: createTurnRunner({ advisor, store, logger }),
    channel: options.session ?? "default",
    async close() {
      await persistent?.close();
    },
  };
}
