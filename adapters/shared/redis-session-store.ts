// Sessions in Redis, shared by every replica, on @redis/client directly so every fault is bounded:
// - disableOfflineQueue: while the connection is down a command fails at once instead of waiting
//   in a queue and running minutes later (a late write could overwrite a newer session);
// - every command has a timeout (a half-open socket cannot hang a turn): the session calls through
//   session-store.ts's limit and the lock through its own timer, everyone sharing the connection
//   (rate limits, the watch index) through node-redis's per-command timeout. That one costs an
//   AbortSignal, a timer that is never cleared and an exception built when it fires, for every
//   command; on the turn's own five commands it was the largest cost the Redis store added;
// - the client reconnects by itself with a capped backoff; health() reports whether it is ready.
// Keys and values keep the layout Keyv used before (`<ns>::<key>` -> {"value":…,"expires":…}),
// so sessions saved by earlier releases are read as they are.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import type { createClient as CreateClient } from "@redis/client";
import type { Session } from "../../src/conversation/session.js";
import type { Logger } from "./logger.js";
import { redisScript } from "./redis-script.js";
import { readStoredSession } from "./session-format.js";
import { describeError, SessionBusyError, withTimeout } from "./store-errors.js";

export interface RedisSessionStoreOptions {
  url: string;
  namespace: string;
  logger: Logger;
  /** Per-command limit, and the limit on opening a connection (ms). */
  commandTimeoutMs: number;
  /** Turn lock: expiry if a holder dies (ms), and how long a turn waits for it (ms). */
  lockTtlMs: number;
  lockWaitMs: number;
}

/** Values read together with taking a lock, by key (a rejected read rejects its promise). */
export type LockedReads = ReadonlyMap<string, Promise<Session | undefined>>;

/** How long after losing Redis a call still waits for the reconnection (ms). */
const RECONNECT_GRACE_MS = 1000;

// Release only our own lock: the token check and the delete must be one atomic step.
const RELEASE = redisScript(
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
);

export function openRedisSessionStore(options: RedisSessionStoreOptions) {
  const { namespace, logger } = options;
  // Loaded on first use, not at import: the Redis client takes longer to load than the rest of a
  // one-shot `modelwise ask`, which never needs it.
  const { createClient } = createRequire(import.meta.url)("@redis/client") as { createClient: typeof CreateClient };
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.commandTimeoutMs,
      // Retry forever, quickly at first and then every second: a restarted Redis is picked up
      // within about a second, without a restart of modelwise.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000),
    },
  });
  let lastError = "";
  /** When the connection was last lost (or the store opened); null while ready. */
  let unavailableSince: number | null = Date.now();
  const markDown = () => {
    unavailableSince ??= Date.now();
  };
  client.on("end", markDown);
  client.on("reconnecting", markDown);
  // Without an 'error' listener node-redis would crash the process; log each distinct error once.
  client.on("error", (error: unknown) => {
    markDown();
    const text = describeError(error);
    if (text !== lastError) logger.warn("redis session store error", { error: text });
    lastError = text;
  });
  client.on("ready", () => {
    unavailableSince = null;
    if (lastError) logger.info("redis session store reconnected");
    lastError = "";
  });
  // connect() resolves only once Redis answers; never block start-up on it (commands fail fast
  // until then, and the user hears that the conversation cannot be saved).
  void client.connect().catch((error: unknown) => {
    logger.error("redis session store gave up connecting", { error: describeError(error) });
  });

  const full = (key: string) => `${namespace}::${key}`;

  /**
   * The client, once it is ready or after waiting up to the command timeout for it: the first
   * connection and a reconnection after a Redis restart take a moment, and a message arriving
   * then should wait for it rather than fail. If Redis stays away, the command fails at once.
   */
  async function ready(): Promise<typeof client> {
    if (client.isReady) return client;
    // Only within the grace period after the connection went away (or the store opened): after
    // that, Redis is down, and waiting would only make every turn of an outage slower.
    const graceLeft = (unavailableSince ?? Date.now()) + RECONNECT_GRACE_MS - Date.now();
    if (graceLeft <= 0) return client;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        client.off("ready", done);
        resolve();
      };
      const timer = setTimeout(done, Math.min(graceLeft, options.commandTimeoutMs));
      client.on("ready", done);
    });
    return client;
  }

  const parse = (key: string, raw: string | null): Session | undefined =>
    raw === null ? undefined : readStoredSession(key, (JSON.parse(raw) as { value?: unknown }).value);

  /**
   * Runs fn while holding the key's lock. The values under `readKeys` are read in the same round
   * trip as the lock is taken (the commands are sent together; Redis runs a connection's commands
   * in order, so they see everything saved before the lock was won) and handed to fn.
   */
  async function withLock<T>(key: string, fn: (reads: LockedReads) => Promise<T>, readKeys: string[] = []): Promise<T> {
    const lockKey = `${namespace}::lock::${key}`;
    const token = randomUUID();
    const deadline = Date.now() + options.lockWaitMs;
    let delay = 5;
    let reads: LockedReads = new Map();
    const attempt = async () => {
      const c = await ready();
      const locked = c.set(lockKey, token, { NX: true, PX: options.lockTtlMs });
      const raws = readKeys.map((k) => [k, c.get(full(k))] as const);
      // A read of a lost attempt is dropped, and its failure with it.
      for (const [, raw] of raws) raw.catch(() => undefined);
      const answer = await withTimeout(locked, options.commandTimeoutMs, "session lock");
      if (answer === "OK")
        reads = new Map(
          raws.map(([k, raw]) => [
            k,
            withTimeout(raw, options.commandTimeoutMs, "session get").then((r) => parse(k, r)),
          ]),
        );
      return answer;
    };
    while ((await attempt()) !== "OK") {
      if (Date.now() + delay > deadline) throw new SessionBusyError(key);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10);
    }
    try {
      return await fn(reads);
    } finally {
      // Not awaited: the turn's reply need not wait a round trip for it. Commands on this
      // connection run in order, so this process's next turn on the key asks after the release;
      // if it is lost, the lock expires after lockTtlMs.
      void RELEASE.run(client, [lockKey], [token]).catch(() => undefined);
    }
  }

  return {
    /** For others sharing the connection: every command bounded by the call limit. */
    client: client.withCommandOptions({ timeout: options.commandTimeoutMs }),
    location: redactedUrl(options.url),
    async get(key: string): Promise<Session | undefined> {
      return parse(key, await (await ready()).get(full(key)));
    },
    async set(key: string, session: Session, ttlMs: number): Promise<void> {
      const value = JSON.stringify({ value: session, expires: Date.now() + ttlMs });
      await (await ready()).set(full(key), value, { PX: ttlMs });
    },
    async delete(key: string): Promise<void> {
      await (await ready()).del(full(key));
    },
    async claim(id: string, ttlMs: number): Promise<boolean> {
      return (await (await ready()).set(`${namespace}::claim::${id}`, "1", { NX: true, PX: ttlMs })) === "OK";
    },
    async release(id: string): Promise<void> {
      await (await ready()).del(`${namespace}::claim::${id}`);
    },
    withLock,
    async ping(): Promise<void> {
      await (await ready()).ping();
    },
    isReady: () => client.isReady,
    async close(): Promise<void> {
      // close() lets answered commands finish; destroy() drops a connection still being retried.
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}

/** host:port only, for health output and logs (a URL may carry a password). */
function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return "redis";
  }
}

export type RedisClient = ReturnType<typeof openRedisSessionStore>["client"];
