// A rolling restart, as `docker compose restart` or a Kubernetes rollout does it: two replicas of
// the compiled app share one Redis, a guided recommendation alternates between them, and each
// replica in turn gets SIGTERM (right after a message was handed to it) and is started again.
// Nothing said before a restart may be lost: the shortlist must rest on every fact given.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_READ_FAILED } from "../../../adapters/shared/run-turn.js";
import { startFakeSlack, type FakeSlack } from "../../helpers/fake-slack.js";
import { messageEvent, slackRequests } from "../../helpers/fake-slack-requests.js";
import { ownRedis, startSlackApp, type AppProcess, type OwnRedis } from "./app-process.js";

const CHANNEL = "D0ROLLING1";

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

  const replies = () =>
    fake
      .posts()
      .filter((c) => c.params.channel === CHANNEL)
      .map((c) => String(c.params.text ?? ""));

  /** Hands a DM to one replica; resolves once Slack's request was acknowledged (HTTP 200). */
  async function send(app: AppProcess, text: string): Promise<number> {
    const before = replies().length;
    const res = await slackRequests(app.url).event(messageEvent({ text, channel: CHANNEL, im: true }));
    expect(res.status).toBe(200);
    return before;
  }
  const replyAfter = (before: number, what: string) =>
    fake.waitFor(() => replies()[before], `the reply to "${what}"`, 5000);

  /** SIGTERM, which must end the process cleanly and quickly, then a fresh process on the same Redis. */
  async function restart(index: number): Promise<void> {
    const old = replicas[index]!;
    const t = Date.now();
    old.child.kill("SIGTERM");
    expect(await old.exited).toBe(0);
    expect(Date.now() - t).toBeLessThan(5000);
    replicas[index] = await start();
  }

  it("keeps every fact across restarts of each replica and reaches the shortlist", async () => {
    const [a, b] = [0, 1];
    expect(await replyAfter(await send(replicas[a]!, "help me choose a model"), "start")).toMatch(/Question 1/);
    const facts = "coding assistant for our developers, about 50M tokens a month, nothing from Chinese labs";
    const noted = await replyAfter(await send(replicas[b]!, facts), "facts");
    expect(noted).toMatch(/Noted: coding .*excluding models from Chinese labs .*50M tokens\/month/);

    // Replica A is told to stop right after it accepted the next answer: the turn finishes and saves.
    const pending = await send(replicas[a]!, "2");
    await restart(a);
    expect(await replyAfter(pending, "2")).toMatch(/Noted: internal data/);

    // The rest alternates between replicas, restarting B half-way; "skip" moves the flow on.
    let shortlist = "";
    for (let turn = 0; turn < 8 && !shortlist; turn++) {
      if (turn === 2) await restart(b);
      const to = replicas[turn % 2 === 0 ? b : a]!;
      const text = await replyAfter(await send(to, "skip"), `skip #${turn + 1}`);
      if (/== Shortlist/.test(text) || /Shortlist:/.test(text)) shortlist = text;
    }
    expect(shortlist, replies().join("\n---\n")).not.toBe("");
    const basis = /Based on: ([^\n]*)/.exec(shortlist)?.[1] ?? "";
    for (const fact of ["coding", "internal data", "excluding models from Chinese labs", "50M tokens/month"])
      expect(basis).toContain(fact);
    expect(replies().some((r) => r.includes(STORE_READ_FAILED))).toBe(false);
    expect(replies().filter((r) => /Question 1 of/.test(r))).toHaveLength(1); // never started over
  }, 120_000);
});
