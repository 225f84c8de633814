// A guided recommendation that survives a restart: the turns run through the real turn runner
// and the embedded SQLite store; a new store and advisor (a restarted process) carry on the thread.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdvisor } from "../../src/advisor.js";
import { sessionKey, type OutboundMessage } from "../../src/ports.js";
import { silentLogger } from "../../adapters/shared/logger.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { createSessionStore, type ClosableSessionStore } from "../../adapters/shared/session-store.js";
import { scoringCatalog } from "../unit/scoring/scoring-fixture.js";
import { inboundFor, NOW, rankingOf, stepOf } from "./recommend-helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "modelwise-flow-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function runner(store: ClosableSessionStore, startAt: number) {
  const runTurn = createTurnRunner({
    advisor: createAdvisor({ catalog: scoringCatalog(), now: () => NOW, warmUp: false }),
    store,
    logger: silentLogger,
  });
  let n = startAt;
  return async (text: string, actionId?: string): Promise<OutboundMessage> => {
    const { replies } = await runTurn(inboundFor(text, n++, actionId ? { id: actionId } : undefined));
    const last = replies[replies.length - 1];
    if (!last) throw new Error("no reply");
    return last;
  };
}

describe("recommendation thread across a restart (SQLite store)", () => {
  it("resumes at the same question with the earlier answers, then finishes and summarizes", async () => {
    const first = createSessionStore({ kind: "sqlite", dataDir: dir });
    const say1 = runner(first, 0);
    await say1("help me choose a model");
    await say1("rag");
    const third = await say1("regulated");
    expect(stepOf(third)).toBe("deployment");
    await first.close();

    // "Restart": a new store on the same folder and a new advisor.
    const second = createSessionStore({ kind: "sqlite", dataDir: dir });
    const stored = await second.get(sessionKey(inboundFor("x", 0).ref));
    expect(stored?.flow?.step).toBe("deployment");
    expect(stored?.requirements).toMatchObject({ useCase: "rag", dataSensitivity: "regulated" });
    const say2 = runner(second, 100);
    const resumed = await say2("our own cloud", "flow:deployment:own-cloud");
    // The next question is the one a thread that never restarted asks at this point (which one that
    // is depends on what would most change the ranking, not on the restart).
    const unbrokenDir = mkdtempSync(path.join(tmpdir(), "modelwise-flow-"));
    const unbroken = createSessionStore({ kind: "sqlite", dataDir: unbrokenDir });
    const sayOnce = runner(unbroken, 0);
    for (const text of ["help me choose a model", "rag", "regulated"]) await sayOnce(text);
    const next = stepOf(await sayOnce("our own cloud", "flow:deployment:own-cloud"));
    await unbroken.close();
    rmSync(unbrokenDir, { recursive: true, force: true });
    expect(next).toBeTruthy();
    expect(next).not.toBe("deployment");
    expect(stepOf(resumed)).toBe(next);
    // Back works across the restart too: history was stored.
    const back = await say2("back");
    expect(stepOf(back)).toBe("deployment");
    let reply = await say2("2");
    while (stepOf(reply)) reply = await say2("skip");
    const ranking = rankingOf(reply);
    expect(reply.data?.requirements).toMatchObject({
      useCase: "rag",
      dataSensitivity: "regulated",
      deployment: "own-cloud",
    });
    const catalog = scoringCatalog();
    for (const m of ranking) expect(catalog.modelById.get(m.id)?.openWeights).toBe(true);
    const record = await say2("summarize");
    expect(String(record.data?.markdown)).toContain("regulated data");
    await second.close();
  });
});
