// Two terminals (or replicas) of one team change its profile at the same time: each turn's change
// is applied onto the stored profile under the profile's lock, so neither undoes the other's fact.
// Two SQLite store instances on one data folder stand for two processes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../adapters/shared/logger.js";
import { loadProfile } from "../../adapters/shared/profile-store.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { createSessionStore, type ClosableSessionStore } from "../../adapters/shared/session-store.js";
import { createAdvisor } from "../../src/advisor.js";
import type { InboundMessage } from "../../src/ports.js";

const catalog = readCatalog();
const dirs: string[] = [];
const stores: ClosableSessionStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

let n = 0;
const say = (text: string, channel: string): InboundMessage => ({
  ref: { platform: "console", workspace: "acme", channel },
  user: { id: "u" },
  text,
  messageId: `m${++n}`,
  receivedAt: new Date("2026-12-04T12:00:00Z"),
});

/** One "process": its own store connection and turn runner on the shared folder. */
function terminal(dataDir: string) {
  const store = createSessionStore({ kind: "sqlite", dataDir, logger: silentLogger });
  stores.push(store);
  const advisor = createAdvisor({ catalog, now: () => new Date("2026-12-04T12:00:00Z"), warmUp: false });
  return { store, run: createTurnRunner({ advisor, store, logger: silentLogger }) };
}

describe("concurrent writers of one team profile", () => {
  it("keeps every fact two terminals remember at the same moment", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "profile-race-"));
    dirs.push(dataDir);
    const a = terminal(dataDir);
    const b = terminal(dataDir);
    await Promise.all([
      a.run(say("remember: we are an EU company", "one")),
      b.run(say("remember: we have about 2M monthly users", "two")),
    ]);
    await Promise.all([
      a.run(say("remember: we handle patient data", "one")),
      b.run(say("remember: no ops staff", "two")),
    ]);
    const facts = (await loadProfile(a.store, say("", "x").ref))?.facts;
    expect(facts).toMatchObject({
      inEu: true,
      monthlyActiveUsers: 2_000_000,
      dataSensitivity: "regulated",
      mlOpsExperience: "none",
    });
  });

  it("a forget from one terminal removes only that fact, whatever the other added meanwhile", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "profile-race-"));
    dirs.push(dataDir);
    const a = terminal(dataDir);
    const b = terminal(dataDir);
    await a.run(say("remember: we are an EU company and we have about 2M monthly users", "one"));
    await Promise.all([a.run(say("forget the monthly users", "one")), b.run(say("remember: no ops staff", "two"))]);
    const facts = (await loadProfile(a.store, say("", "x").ref))?.facts;
    expect(facts).toMatchObject({ inEu: true, mlOpsExperience: "none" });
    expect(facts?.monthlyActiveUsers).toBeUndefined();
  });
});
