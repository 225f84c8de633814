// How a turn behaves when the store fails or a person floods: bounded waits, a clear reply,
// stateless answers still given, and a "slow down" that touches nobody else.
import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { describe, expect, it, vi } from "vitest";
import type { Advisor } from "../../src/advisor.js";
import type { SessionStore } from "../../src/conversation/session.js";
import type { InboundMessage } from "../../src/ports.js";
import { createMemorySessionStore } from "../../adapters/shared/memory-session-store.js";
import { createRateLimit } from "../../adapters/shared/rate-limit.js";
import { createTurnRunner, SESSION_BUSY, STORE_DOWN_NOTE, STORE_READ_FAILED } from "../../adapters/shared/run-turn.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { createKeyLock } from "../../adapters/shared/key-lock.js";
import { SessionBusyError } from "../../adapters/shared/store-errors.js";

// Answers "price ..." as a stateless price answer, anything else as a step of a guided flow.
const advisor: Advisor = {
  handleTurn(session, inbound) {
    const intent = inbound.text.startsWith("price") ? "price" : "recommend";
    return {
      session: { ...session, turns: session.turns + 1 },
      replies: [{ blocks: [], fallbackText: `${intent}: ${inbound.text}`, data: { intent } }],
    };
  },
};

let n = 0;
function message(text: string, user = "u1", thread = "t1"): InboundMessage {
  return {
    ref: { platform: "slack", workspace: "T1", channel: "C1", thread },
    user: { id: user },
    text,
    messageId: `m${++n}`,
    receivedAt: new Date(),
  };
}

const downStore: SessionStore = {
  get: async () => Promise.reject(new Error("ECONNREFUSED")),
  set: async () => Promise.reject(new Error("ECONNREFUSED")),
  delete: async () => Promise.reject(new Error("ECONNREFUSED")),
};

describe("turns while the store is down", () => {
  it("still answers a stateless question, with a note that nothing is saved", async () => {
    const run = createTurnRunner({ advisor, store: downStore, logger: silentLogger });
    const texts = (await run(message("price of gpt-4o"))).replies.map((r) => r.fallbackText);
    expect(texts).toEqual(["price: price of gpt-4o", STORE_DOWN_NOTE]);
  });

  it("says plainly that a conversation step cannot be continued, instead of starting over", async () => {
    const run = createTurnRunner({ advisor, store: downStore, logger: silentLogger });
    const texts = (await run(message("help me choose a model"))).replies.map((r) => r.fallbackText);
    expect(texts).toEqual([STORE_READ_FAILED]);
  });

  it("treats a lock that cannot be taken (store unreachable) the same way", async () => {
    const store = {
      ...createMemorySessionStore(),
      withLock: async () => Promise.reject(new Error("The client is offline")),
    };
    const run = createTurnRunner({ advisor, store, logger: silentLogger });
    expect((await run(message("price of gpt-4o"))).replies.at(-1)?.fallbackText).toBe(STORE_DOWN_NOTE);
    expect((await run(message("coding"))).replies.map((r) => r.fallbackText)).toEqual([STORE_READ_FAILED]);
  });

  it("gives up waiting behind a stuck turn of the same conversation after the wait limit", async () => {
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((r) => (release = r));
    let first = true;
    const store: SessionStore = {
      ...createMemorySessionStore(),
      get: async () => {
        if (first) {
          first = false;
          await stuck;
        }
        return undefined;
      },
    };
    const run = createTurnRunner({ advisor, store, logger: silentLogger, turnWaitMs: 50 });
    const held = run(message("price a"));
    const waiting = await run(message("price b"));
    expect(waiting.replies.map((r) => r.fallbackText)).toEqual([SESSION_BUSY]);
    // Another conversation is not held up at all.
    expect((await run(message("price c", "u1", "t2"))).replies[0]?.fallbackText).toBe("price: price c");
    release();
    await held;
  });
});

