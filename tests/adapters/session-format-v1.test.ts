// Sessions stored by an older release keep working. The fixture is a real version-1 session:
// the row value modelwise 560f0ab wrote to SQLite after a guided recommendation on the scoring
// fixture catalogue (use case, a skip, side notes, a budget, two what-ifs). Version 1 kept the whole
// requirements before every step; version 2 keeps what each step changed. Put into each store
// exactly as that release left it, the session must be read, and "back" must walk through the same
// requirements the old snapshots recorded.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createClient } from "@redis/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdvisor } from "../../src/advisor.js";
import { SESSION_VERSION } from "../../src/conversation/session.js";
import { sessionKey } from "../../src/ports.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { readStoredSession } from "../../adapters/shared/session-format.js";
import {
  createSessionStore,
  SQLITE_FILE_NAME,
  type ClosableSessionStore,
} from "../../adapters/shared/session-store.js";
import { inboundFor, NOW } from "../flows/recommend-helpers.js";
import { scoringCatalog } from "../unit/scoring/scoring-fixture.js";

const FIXTURE = path.join(import.meta.dirname, "../fixtures/sessions/v1-guided-coding.json");
const storedText = readFileSync(FIXTURE, "utf8");
const stored = JSON.parse(storedText) as {
  version: number;
  requirements: Requirements;
  flow: { history: { step: string; previous: { requirements: Requirements; skipped: boolean } }[] };
};
const KEY = sessionKey(inboundFor("x", 0).ref);
const DAY = 24 * 60 * 60 * 1000;

/** Says "back" once per stored step and returns the requirements after each. */
async function backThroughHistory(store: ClosableSessionStore): Promise<Requirements[]> {
  const runTurn = createTurnRunner({
    advisor: createAdvisor({ catalog: scoringCatalog(), now: () => NOW }),
    store,
    logger: silentLogger,
  });
  const seen: Requirements[] = [];
  for (let i = 0; i < stored.flow.history.length; i++) {
    const { replies } = await runTurn(inboundFor("back", 100 + i));
    expect(replies.length).toBeGreaterThan(0);
    seen.push((await store.get(KEY))?.requirements ?? {});
  }
  return seen;
}

/** What version 1 would have restored, back by back: its snapshots, newest first. */
const restoredByV1 = () => stored.flow.history.map((h) => h.previous.requirements).reverse();

describe("session format: a version-1 session", () => {
  it("is a real version-1 session with snapshots, as the old release stored it", () => {
    expect(stored.version).toBe(1);
    expect(stored.flow.history.length).toBeGreaterThanOrEqual(8);
    expect(stored.flow.history.some((h) => h.previous.skipped)).toBe(true);
  });

  it("is migrated to the current version, keeping only what each step changed", () => {
    const session = readStoredSession(KEY, JSON.parse(storedText));
    expect(session.version).toBe(SESSION_VERSION);
    expect(session.requirements).toEqual(stored.requirements);
    const history = session.flow?.history ?? [];
    expect(history.map((h) => h.step)).toEqual(stored.flow.history.map((h) => h.step));
    // The first answer set the use case on empty requirements; the skip changed nothing.
    expect(history[0]).toEqual({ step: "use-case", added: ["useCase"] });
    expect(history[1]).toEqual({ step: "data", skipped: true });
    // The last what-if lowered the budget from $2,000.
    expect(history.at(-1)).toEqual({ step: "what-if", was: { monthlyBudgetUsd: 2000 } });
    expect(JSON.stringify(session).length).toBeLessThan(storedText.length / 2);
  });

  describe("stored in SQLite by the old release", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), "modelwise-v1-"));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("is read, continued, and 'back' restores what version 1 recorded", async () => {
      const store = createSessionStore({ kind: "sqlite", dataDir: dir });
      try {
        const db = new Database(path.join(dir, SQLITE_FILE_NAME));
        db.prepare("INSERT INTO sessions (key, value, expires) VALUES (?, ?, ?)").run(
          KEY,
          storedText,
          Date.now() + DAY,
        );
        db.close();
        expect((await store.get(KEY))?.version).toBe(SESSION_VERSION);
        expect(await backThroughHistory(store)).toEqual(restoredByV1());
        // Saved again in the current version.
        const raw = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
        const row = raw.prepare("SELECT value FROM sessions WHERE key = ?").get(KEY) as { value: string };
        raw.close();
        expect(JSON.parse(row.value).version).toBe(SESSION_VERSION);
      } finally {
        await store.close();
      }
    });
  });

  const REDIS_URL = process.env.REDIS_URL;
  describe.skipIf(!REDIS_URL)("stored in Redis by the old release (REDIS_URL)", () => {
    it("is read, continued, and 'back' restores what version 1 recorded", async () => {
      const namespace = `modelwise-test-${randomUUID()}`;
      const admin = createClient({ url: REDIS_URL });
      await admin.connect();
      const store = createSessionStore({ kind: "redis", redisUrl: REDIS_URL, namespace, callTimeoutMs: 2000 });
      try {
        // The layout every release has used: `<namespace>::<key>` -> {"value": session, "expires": ms}.
        const envelope = `{"value":${storedText.trim()},"expires":${Date.now() + DAY}}`;
        await admin.set(`${namespace}::${KEY}`, envelope, { PX: DAY });
        expect((await store.get(KEY))?.version).toBe(SESSION_VERSION);
        expect(await backThroughHistory(store)).toEqual(restoredByV1());
      } finally {
        await store.close();
        const keys = await admin.keys(`${namespace}*`);
        if (keys.length > 0) await admin.del(keys);
        await admin.close();
      }
    });
  });
});
