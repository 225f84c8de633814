// The privileged Message Content intent: when the app is not allowed it, Discord closes the
// gateway with 4014. The bot must still come up without it and keep working through mentions,
// DMs and slash commands, as the README promises.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/fake-discord-harness.js";
import { BOT, CHANNEL_ID } from "../../helpers/fake-discord.js";

const MESSAGE_CONTENT = 1 << 15;

describe("discord without the Message Content intent", () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness({ denyMessageContent: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("retries without the intent when Discord refuses it, and says why", () => {
    const intents = h.fake.identifies.map((d) => Number(d.intents));
    expect(intents).toHaveLength(2);
    expect(intents[0]! & MESSAGE_CONTENT).toBe(MESSAGE_CONTENT);
    expect(intents[1]! & MESSAGE_CONTENT).toBe(0);
    expect(h.logs.some((l) => l.level === "warn" && /Message Content intent/.test(l.message))).toBe(true);
  });

  it("still answers mentions, whose content Discord always delivers", async () => {
    const start = h.fake.rest.length;
    const id = h.fake.messageCreate(`<@${BOT.id}> tell me about gpt-4o`);
    await h.turnDone(id);
    const reply = h.fake.rest.slice(start).find((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    expect((reply?.body?.embeds as { title: string }[])[0]?.title).toMatch(/GPT-4o/);
  });

  it("skips thread messages that arrive empty, and answers them when they mention the bot", async () => {
    const open = h.fake.messageCreate(`<@${BOT.id}> help me choose a model`);
    await h.turnDone(open);
    const thread = open; // a thread started from a message takes the message's id
    const blank = h.fake.messageCreate("tell me about llama 3.1 70b", { channelId: thread });
    const mentioned = h.fake.messageCreate(`<@${BOT.id}> tell me about llama 3.1 70b`, { channelId: thread });
    await h.turnDone(mentioned);
    expect(h.logs.some((l) => l.fields.messageId === blank)).toBe(false);
  });

  it("still answers slash commands", async () => {
    const { id } = h.fake.command("ask", { question: "price of gpt-4o" });
    await h.turnDone(id);
    expect(
      h.fake.rest.some(
        (c) =>
          c.method === "PATCH" && c.path.includes(`/messages/@original`) && JSON.stringify(c.body).includes("$2.50"),
      ),
    ).toBe(true);
  });
});
