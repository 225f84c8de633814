import { describe, expect, it } from "vitest";
import { loadConfig } from "../../adapters/shared/config.js";
import { configProblems } from "../helpers/config-problems.js";

const SIGNING_SECRET = "0123456789abcdef0123456789abcdef";
const DISCORD_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GabcDE.token-part-three";

const problems = configProblems;

describe("config from the environment", () => {
  it("needs nothing: no platform means the terminal", () => {
    expect(loadConfig({})).toMatchObject({ slack: null, discord: null, logLevel: "info" });
  });

  it("reads Slack (HTTP mode) and Discord settings", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: "http://127.0.0.1:1/api/",
      PORT: "8080",
      DISCORD_TOKEN: DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: "300000000000000003",
      REDIS_URL: "redis://127.0.0.1:6379",
      LOG_LEVEL: "warn",
    });
    expect(config.slack).toEqual({
      botToken: "xoxb-1",
      signingSecret: SIGNING_SECRET,
      apiUrl: "http://127.0.0.1:1/api/",
      port: 8080,
    });
    expect(config.discord).toMatchObject({ token: DISCORD_TOKEN, applicationId: "300000000000000003" });
    expect(config.redisUrl).toBe("redis://127.0.0.1:6379");
    expect(config.logLevel).toBe("warn");
  });

  it("reads a Redis key prefix and refuses one with spaces or other characters", () => {
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: "team-a:" }).redisKeyPrefix).toBe(
      "team-a:",
    );
    expect(loadConfig({}).redisKeyPrefix).toBeUndefined();
    expect(problems({ REDIS_KEY_PREFIX: "two words" }).join("\n")).toContain("REDIS_KEY_PREFIX");
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "", REDIS_URL: "  " })).toMatchObject({ slack: null, redisUrl: undefined });
  });

  it("names each malformed variable and never its value", () => {
    const secret = "s3cr3t-value";
    const found = problems({
      SLACK_BOT_TOKEN: `bad-${secret}`,
      SLACK_APP_TOKEN: secret,
      PORT: `99999${secret}`,
      REDIS_URL: `http://${secret}`,
      SLACK_API_URL: secret,
      DISCORD_APPLICATION_ID: secret,
      LOG_LEVEL: secret,
    });
    const text = found.join("\n");
    for (const name of [
      "SLACK_BOT_TOKEN",
      "SLACK_APP_TOKEN",
      "PORT",
      "REDIS_URL",
      "SLACK_API_URL",
      "DISCORD_APPLICATION_ID",
      "LOG_LEVEL",
    ])
      expect(text).toContain(name);
    expect(text).not.toContain(secret);
  });

  it("requires the signing secret for Slack over HTTP, not for Socket Mode", () => {
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1" }).join()).toMatch(/SLACK_SIGNING_SECRET/);
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" })).toEqual([]);
  });

  it("refuses a user token (xoxp-) where the bot token (xoxb-) is required", () => {
    const found = problems({ SLACK_BOT_TOKEN: "xoxp-user-s3cr3t", SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(found.join()).toMatch(/SLACK_BOT_TOKEN must be a bot token starting with xoxb-/);
    expect(found.join()).not.toContain("s3cr3t");
  });

  it("needs the Discord application id with a Discord token", () => {
    expect(problems({ DISCORD_TOKEN }).join()).toMatch(/DISCORD_APPLICATION_ID is not set/);
  });

  it("reads the rate limits and the data folder, with defaults", () => {
    expect(loadConfig({}).rateLimits).toEqual({ userPerMinute: 20, workspacePerMinute: 120 });
    const config = loadConfig({
      RATE_LIMIT_USER_PER_MINUTE: "5",
      RATE_LIMIT_WORKSPACE_PER_MINUTE: "50",
      MODELWISE_DATA_DIR: "/srv/mw",
    });
    expect(config.rateLimits).toEqual({ userPerMinute: 5, workspacePerMinute: 50 });
    expect(config.dataDir).toBe("/srv/mw");
    expect(problems({ RATE_LIMIT_USER_PER_MINUTE: "0" }).join()).toMatch(/RATE_LIMIT_USER_PER_MINUTE/);
  });
});
