// Two replicas checking the same watching thread at once, their claims interleaved one by one on
// a shared claim store: the thread gets one post with all its changes, never one post per
// replica (each had won one change), and a failed post gives every claim back.
import { describe, expect, it } from "vitest";
import { readCatalog, readCommittedFiles } from "../../adapters/shared/read-catalog.js";
import { sendAlerts, type AlertDeps } from "../../adapters/shared/alerts.js";
import { createLogger } from "../../adapters/shared/logger.js";
import type { WatchEntry, WatchStore } from "../../adapters/shared/watch-store.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { parseCatalog } from "../../src/catalog/load.js";
import type { License, Model } from "../../src/catalog/schema.js";
import type { Watch } from "../../src/watch/watch.js";
import { createWatch } from "../../src/watch/watch.js";
import { TEST_DAY } from "../helpers/test-day.js";

const catalog = readCatalog();
const ref = { platform: "slack" as const, workspace: "T1", channel: "C1", thread: "1700000000.000100" };

/** The catalogue with GPT-4o 20 % dearer and GPT-4.1 deprecated: two changes for one thread. */
function changedCatalog(): Catalog {
  const copy = structuredClone(readCommittedFiles().values) as {
    licenses: { licenses: License[] };
    models: { models: Model[] };
    selfhost: unknown;
  };
  const models = copy.models.models;
  models.find((m) => m.id === "gpt-4o")!.offerings.find((o) => o.provider === "openai")!.inputPerMTok = 3;
  models.find((m) => m.id === "gpt-4.1")!.status = "deprecated";
  return parseCatalog(copy, { today: TEST_DAY });
}

/**
 * A claim store shared by the replicas. The third claim answers late, as a slow network reply
 * would: with claims made change by change, replica A wins the first change, B loses it and wins
 * the second while A's claim on it is still on its way.
 */
function sharedClaims(lateCall = 3) {
  const held = new Set<string>();
  let calls = 0;
  return {
    held,
    async claim(id: string) {
      calls += 1;
      await new Promise((r) => setTimeout(r, calls === lateCall ? 20 : 0));
      if (held.has(id)) return false;
      held.add(id);
      return true;
    },
    async release(id: string) {
      held.delete(id);
    },
  };
}

function memoryWatches(entries: Map<string, Watch>): WatchStore {
  return {
    async put(key, watch) {
      entries.set(key, watch);
    },
    async remove(key) {
      entries.delete(key);
    },
    async list(): Promise<WatchEntry[]> {
      return [...entries].map(([key, watch]) => ({ key, watch }));
    },
  };
}

describe("alerts from two replicas at once", () => {
  const watch = createWatch({ catalog, ref, modelIds: ["gpt-4o", "gpt-4.1"], decision: null, now: new Date() });
  const changed = changedCatalog();

  it("post once in the thread, with both changes", async () => {
    const claims = sharedClaims();
    const posts: string[] = [];
    const replica = (): AlertDeps => ({
      watches: memoryWatches(new Map([["thread", watch]])),
      claims,
      notify: { slack: async (_ref, reply) => void posts.push(JSON.stringify(reply.blocks)) },
      logger: createLogger(() => undefined, "error"),
    });
    const [a, b] = await Promise.all([sendAlerts(replica(), changed), sendAlerts(replica(), changed)]);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatch(/GPT-4o/);
    expect(posts[0]).toMatch(/GPT-4\.1/);
    expect(a.sent + b.sent).toBe(1);
    expect(a.alreadyTold + b.alreadyTold).toBe(1);
  });

  it("a post that fails gives its claims back, so the next check tells the thread", async () => {
    const claims = sharedClaims();
    const failing: AlertDeps = {
      watches: memoryWatches(new Map([["thread", watch]])),
      claims,
      notify: { slack: async () => Promise.reject(new Error("slack is down")) },
      logger: createLogger(() => undefined, "error"),
    };
    expect((await sendAlerts(failing, changed)).failed).toBe(1);
    expect(claims.held.size).toBe(0);
  });
});
