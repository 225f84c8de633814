// What users and Discord throw at the bot beyond the happy path: answers too long for one
// message, a failing send, and arbitrary text. Real discord.js, real advisor, fake Discord.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/fake-discord-harness.js";
import { sessionKey } from "../../../src/ports.js";
import { BOT, CHANNEL_ID, GUILD_ID } from "../../helpers/fake-discord.js";

type Json = Record<string, unknown>;
const NO_PINGS = { parse: [], replied_user: false };

describe("discord adapter robustness", () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  const sendsSince = (start: number) =>
    h.fake.rest.slice(start).filter((c) => c.method === "POST" && /^\/channels\/\d+\/messages$/.test(c.path));

  it("splits a long answer over several messages, each accepted by Discord, buttons on the last", async () => {
    const start = h.fake.rest.length;
    const id = h.fake.messageCreate(`<@${BOT.id}> which open models can we use commercially?`);
    await h.turnDone(id);
    const sends = sendsSince(start);
    expect(sends.length).toBeGreaterThan(1);
    expect(sends.map((c) => c.status)).toEqual(sends.map(() => 200));
    // Only the first is a reply to the question; the rest follow it in the channel.
    expect((sends[0]?.body?.message_reference as Json | undefined)?.message_id).toBe(id);
    expect(sends.slice(1).every((c) => c.body?.message_reference === undefined)).toBe(true);
    expect(sends.slice(0, -1).every((c) => (c.body?.components as unknown[]).length === 0)).toBe(true);
  });

  it("tells the user when Discord refuses a reply, without error details", async () => {
    h.fake.failNext("POST", new RegExp(`^/channels/${CHANNEL_ID}/messages$`), 500);
    const start = h.fake.rest.length;
    const id = h.fake.messageCreate(`<@${BOT.id}> tell me about gpt-4o`);
    await h.turnDone(id);
    const sends = sendsSince(start);
    expect(sends.map((c) => c.status)).toEqual([500, 200]);
    expect(sends[1]?.body?.content).toMatch(/couldn't post that answer/);
    expect(JSON.stringify(sends[1]?.body)).not.toMatch(/500|Injected|Error/);
    expect(h.logs.some((l) => l.level === "error" && l.message === "discord send failed")).toBe(true);
  });

  it("answers in the channel, keeping the conversation there, when it may not open a thread", async () => {
    h.fake.failNext("POST", /\/threads$/, 403);
    const start = h.fake.rest.length;
    const id = h.fake.messageCreate(`<@${BOT.id}> help me choose a model`);
    await h.turnDone(id);
    const sends = sendsSince(start);
    expect(sends.map((c) => c.path)).toEqual([`/channels/${CHANNEL_ID}/messages`]);
    expect(JSON.stringify(sends[0]?.body)).toMatch(/Question 1 of/);
    const channelRef = { platform: "discord" as const, workspace: GUILD_ID, channel: CHANNEL_ID };
    expect((await h.store.get(sessionKey(channelRef)))?.flow).toBeTruthy();
    expect(await h.store.get(sessionKey({ ...channelRef, thread: id }))).toBeUndefined();
    expect(h.logs.some((l) => l.level === "warn" && /could not open a thread/.test(l.message))).toBe(true);
  });

  it("any text gets a reply Discord accepts, that pings no one (property)", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400, unit: "grapheme" }), async (text) => {
        const start = h.fake.rest.length;
        const id = h.fake.messageCreate(`<@${BOT.id}> @everyone ${text}`);
        await h.turnDone(id);
        const sends = sendsSince(start);
        expect(sends.length).toBeGreaterThan(0);
        for (const call of sends) {
          expect(call.status, call.problems.join("; ")).toBe(200);
          expect(call.body?.allowed_mentions).toEqual(NO_PINGS);
          expect(JSON.stringify(call.body)).not.toContain("@everyone");
        }
      }),
      { numRuns: 25 },
    );
  });
});
