// The embedded default store: SQLite in WAL mode, one row per session, the old JSON file migrated
// on first start, and every failure reported rather than read as "no session".
import { chmodSync, existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { newSession, SESSION_VERSION } from "../../src/conversation/session.js";
import { sessionKey } from "../../src/ports.js";
import { createTurnRunner, STORE_WRITE_FAILED } from "../../adapters/shared/run-turn.js";
import { createLogger, silentLogger } from "../../adapters/shared/logger.js";
import {
  createSessionStore,
  defaultDataDir,
  LEGACY_JSON_FILE_NAME,
  SQLITE_FILE_NAME,
  type ClosableSessionStore,
} from "../../adapters/shared/session-store.js";
import { SessionFormatError } from "../../adapters/shared/session-format.js";
import { walSync } from "../../adapters/shared/sqlite-session-store.js";
import { countingAdvisor, inbound } from "./session-store-helpers.js";

let dir: string;
const opened: ClosableSessionStore[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "modelwise-sessions-"));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});
function sqliteStore(dataDir = dir, logger = silentLogger): ClosableSessionStore {
  const store = createSessionStore({ kind: "sqlite", dataDir, logger });
  opened.push(store);
  return store;
}

describe("session store: embedded SQLite", () => {
  it("keeps a session across a restart (a new store instance on the same folder)", async () => {
    const first = sqliteStore();
    const session = {
      ...newSession(new Date("2026-01-01T00:00:00Z")),
      requirements: { useCase: "rag" as const, monthlyBudgetUsd: 500 },
    };
    await first.set("thread-1", session, 60_000);
    await first.close();
    const second = sqliteStore();
    expect(await second.get("thread-1")).toEqual(session);
    expect(second.location).toBe(path.join(dir, SQLITE_FILE_NAME));
  });

  it("uses WAL and one row per session", async () => {
    const store = sqliteStore();
    await store.set("a", newSession(new Date()), 60_000);
    await store.set("b", newSession(new Date()), 60_000);
    await store.set("a", { ...newSession(new Date()), turns: 2 }, 60_000);
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT key FROM sessions ORDER BY key").all()).toEqual([{ key: "a" }, { key: "b" }]);
    db.close();
  });

  it("a second process's store sees a write at once (no cache in between)", async () => {
    const a = sqliteStore();
    const b = sqliteStore();
    await a.set("shared", { ...newSession(new Date()), turns: 7 }, 60_000);
    expect((await b.get("shared"))?.turns).toBe(7);
  });

  // Expiry times are Date.now() + TTL, kept in the file: a fake clock stands in for waiting them out.
  it("forgets a session after its TTL", async () => {
    const store = sqliteStore();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      await store.set("short", newSession(new Date()), 30);
      vi.setSystemTime(Date.now() + 29);
      expect(await store.get("short")).toBeDefined();
      vi.setSystemTime(Date.now() + 31);
      expect(await store.get("short")).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports a session stored by a newer version instead of dropping it", async () => {
    const store = sqliteStore();
    const future = { ...newSession(new Date()), version: SESSION_VERSION + 1 } as unknown as ReturnType<
      typeof newSession
    >;
    await store.set("k", future, 60_000);
    await expect(store.get("k")).rejects.toBeInstanceOf(SessionFormatError);
  });

  it("claims an id once, until it expires or is released", async () => {
    const a = sqliteStore();
    const b = sqliteStore();
    expect(await a.claim("m1", 60_000)).toBe(true);
    expect(await b.claim("m1", 60_000)).toBe(false);
    await a.release("m1");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      expect(await b.claim("m1", 20)).toBe(true);
      vi.setSystemTime(Date.now() + 19);
      expect(await a.claim("m1", 60_000)).toBe(false);
      vi.setSystemTime(Date.now() + 21);
      expect(await a.claim("m1", 60_000)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("moves the claims of an older file into a WITHOUT ROWID table, keeping the live ones", async () => {
    const old = new Database(path.join(dir, SQLITE_FILE_NAME));
    old.exec("CREATE TABLE claims (id TEXT PRIMARY KEY, expires INTEGER NOT NULL)");
    old.prepare("INSERT INTO claims (id, expires) VALUES (?, ?)").run("live", Date.now() + 60_000);
    old.close();
    const store = sqliteStore();
    expect(await store.claim("live", 60_000)).toBe(false);
    expect(await store.claim("new", 60_000)).toBe(true);
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'claims'").get() as { sql: string }).sql;
    db.close();
    expect(sql).toMatch(/WITHOUT ROWID/);
    // A second start finds nothing to move.
    await store.close();
    expect(await sqliteStore().claim("live", 60_000)).toBe(false);
  });

  it("serializes 20 concurrent turns on one key through run-turn, and they survive a restart", async () => {
    const store = sqliteStore();
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => runTurn(inbound(`m${i}`))));
    expect(outcomes.every((o) => o.replies[0]?.fallbackText?.startsWith("turn "))).toBe(true);
    await store.close();
    expect((await sqliteStore().get(sessionKey(inbound("x").ref)))?.turns).toBe(20);
  });

  it("reports healthy while the file answers", async () => {
    expect(await sqliteStore().health()).toMatchObject({ kind: "sqlite", ok: true });
  });

  it("rejects a write it cannot make, and run-turn answers with its friendly note", async () => {
    const store = sqliteStore();
    await store.set("probe", newSession(new Date()), 60_000);
    // Read-only files and folder: SQLite refuses the write (SQLITE_READONLY), a real failure.
    for (const f of readdirSync(dir)) chmodSync(path.join(dir, f), 0o444);
    chmodSync(dir, 0o555);
    try {
      const readOnly = createSessionStore({ kind: "sqlite", dataDir: dir });
      opened.push(readOnly);
      // Root ignores file modes; only assert where the OS enforces them.
      const enforced = await readOnly.set("k", newSession(new Date()), 60_000).then(
        () => false,
        () => true,
      );
      if (enforced) {
        const runTurn = createTurnRunner({ advisor: countingAdvisor, store: readOnly, logger: silentLogger });
        const { replies } = await runTurn(inbound("m1"));
        expect(replies.at(-1)?.fallbackText).toBe(STORE_WRITE_FAILED);
      }
    } catch {
      // Opening read-only may itself fail; that is reported at start-up, also fine.
    } finally {
      chmodSync(dir, 0o755);
      for (const f of readdirSync(dir)) chmodSync(path.join(dir, f), 0o644);
    }
  });

  it("defaults to MODELWISE_DATA_DIR, else <repo>/.data/sessions", () => {
    expect(defaultDataDir({ MODELWISE_DATA_DIR: "/srv/mw" })).toBe("/srv/mw");
    expect(defaultDataDir({})).toMatch(/[/\\]\.data[/\\]sessions$/);
  });
});

describe("session store: SQLite saves wait for the WAL sync (group commit)", () => {
  it("a batch of concurrent saves all resolve and are all readable by another connection", async () => {
    const store = sqliteStore();
    const saves = Array.from({ length: 30 }, (_, i) =>
      store.set(`k${i}`, { ...newSession(new Date()), turns: i }, 60_000),
    );
    await Promise.all(saves);
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 30 });
    db.close();
  });

  it("calls made while a sync runs share the next one, which starts after the running one ends", async () => {
    writeFileSync(path.join(dir, "x-wal"), "frames");
    const durable = walSync(path.join(dir, "x-wal"));
    const first = durable();
    const second = durable();
    const third = durable();
    expect(second).toBe(third);
    expect(second).not.toBe(first);
    let firstDone = false;
    void first.then(() => (firstDone = true));
    await second;
    expect(firstDone).toBe(true);
    // Nothing running any more: the next call starts a sync of its own.
    const fourth = durable();
    expect(fourth).not.toBe(second);
    await fourth;
  });

  it("a missing WAL means nothing is waiting to be synced; any other failure rejects the save", async () => {
    await expect(walSync(path.join(dir, "absent-wal"))()).resolves.toBeUndefined();
    // A folder cannot be opened for writing: the error reaches the caller (run-turn then says so).
    await expect(walSync(dir)()).rejects.toThrow();
  });

  it("a WAL that appears after a sync found none is synced from then on, and close() lets the file go", async () => {
    const wal = path.join(dir, "late-wal");
    const durable = walSync(wal);
    await expect(durable()).resolves.toBeUndefined();
    writeFileSync(wal, "frames");
    // Descriptors of this process open on the WAL (Linux /proc).
    const openCount = () =>
      readdirSync("/proc/self/fd").filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === wal;
        } catch {
          return false;
        }
      }).length;
    await durable();
    await durable();
    expect(openCount()).toBe(1);
    durable.close();
    await vi.waitFor(() => expect(openCount()).toBe(0));
  });
});

