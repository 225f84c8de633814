// The running app (node dist/main.js, Slack over HTTP against the fake Slack) under faults:
// - its Redis (the test's own, on a random port) stopped and restarted mid-conversation: every
//   message gets an answer within 3 s, stateless questions are still answered, nothing arrives
//   late once Redis is back, and the conversation carries on where it was;
// - signed bodies of every JSON type Slack never sends: 400, and the process keeps serving;
// - a flood from one person while another is served: "slow down" for the flood only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_DOWN_NOTE, STORE_READ_FAILED } from "../../../adapters/shared/run-turn.js";
import { startFakeSlack, type FakeSlack } from "../../helpers/fake-slack.js";
import { messageEvent, slackRequests } from "../../helpers/fake-slack-requests.js";
import { ownRedis, startSlackApp, type AppProcess, type OwnRedis } from "./app-process.js";

const REPLY_LIMIT_MS = 3000;

/** Sends a DM and waits for the post in that DM after `before` posts; returns its text and latency. */
async function dm(fake: FakeSlack, app: AppProcess, channel: string, text: string, user = "U0ALICE01") {
  const before = fake.posts().filter((c) => c.params.channel === channel).length;
  const sent = Date.now();
  const res = await slackRequests(app.url).event(messageEvent({ text, channel, im: true, user }));
  expect(res.status).toBe(200);
  const post = await fake.waitFor(
    () => fake.posts().filter((c) => c.params.channel === channel)[before],
    `a reply to "${text}"`,
    REPLY_LIMIT_MS,
  );
  return { text: String(post.params.text ?? ""), ms: Date.now() - sent };
}

/** All reply texts of one DM channel so far. */
const textsIn = (fake: FakeSlack, channel: string) =>
  fake
    .posts()
    .filter((c) => c.params.channel === channel)
    .map((c) => String(c.params.text ?? ""));

