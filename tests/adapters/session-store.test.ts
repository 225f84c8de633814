import { afterEach, describe, expect, it, vi } from "vitest";
import { newSession, SESSION_VERSION } from "../../src/conversation/session.js";
import { sessionKey } from "../../src/ports.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import {
  createSessionStore,
  resolveStoreKind,
  storeConfigFor,
  type ClosableSessionStore,
} from "../../adapters/shared/session-store.js";
import { readStoredSession, SessionFormatError } from "../../adapters/shared/session-format.js";
import { countingAdvisor, inbound } from "./session-store-helpers.js";

const opened: ClosableSessionStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
function memory(): ClosableSessionStore {
  const store = createSessionStore({ kind: "memory" });
  opened.push(store);
  return store;
}

describe("session store: memory", () => {
  it("round-trips a session and deletes it", async () => {
    const store = memory();
    const session = {
      ...newSession(new Date("2026-01-01T00:00:00Z")),
      focus: ["gpt-4o"],
      requirements: { useCase: "coding" as const },
    };
    await store.set("k", session, 60_000);
    expect(await store.get("k")).toEqual(session);
    await store.delete("k");
    expect(await store.get("k")).toBeUndefined();
  });

  // The store reads the time from Date.now, so a fake clock stands in for waiting out the TTL.
  it("forgets a session after its TTL", async () => {
    const store = memory();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      await store.set("short", newSession(new Date()), 30);
      vi.setSystemTime(Date.now() + 29);
      expect(await store.get("short")).toBeDefined();
      vi.setSystemTime(Date.now() + 51);
      expect(await store.get("short")).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports a session stored by a newer version instead of dropping it", async () => {
    const store = memory();
    const future = { ...newSession(new Date()), version: SESSION_VERSION + 1 } as unknown as ReturnType<
      typeof newSession
    >;
    await store.set("k", future, 60_000);
    await expect(store.get("k")).rejects.toBeInstanceOf(SessionFormatError);
  });

  it("serializes 20 concurrent turns on one key through run-turn: all counted", async () => {
    const store = memory();
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    await Promise.all(Array.from({ length: 20 }, (_, i) => runTurn(inbound(`m${i}`))));
    expect((await store.get(sessionKey(inbound("x").ref)))?.turns).toBe(20);
  });
});

describe("session store: settings", () => {
  it("puts REDIS_KEY_PREFIX before the Redis session namespace, and changes nothing without it", () => {
    const redisUrl = "redis://127.0.0.1:6379";
    expect(storeConfigFor({ redisUrl, redisKeyPrefix: "team-a:" }, silentLogger).namespace).toBe(
      "team-a:modelwise-sessions",
    );
    expect(storeConfigFor({ redisUrl }, silentLogger).namespace).toBeUndefined();
    expect(storeConfigFor({ redisKeyPrefix: "team-a:" }, silentLogger)).toMatchObject({ kind: "sqlite" });
  });
});

describe("session format: versions", () => {
  const current = newSession(new Date("2026-01-01T00:00:00Z"));
  const v1 = { ...current, version: 1 };

  it("reads the current version unchanged", () => {
    expect(readStoredSession("k", structuredClone(current))).toEqual(current);
  });

  it("migrates an older version step by step", () => {
    // Pretend the current version is 3 and the stored one is 1: two migrations must run.
    const migrations = {
      1: (s: Record<string, unknown>) => ({ ...s, version: 2, focus: ["migrated"] }),
      2: (s: Record<string, unknown>) => ({ ...s, version: 3 }),
    };
    const read = readStoredSession("k", structuredClone(v1), migrations, 3);
    expect(read.version).toBe(3);
    expect(read.focus).toEqual(["migrated"]);
  });

  it("names the missing migration when it cannot upgrade", () => {
    expect(() => readStoredSession("k", structuredClone(v1), {}, 2)).toThrow(
      /no migration from session version 1 to 2/,
    );
  });

  it("rejects values that are not sessions", () => {
    expect(() => readStoredSession("k", "hello")).toThrow(SessionFormatError);
    expect(() => readStoredSession("k", { focus: [] })).toThrow(/no version/);
    expect(() => readStoredSession("k", { version: SESSION_VERSION })).toThrow(/missing required fields/);
  });
});

describe("session store: which kind", () => {
  it("uses Redis when a URL is set, SQLite otherwise, and an explicit kind always", () => {
    expect(resolveStoreKind({}, {})).toEqual({ kind: "sqlite" });
    expect(resolveStoreKind({}, { REDIS_URL: "redis://h:1" })).toEqual({ kind: "redis", redisUrl: "redis://h:1" });
    expect(resolveStoreKind({ kind: "memory" }, { REDIS_URL: "redis://h:1" })).toEqual({ kind: "memory" });
    expect(() => resolveStoreKind({ kind: "redis" }, {})).toThrow(/redisUrl/);
  });
});
