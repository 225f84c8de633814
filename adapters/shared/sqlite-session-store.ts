// The embedded default store: one SQLite file (better-sqlite3) in WAL mode, one row per session.
// A turn writes only its own row in a transaction, so a crash (even kill -9 mid-write) leaves
// every other conversation as it was, and the cost of a write does not grow with the number of
// sessions. better-sqlite3 is synchronous: a row write takes well under a millisecond, and
// busy_timeout bounds the wait when another process holds the file.
//
// Durability without blocking: SQLite's synchronous=FULL would fsync the WAL inside every commit,
// on the event loop (3-5 ms each on this kind of disk, two per turn: claim and save), so every
// other conversation waited for the disk. Commits here run with synchronous=NORMAL (still safe
// from corruption; a kill -9 loses nothing committed), and a save resolves only once our own
// fdatasync of the WAL, run on libuv's thread pool, has covered it. Saves committed while one sync
// runs share the next one (group commit), so a saved turn survives power loss as with FULL, at
// one fsync per batch and none on the event loop. Claims do not wait for the disk: losing one to
// a power cut can only mean a redelivered message is answered twice.
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type Database from "better-sqlite3";
import type { Session } from "../../src/conversation/session.js";
import type { Logger } from "./logger.js";
import { readStoredSession } from "./session-format.js";
import { describeError } from "./store-errors.js";

export const SQLITE_FILE_NAME = "sessions.sqlite";
/** The file store before SQLite (keyv-file): migrated on first start, then renamed. */
export const LEGACY_JSON_FILE_NAME = "sessions.json";

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * SQLite's page cache for our connection (KiB): SQLite's own default. better-sqlite3 builds SQLite
 * with 16 MB per connection, which fills as more distinct sessions are read and is never given
 * back, so resident memory grew with the number of sessions until it was full. A turn reads one
 * row by key: the B-tree's inner pages (well under 1 MB at 100,000 sessions) stay cached, and a
 * leaf page that is not comes from the OS's file cache in microseconds.
 */
export const SQLITE_CACHE_KIB = 2000;

export interface SqliteSessionStoreOptions {
  dataDir: string;
  logger: Logger;
  /** The Keyv namespace the legacy JSON file used for its keys ("<namespace>:<key>"). */
  legacyNamespace: string;
  /** How long a write waits for another process holding the file (ms). */
  busyTimeoutMs: number;
}

// Claims are one B-tree keyed by id (WITHOUT ROWID), not a rowid table plus an index on id: a
// claim, taken for every message, then writes ~6 KB to the WAL instead of ~10 KB and costs ~25 %
// less CPU. Sessions keep their rowid table: rows of ~1 KB are past the size where SQLite
// advises WITHOUT ROWID, and a save only rewrites the table's leaf anyway.
const CLAIMS_COLUMNS = "(id TEXT PRIMARY KEY, expires INTEGER NOT NULL) WITHOUT ROWID";

