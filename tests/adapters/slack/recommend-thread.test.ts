// The guided recommendation in a Slack thread, with the real advisor: a mention starts it in a
// thread on the mention, button clicks move the question message on in place (chat.update),
// a reply in the thread without a mention answers a question, and the flow ends in a shortlist
// that what-if replies in the same thread keep working on. Sessions go through the SQLite store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdvisor } from "../../../src/advisor.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { createSessionStore, type ClosableSessionStore } from "../../../adapters/shared/session-store.js";
import { BOT } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";
import { choicesOf, readableText } from "../../helpers/fake-slack-driver.js";
import { encodeAction, isFlowChoice } from "../../helpers/action-ids.js";

type Json = Parameters<typeof readableText>[0];
const CHANNEL = "C0DECIDE";

describe("guided recommendation in a Slack thread", () => {
  let h: SlackHarness;
  let store: ClosableSessionStore;
  const root = nextTs();

  beforeAll(async () => {
    // The embedded SQLite store npm start uses by default, so the thread's state is really persisted.
    store = createSessionStore({ kind: "sqlite", dataDir: mkdtempSync(join(tmpdir(), "modelwise-slack-rec-")) });
    h = await startSlackHarness({ advisor: createAdvisor({ catalog: readCatalog() }), store });
  });
  afterAll(async () => {
    await h?.close();
    await store?.close();
  });

  /** The thread as Slack would show it now (updates applied), oldest first. */
  const thread = () => [...h.fake.messages.values()].filter((m) => m.channel === CHANNEL && m.thread_ts === root);
  const threadText = () =>
    thread()
      .flatMap((m) => readableText(m.blocks as Json))
      .join("\n");
  const openQuestion = () =>
    [...thread()].reverse().find((m) => choicesOf(m.blocks as Json).some((c) => isFlowChoice(c.id)));

  async function clickFirstAnswer(): Promise<string> {
    const q = openQuestion();
    expect(q, "an open question with flow buttons").toBeDefined();
    const choice = choicesOf(q!.blocks as Json).find((c) => isFlowChoice(c.id))!;
    const updatesBefore = h.fake.calls.filter((c) => c.method === "chat.update").length;
    await h.handled(() =>
      h.slack.blockAction({
        actionId: choice.id,
        value: choice.id,
        label: choice.label,
        channel: CHANNEL,
        messageTs: q!.ts,
        threadTs: root,
        responseUrl: h.fake.responseUrl(`rec-${nextTs()}`),
      }),
    );
    const updates = h.fake.calls.filter((c) => c.method === "chat.update");
    expect(updates.length).toBe(updatesBefore + 1);
    expect(updates.at(-1)!.params.ts).toBe(q!.ts);
    expect(updates.at(-1)!.ok).toBe(true);
    return choice.id;
  }

  it("a mention starts the flow in a thread on the mention", async () => {
    await h.handled(() =>
      h.slack.event(
        messageEvent({ text: `<@${BOT.userId}> help me choose a model`, channel: CHANNEL, ts: root, mention: true }),
      ),
    );
    expect(thread().length).toBeGreaterThan(0);
    expect(threadText()).toMatch(/Question 1 of \d/);
    expect(choicesOf(openQuestion()!.blocks as Json).map((c) => c.id)).toContain(
      encodeAction({ kind: "flow-answer", step: "use-case", value: "coding" }),
    );
  });

  it("a button click answers the question and the message moves on in place", async () => {
    const clicked = await clickFirstAnswer();
    expect(isFlowChoice(clicked, "use-case")).toBe(true);
    expect(threadText()).toMatch(/Question 2 of \d/);
  });

  it("a thread reply without a mention answers the next question", async () => {
    const before = thread().length;
    await h.handled(() =>
      h.slack.event(messageEvent({ text: "internal data only", channel: CHANNEL, threadTs: root })),
    );
    expect(thread().length).toBeGreaterThan(before);
    expect(threadText()).toMatch(/Noted: internal/i);
  });

  it("more clicks carry it to a shortlist", async () => {
    for (let i = 0; i < 10 && openQuestion(); i++) await clickFirstAnswer();
    expect(openQuestion()).toBeUndefined();
    expect(threadText()).toMatch(/Why #1 beats #2/);
    expect(
      h.fake.calls.filter((c) => c.method === "chat.postMessage" || c.method === "chat.update").every((c) => c.ok),
    ).toBe(true);
    const session = await h.store.get(`slack:${BOT.teamId}:${CHANNEL}:${root}`);
    expect(session?.flow?.step).toBeNull();
  });

  it("a what-if reply in the thread, without a mention, re-ranks with the thread's state", async () => {
    const before = h.fake.posts().filter((c) => c.params.thread_ts === root).length;
    await h.handled(() =>
      h.slack.event(messageEvent({ text: "what if we self-host?", channel: CHANNEL, threadTs: root })),
    );
    const after = h.fake.posts().filter((c) => c.params.thread_ts === root);
    expect(after.length).toBeGreaterThan(before);
    expect(
      after
        .slice(before)
        .flatMap((p) => readableText(p.params.blocks as Json))
        .join("\n"),
    ).toMatch(/self-host/i);
  });
});
