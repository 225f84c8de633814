// Turning rendered payloads into discord.js send/edit options. Every one of them carries
// allowedMentions with nothing to parse, so no reply can ping anyone (the Client sets the same
// default; saying it on each send keeps that true if the default ever changes).
import type { BaseMessageOptions, InteractionEditReplyOptions } from "discord.js";
import type { DiscordPayload } from "./render.js";

export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

export function createOptions(payload: DiscordPayload): BaseMessageOptions {
  return {
    ...(payload.content ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components,
    files: payload.files.map((f) => ({ attachment: f.data, name: f.name })),
    allowedMentions: { parse: [], repliedUser: false },
  };
}

/** Edits replace the whole message: old text, embeds, buttons and images go. */
export function editOptions(payload: DiscordPayload): InteractionEditReplyOptions {
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    files: payload.files.map((f) => ({ attachment: f.data, name: f.name })),
    attachments: [],
    allowedMentions: { parse: [], repliedUser: false },
  };
}
