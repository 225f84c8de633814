// A rolling restart, as `docker compose restart` or a Kubernetes rollout does it: two replicas of
// the compiled app share one Redis, a guided recommendation alternates between them, and each
// replica in turn gets SIGTERM (right after a message was handed to it) and is started again.
// Nothing said before a restart may be lost: the shortlist must rest on every fact given.
// (npm run compose:check runs the same conversation against the compose replicas.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_READ_FAILED } from "../../../adapters/shared/run-turn.js";
import { startFakeSlack, type FakeSlack } from "../../helpers/fake-slack.js";
import { FACTS_KEPT, rollingConversation } from "../../helpers/rolling-conversation.js";
import { ownRedis, startSlackApp, type AppProcess, type OwnRedis } from "./app-process.js";

describe("rolling restart of two replicas sharing Redis", () => {
  let fake: FakeSlack;
  let redis: OwnRedis;
  const replicas: AppProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), "modelwise-rolling-"));
  const start = () => startSlackApp(fake.apiUrl, { REDIS_URL: redis.url });

  beforeAll(async () => {
    fake = await startFakeSlack();
    redis = await ownRedis(dir);
    replicas.push(await start(), await start());
  }, 60_000);
  afterAll(async () => {
    for (const app of replicas) await app.stop();
    await redis?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every fact across restarts of each replica and reaches the shortlist", async () => {
    const result = await rollingConversation(
      fake,
      {
        url: (i) => replicas[i]!.url,
        // SIGTERM must end the process cleanly and quickly; then a fresh process on the same Redis.
        async restart(i) {
          const old = replicas[i]!;
          const t = Date.now();
          old.child.kill("SIGTERM");
          expect(await old.exited).toBe(0);
          expect(Date.now() - t).toBeLessThan(5000);
          replicas[i] = await start();
        },
      },
      "D0ROLLING1",
    );
    expect(result.noted).toMatch(/Noted: coding .*excluding models from Chinese labs .*50M tokens\/month/);
    expect(result.afterRestart).toMatch(/Noted: internal data/);
    expect(result.shortlist, result.replies.join("\n---\n")).not.toBe("");
    const basis = /Based on: ([^\n]*)/.exec(result.shortlist)?.[1] ?? "";
    for (const fact of FACTS_KEPT) expect(basis).toContain(fact);
    expect(result.replies.some((r) => r.includes(STORE_READ_FAILED))).toBe(false);
    expect(result.replies.filter((r) => /Question 1 of/.test(r))).toHaveLength(1); // never started over
  }, 120_000);
});
