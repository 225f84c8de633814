// The team profile through the real discord.js client: said inside a recommendation thread, kept
// for the guild, and applied (and named) to a licence question asked in the channel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileKey } from "../../../adapters/shared/profile-store.js";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/fake-discord-harness.js";
import { BOT, CHANNEL_ID, GUILD_ID } from "../../helpers/fake-discord.js";

type Json = Record<string, unknown>;
type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
const textOf = (body: Json | undefined) =>
  [
    String(body?.content ?? ""),
    ...((body?.embeds ?? []) as Embed[]).flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join("\n");

describe("team profile in Discord", () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => h?.close());

  it("set in one thread, applied in another conversation of the same guild", async () => {
    // A recommendation opens its own thread (its own session).
    let start = h.fake.rest.length;
    const opener = h.fake.messageCreate(`<@${BOT.id}> help me choose a model`);
    await h.turnDone(opener);
    const thread = opener; // the thread is opened on the mention and takes its id
    expect(h.fake.rest.slice(start).some((c) => c.path === `/channels/${CHANNEL_ID}/messages/${opener}/threads`)).toBe(
      true,
    );

    start = h.fake.rest.length;
    const said = h.fake.messageCreate(
      "remember: we're an EU company, we handle patient data, ~2M monthly users, no ops staff",
      { channelId: thread },
    );
    await h.turnDone(said);
    const saved = h.fake.rest
      .slice(start)
      .find((c) => c.method === "POST" && c.path === `/channels/${thread}/messages`);
    expect(textOf(saved?.body)).toMatch(/Saved to your team profile: \*?\*?EU, regulated data \(medical\)/);
    expect(await h.store.get(profileKey({ platform: "discord", workspace: GUILD_ID, channel: "x" }))).toBeDefined();

    start = h.fake.rest.length;
    const asked = h.fake.messageCreate(`<@${BOT.id}> can we use Llama 3.2 11B Vision?`);
    await h.turnDone(asked);
    const answer = h.fake.rest
      .slice(start)
      .find((c) => c.method === "POST" && c.path === `/channels/${CHANNEL_ID}/messages`);
    const shown = textOf(answer?.body);
    expect(shown).toMatch(/Blocked: Llama 3\.2 11B Vision/);
    expect(shown).toMatch(/Using your team profile: EU, regulated data \(medical\), ~2M monthly users/);
  });

  it("keeps the zero-retention rule: a shortlist in another conversation applies it and says where the data goes", async () => {
    let start = h.fake.rest.length;
    const said = h.fake.messageCreate(`<@${BOT.id}> remember: no provider may keep our prompts or train on our data`);
    await h.turnDone(said);
    const posted = () =>
      h.fake.rest
        .slice(start)
        .filter((c) => c.method === "POST" && /\/messages$/.test(c.path))
        .map((c) => textOf(c.body))
        .join("\n");
    expect(posted()).toMatch(/Saved to your team profile: \*?\*?zero data retention/);

    start = h.fake.rest.length;
    const asked = h.fake.messageCreate(`<@${BOT.id}> recommend a model for customer chat, 10M tokens a month`);
    await h.turnDone(asked);
    expect(posted()).toMatch(/Using your team profile: [^\n]*zero data retention/);
    expect(posted()).toMatch(/Where your data goes/);
  });
});
