// The contract driver for Discord: the real Discord adapter and discord.js against the fake
// Discord. Each conversation "thread" is its own guild channel, messages mention the bot, and
// clicks are real INTERACTION_CREATE events on the message that carries the component.
import type { ContractDriver, ContractReply } from "./adapter-contract.js";
import { startDiscordHarness } from "./fake-discord-harness.js";
import { BOT } from "./fake-discord.js";

type Json = Record<string, unknown>;
type Component = { type: number; custom_id: string; label?: string; options?: { label: string; value: string }[] };
type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};

const components = (body: Json | undefined): Component[] =>
  ((body?.components ?? []) as { components: Component[] }[]).flatMap((r) => r.components);

function toReply(body: Json): ContractReply {
  const embeds = (body.embeds ?? []) as Embed[];
  const text = [
    String(body.content ?? ""),
    ...embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? "",
    ]),
  ]
    .filter(Boolean)
    .join("\n");
  const choices = components(body).flatMap((c) =>
    c.type === 3
      ? (c.options ?? []).map((o) => ({ id: o.value, label: o.label }))
      : [{ id: c.custom_id, label: c.label ?? "" }],
  );
  return { text, choices };
}

export async function makeDiscordDriver(): Promise<ContractDriver> {
  const h = await startDiscordHarness();
  const channels = new Map<string, string>();

  const repliesSince = (start: number) =>
    h.fake.rest
      .slice(start)
      .filter(
        (c) =>
          c.body && c.status < 300 && (/^\/channels\/\d+\/messages$/.test(c.path) || c.path.startsWith("/webhooks/")),
      )
      .map((c) => toReply(c.body as Json));

  return {
    async send(text, opts = {}) {
      const thread = opts.thread ?? "default";
      let channelId = channels.get(thread);
      if (!channelId) {
        channelId = h.fake.addChannel(thread);
        channels.set(thread, channelId);
      }
      const start = h.fake.rest.length;
      const id = h.fake.messageCreate(`<@${BOT.id}> ${text}`, { channelId });
      await h.turnDone(id);
      // A guided recommendation goes on in a thread the bot opens on the message: the user's next
      // messages of this conversation are written there, as in Discord.
      const opened = h.fake.rest
        .slice(start)
        .map((c) => /^\/channels\/\d+\/messages\/(\d+)\/threads$/.exec(c.path)?.[1])
        .find((x) => x !== undefined);
      if (opened) channels.set(thread, opened);
      return repliesSince(start);
    },
    async click(actionId) {
      const message = [...h.fake.messages.values()]
        .reverse()
        .find((m) =>
          components(m).some((c) => c.custom_id === actionId || c.options?.some((o) => o.value === actionId)),
        );
      if (!message) throw new Error(`no message shows ${actionId}`);
      const component = components(message).find(
        (c) => c.custom_id === actionId || c.options?.some((o) => o.value === actionId),
      ) as Component;
      const start = h.fake.rest.length;
      const interaction =
        component.type === 3
          ? h.fake.select(message.id as string, component.custom_id, actionId)
          : h.fake.click(message.id as string, actionId);
      await h.turnDone(interaction.id);
      return repliesSince(start);
    },
    close: () => h.close(),
  };
}
