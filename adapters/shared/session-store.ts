// The SessionStore port, three ways: memory (tests, one-off terminal chats), an embedded SQLite
// file (the default: crash-safe, no server; see sqlite-session-store.ts), and Redis when several
// replicas share sessions (REDIS_URL; see redis-session-store.ts). Whatever the kind:
// - every call is bounded by a timeout and REJECTS on failure (never "no session", which would
//   look like a fresh conversation and overwrite the saved thread on the next save);
// - values are read through the session version check in session-format.ts;
// - health() says whether the store answers now (for /readyz).
import path from "node:path";
import type { Session, SessionStore } from "../../src/conversation/session.js";
import { silentLogger, type Logger } from "./logger.js";
import { PACKAGE_ROOT } from "./package-root.js";
import { readStoredSession } from "./session-format.js";
import { openRedisSessionStore, type LockedReads, type RedisClient } from "./redis-session-store.js";
import { openSqliteSessionStore } from "./sqlite-session-store.js";
import { describeError, withTimeout } from "./store-errors.js";

export { SessionBusyError } from "./store-errors.js";
export { SQLITE_FILE_NAME, LEGACY_JSON_FILE_NAME } from "./sqlite-session-store.js";

export type SessionStoreKind = "memory" | "sqlite" | "redis";

/** Key namespace of sessions (Redis keys start with it; REDIS_KEY_PREFIX goes before it). */
const DEFAULT_NAMESPACE = "modelwise-sessions";

/** Every store call and lock wait is bounded by this much at most (ms). */
export const STORE_CALL_LIMIT_MS = 2000;

export interface SessionStoreConfig {
  kind?: SessionStoreKind;
  redisUrl?: string;
  /** Folder of the SQLite file; default MODELWISE_DATA_DIR or <repo>/.data/sessions. */
  dataDir?: string;
  logger?: Logger;
  /** Key namespace; tests use their own so they never touch real sessions. */
  namespace?: string;
  /** Limit on each store call (ms, at most STORE_CALL_LIMIT_MS). */
  callTimeoutMs?: number;
  /** Redis turn lock: expiry if a holder dies (ms), and how long a turn waits for it (ms, ≤ 2 s). */
  lockTtlMs?: number;
  lockWaitMs?: number;
}

export interface StoreHealth {
  kind: SessionStoreKind;
  ok: boolean;
  /** Where the data lives (a file path, or Redis host:port without credentials). */
  location?: string;
  /** Why not ok, for operators (no secrets). */
  detail?: string;
}

export type ClosableSessionStore = SessionStore & {
  readonly kind: SessionStoreKind;
  /**
   * Redis only: runs fn while holding a lock on the key shared by every replica, so turns on one
   * conversation are serialized across processes too (the in-process key lock covers one). The
   * values under `readKeys` are read in the same round trip as the lock is taken and handed to fn.
   */
  withLock?<T>(key: string, fn: (reads: LockedReads) => Promise<T>, readKeys?: string[]): Promise<T>;
  /**
   * Claims an id once across every process sharing this store (Redis: SET NX PX; SQLite: an
   * insert into a claims table; memory: this process). true for the first caller until ttlMs.
   */
  claim(id: string, ttlMs: number): Promise<boolean>;
  /** Gives a claim back (the work it guarded failed before answering). */
  release(id: string): Promise<void>;
  /** Whether the store answers right now; never rejects, bounded by the call timeout. */
  health(): Promise<StoreHealth>;
  /** The Redis client (Redis kind only), for other shared state such as rate limits. */
  readonly redis?: RedisClient;
  /** Where the data lives (SQLite file path, or Redis host:port). */
  readonly location?: string;
  close(): Promise<void>;
};

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MODELWISE_DATA_DIR && env.MODELWISE_DATA_DIR.trim() !== ""
    ? path.resolve(env.MODELWISE_DATA_DIR)
    : path.join(PACKAGE_ROOT, ".data", "sessions");
}

/** Which store a config selects: explicit kind, else Redis when a URL is given (or REDIS_URL is set), else SQLite. */
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
  return redisUrl ? { kind: "redis", redisUrl } : { kind: "sqlite" };
}

/** The store the validated settings select: Redis when REDIS_URL is set, else SQLite in the data dir. */
export function storeConfigFor(
  config: { redisUrl?: string; redisKeyPrefix?: string; dataDir?: string },
  logger: Logger,
): SessionStoreConfig {
  return {
    ...(config.redisUrl ? { kind: "redis" as const, redisUrl: config.redisUrl } : { kind: "sqlite" as const }),
    ...(config.redisUrl && config.redisKeyPrefix ? { namespace: `${config.redisKeyPrefix}${DEFAULT_NAMESPACE}` } : {}),
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    logger,
  };
}

