import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newSession } from "../../src/conversation/session.js";
import { sessionKey } from "../../src/ports.js";
import { createTurnRunner, STORE_WRITE_FAILED } from "../../adapters/shared/run-turn.js";
import { silentLogger, createLogger } from "../../adapters/shared/logger.js";
import {
  createSessionStore,
  defaultDataDir,
  SESSIONS_FILE_NAME,
  type ClosableSessionStore,
} from "../../adapters/shared/session-store.js";
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
function fileStore(dataDir = dir, logger = silentLogger): ClosableSessionStore {
  const store = createSessionStore({ kind: "file", dataDir, logger });
  opened.push(store);
  return store;
}

describe("session store: embedded file (keyv-file)", () => {
  it("keeps a session across a restart (a new store instance on the same folder)", async () => {
    const first = fileStore();
    const session = {
      ...newSession(new Date("2026-01-01T00:00:00Z")),
      requirements: { useCase: "rag" as const, monthlyBudgetUsd: 500 },
    };
    await first.set("thread-1", session, 60_000);
    await first.close();
    const second = fileStore();
    expect(await second.get("thread-1")).toEqual(session);
    expect(second.location).toBe(path.join(dir, SESSIONS_FILE_NAME));
  });

  it("makes every resolved write durable, even one made while another is being written", async () => {
    const first = fileStore();
    const big = { ...newSession(new Date()), lastList: Array.from({ length: 200_000 }, (_, i) => `model-${i}`) };
    const a = first.set("big", big, 60_000);
    await new Promise((r) => setTimeout(r, 5));
    await first.set("small", newSession(new Date("2026-02-02T00:00:00Z")), 60_000);
    // Read through a fresh instance before the first store is closed: what is on disk now.
    const reader = createSessionStore({ kind: "file", dataDir: dir });
    expect((await reader.get("small"))?.updatedAt).toBe("2026-02-02T00:00:00.000Z");
    await a;
  });

  it("keeps 20 concurrent writes to different keys", async () => {
    const store = fileStore();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.set(`k${i}`, { ...newSession(new Date()), turns: i }, 60_000)),
    );
    await store.close();
    const again = fileStore();
    const turns = await Promise.all(Array.from({ length: 20 }, (_, i) => again.get(`k${i}`).then((s) => s?.turns)));
    expect(turns).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("serializes 20 concurrent turns on one key through run-turn, and they survive a restart", async () => {
    const store = fileStore();
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => runTurn(inbound(`m${i}`))));
    expect(outcomes.map((o) => o.replies[0]?.fallbackText).sort()).toHaveLength(20);
    await store.close();
    expect((await fileStore().get(sessionKey(inbound("x").ref)))?.turns).toBe(20);
  });

  it("moves an unreadable sessions file aside, says so, and keeps working", async () => {
    writeFileSync(path.join(dir, SESSIONS_FILE_NAME), "{ truncated");
    const lines: string[] = [];
    const store = fileStore(
      dir,
      createLogger((l) => lines.push(l)),
    );
    expect(await store.get("k")).toBeUndefined();
    await store.set("k", newSession(new Date()), 60_000);
    expect(readdirSync(dir).some((f) => f.startsWith(`${SESSIONS_FILE_NAME}.unreadable-`))).toBe(true);
    expect(lines.join("\n")).toMatch(/unreadable/);
  });

  it("rejects a write it cannot make, and run-turn answers with its friendly note", async () => {
    // A data folder below a regular file can never be created: a real write failure.
    const blocker = path.join(dir, "not-a-folder");
    writeFileSync(blocker, "x");
    const store = fileStore(path.join(blocker, "sessions"));
    await expect(store.set("k", newSession(new Date()), 60_000)).rejects.toThrow();
    const runTurn = createTurnRunner({ advisor: countingAdvisor, store, logger: silentLogger });
    const { replies } = await runTurn(inbound("m1"));
    expect(replies.at(-1)?.fallbackText).toBe(STORE_WRITE_FAILED);
    expect(replies.at(-1)?.data?.intent).toBe("store-unavailable");
  });

  it("defaults to MODELWISE_DATA_DIR, else <repo>/.data/sessions", () => {
    expect(defaultDataDir({ MODELWISE_DATA_DIR: "/srv/mw" })).toBe("/srv/mw");
    expect(defaultDataDir({})).toMatch(/[/\\]\.data[/\\]sessions$/);
  });
});