/** Moves the claims of a file made before CLAIMS_COLUMNS into such a table, once, in one transaction. */
function leanClaims(db: Database.Database): void {
  const isLean = () =>
    /WITHOUT ROWID/i.test(
      (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'claims'").get() as { sql: string })
        .sql,
    );
  if (isLean()) return;
  // IMMEDIATE: a second replica starting at the same moment waits here, then finds it done.
  db.transaction(() => {
    if (isLean()) return;
    db.exec(`
      CREATE TABLE claims_lean ${CLAIMS_COLUMNS};
      INSERT INTO claims_lean (id, expires) SELECT id, expires FROM claims;
      DROP TABLE claims;
      ALTER TABLE claims_lean RENAME TO claims;
    `);
  }).immediate();
}

export function openSqliteSessionStore(options: SqliteSessionStoreOptions) {
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, SQLITE_FILE_NAME);
  // Required here, not imported at the top: a one-shot `modelwise ask` without --session never
  // opens the store, and should not pay for loading the driver at start-up.
  const Sqlite = createRequire(import.meta.url)("better-sqlite3") as typeof Database;
  const db = new Sqlite(file, { timeout: options.busyTimeoutMs });
  // WAL: readers never block the writer, and a commit appends to the log instead of rewriting
  // pages in place. NORMAL: the WAL is synced at checkpoints by SQLite and after saves by us.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`); // negative: a size in KiB, not a page count
  const durable = walSync(`${file}-wal`);
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS claims ${CLAIMS_COLUMNS};
  `);
  leanClaims(db);
  const statements = {
    get: db.prepare<[string], { value: string; expires: number }>("SELECT value, expires FROM sessions WHERE key = ?"),
    put: db.prepare<[string, string, number]>(
      "INSERT INTO sessions (key, value, expires) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires = excluded.expires",
    ),
    putIfAbsent: db.prepare<[string, string, number]>(
      "INSERT OR IGNORE INTO sessions (key, value, expires) VALUES (?, ?, ?)",
    ),
    delete: db.prepare<[string]>("DELETE FROM sessions WHERE key = ?"),
    // One statement: a new id is inserted, an expired claim of it is taken over, a live one is left alone.
    claim: db.prepare<[string, number, number]>(
      "INSERT INTO claims (id, expires) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET expires = excluded.expires WHERE claims.expires <= ?",
    ),
    release: db.prepare<[string]>("DELETE FROM claims WHERE id = ?"),
    sweepSessions: db.prepare<[number]>("DELETE FROM sessions WHERE expires <= ?"),
    sweepClaims: db.prepare<[number]>("DELETE FROM claims WHERE expires <= ?"),
    ping: db.prepare("SELECT 1"),
  };

  migrateLegacyJson(options, (key, value, expires) => statements.putIfAbsent.run(key, value, expires), db);

  const sweep = () => {
    const now = Date.now();
    statements.sweepSessions.run(now);
    statements.sweepClaims.run(now);
  };
  sweep();
  const sweeper = setInterval(() => {
    try {
      sweep();
    } catch (error) {
      options.logger.warn("session sweep failed", { error: describeError(error) });
    }
  }, SWEEP_EVERY_MS);
  sweeper.unref();

  return {
    location: file,
    /** The page cache's bound in KiB, as SQLite applied it. */
    cacheKib: () => -Number(db.pragma("cache_size", { simple: true })),
    get(key: string): Session | undefined {
      const row = statements.get.get(key);
      if (!row) return undefined;
      if (row.expires <= Date.now()) {
        statements.delete.run(key);
        return undefined;
      }
      return readStoredSession(key, JSON.parse(row.value));
    },
    /** Resolves once the write is on disk (see durability above). */
    set(key: string, session: Session, ttlMs: number): Promise<void> {
      statements.put.run(key, JSON.stringify(session), Date.now() + ttlMs);
      return durable();
    },
    delete(key: string): void {
      statements.delete.run(key);
    },
    claim(id: string, ttlMs: number): boolean {
      const now = Date.now();
      return statements.claim.run(id, now + ttlMs, now).changes === 1;
    },
    release(id: string): void {
      statements.release.run(id);
    },
    ping(): void {
      statements.ping.get();
    },
    close(): void {
      clearInterval(sweeper);
      durable.close();
      if (db.open) db.close();
    },
  };
}

/**
 * Group commit for the WAL file: the returned function resolves once an fdatasync that started
 * after the call has finished, so it covers every commit made before the call. One sync runs at a
 * time; calls made meanwhile share the next one. The WAL is opened at the first sync and kept open
 * (an open and a close per sync cost the event loop more than the sync itself): while our
 * connection is open SQLite never replaces or deletes it (a checkpoint rewrites or truncates it in
 * place; only the last connection to close removes it). A missing WAL means everything is in the
 * (synced) database, and after a failed sync the file is opened afresh next time. `close()` lets it go.
 */
export function walSync(walPath: string): (() => Promise<void>) & { close(): void } {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  let handle: FileHandle | null = null;

  async function syncOnce(): Promise<void> {
    if (!handle) {
      try {
        handle = await open(walPath, "r+");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw error;
      }
    }
    const current = handle;
    try {
      await current.datasync();
    } catch (error) {
      if (handle === current) handle = null;
      void current.close().catch(() => undefined);
      throw error;
    }
  }

  function begin(): Promise<void> {
    const sync: Promise<void> = syncOnce().finally(() => {
      if (running === sync) running = null;
    });
    running = sync;
    return sync;
  }

  function durable(): Promise<void> {
    if (!running) return begin();
    // The running sync may have started before this commit: wait for the next one.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return begin();
      });
    return queued;
  }

  return Object.assign(durable, {
    close() {
      const open = handle;
      handle = null;
      void open?.close().catch(() => undefined);
    },
  });
}

/**
 * Imports the sessions of the old whole-file JSON store (keyv-file's `{"cache": [[key, {value,
 * expire}]]}`) in one transaction, without overwriting a row SQLite already has, then renames
 * the file so it is read once. A crash before the rename just imports again (idempotent). An
 * unreadable file is moved aside and reported, never silently dropped.
 */
function migrateLegacyJson(
  options: SqliteSessionStoreOptions,
  insert: (key: string, value: string, expires: number) => void,
  db: Database.Database,
): void {
  const legacy = path.join(options.dataDir, LEGACY_JSON_FILE_NAME);
  if (!existsSync(legacy)) return;
  let entries: [string, { value?: unknown; expire?: number }][];
  try {
    entries = legacyEntries(JSON.parse(readFileSync(legacy, "utf8")));
  } catch (error) {
    const aside = `${legacy}.unreadable-${Date.now()}`;
    renameSync(legacy, aside);
    options.logger.error("old sessions file was unreadable; moved aside, nothing imported", {
      movedTo: aside,
      error: describeError(error),
    });
    return;
  }
  const prefix = `${options.legacyNamespace}:`;
  const now = Date.now();
  let imported = 0;
  let skipped = 0;
  db.transaction(() => {
    for (const [rawKey, entry] of entries) {
      if (!rawKey.startsWith(prefix)) continue;
      const key = rawKey.slice(prefix.length);
      try {
        // keyv stored its own envelope {value, expires} as a JSON string inside keyv-file's entry.
        const envelope = (typeof entry.value === "string" ? JSON.parse(entry.value) : entry.value) as {
          value?: unknown;
          expires?: number | null;
        };
        const expires = envelope.expires ?? entry.expire ?? now + 30 * 24 * 60 * 60 * 1000;
        if (expires <= now) continue;
        if (typeof envelope.value !== "object" || envelope.value === null) throw new Error("not a session object");
        // Stored as it was: a session from another version stays readable by that version, and
        // reading it here goes through the same version check as every other read.
        insert(key, JSON.stringify(envelope.value), expires);
        imported++;
      } catch (error) {
        skipped++;
        options.logger.warn("old session not imported", { key, error: describeError(error) });
      }
    }
  })();
  const done = `${legacy}.migrated-${Date.now()}`;
  renameSync(legacy, done);
  options.logger.info("imported sessions from the old JSON file into SQLite", { imported, skipped, keptAs: done });
}

function legacyEntries(data: unknown): [string, { value?: unknown; expire?: number }][] {
  const cache = (data as { cache?: unknown }).cache;
  if (Array.isArray(cache)) return cache as [string, { value?: unknown; expire?: number }][];
  if (cache && typeof cache === "object") return Object.entries(cache as Record<string, { value?: unknown }>);
  throw new Error("no cache field");
}
