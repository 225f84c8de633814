// A Redis that stops answering but keeps its connections open (a hung host, a long pause): every
// call a turn makes gives up after its limit, so the person hears that the conversation cannot be
// saved instead of waiting forever, and everything works again once Redis answers. The session
// calls and the turn lock are bounded by our own timers; whatever else shares the connection
// (rate limits) by node-redis's per-command timeout.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSession } from "../../../src/conversation/session.js";
import { silentLogger } from "../../../adapters/shared/logger.js";
import { createRateLimit } from "../../../adapters/shared/rate-limit.js";
import { createTurnRunner, STORE_READ_FAILED } from "../../../adapters/shared/run-turn.js";
import { createSessionStore, type ClosableSessionStore } from "../../../adapters/shared/session-store.js";
import { StoreTimeoutError } from "../../../adapters/shared/store-errors.js";
import { countingAdvisor, inbound } from "../../adapters/session-store-helpers.js";
import { ownRedis, type OwnRedis } from "./app-process.js";

let dir: string;
let redis: OwnRedis;
let store: ClosableSessionStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modelwise-redis-stall-"));
  redis = await ownRedis(dir);
  store = createSessionStore({
    kind: "redis",
    redisUrl: redis.url,
    namespace: "stall",
    callTimeoutMs: 300,
    lockWaitMs: 500,
  });
});
afterAll(async () => {
  redis.resume();
  await store.close().catch(() => undefined);
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a Redis that stops answering", () => {
  it("bounds session calls, the turn lock and rate limits, then recovers", async () => {
    await store.set("k", newSession(new Date()), 60_000);
    const rateLimit = createRateLimit({ userPerMinute: 100, workspacePerMinute: 100, redis: store.redis });
    redis.pause();
    try {
      await expect(store.get("k")).rejects.toBeInstanceOf(StoreTimeoutError);
      await expect(store.claim("m", 60_000)).rejects.toBeInstanceOf(StoreTimeoutError);
      await expect(store.withLock!("k", async () => "ran")).rejects.toBeInstanceOf(StoreTimeoutError);
      // The shared connection's own timeout: the limiter falls back to counting in memory.
      await expect(rateLimit(inbound("r1"))).resolves.toEqual({ allowed: true });
      const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
      const { replies } = await runTurn(inbound("m1"));
      expect(replies.map((r) => r.fallbackText)).toEqual([STORE_READ_FAILED]);
    } finally {
      redis.resume();
    }
    await expect(store.get("k")).resolves.toMatchObject({ turns: 0 });
  });
});
