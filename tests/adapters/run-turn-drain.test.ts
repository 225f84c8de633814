// A shutdown lets the turns in progress finish (and save) before the store closes, but waits
// only so long; and every message is reported once to the observer with its outcome.
import { describe, expect, it } from "vitest";
import { createAdvisor } from "../../src/advisor.js";
import type { Session, SessionStore } from "../../src/conversation/session.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createTurnRunner, type TurnObservation } from "../../adapters/shared/run-turn.js";
import type { InboundMessage } from "../../src/ports.js";

const advisor = createAdvisor({ catalog: readCatalog(), warmUp: false });
const inbound = (id: string, text = "price of gpt-4o"): InboundMessage => ({
  ref: { platform: "console", channel: `drain-${id}` },
  user: { id: "u" },
  text,
  messageId: id,
  receivedAt: new Date("2026-12-01T10:00:00Z"),
});

/** A store whose writes wait until the test lets them through. */
function gatedStore() {
  const saved = new Map<string, Session>();
  let open: () => void = () => {};
  const gate = new Promise<void>((r) => (open = r));
  const store: SessionStore = {
    get: async (key) => saved.get(key),
    set: async (key, session) => {
      await gate;
      saved.set(key, session);
    },
    delete: async (key) => void saved.delete(key),
  };
  return { store, saved, open };
}

describe("turn runner: drain and observation", () => {
  it("drain waits for a turn in progress, which then saves", async () => {
    const { store, saved, open } = gatedStore();
    const runTurn = createTurnRunner({ advisor, store, logger: silentLogger });
    const running = runTurn(inbound("a"));
    await new Promise((r) => setImmediate(r));
    expect(runTurn.inFlight()).toBe(1);
    let drained: boolean | undefined;
    const draining = runTurn.drain(5000).then((d) => (drained = d));
    await new Promise((r) => setTimeout(r, 20));
    expect(drained).toBeUndefined();
    open();
    expect(await draining).toBe(true);
    await running;
    expect(saved.size).toBe(1);
    expect(runTurn.inFlight()).toBe(0);
  });

  it("drain gives up after its limit and says so", async () => {
    const { store, open } = gatedStore();
    const runTurn = createTurnRunner({ advisor, store, logger: silentLogger });
    const running = runTurn(inbound("b"));
    expect(await runTurn.drain(30)).toBe(false);
    open();
    await running;
  });

  it("reports each message once: answered, then a duplicate delivery", async () => {
    const seen: TurnObservation[] = [];
    const saved = new Map<string, Session>();
    const store: SessionStore = {
      get: async (k) => saved.get(k),
      set: async (k, s) => void saved.set(k, s),
      delete: async (k) => void saved.delete(k),
    };
    const runTurn = createTurnRunner({ advisor, store, logger: silentLogger, observe: (t) => seen.push(t) });
    await runTurn(inbound("c"));
    await runTurn(inbound("c"));
    expect(seen.map((t) => [t.platform, t.intent, t.outcome])).toEqual([
      ["console", "price", "answered"],
      ["console", "none", "duplicate"],
    ]);
    expect(seen[0]!.seconds).toBeGreaterThanOrEqual(0);
  });
});