describe("session store: migration from the old JSON file", () => {
  // The exact layout keyv-file wrote (captured from the previous store): [key, {expire, value}]
  // with keyv's own {"value":…,"expires":…} envelope as a JSON string inside.
  const later = Date.now() + 3_600_000;
  const envelope = (session: unknown, expires: number) => JSON.stringify({ value: session, expires });
  const legacy = (entries: [string, unknown, number][]) =>
    JSON.stringify({
      cache: entries.map(([key, session, expires]) => [key, { expire: expires, value: envelope(session, expires) }]),
      lastExpire: Date.now(),
    });

  it("imports every live session once, skips expired ones, and renames the old file", async () => {
    const live = { ...newSession(new Date("2026-01-01T00:00:00Z")), turns: 3, focus: ["gpt-4o"] };
    writeFileSync(
      path.join(dir, LEGACY_JSON_FILE_NAME),
      legacy([
        ["modelwise-sessions:slack:T1:C1:1.2", live, later],
        ["modelwise-sessions:console:-:old:-", live, Date.now() - 1000],
        ["other-namespace:x", live, later],
      ]),
    );
    const lines: string[] = [];
    const store = sqliteStore(
      dir,
      createLogger((l) => lines.push(l)),
    );
    expect(await store.get("slack:T1:C1:1.2")).toEqual(live);
    expect(await store.get("console:-:old:-")).toBeUndefined();
    expect(existsSync(path.join(dir, LEGACY_JSON_FILE_NAME))).toBe(false);
    expect(readdirSync(dir).some((f) => f.startsWith(`${LEGACY_JSON_FILE_NAME}.migrated-`))).toBe(true);
    expect(lines.join("\n")).toMatch(/"imported":1/);
  });

  it("never overwrites a session SQLite already has (a re-run after a crash is harmless)", async () => {
    const store = sqliteStore();
    await store.set("k", { ...newSession(new Date()), turns: 9 }, 60_000);
    await store.close();
    writeFileSync(
      path.join(dir, LEGACY_JSON_FILE_NAME),
      legacy([["modelwise-sessions:k", { ...newSession(new Date()), turns: 1 }, later]]),
    );
    expect((await sqliteStore().get("k"))?.turns).toBe(9);
  });

  it("moves an unreadable old file aside, says so, and starts", async () => {
    writeFileSync(path.join(dir, LEGACY_JSON_FILE_NAME), "{ truncated");
    const lines: string[] = [];
    const store = sqliteStore(
      dir,
      createLogger((l) => lines.push(l)),
    );
    expect(await store.get("k")).toBeUndefined();
    expect(readdirSync(dir).some((f) => f.startsWith(`${LEGACY_JSON_FILE_NAME}.unreadable-`))).toBe(true);
    expect(lines.join("\n")).toMatch(/unreadable/);
  });
});