export function createSessionStore(config: SessionStoreConfig = {}): ClosableSessionStore {
  const logger = config.logger ?? silentLogger;
  const namespace = config.namespace ?? DEFAULT_NAMESPACE;
  const limit = Math.min(config.callTimeoutMs ?? 1500, STORE_CALL_LIMIT_MS);
  const { kind, redisUrl } = resolveStoreKind(config);
  const bounded = <T>(what: string, work: () => Promise<T> | T): Promise<T> =>
    withTimeout(Promise.resolve().then(work), limit, `session store ${what}`);

  if (kind === "redis") {
    const redis = openRedisSessionStore({
      url: redisUrl ?? "",
      namespace,
      logger,
      commandTimeoutMs: limit,
      lockTtlMs: config.lockTtlMs ?? 30_000,
      lockWaitMs: Math.min(config.lockWaitMs ?? STORE_CALL_LIMIT_MS, STORE_CALL_LIMIT_MS),
    });
    return {
      kind,
      redis: redis.client,
      location: redis.location,
      get: (key) => bounded("get", () => redis.get(key)),
      set: (key, session, ttlMs) => bounded("set", () => redis.set(key, session, ttlMs)),
      delete: (key) => bounded("delete", () => redis.delete(key)),
      claim: (id, ttlMs) => bounded("claim", () => redis.claim(id, ttlMs)),
      release: (id) => bounded("release", () => redis.release(id)),
      // The lock wait has its own limit (lockWaitMs); fn is the whole turn, bounded by its own calls.
      withLock: (key, fn, readKeys) => redis.withLock(key, fn, readKeys),
      health: () => probe(kind, redis.location, () => bounded("ping", () => redis.ping())),
      close: () => redis.close(),
    };
  }

  if (kind === "sqlite") {
    const dataDir = config.dataDir ? path.resolve(config.dataDir) : defaultDataDir();
    const sqlite = openSqliteSessionStore({
      dataDir,
      logger,
      legacyNamespace: namespace,
      busyTimeoutMs: limit,
    });
    // Reads, deletes and claims are synchronous (bounded by busy_timeout): a timer could never
    // fire before one returns, so they get none. A save also waits for the disk, so it has one.
    const now = <T>(work: () => T): Promise<T> => new Promise<T>((resolve) => resolve(work()));
    return {
      kind,
      location: sqlite.location,
      get: (key) => now(() => sqlite.get(key)),
      set: (key, session, ttlMs) => bounded("set", () => sqlite.set(key, session, ttlMs)),
      delete: (key) => now(() => sqlite.delete(key)),
      claim: (id, ttlMs) => now(() => sqlite.claim(id, ttlMs)),
      release: (id) => now(() => sqlite.release(id)),
      health: () => probe(kind, sqlite.location, () => sqlite.ping()),
      close: async () => sqlite.close(),
    };
  }

  return memoryStore();
}

/** Memory, with the same JSON round trip and version check as the persistent kinds. */
function memoryStore(): ClosableSessionStore {
  const sessions = new Map<string, { json: string; expires: number }>();
  const claims = new Map<string, number>();
  return {
    kind: "memory",
    async get(key) {
      const hit = sessions.get(key);
      if (!hit) return undefined;
      if (hit.expires <= Date.now()) {
        sessions.delete(key);
        return undefined;
      }
      return readStoredSession(key, JSON.parse(hit.json));
    },
    async set(key, session: Session, ttlMs) {
      sessions.set(key, { json: JSON.stringify(session), expires: Date.now() + ttlMs });
    },
    async delete(key) {
      sessions.delete(key);
    },
    async claim(id, ttlMs) {
      const now = Date.now();
      const until = claims.get(id);
      if (until !== undefined && until > now) return false;
      claims.set(id, now + ttlMs);
      // Keep the map small: drop expired claims as new ones come.
      if (claims.size > 10_000) for (const [k, v] of claims) if (v <= now) claims.delete(k);
      return true;
    },
    async release(id) {
      claims.delete(id);
    },
    async health() {
      return { kind: "memory", ok: true };
    },
    async close() {},
  };
}

async function probe(kind: SessionStoreKind, location: string, ping: () => Promise<void> | void): Promise<StoreHealth> {
  try {
    await ping();
    return { kind, ok: true, location };
  } catch (error) {
    return { kind, ok: false, location, detail: describeError(error) };
  }
}
