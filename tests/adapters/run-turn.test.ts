import { describe, expect, it } from "vitest";
import type { Advisor } from "../../src/advisor.js";
import type { Session, SessionStore } from "../../src/conversation/session.js";
import type { InboundMessage } from "../../src/ports.js";
import { createMemorySessionStore } from "../../adapters/shared/memory-session-store.js";
import {
  createTurnRunner,
  INTERNAL_ERROR,
  SESSION_FORMAT_UNREADABLE,
  STORE_READ_FAILED,
  STORE_WRITE_FAILED,
} from "../../adapters/shared/run-turn.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { SessionFormatError } from "../../adapters/shared/session-format.js";

// An advisor that counts turns in the session: enough to observe what the runner loads and saves.
const countingAdvisor: Advisor = {
  handleTurn(session, inbound) {
    if (inbound.text === "explode") throw new Error("secret internal detail at /srv/app.ts:12");
    const next: Session = { ...session, turns: session.turns + 1 };
    return { session: next, replies: [{ blocks: [], fallbackText: `turn ${next.turns}` }] };
  },
};

let counter = 0;
function message(text: string, messageId = `m${++counter}`, thread = "t1"): InboundMessage {
  return {
    ref: { platform: "console", channel: "c1", thread },
    user: { id: "u1" },
    text,
    messageId,
    receivedAt: new Date(),
  };
}

describe("createTurnRunner", () => {
  it("loads, advances and saves the session of the conversation", async () => {
    const store = createMemorySessionStore();
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    await run(message("a"));
    const second = await run(message("b"));
    expect(second.replies.map((r) => r.fallbackText)).toEqual(["turn 2"]);
    expect((await store.get("console:-:c1:t1"))?.turns).toBe(2);
  });

  it("keeps conversations in different threads apart", async () => {
    const store = createMemorySessionStore();
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    await run(message("a", undefined, "x"));
    const other = await run(message("a", undefined, "y"));
    expect(other.replies[0]?.fallbackText).toBe("turn 1");
  });

  it("ignores a message it has already handled (platform retries)", async () => {
    const run = createTurnRunner({ advisor: countingAdvisor, store: createMemorySessionStore(), logger: silentLogger });
    expect((await run(message("a", "same"))).handled).toBe(true);
    const retry = await run(message("a", "same"));
    expect(retry).toEqual({ replies: [], handled: false });
  });

  it("claims only messages the platform may redeliver; one delivered once skips the check", async () => {
    const claimed: string[] = [];
    const store = { ...createMemorySessionStore(), claim: async (id: string) => (claimed.push(id), true) };
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const event = message("a", "ev1");
    const command = { ...message("b", "cmd1"), deliveredOnce: true };
    expect((await run(event)).handled).toBe(true);
    expect((await run(command)).handled).toBe(true);
    expect(claimed).toEqual(["msg:console:-:c1:t1#ev1"]);
    // The event's repeat is still dropped; the command is answered (and counted) as the new turn it is.
    expect((await run(event)).handled).toBe(false);
    expect((await run(command)).replies.map((r) => r.fallbackText)).toEqual(["turn 3"]);
  });

  it("serializes concurrent turns on one conversation so none is lost", async () => {
    const store = createMemorySessionStore();
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    await Promise.all(Array.from({ length: 20 }, (_, i) => run(message(`m${i}`))));
    expect((await store.get("console:-:c1:t1"))?.turns).toBe(20);
  });

  it("answers kindly and saves nothing when the store cannot be read", async () => {
    const writes: string[] = [];
    const store: SessionStore = {
      get: async () => Promise.reject(new Error("ECONNREFUSED 127.0.0.1:6379")),
      set: async (key) => void writes.push(key),
      delete: async () => undefined,
    };
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const outcome = await run(message("a"));
    expect(outcome.replies[0]?.fallbackText).toBe(STORE_READ_FAILED);
    expect(outcome.replies[0]?.fallbackText).not.toContain("ECONNREFUSED");
    expect(writes).toEqual([]);
  });

  it("says to start a new thread when the session was saved by another version", async () => {
    const store: SessionStore = {
      get: async (key) => Promise.reject(new SessionFormatError(key, 99, "unknown version 99")),
      set: async () => undefined,
      delete: async () => undefined,
    };
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    expect((await run(message("a"))).replies[0]?.fallbackText).toBe(SESSION_FORMAT_UNREADABLE);
  });

  it("still answers, with a note, when the session cannot be saved", async () => {
    const store: SessionStore = {
      get: async () => undefined,
      set: async () => Promise.reject(new Error("disk full")),
      delete: async () => undefined,
    };
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const texts = (await run(message("a"))).replies.map((r) => r.fallbackText);
    expect(texts).toEqual(["turn 1", STORE_WRITE_FAILED]);
  });

  it("never shows internal error text to the user, and logs it instead", async () => {
    const logged: string[] = [];
    const logger = {
      ...silentLogger,
      error: (m: string, f?: Record<string, unknown>) => void logged.push(`${m} ${JSON.stringify(f)}`),
    };
    const store = createMemorySessionStore();
    const run = createTurnRunner({ advisor: countingAdvisor, store, logger });
    await run(message("a"));
    const outcome = await run(message("explode"));
    expect(outcome.replies[0]?.fallbackText).toBe(INTERNAL_ERROR);
    expect(JSON.stringify(outcome.replies)).not.toContain("secret internal detail");
    expect(logged.join("\n")).toContain("secret internal detail");
    // The failed turn did not overwrite what was saved.
    expect((await store.get("console:-:c1:t1"))?.turns).toBe(1);
  });
});
