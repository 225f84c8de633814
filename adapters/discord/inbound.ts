// Discord events -> InboundMessage. Decides which messages are for the bot (DMs, mentions,
// messages in a thread the bot opened) and builds the conversation key: guild (or "dm"),
// channel, and thread, so a thread is its own conversation.
import type { ConversationRef, InboundMessage } from "../../src/ports.js";
import { commandToText, type CommandOptions } from "./commands.js";

/** Where a message or interaction happened, as the few fields we need from discord.js objects. */
export interface PlaceLike {
  guildId: string | null;
  channelId: string;
  /** Set when the channel is a thread: its parent text channel. */
  parentId?: string | null;
  isThread: boolean;
}

export function refFor(place: PlaceLike): ConversationRef {
  if (place.isThread && place.parentId) {
    return { platform: "discord", workspace: place.guildId ?? "dm", channel: place.parentId, thread: place.channelId };
  }
  return { platform: "discord", workspace: place.guildId ?? "dm", channel: place.channelId };
}

export interface MessageLike extends PlaceLike {
  id: string;
  content: string;
  author: { id: string; bot: boolean; username: string; globalName?: string | null };
  displayName?: string;
  webhookId?: string | null;
  mentionsBot: boolean;
  /** Owner of the thread the message is in, when it is in one. */
  threadOwnerId?: string | null;
  createdAt: Date;
}

export type MessageRoute = "dm" | "mention" | "thread";

/** Which messages the bot answers; everything else (other bots, webhooks, chatter) is ignored. */
export function routeMessage(message: MessageLike, botId: string): MessageRoute | null {
  if (message.author.bot || message.webhookId || message.author.id === botId) return null;
  if (message.guildId === null) return "dm";
  if (message.mentionsBot) return "mention";
  if (message.isThread && message.threadOwnerId === botId) return "thread";
  return null;
}

/** The user's words without the bot's own mention (user form <@id>/<@!id>, or its role <@&id>). */
export function stripBotMention(content: string, botId: string, botRoleIds: string[] = []): string {
  let text = content.replace(new RegExp(`<@!?${botId}>`, "g"), " ");
  for (const role of botRoleIds) text = text.replace(new RegExp(`<@&${role}>`, "g"), " ");
  return text.replace(/\s+/g, " ").trim();
}

export function messageToInbound(
  message: MessageLike,
  botId: string,
  botRoleIds: string[] = [],
): InboundMessage | null {
  const route = routeMessage(message, botId);
  if (!route) return null;
  const text = stripBotMention(message.content, botId, botRoleIds);
  // Without the Message Content intent, thread follow-ups arrive empty: nothing to answer.
  if (!text && route === "thread") return null;
  return {
    ref: refFor(message),
    user: { id: message.author.id, name: message.displayName ?? message.author.globalName ?? message.author.username },
    text: text || "help",
    messageId: message.id,
    receivedAt: message.createdAt,
  };
}

export interface InteractionLike extends PlaceLike {
  id: string;
  user: { id: string; username: string; globalName?: string | null };
  displayName?: string;
  createdAt: Date;
}

function base(interaction: InteractionLike): Omit<InboundMessage, "text"> {
  return {
    ref: refFor(interaction),
    user: {
      id: interaction.user.id,
      name: interaction.displayName ?? interaction.user.globalName ?? interaction.user.username,
    },
    messageId: interaction.id,
    receivedAt: interaction.createdAt,
  };
}

export function commandToInbound(
  interaction: InteractionLike,
  subcommand: string,
  options: CommandOptions,
): InboundMessage {
  return { ...base(interaction), text: commandToText(subcommand, options) };
}

/** A button click or a select pick: the action id is the option id, the text its label. */
export function componentToInbound(
  interaction: InteractionLike,
  actionId: string,
  label: string | undefined,
): InboundMessage {
  return { ...base(interaction), text: label ?? actionId, action: { id: actionId } };
}
