// The embedded store's page cache is bounded well below better-sqlite3's built-in 16 MB, so
// resident memory does not grow with the number of sessions read; sessions larger in total than
// the cache still read back whole.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { newSession } from "../../src/conversation/session.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { openSqliteSessionStore, SQLITE_CACHE_KIB } from "../../adapters/shared/sqlite-session-store.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "modelwise-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("keeps SQLite's page cache at its bound while more sessions than fit in it are read", async () => {
  const store = openSqliteSessionStore({
    dataDir: dir,
    logger: silentLogger,
    legacyNamespace: "t",
    busyTimeoutMs: 1000,
  });
  try {
    expect(SQLITE_CACHE_KIB).toBeLessThanOrEqual(4096);
    // 10 KB a session: 600 of them are three times the cache.
    const note = "x".repeat(10_000);
    const sessions = 600;
    const session = (i: number) => ({ ...newSession(new Date()), assumptions: { note: `${i}:${note}` } });
    for (let i = 0; i < sessions; i++) await store.set(`s${i}`, session(i), 60_000);
    for (let i = 0; i < sessions; i++) expect(store.get(`s${i}`)?.assumptions).toEqual(session(i).assumptions);
    expect(store.cacheKib()).toBe(SQLITE_CACHE_KIB);
  } finally {
    store.close();
  }
});
