// Settings from the environment, validated once at start-up. Problems name the variable and what
// is expected, never the value (it may be a secret).
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const url = (protocols: string[]) =>
  optionalText.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `expected a ${protocols.map((p) => p.replace(":", "")).join(" or ")} URL`,
  );

const port = optionalText.refine(
  (v) => v === undefined || (/^\d+$/.test(v) && Number(v) > 0 && Number(v) < 65536),
  "expected a port number between 1 and 65535",
);

export const configSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalText.refine(
      (v) => v === undefined || /^xox[bp]-/.test(v),
      "expected a Slack bot token starting with xoxb-",
    ),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine(
      (v) => v === undefined || v.startsWith("xapp-"),
      "expected a Slack app-level token starting with xapp-",
    ),
    SLACK_API_URL: url(["http:", "https:"]),
    PORT: port,
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.refine(
      (v) => v === undefined || /^\d{5,25}$/.test(v),
      "expected a numeric Discord application id",
    ),
    DISCORD_API_URL: url(["http:", "https:"]),
    DISCORD_GUILD_ID: optionalText.refine(
      (v) => v === undefined || /^\d{5,25}$/.test(v),
      "expected a numeric Discord guild (server) id",
    ),
    REDIS_URL: url(["redis:", "rediss:"]),
    MODELWISE_DATA_DIR: optionalText,
    LOG_LEVEL: optionalText.refine(
      (v) => v === undefined || ["info", "warn", "error"].includes(v),
      "expected info, warn or error",
    ),
  })
  .superRefine((env, ctx) => {
    // Slack over HTTP needs the signing secret to verify requests; Socket Mode does not.
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message:
          "is required when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode verifies request signatures)",
      });
    }
  });

export interface AppConfig {
  slack: { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string; port: number } | null;
  discord: { token: string; applicationId?: string; apiUrl?: string; guildId?: string } | null;
  redisUrl?: string;
  dataDir?: string;
  logLevel: "info" | "warn" | "error";
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(pick(env));
  if (!parsed.success) {
    // Only the variable name and the rule: zod's messages here never include the input value.
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "environment")}: ${issue.message}`);
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          appToken: e.SLACK_APP_TOKEN,
          apiUrl: e.SLACK_API_URL,
          port: e.PORT ? Number(e.PORT) : 3000,
        }
      : null,
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          apiUrl: e.DISCORD_API_URL,
          guildId: e.DISCORD_GUILD_ID,
        }
      : null,
    redisUrl: e.REDIS_URL,
    dataDir: e.MODELWISE_DATA_DIR,
    logLevel: (e.LOG_LEVEL as AppConfig["logLevel"] | undefined) ?? "info",
  };
}

const KEYS = Object.keys(configSchema.shape);

function pick(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of KEYS) out[key] = env[key];
  return out;
}
