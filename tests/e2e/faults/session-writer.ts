// A process that saves sessions through the real SQLite store as fast as it can and prints
// "<key> <turns>" after each save has resolved: what it printed was acknowledged as saved. The
// kill -9 test kills it at a random moment and checks that every acknowledged save is there.
import { createSessionStore } from "../../../adapters/shared/session-store.js";
import { newSession } from "../../../src/conversation/session.js";

const [dataDir = "", round = "0"] = process.argv.slice(2);
const store = createSessionStore({ kind: "sqlite", dataDir });
const base = newSession(new Date("2026-01-01T00:00:00Z"));
// Sessions big enough that a write takes real time (a guided flow's worth of state).
const lastList = Array.from({ length: 400 }, (_, i) => `model-${i}`);
for (let turn = 1; ; turn++) {
  const key = `round-${round}-thread-${turn % 25}`;
  await store.set(key, { ...base, lastList, turns: turn }, 3_600_000);
  process.stdout.write(`${key} ${turn}\n`);
}
