// Slack needs an answer within 3 seconds; a turn may take longer (a slow session store, a big
// catalogue search). These tests hold the turn at the session store and show that Slack's request
// has already been answered with 200, and that the reply arrives once the turn can go on. A slash
// command's ack waits for its answer only up to a bound (answer-in-ack.ts), shortened here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, SessionStore } from "../../../src/conversation/session.js";
import { createMemorySessionStore } from "../../../adapters/shared/memory-session-store.js";
import { BOT } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";
import { fixtureAdvisor } from "./fixture-advisor.js";

/** A memory store whose reads wait while the gate is closed. */
function gatedStore() {
  const inner = createMemorySessionStore();
  let release: () => void = () => {};
  let gate: Promise<void> | null = null;
  let parked: () => void = () => {};
  let parkedPromise: Promise<void> = Promise.resolve();
  const store: SessionStore = {
    async get(key): Promise<Session | undefined> {
      if (gate) {
        parked();
        await gate;
      }
      return inner.get(key);
    },
    set: (key, session, ttl) => inner.set(key, session, ttl),
    delete: (key) => inner.delete(key),
  };
  return {
    store,
    close() {
      gate = new Promise((r) => (release = r));
      parkedPromise = new Promise((r) => (parked = r));
    },
    open() {
      gate = null;
      release();
    },
    /** Resolves once a turn is waiting at the closed gate. */
    parked: () => parkedPromise,
  };
}

describe("Slack adapter acknowledges before it works", () => {
  let h: SlackHarness;
  const gated = gatedStore();
  beforeAll(async () => {
    h = await startSlackHarness({ advisor: fixtureAdvisor(), store: gated.store, answerInAckWithinMs: 50 });
  });
  afterAll(async () => {
    gated.open();
    await h?.close();
  });

  it("a slash command not answered within the bound gets an empty 200, and the answer through response_url after", async () => {
    gated.close();
    const done = h.handled(async () => {
      const res = await h.slack.slashCommand({ text: "slow one", responseUrl: h.fake.responseUrl("slow-cmd") });
      expect(res.status).toBe(200);
      expect(res.body).toBe("");
      // Acknowledged, the turn is parked at the store, and nothing was answered yet.
      await gated.parked();
      expect(h.fake.responses.some((r) => r.id === "slow-cmd")).toBe(false);
      gated.open();
    });
    await done;
    const answer = h.fake.responses.find((r) => r.id === "slow-cmd");
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(answer?.viaAck).toBeUndefined();
  });

  it("a button click gets its 200 while the turn is still waiting", async () => {
    gated.close();
    await h.handled(async () => {
      const res = await h.slack.blockAction({
        actionId: "ask:x",
        value: "ask:x",
        channel: "C0GENERAL",
        ephemeral: true,
        responseUrl: h.fake.responseUrl("slow-act"),
      });
      expect(res.status).toBe(200);
      await gated.parked();
      expect(h.fake.responses.some((r) => r.id === "slow-act")).toBe(false);
      gated.open();
    });
    expect(h.fake.responses.some((r) => r.id === "slow-act")).toBe(true);
  });

  it("an event gets its 200 while the turn is still waiting", async () => {
    gated.close();
    const ts = nextTs();
    await h.handled(async () => {
      const res = await h.slack.event(
        messageEvent({ text: `<@${BOT.userId}> slow`, channel: "C0GENERAL", ts, mention: true }),
      );
      expect(res.status).toBe(200);
      await gated.parked();
      expect(h.fake.posts().some((c) => c.params.thread_ts === ts)).toBe(false);
      gated.open();
    });
    expect(h.fake.posts().some((c) => c.params.thread_ts === ts)).toBe(true);
  });
});
