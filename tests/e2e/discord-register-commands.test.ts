// `npm run discord:register` for real: the script runs as its own process against the fake
// Discord REST API and must PUT the /modelwise command set to the right route.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommands, commandToText } from "../../adapters/discord/commands.js";
import { slashCommands } from "../../src/intents/registry/index.js";
import { APP_ID, GUILD_ID, startFakeDiscord, type FakeDiscord } from "../helpers/fake-discord.js";

const run = promisify(execFile);
const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GabcDE.secret-token-value-that-must-not-leak-00000";

async function register(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "discord:register"], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("discord command registration", { timeout: 90_000 }, () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("PUTs /modelwise with its five subcommands to one guild when DISCORD_GUILD_ID is set", async () => {
    const result = await register({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiBase,
      DISCORD_GUILD_ID: GUILD_ID,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Registered 1 command(s) in server ${GUILD_ID}`);
    const put = fake.rest.find(
      (c) => c.method === "PUT" && c.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    );
    expect(put?.status).toBe(200);
    expect(put?.auth).toBe(`Bot ${TOKEN}`);
    const [command] = put!.body as unknown as {
      name: string;
      options: { name: string; options?: { name: string; autocomplete?: boolean }[] }[];
    }[];
    expect(command!.name).toBe("modelwise");
    // The subcommands are the intent registry's (ask, then the intents' own, in help order).
    expect(command!.options.map((o) => o.name)).toEqual(slashCommands().map((c) => c.name));
    expect(command!.options.map((o) => o.name)).toEqual(["ask", "license", "cost", "compare", "recommend"]);
    const license = command!.options.find((o) => o.name === "license");
    expect(license?.options?.find((o) => o.name === "model")?.autocomplete).toBe(true);
  });

  it("registers globally without DISCORD_GUILD_ID", async () => {
    const result = await register({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiBase,
    });
    expect(result.code).toBe(0);
    expect(fake.rest.some((c) => c.method === "PUT" && c.path === `/applications/${APP_ID}/commands`)).toBe(true);
  });

  it("stops with a message naming the missing variable, and never prints the token", async () => {
    const result = await register({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiBase });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("DISCORD_APPLICATION_ID is not set");
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });
});

describe("slash command definitions", () => {
  it("stay within Discord's command limits", () => {
    for (const command of buildCommands()) {
      expect(command.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const sub of command.options ?? []) {
        expect(sub.description.length).toBeLessThanOrEqual(100);
        expect(("options" in sub ? (sub.options ?? []) : []).length).toBeLessThanOrEqual(25);
      }
    }
  });

  it("turn options into the sentence a user would have typed", () => {
    expect(commandToText("license", { model: "llama-3.1-70b", monthly_users: 800_000_000 })).toBe(
      "license of llama-3.1-70b, we have 800000000 monthly users",
    );
    expect(commandToText("cost", { model: "gpt-4o", volume: "10M input tokens a month", self_host: true })).toBe(
      "cost of gpt-4o for 10M input tokens a month, self-hosted",
    );
    expect(commandToText("compare", { model_a: "gpt-4o", model_b: "llama-3.1-70b" })).toBe(
      "compare gpt-4o vs llama-3.1-70b",
    );
    expect(commandToText("recommend", {})).toBe("recommend a model");
    expect(commandToText("ask", { question: "which is cheapest?" })).toBe("which is cheapest?");
  });
});
