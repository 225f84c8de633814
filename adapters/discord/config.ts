// Discord settings from the environment, validated with zod. Errors name the variable and what
// is wrong with it, never its value: a token must not end up in a log or a terminal.
import { z } from "zod";

const snowflake = /^\d{15,25}$/;

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1),
  DISCORD_APPLICATION_ID: z.string().trim().regex(snowflake),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  DISCORD_GUILD_ID: z.string().trim().regex(snowflake).optional(),
  DISCORD_MESSAGE_CONTENT: z.enum(["true", "false", "1", "0", "yes", "no"]).optional(),
});

const HINTS: Record<string, string> = {
  DISCORD_TOKEN: "the bot token from the Discord developer portal (Bot > Reset Token)",
  DISCORD_APPLICATION_ID: "the numeric Application ID from the developer portal (General Information)",
  DISCORD_API_URL: "an http(s) URL of the REST API base, e.g. https://discord.com/api (only for tests)",
  DISCORD_GUILD_ID: "a numeric server id, to register commands in one server",
  DISCORD_MESSAGE_CONTENT: "true or false: whether to ask for the privileged Message Content intent",
};

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** REST base URL as discord.js expects it (".../api"); the gateway URL is discovered from it. */
  apiUrl?: string;
  guildId?: string;
  /** Ask for the privileged Message Content intent (default true). */
  messageContent: boolean;
}

export class DiscordConfigError extends Error {
  constructor(
    readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = "DiscordConfigError";
  }
}

/** Reads DISCORD_* from env; throws DiscordConfigError naming every missing or invalid variable. */
export function readDiscordConfig(env: Record<string, string | undefined> = process.env): DiscordConfig {
  // Empty strings count as unset, so `DISCORD_GUILD_ID=` in a .env file does not fail validation.
  const cleaned = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key]?.trim() ? env[key] : undefined]),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    const lines = names.map((name) =>
      cleaned[name] === undefined
        ? `${name} is not set: ${HINTS[name]}.`
        : `${name} is invalid: expected ${HINTS[name]}.`,
    );
    throw new DiscordConfigError(names, `Discord configuration problem:\n${lines.map((l) => `- ${l}`).join("\n")}`);
  }
  const v = parsed.data;
  return {
    token: v.DISCORD_TOKEN,
    applicationId: v.DISCORD_APPLICATION_ID,
    ...(v.DISCORD_API_URL ? { apiUrl: v.DISCORD_API_URL.replace(/\/+$/, "") } : {}),
    ...(v.DISCORD_GUILD_ID ? { guildId: v.DISCORD_GUILD_ID } : {}),
    messageContent: !["false", "0", "no"].includes(v.DISCORD_MESSAGE_CONTENT ?? "true"),
  };
}
