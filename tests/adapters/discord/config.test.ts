import { describe, expect, it } from "vitest";
import { DiscordConfigError, readDiscordConfig } from "../../../adapters/discord/config.js";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GabcDE.very-secret-token-value";

describe("discord config", () => {
  it("reads the settings, trimming the API URL", () => {
    expect(
      readDiscordConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: "300000000000000003",
        DISCORD_API_URL: "http://127.0.0.1:9/api/",
        DISCORD_GUILD_ID: "",
      }),
    ).toEqual({
      token: TOKEN,
      applicationId: "300000000000000003",
      apiUrl: "http://127.0.0.1:9/api",
      messageContent: true,
    });
  });

  it("can be told not to ask for the privileged Message Content intent", () => {
    expect(
      readDiscordConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: "300000000000000003",
        DISCORD_MESSAGE_CONTENT: "false",
      }).messageContent,
    ).toBe(false);
  });

  it("names every missing or invalid variable and never echoes a value", () => {
    let error: unknown;
    try {
      readDiscordConfig({ DISCORD_APPLICATION_ID: `abc-${TOKEN}`, DISCORD_GUILD_ID: TOKEN });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiscordConfigError);
    const message = (error as Error).message;
    expect(message).toContain("DISCORD_TOKEN is not set");
    expect(message).toContain("DISCORD_APPLICATION_ID is invalid");
    expect(message).toContain("DISCORD_GUILD_ID is invalid");
    expect(message).not.toContain(TOKEN);
    expect((error as DiscordConfigError).variables.sort()).toEqual([
      "DISCORD_APPLICATION_ID",
      "DISCORD_GUILD_ID",
      "DISCORD_TOKEN",
    ]);
  });

  it("refuses a token of the wrong shape (a client secret pasted by mistake), naming only the variable", () => {
    expect(() =>
      readDiscordConfig({ DISCORD_TOKEN: "client-secret-value", DISCORD_APPLICATION_ID: "300000000000000003" }),
    ).toThrow(/DISCORD_TOKEN is invalid/);
    try {
      readDiscordConfig({ DISCORD_TOKEN: "client-secret-value", DISCORD_APPLICATION_ID: "300000000000000003" });
    } catch (error) {
      expect((error as Error).message).not.toContain("client-secret-value");
    }
  });
});
