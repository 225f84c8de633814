// The SessionStore port over Keyv 5: memory for tests, an embedded file store (keyv-file) as the
// no-server default, and Redis when several replicas share sessions. Every store failure REJECTS
// (Keyv's default is to swallow it and answer undefined, which would look like a fresh session
// and overwrite the saved thread on the next save), and values are read through the session
// version check in session-format.ts.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Keyv from "keyv";
import KeyvRedis from "@keyv/redis";
import { KeyvFile } from "keyv-file";
import type { Session, SessionStore } from "../../src/conversation/session.js";
import { silentLogger, type Logger } from "./logger.js";
import { readStoredSession } from "./session-format.js";

export type SessionStoreKind = "memory" | "file" | "redis";

export interface SessionStoreConfig {
  kind?: SessionStoreKind;
  redisUrl?: string;
  /** Folder of the file store; default MODELWISE_DATA_DIR or <repo>/.data/sessions. */
  dataDir?: string;
  logger?: Logger;
  /** Keyv namespace; tests use their own so they never touch real sessions. */
  namespace?: string;
  /** How long to wait for Redis before a call fails (ms). */
  connectTimeoutMs?: number;
  /** Redis turn lock: expiry if a holder dies (ms), and how long a turn waits for it (ms). */
  lockTtlMs?: number;
  lockWaitMs?: number;
}

export type ClosableSessionStore = SessionStore & {
  readonly kind: SessionStoreKind;
  /**
   * Redis only: runs fn while holding a lock on the key shared by every replica, so turns on one
   * conversation are serialized across processes too (the in-process key lock covers one).
   */
  withLock?<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Where the file store keeps its data (file kind only). */
  readonly location?: string;
  close(): Promise<void>;
};

export const SESSIONS_FILE_NAME = "sessions.json";
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MODELWISE_DATA_DIR && env.MODELWISE_DATA_DIR.trim() !== ""
    ? path.resolve(env.MODELWISE_DATA_DIR)
    : path.join(REPO_ROOT, ".data", "sessions");
}

/** Which store a config selects: explicit kind, else Redis when a URL is given (or REDIS_URL is set), else file. */
export function resolveStoreKind(
  config: SessionStoreConfig,
  env: NodeJS.ProcessEnv = process.env,
): { kind: SessionStoreKind; redisUrl?: string } {
  const redisUrl = config.redisUrl ?? (env.REDIS_URL && env.REDIS_URL.trim() !== "" ? env.REDIS_URL : undefined);
  if (config.kind === "redis") {
    if (!redisUrl) throw new Error("session store: kind 'redis' needs a redisUrl (or REDIS_URL)");
    return { kind: "redis", redisUrl };
  }
  if (config.kind) return { kind: config.kind };
  return redisUrl ? { kind: "redis", redisUrl } : { kind: "file" };
}

export function createSessionStore(config: SessionStoreConfig = {}): ClosableSessionStore {
  const logger = config.logger ?? silentLogger;
  const namespace = config.namespace ?? "modelwise-sessions";
  const { kind, redisUrl } = resolveStoreKind(config);
  let keyv: Keyv;
  let location: string | undefined;
  let redis: KeyvRedis<unknown> | undefined;

  if (kind === "memory") {
    keyv = new Keyv({ namespace, throwOnErrors: true });
  } else if (kind === "file") {
    const dir = config.dataDir ? path.resolve(config.dataDir) : defaultDataDir();
    location = path.join(dir, SESSIONS_FILE_NAME);
    setAsideUnreadableFile(location, logger);
    // writeDelay 0: the adapter's own batching would otherwise hold every save back 100 ms.
    keyv = new Keyv({ store: new KeyvFile({ filename: location, writeDelay: 0 }), namespace, throwOnErrors: true });
  } else {
    const store = new KeyvRedis(redisUrl, {
      throwOnConnectError: true,
      throwOnErrors: true,
      connectionTimeout: config.connectTimeoutMs ?? 2000,
    });
    keyv = new Keyv({ store, namespace, useKeyPrefix: false, throwOnErrors: true });
    redis = store;
  }
  keyv.on("error", (error: unknown) => logger.warn("session store error", { kind, error: describe(error) }));

  // keyv-file snapshots the whole map when a save starts, and a set() that arrives while that
  // save is writing resolves with it, before its own value is on disk (checked: the value was
  // missing from a fresh instance). One write at a time makes every resolved set() durable.
  let writes: Promise<unknown> = Promise.resolve();
  function serialWrite<T>(fn: () => Promise<T>): Promise<T> {
    if (kind !== "file") return fn();
    const run = writes.then(fn, fn);
    writes = run.catch(() => undefined);
    return run;
  }

  const lockOptions = { ttlMs: config.lockTtlMs ?? 30_000, waitMs: config.lockWaitMs ?? 15_000 };
  return {
    kind,
    ...(location ? { location } : {}),
    ...(redis ? { withLock: redisLock(redis, `${namespace}::lock::`, lockOptions) } : {}),
    async get(key: string): Promise<Session | undefined> {
      const stored: unknown = await keyv.get(key);
      if (stored === undefined || stored === null) return undefined;
      return readStoredSession(key, stored);
    },
    async set(key: string, session: Session, ttlMs: number): Promise<void> {
      const ok = await serialWrite(() => keyv.set(key, session, ttlMs));
      if (ok === false) throw new Error(`session store (${kind}) refused to save ${key}`);
    },
    async delete(key: string): Promise<void> {
      await serialWrite(() => keyv.delete(key));
    },
    async close(): Promise<void> {
      await writes;
      await keyv.disconnect();
    },
  };
}

// Release only our own lock: the token check and the delete must be one atomic step.
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

interface RawRedis {
  sendCommand(args: string[]): Promise<unknown>;
}

export class SessionBusyError extends Error {
  constructor(key: string) {
    super(`session ${key} stayed locked by another turn`);
    this.name = "SessionBusyError";
  }
}

/**
 * A lock per conversation across replicas: SET NX PX with a random token, retried with backoff
 * until `waitMs`, released by token. The expiry frees the key if a replica dies mid-turn.
 */
function redisLock(store: KeyvRedis<unknown>, prefix: string, opts: { ttlMs: number; waitMs: number }) {
  return async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const client = (await store.getClient()) as unknown as RawRedis;
    const lockKey = prefix + key;
    const token = randomUUID();
    const deadline = Date.now() + opts.waitMs;
    let delay = 5;
    while ((await client.sendCommand(["SET", lockKey, token, "NX", "PX", String(opts.ttlMs)])) !== "OK") {
      if (Date.now() > deadline) throw new SessionBusyError(key);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 50);
    }
    try {
      return await fn();
    } finally {
      await client.sendCommand(["EVAL", RELEASE, "1", lockKey, token]).catch(() => undefined);
    }
  };
}

/**
 * keyv-file silently starts empty when its file does not parse, and its next save would then
 * overwrite every stored thread. Move such a file aside (kept for inspection) and say so.
 */
function setAsideUnreadableFile(file: string, logger: Logger): void {
  if (!existsSync(file)) return;
  try {
    JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const aside = `${file}.unreadable-${Date.now()}`;
    renameSync(file, aside);
    logger.error("sessions file was unreadable; moved aside and starting a new one", {
      file,
      movedTo: aside,
      error: describe(error),
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
