// Slack settings (each problem names its variable, never its value) and the payload -> neutral
// message mapping (conversation keys, mention stripping, Slack's wire escapes undone).
import { describe, expect, it } from "vitest";
import { sessionKey } from "../../../src/ports.js";
import { parseSlackConfig, SlackConfigError } from "../../../adapters/slack/config.js";
import {
  actionRef,
  fromBlockAction,
  fromMessageEvent,
  fromSlashCommand,
  normalizeSlackText,
} from "../../../adapters/slack/inbound.js";

const SECRET = "0123456789abcdef0123456789abcdef";
const at = new Date("2026-11-29T10:00:00Z");

describe("parseSlackConfig", () => {
  it("reads HTTP mode settings and normalizes the API URL", () => {
    expect(
      parseSlackConfig({
        SLACK_BOT_TOKEN: "xoxb-1-abc",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: "http://127.0.0.1:9/api",
        PORT: "8080",
      }),
    ).toEqual({
      botToken: "xoxb-1-abc",
      signingSecret: SECRET,
      apiUrl: "http://127.0.0.1:9/api/",
      port: 8080,
    });
  });

  it("Socket Mode needs no signing secret; the port defaults to 3000", () => {
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A1-2-abc" })).toEqual({
      botToken: "xoxb-1",
      appToken: "xapp-1-A1-2-abc",
      port: 3000,
    });
  });

  const cases: [string, Record<string, string>, string][] = [
    ["missing bot token", { SLACK_SIGNING_SECRET: SECRET }, "SLACK_BOT_TOKEN"],
    [
      "user token instead of bot token",
      { SLACK_BOT_TOKEN: "xoxp-secret-value", SLACK_SIGNING_SECRET: SECRET },
      "SLACK_BOT_TOKEN",
    ],
    ["HTTP mode without signing secret", { SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET"],
    [
      "signing secret with odd characters",
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "secret value!" },
      "SLACK_SIGNING_SECRET",
    ],
    ["bot token as app token", { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-secret-value" }, "SLACK_APP_TOKEN"],
    [
      "non-URL API URL",
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "not a url secret-value" },
      "SLACK_API_URL",
    ],
    ["port out of range", { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: SECRET, PORT: "70000" }, "PORT"],
  ];
  for (const [label, env, variable] of cases) {
    it(`${label}: names ${variable} and never prints the value`, () => {
      let error: unknown;
      try {
        parseSlackConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SlackConfigError);
      const message = (error as Error).message;
      expect(message.startsWith(variable)).toBe(true);
      expect(message).not.toContain("secret-value");
      expect(message).not.toContain("secret value!");
    });
  }
});

describe("inbound mapping", () => {
  it("a slash command belongs to the user's private conversation in that channel; empty means help", () => {
    const m = fromSlashCommand({ team_id: "T1", channel_id: "C1", user_id: "U1", text: "  ", trigger_id: "tr1" }, at);
    expect(m.text).toBe("help");
    expect(sessionKey(m.ref)).toBe("slack:T1:C1:ephemeral-U1");
    expect(m.messageId).toBe("cmd:tr1");
    // Slack does not redeliver a slash command, so the turn runner need not claim it.
    expect(m.deliveredOnce).toBe(true);
  });

  it("a mention starts a thread on its own ts and loses the bot mention", () => {
    const m = fromMessageEvent(
      {
        type: "app_mention",
        channel: "C1",
        user: "U1",
        text: "<@UBOT> price of <https://x.com|gpt-4o> &amp; co",
        ts: "10.1",
      },
      "T1",
      "UBOT",
      at,
    );
    expect(m.ref).toEqual({ platform: "slack", workspace: "T1", channel: "C1", thread: "10.1" });
    expect(m.text).toBe("price of gpt-4o & co");
    expect(m.messageId).toBe("msg:10.1");
    // Events API deliveries are retried (X-Slack-Retry-Num): they keep the duplicate check.
    expect(m.deliveredOnce).toBeUndefined();
  });

  it("a thread reply joins the thread; a DM at the top has no thread", () => {
    expect(
      fromMessageEvent(
        { type: "message", channel: "C1", user: "U1", text: "x", ts: "11.1", thread_ts: "10.1" },
        "T1",
        "UBOT",
        at,
      ).ref.thread,
    ).toBe("10.1");
    expect(
      fromMessageEvent(
        { type: "message", channel: "D1", channel_type: "im", user: "U1", text: "x", ts: "11.1" },
        "T1",
        "UBOT",
        at,
      ).ref.thread,
    ).toBeUndefined();
  });

  it("a click maps to the conversation of the message it sits on", () => {
    const body = {
      team: { id: "T1" },
      user: { id: "U1", name: "alice" },
      container: { channel_id: "C1", message_ts: "12.1", is_ephemeral: false },
      message: { ts: "12.1", thread_ts: "10.1" },
      trigger_id: "tr2",
    };
    const m = fromBlockAction(
      body,
      { action_id: "flow:use-case:coding", type: "button", value: "flow:use-case:coding", text: { text: "Coding" } },
      at,
    )!;
    expect(m.ref.thread).toBe("10.1");
    expect(m.action).toEqual({ id: "flow:use-case:coding", value: "flow:use-case:coding" });
    expect(m.text).toBe("Coding");
    expect(m.deliveredOnce).toBe(true);
    expect(actionRef({ ...body, container: { channel_id: "C1", is_ephemeral: true } }, "T1").thread).toBe(
      "ephemeral-U1",
    );
    const select = fromBlockAction(
      body,
      {
        action_id: "select-0",
        type: "static_select",
        selected_option: { value: "pick:gpt-4o", text: { text: "GPT-4o" } },
      },
      at,
    )!;
    expect(select.action?.id).toBe("pick:gpt-4o");
  });

  it("undoes Slack's wire format so the core sees what the user typed", () => {
    expect(normalizeSlackText("<!here> ask <@U2|bob> in <#C9|models> about a &lt;b&gt; <mailto:a@b.c|a@b.c>")).toBe(
      "@here ask @bob in #models about a <b> a@b.c",
    );
  });
});
