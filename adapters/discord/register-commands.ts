// `npm run discord:register`: registers /modelwise with Discord. With DISCORD_GUILD_ID the
// commands go to that one server (they appear at once: good for trying it out); without, they
// are global (every server the bot is in). A PUT replaces the whole set, so re-running is safe.
import { pathToFileURL } from "node:url";
import { REST, Routes } from "discord.js";
import { buildCommands } from "./commands.js";
import { DiscordConfigError, readDiscordConfig, type DiscordConfig } from "./config.js";

export interface RegistrationResult {
  scope: "guild" | "global";
  count: number;
}

export async function registerCommands(config: DiscordConfig, rest?: REST): Promise<RegistrationResult> {
  const client =
    rest ?? new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}), retries: 1 }).setToken(config.token);
  const body = buildCommands();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const result = (await client.put(route, { body })) as unknown[];
  return { scope: config.guildId ? "guild" : "global", count: result.length };
}

async function main(): Promise<void> {
  try {
    const config = readDiscordConfig(process.env);
    const { scope, count } = await registerCommands(config);
    process.stdout.write(
      scope === "guild"
        ? `Registered ${count} command(s) in server ${config.guildId}.\n`
        : `Registered ${count} global command(s); Discord may take up to an hour to show them everywhere.\n`,
    );
  } catch (error) {
    // Config errors name the variable; API errors carry Discord's message. Neither holds the token.
    const message =
      error instanceof DiscordConfigError
        ? error.message
        : `Command registration failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