describe("Redis stopped and restarted mid-conversation", () => {
  let fake: FakeSlack;
  let redis: OwnRedis;
  let app: AppProcess;
  const dir = mkdtempSync(join(tmpdir(), "modelwise-redis-fault-"));
  const channel = "D0REDISFLT";

  beforeAll(async () => {
    fake = await startFakeSlack();
    redis = await ownRedis(dir);
    app = await startSlackApp(fake.apiUrl, { REDIS_URL: redis.url });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await redis?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers clearly within 3 s while Redis is down, and carries on after it is back", async () => {
    // A guided recommendation starts, and its state is saved in Redis.
    const start = await dm(fake, app, channel, "help me choose a model");
    expect(start.text).not.toContain(STORE_READ_FAILED);

    const readyz = async () => (await fetch(app.url.replace("/slack/events", "/readyz"))).status;
    expect(await readyz()).toBe(200);
    await redis.stop();
    expect(await readyz()).toBe(503);
    // A step of the conversation: cannot be continued without its state; says so, quickly.
    const step = await dm(fake, app, channel, "coding assistant for our developers");
    expect(step.text).toBe(STORE_READ_FAILED);
    // A question that needs no state is still answered, with a note that nothing is saved.
    const price = await dm(fake, app, channel, "price of gpt-4o");
    expect(price.text).toMatch(/GPT-4o/);
    await fake.waitFor(() => textsIn(fake, channel).includes(STORE_DOWN_NOTE), "the not-saved note", REPLY_LIMIT_MS);
    const another = await dm(fake, app, channel, "what about claude?");
    console.log(`Redis down: replies after ${step.ms} ms, ${price.ms} ms, ${another.ms} ms`);

    await redis.start();
    // The app reconnects by itself (capped backoff, about a second); it logs when it has.
    for (let i = 0; i < 100 && !/reconnected/.test(app.output()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(app.output()).toMatch(/redis session store reconnected/);
    expect(await readyz()).toBe(200);
    const repliesBefore = textsIn(fake, channel).length;
    // Back: the same conversation continues from the state saved before the outage.
    const resumed = await dm(fake, app, channel, "coding assistant for our developers");
    expect(resumed.text).not.toContain(STORE_READ_FAILED);
    expect(resumed.text).not.toContain(STORE_DOWN_NOTE);
    const settled = textsIn(fake, channel).length;
    // Nothing answered late: give any queued work a chance to surface, then count again.
    await new Promise((r) => setTimeout(r, 1500));
    expect(textsIn(fake, channel).length).toBe(settled);
    expect(settled).toBeGreaterThan(repliesBefore);
    expect(app.child.exitCode).toBeNull();
  }, 60_000);
});

describe("malformed but signed Slack bodies, and a flood", () => {
  let fake: FakeSlack;
  let app: AppProcess;
  const dir = mkdtempSync(join(tmpdir(), "modelwise-abuse-"));

  beforeAll(async () => {
    fake = await startFakeSlack();
    app = await startSlackApp(fake.apiUrl, { MODELWISE_DATA_DIR: dir, RATE_LIMIT_USER_PER_MINUTE: "5" });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses every JSON type Slack never sends with 400 and keeps serving", async () => {
    const slack = slackRequests(app.url);
    const json = ["null", "0", "-1.5e308", '"a string"', "[]", "[null]", "true", "false", '{"type":"event_callback"}'];
    for (const body of json) expect((await slack.post(body, "application/json")).status, body).toBe(400);
    for (const payload of ["null", "7", '"x"', "[]", "{"])
      expect(
        (await slack.post(`payload=${encodeURIComponent(payload)}`, "application/x-www-form-urlencoded")).status,
      ).toBe(400);
    // An object without any known fields is not a crash either.
    expect((await slack.post("{}", "application/json")).status).toBeLessThan(500);
    const after = await dm(fake, app, "D0AFTERBAD", "price of gpt-4o");
    expect(after.text).toMatch(/GPT-4o/);
    expect(app.child.exitCode).toBeNull();
    expect(app.output()).not.toMatch(/unhandled rejection|uncaught exception/);
  });

  it("numbers at the edges get a friendly 'more than' reply, never a verdict on Infinity", async () => {
    const questions = [
      `can we use llama 3.1 with ${"9".repeat(400)} monthly users?`,
      "cost of gpt-4o at 1e308 tokens a month",
      `cost of gpt-4o at ${"1".repeat(2000)} tokens a month`,
      "cost of gpt-4o at -5 million tokens a month",
    ];
    for (const [i, question] of questions.entries()) {
      const reply = await dm(fake, app, `D0NUMBER${i}`, question, `U0NUMBER${i}`);
      expect(reply.text, question).not.toMatch(/Infinity|NaN|\b308\b tokens/);
      if (i < 3) expect(reply.text, question).toMatch(/more than any real/);
    }
    expect(app.child.exitCode).toBeNull();
  });

  it("slows down a flooding person while another is served normally", async () => {
    const slack = slackRequests(app.url);
    const flood = Array.from({ length: 20 }, (_, i) =>
      slack.event(messageEvent({ text: `price of gpt-4o ${i}`, channel: "D0FLOODER", im: true, user: "U0FLOODER" })),
    );
    const calm = dm(fake, app, "D0CALMUSR", "price of llama 3.1 70b", "U0CALMUSR");
    await Promise.all(flood);
    const served = await calm;
    expect(served.text).toMatch(/Llama 3\.1 70B/);
    const flooded = await fake.waitFor(
      () => (textsIn(fake, "D0FLOODER").length >= 20 ? textsIn(fake, "D0FLOODER") : undefined),
      "20 replies to the flood",
    );
    const slowDowns = flooded.filter((t) => /slow down/i.test(t));
    console.log(
      `flood: ${flooded.length - slowDowns.length} answered, ${slowDowns.length} told to slow down; other user answered in ${served.ms} ms`,
    );
    expect(slowDowns).toHaveLength(15);
  }, 30_000);
});
