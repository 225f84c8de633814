// What Slack sends to an app, built and signed the way Slack does it (v0 HMAC-SHA256 over
// "v0:<timestamp>:<raw body>"), so the real Bolt receiver verifies them like production traffic.
import { createHmac } from "node:crypto";
import { BOT } from "./fake-slack.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export function sign(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = "v0=" + createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

let counter = 0;
export const uniqueId = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`.toUpperCase();
/** A Slack-style message ts, unique within the test run. */
export const nextTs = () => `${1800000000 + ++counter}.${String(counter).padStart(6, "0")}`;

export interface PostOptions {
  secret?: string;
  timestamp?: number;
  headers?: Record<string, string>;
}

/** Where a slash command's ack body goes when it carries the answer (the fake Slack records it). */
export interface AckRecorder {
  answeredInAck(responseUrl: string, ackBody: string): void;
}

export function slackRequests(url: string, defaults: { team?: string; secret?: string; acks?: AckRecorder } = {}) {
  const team = defaults.team ?? BOT.teamId;
  const secret = defaults.secret ?? SIGNING_SECRET;

  async function post(body: string, contentType: string, opts: PostOptions = {}) {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": contentType, ...sign(opts.secret ?? secret, body, opts.timestamp), ...opts.headers },
      body,
    });
    return { status: res.status, body: await res.text() };
  }

  return {
    post,

    async slashCommand(
      fields: { text: string; user?: string; channel?: string; responseUrl: string; command?: string },
      opts?: PostOptions,
    ) {
      const body = new URLSearchParams({
        token: "legacy-unused",
        team_id: team,
        team_domain: "test",
        channel_id: fields.channel ?? "C0GENERAL",
        channel_name: "general",
        user_id: fields.user ?? "U0ALICE01",
        user_name: "alice",
        command: fields.command ?? "/modelwise",
        text: fields.text,
        api_app_id: "A0MODELWISE",
        response_url: fields.responseUrl,
        trigger_id: uniqueId("trig"),
      }).toString();
      const res = await post(body, "application/x-www-form-urlencoded", opts);
      if (res.status === 200) defaults.acks?.answeredInAck(fields.responseUrl, res.body);
      return res;
    },

    /** An Events API callback; `eventId` repeats on Slack's retries. */
    event(event: Record<string, unknown>, opts: PostOptions & { eventId?: string; retryNum?: number } = {}) {
      const body = JSON.stringify({
        token: "legacy-unused",
        team_id: team,
        api_app_id: "A0MODELWISE",
        event: { event_ts: event.ts, ...event },
        type: "event_callback",
        event_id: opts.eventId ?? uniqueId("Ev"),
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: team, user_id: BOT.userId, is_bot: true }],
      });
      const retry: Record<string, string> = opts.retryNum
        ? { "x-slack-retry-num": String(opts.retryNum), "x-slack-retry-reason": "http_timeout" }
        : {};
      return post(body, "application/json", { ...opts, headers: { ...retry, ...opts.headers } });
    },

    /** A click on a button (or a select choice) of a message the bot posted. */
    blockAction(
      fields: {
        actionId: string;
        value: string;
        label?: string;
        select?: boolean;
        channel: string;
        messageTs?: string;
        threadTs?: string;
        ephemeral?: boolean;
        user?: string;
        responseUrl: string;
      },
      opts?: PostOptions,
    ) {
      const label = fields.label ?? fields.value;
      const action = fields.select
        ? {
            type: "static_select",
            action_id: fields.actionId,
            block_id: "b1",
            selected_option: { text: { type: "plain_text", text: label }, value: fields.value },
            action_ts: nextTs(),
          }
        : {
            type: "button",
            action_id: fields.actionId,
            block_id: "b1",
            value: fields.value,
            text: { type: "plain_text", text: label },
            action_ts: nextTs(),
          };
      const payload = {
        type: "block_actions",
        api_app_id: "A0MODELWISE",
        token: "legacy-unused",
        trigger_id: uniqueId("trig"),
        team: { id: team, domain: "test" },
        user: { id: fields.user ?? "U0ALICE01", username: "alice", name: "alice", team_id: team },
        channel: { id: fields.channel, name: "general" },
        container: {
          type: "message",
          channel_id: fields.channel,
          is_ephemeral: !!fields.ephemeral,
          ...(fields.messageTs ? { message_ts: fields.messageTs } : {}),
          ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
        },
        ...(fields.ephemeral || !fields.messageTs
          ? {}
          : {
              message: {
                type: "message",
                ts: fields.messageTs,
                ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
                text: "",
                user: BOT.userId,
                bot_id: BOT.botId,
              },
            }),
        response_url: fields.responseUrl,
        actions: [action],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return post(body, "application/x-www-form-urlencoded", opts);
    },
  };
}

/** A user's message as the Events API delivers it (channel message, thread reply or DM). */
export function messageEvent(fields: {
  text: string;
  channel: string;
  ts?: string;
  threadTs?: string;
  user?: string;
  im?: boolean;
  mention?: boolean;
}) {
  const ts = fields.ts ?? nextTs();
  return {
    type: fields.mention ? "app_mention" : "message",
    user: fields.user ?? "U0ALICE01",
    text: fields.text,
    ts,
    channel: fields.channel,
    ...(fields.mention ? {} : { channel_type: fields.im ? "im" : "channel" }),
    ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    client_msg_id: uniqueId("cm"),
    team: BOT.teamId,
  };
}

/** Text typed by a user, as it travels in Slack payloads (&, <, > escaped). */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