describe("key lock", () => {
  it("runs turns of one key in order, and a waiter that gave up does not break the queue", async () => {
    const lock = createKeyLock(30);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const a = lock("k", () => new Promise<void>((r) => (release = () => (order.push("a"), r()))));
    await expect(lock("k", async () => order.push("b"))).rejects.toBeInstanceOf(SessionBusyError);
    const c = lock("k", async () => order.push("c"));
    release();
    await a;
    await c;
    expect(order).toEqual(["a", "c"]);
  });

  it("sets a wait timer only for a turn that has to wait", async () => {
    vi.useFakeTimers();
    try {
      const lock = createKeyLock(30);
      let release: () => void = () => undefined;
      const gate = new Promise<void>((r) => (release = r));
      const a = lock("k", () => gate);
      expect(vi.getTimerCount()).toBe(0);
      const b = lock("k", async () => "b");
      expect(vi.getTimerCount()).toBe(1);
      release();
      await a;
      await expect(b).resolves.toBe("b");
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("rate limits", () => {
  it("slows a flooding person down without touching another person", async () => {
    const rateLimit = createRateLimit({ userPerMinute: 3, workspacePerMinute: 100, prefix: `t${Date.now()}` });
    const run = createTurnRunner({ advisor, store: createMemorySessionStore(), logger: silentLogger, rateLimit });
    const flood = [];
    for (let i = 0; i < 6; i++) flood.push(await run(message(`price ${i}`, "flooder", "f")));
    const limited = flood.filter((o) => o.replies[0]?.data?.intent === "rate-limited");
    expect(limited).toHaveLength(3);
    expect(limited[0]?.replies[0]?.fallbackText).toMatch(/slow down and try again in \d+ seconds?/);
    expect((await run(message("price of gpt-4o", "calm", "g"))).replies[0]?.fallbackText).toBe(
      "price: price of gpt-4o",
    );
  });

  it("limits a whole workspace too", async () => {
    const rateLimit = createRateLimit({ userPerMinute: 100, workspacePerMinute: 2, prefix: `w${Date.now()}` });
    const decisions = [];
    for (const user of ["a", "b", "c"]) decisions.push(await rateLimit(message("hi", user)));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
  });

  it("a person's refused messages do not use up the workspace's budget", async () => {
    const rateLimit = createRateLimit({ userPerMinute: 2, workspacePerMinute: 4, prefix: `r${Date.now()}` });
    const flood = [];
    for (let i = 0; i < 6; i++) flood.push(await rateLimit(message("hi", "flooder")));
    expect(flood.map((d) => d.allowed)).toEqual([true, true, false, false, false, false]);
    // Two of the workspace's four were used; two are left for everyone else.
    const others = [];
    for (const user of ["a", "b", "c"]) others.push(await rateLimit(message("hi", user)));
    expect(others.map((d) => d.allowed)).toEqual([true, true, false]);
  });
});

describe.skipIf(!process.env.REDIS_URL)("rate limits shared through Redis", () => {
  it("two replicas count one person's messages together", async () => {
    const clients = [0, 1].map(() => createClient({ url: process.env.REDIS_URL }));
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const prefix = `modelwise-rate-test-${randomUUID()}`;
      const [a, b] = clients.map((redis) =>
        createRateLimit({ userPerMinute: 4, workspacePerMinute: 100, prefix, redis: redis as never }),
      );
      const decisions = [];
      for (let i = 0; i < 6; i++) decisions.push(await (i % 2 === 0 ? a! : b!)(message("hi", "shared-user")));
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, false, false]);
    } finally {
      for (const c of clients) c.destroy();
    }
  });

  it("limits a whole workspace and gives a refused person's workspace points back, in one script", async () => {
    const redis = createClient({ url: process.env.REDIS_URL });
    await redis.connect();
    try {
      const prefix = `modelwise-rate-test-${randomUUID()}`;
      const rateLimit = createRateLimit({ userPerMinute: 2, workspacePerMinute: 4, prefix, redis: redis as never });
      const flood = [];
      for (let i = 0; i < 6; i++) flood.push(await rateLimit(message("hi", "flooder")));
      expect(flood.map((d) => d.allowed)).toEqual([true, true, false, false, false, false]);
      const refused = flood[2]!;
      // The wait is what is left of the person's one-minute window.
      expect(refused.allowed === false && refused.retryAfterMs > 50_000 && refused.retryAfterMs <= 60_000).toBe(true);
      const others = [];
      for (const user of ["a", "b", "c"]) others.push(await rateLimit(message("hi", user)));
      expect(others.map((d) => d.allowed)).toEqual([true, true, false]);
      // The counters live where rate-limiter-flexible kept them, with the window as their expiry.
      const keys = await redis.keys(`${prefix}:*`);
      expect(keys).toHaveLength(5);
      expect(await redis.get(`${prefix}:workspace:slack:T1`)).toBe("5");
      expect(await redis.pTTL(`${prefix}:workspace:slack:T1`)).toBeGreaterThan(50_000);
      await redis.del(keys);
    } finally {
      redis.destroy();
    }
  });
});
