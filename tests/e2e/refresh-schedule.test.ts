// The scheduled refresh with two replicas on one Redis (random key prefix): both fire for the same
// scheduled minute, exactly one claims it and runs `modelwise catalog refresh` (a child process),
// the other skips; the next minute is a new run.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSessionStore, type ClosableSessionStore } from "../../adapters/shared/session-store.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { runScheduledRefresh, runSlot } from "../../adapters/tools/catalog-refresh/schedule.js";
import { copyCatalog, removeRefreshTempDirs, writeRefreshFixtures } from "../helpers/refresh-fixtures.js";

// Like the other Redis tests: run when REDIS_URL names a server (CI sets it), skipped otherwise.
const REDIS_URL = process.env.REDIS_URL ?? "";
const stores: ClosableSessionStore[] = [];

afterAll(async () => {
  for (const s of stores) await s.close();
  removeRefreshTempDirs();
});

describe("scheduled refresh across replicas", () => {
  it("runSlot gives replicas a few seconds apart the same run", () => {
    expect(runSlot(new Date("2026-12-04T06:00:00.400Z"))).toBe(runSlot(new Date("2026-12-04T05:59:58.900Z")));
    expect(runSlot(new Date("2026-12-04T06:00:00Z"))).not.toBe(runSlot(new Date("2026-12-04T06:01:00Z")));
  });

  it.skipIf(!REDIS_URL)(
    "exactly one of two replicas refreshes a scheduled run",
    async () => {
      const namespace = `mw-schedule-${randomUUID()}`;
      for (let i = 0; i < 2; i++) stores.push(createSessionStore({ kind: "redis", redisUrl: REDIS_URL, namespace }));
      expect((await stores[0]!.health()).ok).toBe(true);
      const sources = writeRefreshFixtures();
      const catalogDir = copyCatalog();
      const at = new Date("2026-12-04T06:00:00Z");
      const deps = (store: ClosableSessionStore) => ({
        cron: "0 6 * * *",
        from: [join(sources, "models-dev-changed.json")],
        catalogDir,
        claims: store,
        logger: silentLogger,
      });
      const results = await Promise.all(stores.map((s) => runScheduledRefresh(deps(s), at)));
      expect(results.map((r) => r.outcome).sort()).toEqual(["skipped", "swapped"]);
      expect(existsSync(join(catalogDir, "refreshed.json"))).toBe(true);
      expect(readdirSync(catalogDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      // A later run is claimed afresh (and finds nothing new).
      const later = await runScheduledRefresh(deps(stores[1]!), new Date("2026-12-04T07:00:00Z"));
      expect(later.outcome).toBe("unchanged");
    },
    180_000,
  );
});
