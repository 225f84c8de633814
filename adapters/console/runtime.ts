// Everything a terminal session needs, composed: config, catalogue, advisor, session store and
// turn runner. `--session NAME` uses the persistent store (SQLite, or Redis when REDIS_URL is set)
// so the conversation survives a restart; without it a conversation lives in memory. A named
// session also keeps its watch: catalogue alerts for it are shown when the session next starts,
// and a refresh swapped in while the chat runs is used from the next question on.
import { createAdvisor } from "../../src/advisor.js";
import { sessionKey, type OutboundMessage } from "../../src/ports.js";
import { sendAlerts } from "../shared/alerts.js";
import { loadConfig } from "../shared/config.js";
import { createLiveCatalog } from "../shared/live-catalog.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { createMemorySessionStore } from "../shared/memory-session-store.js";
import { createTurnRunner, type TurnRunner } from "../shared/run-turn.js";
import { createSessionStore, storeConfigFor } from "../shared/session-store.js";
import { createWatchStore } from "../shared/watch-store.js";
import { terminalLogWriter } from "./terminal-log.js";

export interface ConsoleRuntimeOptions {
  /** Resume / keep a named conversation in the persistent store. */
  session?: string;
  /** A named team profile (`--profile NAME`), kept in the persistent store; "default" otherwise. */
  profile?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  catalogDir?: string;
  now?: () => Date;
}

export interface ConsoleRuntime {
  runTurn: TurnRunner;
  channel: string;
  /** The team profile's name (ConversationRef.workspace in the terminal), when one was given. */
  profile?: string;
  /** Alerts for this session's watch since it last ran (each shown once); none without --session. */
  pendingAlerts(): Promise<OutboundMessage[]>;
  close(): Promise<void>;
}

/** The persistent store (for --session / --profile) could not be opened; the message says what to fix. */
export class StoreOpenError extends Error {
  override name = "StoreOpenError";
}

/** Opens the store, turning a folder that cannot be made or written into a StoreOpenError (no stack for the user). */
function openStore<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    // A file-system error names the folder and what went wrong (ENOTDIR, EACCES, EROFS): worth showing.
    const errno = error as NodeJS.ErrnoException;
    const why = typeof errno.code === "string" && errno.message ? ` (${errno.message})` : "";
    throw new StoreOpenError(
      `the session store for --session / --profile could not be opened${why}. It is kept in MODELWISE_DATA_DIR (default .data/sessions in the repository): point that at a folder you can write.`,
    );
  }
}

export function createConsoleRuntime(options: ConsoleRuntimeOptions = {}): ConsoleRuntime {
  const env = options.env ?? process.env;
  const config = loadConfig(env);
  const logger =
    options.logger ??
    createLogger(
      terminalLogWriter((text) => process.stderr.write(text)),
      config.logLevel === "info" ? "warn" : config.logLevel,
    );
  const live = createLiveCatalog({ dir: options.catalogDir ?? config.catalogDir, logger });
  const build = () =>
    createAdvisor({ catalog: live.catalog(), warmUp: false, ...(options.now ? { now: options.now } : {}) });
  let advisor = build();
  live.onChange(() => {
    advisor = build();
  });
  // A named conversation or a named profile is kept on disk (or Redis): both outlive the process.
  const persistent =
    options.session || options.profile
      ? // The validated config decides, not whatever else is in process.env.
        openStore(() => createSessionStore(storeConfigFor(config, logger)))
      : null;
  const store = (options.session ? persistent : null) ?? createMemorySessionStore();
  const watches =
    options.session && persistent ? createWatchStore(persistent, { keyPrefix: config.redisKeyPrefix }) : undefined;
  const channel = options.session ?? "default";
  const inner = createTurnRunner({
    advisor: { handleTurn: (session, inbound, profile) => advisor.handleTurn(session, inbound, profile) },
    store,
    logger,
    ...(watches ? { watches } : {}),
    ...(persistent ? { profileStore: persistent } : {}),
  });
  // One stat per question: a refreshed catalogue serves the next question.
  const runTurn: TurnRunner = Object.assign(
    async (inbound: Parameters<TurnRunner>[0]) => {
      await live.check();
      return inner(inbound);
    },
    { drain: inner.drain, inFlight: inner.inFlight },
  );
  return {
    runTurn,
    channel,
    ...(options.profile ? { profile: options.profile } : {}),
    async pendingAlerts() {
      if (!persistent || !watches) return [];
      const shown: OutboundMessage[] = [];
      await sendAlerts(
        { watches, claims: persistent, logger, notify: { console: async (_ref, reply) => void shown.push(reply) } },
        live.catalog(),
        new Set([sessionKey({ platform: "console", channel })]),
      );
      return shown;
    },
    async close() {
      await persistent?.close();
    },
  };
}
