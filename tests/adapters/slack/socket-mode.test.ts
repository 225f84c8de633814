// Socket Mode end to end: the real Bolt SocketModeReceiver asks the fake Web API for a socket URL
// (apps.connections.open, with the app token), connects to the fake's WebSocket, gets "hello",
// and then receives envelopes it must acknowledge by envelope_id; replies go to the Web API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import { BOT } from "../../helpers/fake-slack.js";
import { messageEvent, nextTs } from "../../helpers/fake-slack-requests.js";
import { startSlackHarness, type SlackHarness } from "../../helpers/fake-slack-harness.js";
import { fixtureAdvisor } from "./fixture-advisor.js";

describe("Slack adapter in Socket Mode", () => {
  let h: SlackHarness;
  let socket: WebSocket;
  const advisor = fixtureAdvisor();

  beforeAll(async () => {
    h = await startSlackHarness({ advisor, socketMode: true });
    socket = await h.fake.socket();
  });
  afterAll(async () => h?.close());

  const send = (envelope: object) => h.handled(async () => socket.send(JSON.stringify(envelope)));

  it("opens the connection with the app token, not the bot token", () => {
    const open = h.fake.calls.find((c) => c.method === "apps.connections.open");
    expect(open?.auth).toBe("Bearer xapp-test-token-1");
  });

  it("acks an event envelope and answers the mention in its thread", async () => {
    const ts = nextTs();
    await send({
      envelope_id: "env-mention-1",
      type: "events_api",
      accepts_response_payload: false,
      payload: {
        type: "event_callback",
        team_id: BOT.teamId,
        api_app_id: "A0MODELWISE",
        event_id: "EvSock1",
        event_time: 1,
        event: messageEvent({ text: `<@${BOT.userId}> over the socket`, channel: "C0GENERAL", ts, mention: true }),
      },
    });
    await h.fake.waitFor(
      () => h.fake.frames.some((f) => f.envelope_id === "env-mention-1"),
      "the ack of env-mention-1",
    );
    const post = h.fake.posts().find((c) => c.params.thread_ts === ts);
    expect(post?.ok).toBe(true);
    expect(JSON.stringify(post?.params.blocks)).toContain("You said: over the socket");
  });

  it("answers a slash command in its ack envelope's payload", async () => {
    await send({
      envelope_id: "env-cmd-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        command: "/modelwise",
        text: "from socket",
        user_id: "U0ALICE01",
        channel_id: "C0GENERAL",
        team_id: BOT.teamId,
        response_url: h.fake.responseUrl("sock-cmd"),
        trigger_id: "trig-sock-1",
      },
    });
    const ack = await h.fake.waitFor(
      () => h.fake.frames.find((f) => f.envelope_id === "env-cmd-1"),
      "the ack of env-cmd-1",
    );
    expect(ack.payload).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("from socket") });
    expect(h.fake.responses.some((r) => r.id === "sock-cmd")).toBe(false);
    expect(advisor.seen.at(-1)).toBe("from socket");
  });

  it("acks an interactive envelope (button click) and updates the flow message", async () => {
    const root = nextTs();
    await send({
      envelope_id: "env-flow-start",
      type: "events_api",
      accepts_response_payload: false,
      payload: {
        type: "event_callback",
        team_id: BOT.teamId,
        event_id: "EvSock2",
        event_time: 1,
        event: messageEvent({ text: `<@${BOT.userId}> start flow`, channel: "C0GENERAL", ts: root, mention: true }),
      },
    });
    const question = h.fake.posts().find((c) => c.params.thread_ts === root)!;
    await send({
      envelope_id: "env-click-1",
      type: "interactive",
      accepts_response_payload: false,
      payload: {
        type: "block_actions",
        trigger_id: "trig-sock-2",
        team: { id: BOT.teamId },
        user: { id: "U0ALICE01", name: "alice" },
        channel: { id: "C0GENERAL" },
        container: { type: "message", channel_id: "C0GENERAL", message_ts: question.ts, is_ephemeral: false },
        message: { type: "message", ts: question.ts, thread_ts: root },
        response_url: h.fake.responseUrl("sock-act"),
        actions: [
          {
            type: "button",
            action_id: "flow:use-case:chat",
            value: "flow:use-case:chat",
            text: { type: "plain_text", text: "Chat" },
            action_ts: "1.2",
          },
        ],
      },
    });
    await h.fake.waitFor(() => h.fake.frames.some((f) => f.envelope_id === "env-click-1"), "the ack of env-click-1");
    const update = h.fake.calls.filter((c) => c.method === "chat.update").at(-1);
    expect(update?.params.ts).toBe(question.ts);
    expect(advisor.seen.at(-1)).toBe("click:flow:use-case:chat");
  });

  it("acks a redelivered envelope (retry_attempt) without answering twice", async () => {
    const ts = nextTs();
    const payload = {
      type: "event_callback",
      team_id: BOT.teamId,
      event_id: "EvSockRetry",
      event_time: 1,
      event: messageEvent({ text: `<@${BOT.userId}> only once`, channel: "C0GENERAL", ts, mention: true }),
    };
    await send({
      envelope_id: "env-r1",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload,
    });
    await send({
      envelope_id: "env-r2",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 1,
      retry_reason: "timeout",
      payload,
    });
    await h.fake.waitFor(() => h.fake.frames.some((f) => f.envelope_id === "env-r2"), "the ack of env-r2");
    expect(h.fake.posts().filter((c) => c.params.thread_ts === ts)).toHaveLength(1);
    expect(advisor.seen.filter((t) => t === "only once")).toHaveLength(1);
  });
});
