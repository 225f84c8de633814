// Runs against a real Redis when REDIS_URL is set (CI sets it; skipped otherwise).
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { createClient } from "@redis/client";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { newSession } from "../../src/conversation/session.js";
import { sessionKey } from "../../src/ports.js";
import { createTurnRunner, STORE_READ_FAILED, STORE_WRITE_FAILED } from "../../adapters/shared/run-turn.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import {
  createSessionStore,
  SessionBusyError,
  type ClosableSessionStore,
} from "../../adapters/shared/session-store.js";
import { countingAdvisor, inbound } from "./session-store-helpers.js";

const REDIS_URL = process.env.REDIS_URL;
const namespace = `modelwise-test-${randomUUID()}`;
const opened: ClosableSessionStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
});

function redisStore(url = REDIS_URL): ClosableSessionStore {
  const store = createSessionStore({ kind: "redis", redisUrl: url, namespace, callTimeoutMs: 500 });
  opened.push(store);
  return store;
}

/**
 * withLock, tried again after a SessionBusyError (thrown before fn runs): forty turns queued on one
 * key wait for one another, and on a crowded machine the last waits longer than the 2 s lock bound.
 * What the tests using it check is that no update is lost, not how fast the queue drains.
 */
async function withLockPatiently(
  store: ClosableSessionStore,
  ...args: Parameters<NonNullable<ClosableSessionStore["withLock"]>>
): Promise<unknown> {
  for (;;) {
    try {
      return await store.withLock!(...args);
    } catch (error) {
      if (!(error instanceof SessionBusyError)) throw error;
    }
  }
}

