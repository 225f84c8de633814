// Discord's view of the one settings schema (shared/config.ts): the same rules, reported as a
// DiscordConfigError naming every missing or invalid variable, never its value.
import { discordFrom, readSettings, SETTINGS, type DiscordConfig } from "../shared/config.js";

export type { DiscordConfig } from "../shared/config.js";

export class DiscordConfigError extends Error {
  constructor(
    readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = "DiscordConfigError";
  }
}

const DISCORD_SETTINGS = [
  "DISCORD_TOKEN",
  "DISCORD_APPLICATION_ID",
  "DISCORD_API_URL",
  "DISCORD_GUILD_ID",
  "DISCORD_MESSAGE_CONTENT",
] as const;

/** Reads DISCORD_* from env; throws DiscordConfigError naming every missing or invalid variable. */
export function readDiscordConfig(env: Record<string, string | undefined> = process.env): DiscordConfig {
  const { values, problems } = readSettings(env, DISCORD_SETTINGS);
  const config = discordFrom(values, problems, true);
  if (problems.length > 0 || !config) {
    const lines = problems.map((p) =>
      p.missing
        ? `${p.variable} is not set: ${SETTINGS[p.variable].expected}.`
        : `${p.variable} is invalid: expected ${SETTINGS[p.variable].expected}.`,
    );
    throw new DiscordConfigError(
      problems.map((p) => p.variable),
      `Discord configuration problem:\n${lines.map((l) => `- ${l}`).join("\n")}`,
    );
  }
  return config;
}
