// Turns on one conversation are serialized across replicas when the store can lock (Redis).
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { sessionKey } from "../../src/ports.js";
import { createTurnRunner, SESSION_BUSY, type LockingSessionStore } from "../../adapters/shared/run-turn.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import {
  createSessionStore,
  SessionBusyError,
  type ClosableSessionStore,
} from "../../adapters/shared/session-store.js";
import { countingAdvisor, inbound } from "./session-store-helpers.js";

const REDIS_URL = process.env.REDIS_URL;
const opened: ClosableSessionStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
});

describe("run-turn with a locking store", () => {
  it("answers kindly when another replica holds the conversation too long", async () => {
    const saved: string[] = [];
    const store: LockingSessionStore = {
      get: async () => undefined,
      set: async (key) => void saved.push(key),
      delete: async () => undefined,
      withLock: async (key) => Promise.reject(new SessionBusyError(key)),
    };
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const { replies } = await runTurn(inbound("busy-1"));
    expect(replies.map((r) => r.fallbackText)).toEqual([SESSION_BUSY]);
    expect(saved).toEqual([]);
  });

  it.skipIf(!REDIS_URL)("two replicas on one Redis lose no turn of a shared conversation", async () => {
    const namespace = `modelwise-replicas-${randomUUID()}`;
    const stores = [0, 1].map(() => createSessionStore({ kind: "redis", redisUrl: REDIS_URL, namespace }));
    opened.push(...stores);
    const replicas = stores.map((store) => createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger }));
    await Promise.all(Array.from({ length: 20 }, (_, i) => replicas[i % 2]!(inbound(`r-${i}`))));
    const key = sessionKey(inbound("x").ref);
    expect((await stores[0]!.get(key))?.turns).toBe(20);
  });
});