/** A port nothing listens on: bind, read the port, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("session store: Redis at a closed port", () => {
  it("reports itself unhealthy, within the call limit, without throwing", async () => {
    const store = redisStore(`redis://127.0.0.1:${await closedPort()}`);
    const health = await store.health();
    expect(health).toMatchObject({ kind: "redis", ok: false });
    expect(health.location).not.toMatch(/@/);
  });

  it("rejects instead of answering 'no session', and run-turn says so without saving", async () => {
    const store = redisStore(`redis://127.0.0.1:${await closedPort()}`);
    await expect(store.get("k")).rejects.toThrow();
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const { replies } = await runTurn(inbound("m1"));
    expect(replies.map((r) => r.fallbackText)).toEqual([STORE_READ_FAILED]);
  });
});

describe.skipIf(!REDIS_URL)("session store: Redis (REDIS_URL)", () => {
  const admin = createClient({ url: REDIS_URL });
  const roUser = `modelwise-ro-${randomUUID().slice(0, 8)}`;
  afterAll(async () => {
    if (!admin.isOpen) return;
    const keys = await admin.keys(`${namespace}*`);
    if (keys.length > 0) await admin.del(keys);
    await admin.sendCommand(["ACL", "DELUSER", roUser]);
    await admin.close();
  });

  it("round-trips a session with a Redis TTL, and a new client sees it", async () => {
    const session = { ...newSession(new Date("2026-01-01T00:00:00Z")), requirements: { useCase: "agents" as const } };
    await redisStore().set("thread-r", session, 60_000);
    expect(await redisStore().get("thread-r")).toEqual(session);
    if (!admin.isOpen) await admin.connect();
    const ttl = await admin.pTTL(`${namespace}::thread-r`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("serializes 20 concurrent turns on one key: all counted", async () => {
    const store = redisStore();
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const ref = inbound("x", "hi", "t-concurrent").ref;
    await Promise.all(Array.from({ length: 20 }, (_, i) => runTurn(inbound(`c${i}`, "hi", "t-concurrent"))));
    expect((await store.get(sessionKey(ref)))?.turns).toBe(20);
  });

  it("a failed write answers with the friendly note and leaves the saved session as it was", async () => {
    const store = redisStore();
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    await runTurn(inbound("w1", "hi", "t-ro"));
    const key = sessionKey(inbound("x", "hi", "t-ro").ref);
    expect((await store.get(key))?.turns).toBe(1);

    // A Redis user that may read every key but write only the turn-lock keys: the lock is
    // taken, then the session SET is refused by the server (NOPERM), a real write failure.
    if (!admin.isOpen) await admin.connect();
    await admin.sendCommand([
      "ACL",
      "SETUSER",
      roUser,
      "on",
      ">ro-pass",
      "resetkeys",
      "%R~*",
      `%RW~${namespace}::lock::*`,
      "+@read",
      "+@write",
      "+@connection",
      "+@scripting",
    ]);
    const url = new URL(REDIS_URL ?? "");
    url.username = roUser;
    url.password = "ro-pass";
    const readOnly = redisStore(url.toString());
    const roTurn = createTurnRunner({ advisor: countingAdvisor, store: readOnly, logger: silentLogger });
    const { replies } = await roTurn(inbound("w2", "hi", "t-ro"));
    expect(replies.at(-1)?.fallbackText).toBe(STORE_WRITE_FAILED);
    expect((await store.get(key))?.turns).toBe(1);
  });

  it("withLock serializes turns on one key across two replicas (two clients): 40 of 40 counted", async () => {
    const a = redisStore();
    const b = redisStore();
    const key = "t-replicas";
    await a.set(key, newSession(new Date("2026-01-01T00:00:00Z")), 60_000);
    const bump = (store: ClosableSessionStore) =>
      withLockPatiently(store, key, async () => {
        const s = await store.get(key);
        if (!s) throw new Error("missing");
        await store.set(key, { ...s, turns: s.turns + 1 }, 60_000);
      });
    await Promise.all(Array.from({ length: 40 }, (_, i) => bump(i % 2 === 0 ? a : b)));
    expect((await a.get(key))?.turns).toBe(40);
  });

  it("withLock hands fn what its keys held once the lock was won (read in the same round trip): 40 of 40", async () => {
    const a = redisStore();
    const b = redisStore();
    const key = "t-early-reads";
    await a.set(key, newSession(new Date("2026-01-01T00:00:00Z")), 60_000);
    const bump = (store: ClosableSessionStore) =>
      withLockPatiently(
        store,
        key,
        async (reads) => {
          const s = await reads.get(key);
          if (!s) throw new Error("missing");
          expect(await reads.get("t-absent")).toBeUndefined();
          await store.set(key, { ...s, turns: s.turns + 1 }, 60_000);
        },
        [key, "t-absent"],
      );
    await Promise.all(Array.from({ length: 40 }, (_, i) => bump(i % 2 === 0 ? a : b)));
    expect((await a.get(key))?.turns).toBe(40);
  });

  it("withLock releases on failure, and reports a key that stays busy", async () => {
    const store = createSessionStore({ kind: "redis", redisUrl: REDIS_URL, namespace, lockWaitMs: 100 });
    opened.push(store);
    await expect(
      store.withLock?.("t-fail", async () => {
        throw new Error("turn failed");
      }),
    ).rejects.toThrow("turn failed");
    // Released: the next holder gets it at once.
    expect(await store.withLock?.("t-fail", async () => "ran")).toBe("ran");
    let release: () => void = () => undefined;
    const held = store.withLock?.("t-busy", () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 20));
    await expect(store.withLock?.("t-busy", async () => "never")).rejects.toBeInstanceOf(SessionBusyError);
    release();
    await held;
  });

  it("two replicas (two stores, two turn runners) serialize turns on one conversation: 40 of 40 counted", async () => {
    const replicaA = createTurnRunner({ advisor: countingAdvisor, store: redisStore(), logger: silentLogger });
    const replicaB = createTurnRunner({ advisor: countingAdvisor, store: redisStore(), logger: silentLogger });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? replicaA : replicaB)(inbound(`r${i}`, "hi", "t-two-replicas")),
      ),
    );
    expect((await redisStore().get(sessionKey(inbound("x", "hi", "t-two-replicas").ref)))?.turns).toBe(40);
  });
});
