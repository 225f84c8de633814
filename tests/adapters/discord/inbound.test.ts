import { describe, expect, it } from "vitest";
import {
  componentToInbound,
  messageToInbound,
  refFor,
  routeMessage,
  stripBotMention,
  type MessageLike,
} from "../../../adapters/discord/inbound.js";

const BOT = "100";
const base: MessageLike = {
  id: "m1",
  content: "hello",
  author: { id: "u1", bot: false, username: "alice", globalName: "Alice" },
  guildId: "g1",
  channelId: "c1",
  isThread: false,
  mentionsBot: false,
  createdAt: new Date("2026-01-01T00:00:00Z"),
};

describe("discord inbound", () => {
  it("keys conversations by guild, channel and thread, with 'dm' for direct messages", () => {
    expect(refFor({ guildId: "g1", channelId: "c1", isThread: false })).toEqual({
      platform: "discord",
      workspace: "g1",
      channel: "c1",
    });
    expect(refFor({ guildId: "g1", channelId: "t1", parentId: "c1", isThread: true })).toEqual({
      platform: "discord",
      workspace: "g1",
      channel: "c1",
      thread: "t1",
    });
    expect(refFor({ guildId: null, channelId: "d1", isThread: false })).toEqual({
      platform: "discord",
      workspace: "dm",
      channel: "d1",
    });
  });

  it("answers DMs, mentions and its own threads; ignores bots, webhooks and chatter", () => {
    expect(routeMessage({ ...base, guildId: null }, BOT)).toBe("dm");
    expect(routeMessage({ ...base, mentionsBot: true }, BOT)).toBe("mention");
    expect(routeMessage({ ...base, isThread: true, parentId: "c1", threadOwnerId: BOT }, BOT)).toBe("thread");
    expect(routeMessage({ ...base, isThread: true, parentId: "c1", threadOwnerId: "someone" }, BOT)).toBeNull();
    expect(routeMessage(base, BOT)).toBeNull();
    expect(routeMessage({ ...base, mentionsBot: true, author: { ...base.author, bot: true } }, BOT)).toBeNull();
    expect(routeMessage({ ...base, guildId: null, webhookId: "w1" }, BOT)).toBeNull();
  });

  it("drops the bot's own mentions from the text, keeps other people's", () => {
    expect(stripBotMention(`<@${BOT}> price of <@!${BOT}> gpt-4o <@200>`, BOT)).toBe("price of gpt-4o <@200>");
    expect(stripBotMention("<@&555> help", BOT, ["555"])).toBe("help");
  });

  it("a bare mention asks for help; an empty thread message (no Message Content) is skipped", () => {
    expect(messageToInbound({ ...base, content: `<@${BOT}>`, mentionsBot: true }, BOT)?.text).toBe("help");
    expect(
      messageToInbound({ ...base, content: "", isThread: true, parentId: "c1", threadOwnerId: BOT }, BOT),
    ).toBeNull();
  });

  it("a click carries the option id as the action and its label as the text", () => {
    const inbound = componentToInbound(
      {
        id: "i1",
        user: { id: "u1", username: "alice" },
        guildId: "g1",
        channelId: "c1",
        isThread: false,
        createdAt: new Date(),
      },
      "flow:use-case:coding",
      "Coding",
    );
    expect(inbound).toMatchObject({
      text: "Coding",
      action: { id: "flow:use-case:coding" },
      messageId: "i1",
      user: { id: "u1", name: "alice" },
    });
  });
});
