// The Slack adapter over HTTP, end to end: real Bolt on a local port receives signed requests,
// and its Web API calls and response_url posts land in the fake Slack, which enforces Block Kit's
// limits. The advisor here is a fixture that produces replies of a wanted shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChartPng } from "../../../adapters/shared/chart/render-png.js";
import { BOT, type ApiCall } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs, sign, SIGNING_SECRET } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";
import { fixtureAdvisor } from "./fixture-advisor.js";
import { encodeAction, kindOf } from "../../helpers/action-ids.js";

type Blocks = {
  type: string;
  text?: { text: string };
  elements?: {
    type: string;
    action_id?: string;
    value?: string;
    text?: string | { text: string };
    options?: unknown[];
  }[];
  fields?: { text: string }[];
}[];

const blocksOf = (c: ApiCall | { body: Record<string, unknown> }) =>
  (("params" in c ? c.params.blocks : c.body.blocks) ?? []) as Blocks;
const buttonsOf = (blocks: Blocks) => blocks.flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : []));
const textOf = (blocks: Blocks) => JSON.stringify(blocks);

describe("Slack adapter over HTTP", () => {
  let h: SlackHarness;
  let advisor: ReturnType<typeof fixtureAdvisor>;

  beforeAll(async () => {
    advisor = fixtureAdvisor();
    h = await startSlackHarness({ advisor, renderChartPng });
  });
  afterAll(async () => h?.close());

  it("checks the bot token once at start-up with auth.test", () => {
    const auth = h.fake.calls.filter((c) => c.method === "auth.test");
    expect(auth).toHaveLength(1);
    expect(auth[0]!.auth).toBe("Bearer xoxb-test-token-1");
  });

  it("answers Slack's URL verification challenge and a health check", async () => {
    const res = await h.slack.post(
      JSON.stringify({ token: "x", challenge: "c-123", type: "url_verification" }),
      "application/json",
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain("c-123");
    const health = await fetch(h.url.replace("/slack/events", "/healthz"));
    expect(health.status).toBe(200);
  });

  it("answers a signed slash command ephemerally in its ack, with a Share button, and posts nothing to response_url", async () => {
    const res = await h.handled(() =>
      h.slack.slashCommand({ text: "hello <there> & you", responseUrl: h.fake.responseUrl("cmd-1") }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ response_type: "ephemeral" });
    const posted = h.fake.responses.filter((r) => r.id === "cmd-1");
    expect(posted).toHaveLength(1);
    expect(posted[0]!.viaAck).toBe(true);
    const body = posted[0]!.body;
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toEqual(expect.any(String));
    expect(textOf(blocksOf(posted[0]!))).toContain("You said: hello &lt;there&gt; &amp; you");
    expect(buttonsOf(blocksOf(posted[0]!)).map((b) => kindOf(b.action_id))).toEqual(["ask", "share"]);
    // The slash-command conversation is the user's own: its session key carries the user.
    expect(await h.store.get(`slack:${BOT.teamId}:C0GENERAL:ephemeral-U0ALICE01`)).toBeDefined();
  });

  it("turns an empty /modelwise into a help request", async () => {
    await h.handled(() => h.slack.slashCommand({ text: "   ", responseUrl: h.fake.responseUrl("cmd-empty") }));
    expect(advisor.seen.at(-1)).toBe("help");
    expect(h.fake.responses.some((r) => r.id === "cmd-empty")).toBe(true);
  });

  it("refuses requests with a bad or stale signature (401) and never runs a turn", async () => {
    const before = advisor.seen.length;
    const bad = await h.slack.slashCommand(
      { text: "x", responseUrl: h.fake.responseUrl("bad") },
      { secret: "wrong-secret-0000000000000" },
    );
    const stale = await h.slack.slashCommand(
      { text: "x", responseUrl: h.fake.responseUrl("stale") },
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    const body = JSON.stringify({
      type: "event_callback",
      event: { type: "app_mention", text: "hi", channel: "C1", ts: "1.1", user: "U1" },
    });
    const unsigned = await fetch(h.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const tampered = await fetch(h.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...sign(SIGNING_SECRET, body) },
      body: body.replace("hi", "yo"),
    });
    expect([bad.status, stale.status, unsigned.status, tampered.status]).toEqual([401, 401, 401, 401]);
    expect(advisor.seen.length).toBe(before);
    expect(h.fake.responses.some((r) => r.id === "bad" || r.id === "stale")).toBe(false);
  });

  it("answers a mention in a thread started on the mention's own ts, without the mention text", async () => {
    const ts = nextTs();
    const res = await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> hello`, channel: "C0GENERAL", ts, mention: true })),
    );
    expect(res.status).toBe(200);
    const post = h.fake.posts().find((c) => c.params.thread_ts === ts);
    expect(post?.params.channel).toBe("C0GENERAL");
    expect(advisor.seen.at(-1)).toBe("hello");
    expect(textOf(blocksOf(post!))).toContain("You said: hello");
  });

  it("ignores Slack's retries of an event and a second delivery of the same message", async () => {
    const ts = nextTs();
    const event = messageEvent({ text: `<@${BOT.userId}> once please`, channel: "C0GENERAL", ts, mention: true });
    await h.handled(() => h.slack.event(event, { eventId: "EvSAME1" }));
    const retry = await h.handled(() => h.slack.event(event, { eventId: "EvSAME1", retryNum: 1 }));
    expect(retry.status).toBe(200);
    await h.handled(() => h.slack.event(event, { eventId: "EvOTHER" })); // e.g. the message event for the same ts
    expect(h.fake.posts().filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
    expect(advisor.seen.filter((s) => s === "once please")).toHaveLength(1);
  });

  it("answers a retry of an event it never saw (the first delivery was lost)", async () => {
    const ts = nextTs();
    const event = messageEvent({
      text: `<@${BOT.userId}> first seen as a retry`,
      channel: "C0GENERAL",
      ts,
      mention: true,
    });
    const res = await h.handled(() => h.slack.event(event, { eventId: "EvLOST1", retryNum: 2 }));
    expect(res.status).toBe(200);
    expect(h.fake.posts().filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
  });

  it("refuses signed bodies of every JSON type that Slack never sends with 400, and keeps serving", async () => {
    const bodies: [string, string][] = [
      ["null", "application/json"],
      ["42", "application/json"],
      ['"text"', "application/json"],
      ["[]", "application/json"],
      ["true", "application/json"],
      ['{"type":"event_callback"}', "application/json"],
      ['{"type":"event_callback","event":null}', "application/json"],
      ["payload=null", "application/x-www-form-urlencoded"],
      ["payload=%5B%5D", "application/x-www-form-urlencoded"],
      ["payload=not-json", "application/x-www-form-urlencoded"],
    ];
    for (const [body, type] of bodies) {
      const res = await h.slack.post(body, type);
      expect(res.status, body).toBe(400);
    }
    // An object without the fields of any known payload is acknowledged and ignored.
    expect((await h.slack.post("{}", "application/json")).status).toBeLessThan(500);
    const ts = nextTs();
    await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> still here?`, channel: "C0GENERAL", ts, mention: true })),
    );
    expect(h.fake.posts().filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
  });

  it("ignores its own and other bots' messages and edits", async () => {
    const before = advisor.seen.length;
    // Bolt's ignoreSelf drops the bot's own message before any listener runs, so nothing reports
    // it as handled: send it first, then requests that do report, all on one connection in order.
    await h.slack.event({
      ...messageEvent({ text: "mine", channel: "D0ALICE01", im: true }),
      user: BOT.userId,
      bot_id: BOT.botId,
    });
    await h.handled(() =>
      h.slack.event({
        ...messageEvent({ text: "from a bot", channel: "D0ALICE01", im: true }),
        bot_id: "B0OTHER",
        subtype: "bot_message",
      }),
    );
    await h.handled(() =>
      h.slack.event({
        ...messageEvent({ text: "edited", channel: "D0ALICE01", im: true }),
        subtype: "message_changed",
      }),
    );
    await h.handled(() =>
      h.slack.event({
        ...messageEvent({ text: `<@${BOT.userId}> bot mention`, channel: "C0GENERAL", mention: true }),
        bot_id: "B0OTHER",
      }),
    );
    await h.handled(() => h.slack.event(messageEvent({ text: "a person", channel: "D0ALICE01", im: true })));
    expect(advisor.seen.slice(before)).toEqual(["a person"]);
  });

  it("answers direct messages at the top of the DM", async () => {
    await h.handled(() => h.slack.event(messageEvent({ text: "dm question", channel: "D0ALICE01", im: true })));
    const post = h.fake.posts().at(-1)!;
    expect(post.params.channel).toBe("D0ALICE01");
    expect(post.params.thread_ts).toBeUndefined();
    expect(advisor.seen.at(-1)).toBe("dm question");
  });

  it("continues a thread with a live session without a mention, and stays out of other threads", async () => {
    const stranger = nextTs();
    const before = advisor.seen.length;
    await h.handled(() =>
      h.slack.event(messageEvent({ text: "people talking", channel: "C0GENERAL", threadTs: stranger })),
    );
    expect(advisor.seen.length).toBe(before);

    const root = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({ text: `<@${BOT.userId}> start flow`, channel: "C0GENERAL", ts: root, mention: true }),
      ),
    );
    await h.handled(() =>
      h.slack.event(messageEvent({ text: "coding, mostly", channel: "C0GENERAL", threadTs: root })),
    );
    expect(advisor.seen.at(-1)).toBe("coding, mostly");
    const inThread = h.fake.posts().filter((c) => c.params.thread_ts === root);
    expect(inThread).toHaveLength(2);
  });

  it("keeps quiet on chatter it does not understand in a recently answered thread, but not during a flow", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> hello`, channel: "C0GENERAL", ts: root, mention: true })),
    );
    await h.handled(() => h.slack.event(messageEvent({ text: "blah", channel: "C0GENERAL", threadTs: root })));
    expect(h.fake.posts().filter((c) => c.params.thread_ts === root)).toHaveLength(1);

    const flowRoot = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({ text: `<@${BOT.userId}> start flow`, channel: "C0GENERAL", ts: flowRoot, mention: true }),
      ),
    );
    await h.handled(() => h.slack.event(messageEvent({ text: "blah", channel: "C0GENERAL", threadTs: flowRoot })));
    expect(h.fake.posts().filter((c) => c.params.thread_ts === flowRoot)).toHaveLength(2);
  });

  it("a flow button updates the clicked message in place (chat.update)", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({ text: `<@${BOT.userId}> start flow`, channel: "C0GENERAL", ts: root, mention: true }),
      ),
    );
    const question = h.fake.posts().find((c) => c.params.thread_ts === root)!;
    const button = buttonsOf(blocksOf(question)).find((b) => b.value === "flow:use-case:coding")!;
    await h.handled(() =>
      h.slack.blockAction({
        actionId: button.action_id!,
        value: button.value!,
        label: "Coding",
        channel: "C0GENERAL",
        messageTs: question.ts!,
        threadTs: root,
        responseUrl: h.fake.responseUrl("act-flow"),
      }),
    );
    expect(advisor.seen.at(-1)).toBe("click:flow:use-case:coding");
    const update = h.fake.calls.filter((c) => c.method === "chat.update").at(-1)!;
    expect(update.ok).toBe(true);
    expect(update.params.ts).toBe(question.ts);
    expect(textOf(blocksOf(update))).toContain("Step after flow:use-case:coding");
  });

  it("in a DM, a flow button updates the question in place and the rest stays at the top of the DM", async () => {
    await h.handled(() =>
      h.slack.event(messageEvent({ text: "start flow", channel: "D0CAROL01", im: true, user: "U0CAROL01" })),
    );
    const question = h.fake
      .posts()
      .filter((c) => c.params.channel === "D0CAROL01")
      .at(-1)!;
    expect(question.params.thread_ts).toBeUndefined();
    await h.handled(() =>
      h.slack.blockAction({
        actionId: "flow:use-case:chat",
        value: "flow:use-case:chat",
        label: "Chat",
        channel: "D0CAROL01",
        messageTs: question.ts!,
        user: "U0CAROL01",
        responseUrl: h.fake.responseUrl("dm-flow"),
      }),
    );
    const update = h.fake.calls.filter((c) => c.method === "chat.update").at(-1)!;
    expect(update.params).toMatchObject({ channel: "D0CAROL01", ts: question.ts });
    // The DM is one conversation: the click found the session the first message started.
    expect((await h.store.get(`slack:${BOT.teamId}:D0CAROL01:-`))?.turns).toBe(2);
  });

  it("an ask: button posts a new answer in the thread and leaves the clicked message alone", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> hi`, channel: "C0GENERAL", ts: root, mention: true })),
    );
    const msg = h.fake.posts().find((c) => c.params.thread_ts === root)!;
    const updates = h.fake.calls.filter((c) => c.method === "chat.update").length;
    await h.handled(() =>
      h.slack.blockAction({
        actionId: "ask:price of gpt-4o",
        value: "ask:price of gpt-4o",
        label: "Price of GPT-4o",
        channel: "C0GENERAL",
        messageTs: msg.ts!,
        threadTs: root,
        responseUrl: h.fake.responseUrl("act-ask"),
      }),
    );
    expect(h.fake.calls.filter((c) => c.method === "chat.update")).toHaveLength(updates);
    expect(h.fake.posts().filter((c) => c.params.thread_ts === root)).toHaveLength(2);
    expect(advisor.seen.at(-1)).toBe("click:ask:price of gpt-4o");
  });

  it("many options become a static select, and a picked option drives the turn", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({ text: `<@${BOT.userId}> choices 150`, channel: "C0GENERAL", ts: root, mention: true }),
      ),
    );
    const posts = h.fake.posts().filter((c) => c.params.thread_ts === root);
    expect(posts.every((p) => p.ok)).toBe(true);
    const selects = posts.flatMap((p) => buttonsOf(blocksOf(p))).filter((e) => e.type === "static_select");
    expect(selects.length).toBeGreaterThanOrEqual(2);
    expect(selects.every((s) => s.options!.length <= 100)).toBe(true);
    expect(selects.reduce((n, s) => n + s.options!.length, 0)).toBe(150);
    const holder = posts.find((p) => buttonsOf(blocksOf(p)).some((e) => e.action_id === selects[1]!.action_id))!;
    await h.handled(() =>
      h.slack.blockAction({
        actionId: selects[1]!.action_id!,
        value: "pick:model-120",
        label: "Model number 120",
        select: true,
        channel: "C0GENERAL",
        messageTs: holder.ts!,
        threadTs: root,
        responseUrl: h.fake.responseUrl("sel"),
      }),
    );
    expect(advisor.seen.at(-1)).toBe("click:pick:model-120");
    // pick: answers take the place of the question
    expect(h.fake.calls.filter((c) => c.method === "chat.update").at(-1)!.params.ts).toBe(holder.ts);
  });

  it("splits an 80-block answer into messages Slack accepts, in the thread", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> big`, channel: "C0GENERAL", ts: root, mention: true })),
    );
    const posts = h.fake.posts().filter((c) => c.params.thread_ts === root);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts.every((p) => p.ok)).toBe(true);
    const all = posts.flatMap((p) => blocksOf(p));
    expect(all.filter((b) => b.type === "section")).toHaveLength(80);
    expect(posts.every((p) => typeof p.params.text === "string" && (p.params.text as string).length > 0)).toBe(true);
  });

  it("splits a 10,000-character text into sections under 3,000 characters", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> long`, channel: "C0GENERAL", ts: root, mention: true })),
    );
    const posts = h.fake.posts().filter((c) => c.params.thread_ts === root);
    expect(posts.every((p) => p.ok)).toBe(true);
    const joined = posts
      .flatMap((p) => blocksOf(p))
      .map((b) => b.text?.text ?? "")
      .join("\n");
    expect(joined).toContain("line 0 &amp; &lt;more&gt;");
    expect(joined).toContain("line 399 &amp;");
  });

  it("pages an oversized ephemeral answer within response_url's five uses, with Show more", async () => {
    await h.handled(() => h.slack.slashCommand({ text: "huge", responseUrl: h.fake.responseUrl("cmd-big") }));
    let pageId = "cmd-big";
    const sections: Blocks = [];
    for (let page = 0; page < 20; page++) {
      const posted = h.fake.responses.filter((r) => r.id === pageId);
      expect(posted.length).toBeGreaterThanOrEqual(1);
      expect(posted.length).toBeLessThanOrEqual(5);
      // The command's first message came in its ack, the rest of its page after it through response_url.
      expect(posted.map((p) => p.viaAck === true)).toEqual(posted.map((_, i) => page === 0 && i === 0));
      expect(posted.every((p) => p.ok && p.body.response_type === "ephemeral")).toBe(true);
      sections.push(...posted.flatMap((p) => blocksOf(p)).filter((b) => b.type === "section"));
      const buttons = buttonsOf(blocksOf(posted.at(-1)!));
      expect(buttons.some((b) => kindOf(b.action_id) === "share")).toBe(true);
      const more = buttons.find((b) => kindOf(b.action_id) === "more");
      if (!more) break;
      pageId = `cmd-big-more-${page}`;
      await h.handled(() =>
        h.slack.blockAction({
          actionId: more.action_id!,
          value: more.value!,
          label: "Show more",
          channel: "C0GENERAL",
          ephemeral: true,
          responseUrl: h.fake.responseUrl(pageId),
        }),
      );
    }
    expect(pageId).not.toBe("cmd-big");
    expect(sections).toHaveLength(400);
    expect(sections.at(-1)!.text!.text).toContain("Paragraph 399");
  });

  it("uploads a chart as a PNG into the thread (files.uploadV2)", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> chart`, channel: "C0GENERAL", ts: root, mention: true })),
    );
    const complete = h.fake.calls.filter((c) => c.method === "files.completeUploadExternal").at(-1)!;
    expect(complete.params.channel_id).toBe("C0GENERAL");
    expect(complete.params.thread_ts).toBe(root);
    const fileId = (complete.params.files as { id: string }[])[0]!.id;
    const upload = h.fake.uploads.find((u) => u.id === fileId)!;
    expect(upload.head).toContain("\x89PNG");
    // The heading before the chart and the sources after it still arrive as messages.
    const posts = h.fake.posts().filter((c) => c.params.thread_ts === root);
    expect(textOf(posts.flatMap((p) => blocksOf(p)))).toContain("Sources");
    expect(textOf(posts.flatMap((p) => blocksOf(p)))).toContain("<https://example.com/prices?a=1&amp;b=2|Price list>");
  });

  it("an ephemeral answer shows a chart as text bars (files cannot be ephemeral)", async () => {
    await h.handled(() => h.slack.slashCommand({ text: "chart", responseUrl: h.fake.responseUrl("cmd-chart") }));
    const text = h.fake.responses
      .filter((r) => r.id === "cmd-chart")
      .map((r) => textOf(blocksOf(r)))
      .join();
    expect(text).toContain("█");
    expect(text).toContain("GPT-4o");
  });

  it("echoed text never pings: channel, here, everyone and user mentions are defused", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(
        messageEvent({
          text: `<@${BOT.userId}> <!channel> <!here> <!everyone> <@U0BOB0001> &lt;!channel&gt; @here`,
          channel: "C0GENERAL",
          ts: root,
          mention: true,
        }),
      ),
    );
    const post = h.fake.posts().find((c) => c.params.thread_ts === root)!;
    const wire = JSON.stringify(post.params);
    for (const ping of ["<!channel>", "<!here>", "<!everyone>", "<@U0BOB0001>", "@here", "@channel", "@everyone"])
      expect(wire).not.toContain(ping);
  });
});

describe("Slack adapter: sharing and failures", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      advisor: fixtureAdvisor(),
      fake: { notInChannel: ["C0PRIVATE"], refuseUploads: true },
      renderChartPng,
    });
  });
  afterAll(async () => h?.close());

  async function askAndShare(channel: string, id: string) {
    await h.handled(() => h.slack.slashCommand({ text: "share me", channel, responseUrl: h.fake.responseUrl(id) }));
    const share = buttonsOf(blocksOf(h.fake.responses.find((r) => r.id === id)!)).find(
      (b) => kindOf(b.action_id) === "share",
    )!;
    await h.handled(() =>
      h.slack.blockAction({
        actionId: share.action_id!,
        value: share.value!,
        label: "Share in channel",
        channel,
        ephemeral: true,
        responseUrl: h.fake.responseUrl(`${id}-share`),
      }),
    );
  }

  it("Share in channel posts the answer (without the Share button) and removes the ephemeral one", async () => {
    await askAndShare("C0GENERAL", "s1");
    const post = h.fake
      .posts()
      .filter((c) => c.params.channel === "C0GENERAL")
      .at(-1)!;
    expect(post.ok).toBe(true);
    expect(post.params.thread_ts).toBeUndefined();
    expect(textOf(blocksOf(post))).toContain("You said: share me");
    expect(textOf(blocksOf(post))).toContain("Shared by alice");
    expect(buttonsOf(blocksOf(post)).some((b) => kindOf(b.action_id) === "share")).toBe(false);
    expect(h.fake.responses.find((r) => r.id === "s1-share")?.body).toEqual({ delete_original: true });
  });

  it("shares through response_url where the bot is not a channel member", async () => {
    await askAndShare("C0PRIVATE", "s2");
    const shared = h.fake.responses.filter((r) => r.id === "s2-share");
    expect(shared[0]!.body.response_type).toBe("in_channel");
    expect(textOf(blocksOf(shared[0]!))).toContain("You said: share me");
  });

  it("a stale Share button gets a friendly note", async () => {
    await h.handled(() =>
      h.slack.blockAction({
        actionId: encodeAction({ kind: "share", answerId: "gone" }),
        value: "gone",
        channel: "C0GENERAL",
        ephemeral: true,
        responseUrl: h.fake.responseUrl("s3"),
      }),
    );
    expect(String(h.fake.responses.find((r) => r.id === "s3")!.body.text)).toMatch(/no longer available/);
  });

  it("falls back to text bars when the workspace refuses the upload", async () => {
    const root = nextTs();
    await h.handled(() =>
      h.slack.event(messageEvent({ text: `<@${BOT.userId}> chart`, channel: "C0GENERAL", ts: root, mention: true })),
    );
    expect(h.fake.calls.some((c) => c.method === "files.getUploadURLExternal" && c.error === "missing_scope")).toBe(
      true,
    );
    const text = textOf(
      h.fake
        .posts()
        .filter((c) => c.params.thread_ts === root)
        .flatMap((p) => blocksOf(p)),
    );
    expect(text).toContain("█");
    expect(h.logLines.join("\n")).not.toContain("xoxb-test-token-1");
  });
});
