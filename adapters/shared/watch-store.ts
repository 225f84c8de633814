// The index of watching threads, so a catalogue refresh can find every thread to tell. Each
// thread's watch lives in its session (src/watch); this index holds a copy under the thread's key,
// written when a turn changes the watch and when an alert moves its basis on. Redis: one hash
// shared by every replica; SQLite and memory: one record in the session store (a single node).
import type { Session, SessionStore } from "../../src/conversation/session.js";
import { newSession } from "../../src/conversation/session.js";
import type { Watch } from "../../src/watch/watch.js";
import { createKeyLock } from "./key-lock.js";
import type { RedisClient } from "./redis-session-store.js";

export interface WatchEntry {
  /** The thread's session key. */
  key: string;
  watch: Watch;
}

export interface WatchStore {
  put(key: string, watch: Watch): Promise<void>;
  remove(key: string): Promise<void>;
  list(): Promise<WatchEntry[]>;
}

/** Watches outlive sessions: a decision is watched until "stop watching" (or a year without change). */
export const WATCH_TTL_MS = 365 * 24 * 60 * 60 * 1000;
const INDEX_KEY = "watch-index";

type IndexRecord = Omit<Session, "watch"> & { watches?: Record<string, Watch> };

export function createWatchStore(
  store: SessionStore & { redis?: RedisClient },
  /** REDIS_KEY_PREFIX (several deployments sharing one Redis), or a test's own namespace. */
  options: { keyPrefix?: string; namespace?: string } = {},
): WatchStore {
  const namespace = `${options.keyPrefix ?? ""}${options.namespace ?? "modelwise-sessions"}`;
  if (store.redis) {
    const redis = store.redis;
    const hash = `${namespace}::watches`;
    return {
      async put(key, watch) {
        await redis.hSet(hash, key, JSON.stringify(watch));
      },
      async remove(key) {
        await redis.hDel(hash, key);
      },
      async list() {
        const all = await redis.hGetAll(hash);
        return Object.entries(all).flatMap(([key, json]) => {
          const watch = parseWatch(json);
          return watch ? [{ key, watch }] : [];
        });
      },
    };
  }
  // One record, changed one write at a time (this process is the only writer on a single node).
  const lock = createKeyLock();
  const edit = (change: (watches: Record<string, Watch>) => void) =>
    lock(INDEX_KEY, async () => {
      const record: IndexRecord = ((await store.get(INDEX_KEY)) as IndexRecord | undefined) ?? newSession(new Date());
      const watches = { ...(record.watches ?? {}) };
      change(watches);
      const next: IndexRecord = { ...record, watches, updatedAt: new Date().toISOString() };
      await store.set(INDEX_KEY, next, WATCH_TTL_MS);
    });
  return {
    put: (key, watch) =>
      edit((w) => {
        w[key] = watch;
      }),
    remove: (key) =>
      edit((w) => {
        delete w[key];
      }),
    async list() {
      const record = (await store.get(INDEX_KEY)) as IndexRecord | undefined;
      return Object.entries(record?.watches ?? {}).map(([key, watch]) => ({ key, watch }));
    },
  };
}

function parseWatch(json: string): Watch | null {
  try {
    const value = JSON.parse(json) as Watch;
    return value && value.version === 1 && Array.isArray(value.models) ? value : null;
  } catch {
    return null;
  }
}
