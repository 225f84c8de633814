// Every setting modelwise reads from the environment, in one zod schema, validated once by every
// entry point (main.ts, the terminal CLI, discord:register). A problem names the variable and
// the rule, never the value (it may be a secret). The Slack and Discord config modules are views
// onto this schema, not rules of their own.
import { Cron } from "croner";
import { z } from "zod";

/** A rule for one variable: its schema (on the trimmed, non-empty text) and what is expected. */
interface Rule {
  schema: z.ZodType;
  expected: string;
}

const text = z.string();
const httpUrl = text.pipe(z.url({ protocol: /^https?$/ }));
const snowflake = text.regex(/^\d{15,25}$/);
const port = text
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(65535));
const perMinute = text
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

/** A cron expression croner accepts (5 fields, or 6 with seconds). */
const cronExpression = text.refine((v) => {
  try {
    new Cron(v, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
});
/** A calendar day as YYYY-MM-DD that exists (no 2026-02-30). */
const calendarDay = text.regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => {
  const time = Date.parse(`${v}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(v);
});
/** Refresh sources: URLs or paths separated by spaces or commas. */
const sourceList = text
  .transform((v) => v.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z
      .array(z.string().refine((v) => !v.includes("\0")))
      .min(1)
      .max(3),
  );

/** One home for every setting: name -> rule. Order is the order problems are reported in. */
export const SETTINGS = {
  SLACK_BOT_TOKEN: {
    schema: text.regex(/^xoxb-[A-Za-z0-9-]+$/),
    expected: "a bot token starting with xoxb- (Slack app > OAuth & Permissions > Bot User OAuth Token)",
  },
  SLACK_SIGNING_SECRET: {
    schema: text.regex(/^[A-Za-z0-9]{16,128}$/),
    expected: "the app's signing secret, letters and digits only (Slack app > Basic Information > App Credentials)",
  },
  SLACK_APP_TOKEN: {
    schema: text.regex(/^xapp-[A-Za-z0-9-]+$/),
    expected:
      "an app-level token starting with xapp- with the connections:write scope (Slack app > Basic Information > App-Level Tokens)",
  },
  SLACK_API_URL: { schema: httpUrl, expected: "an http(s) URL such as https://slack.com/api/" },
  PORT: { schema: port, expected: "a port number between 0 and 65535" },
  DISCORD_TOKEN: {
    // Bot tokens are three dot-separated parts (id, timestamp, HMAC); a client secret or an
    // OAuth token pasted by mistake has another shape.
    schema: text.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/),
    expected: "the bot token from the Discord developer portal (Bot > Reset Token): three parts separated by dots",
  },
  DISCORD_APPLICATION_ID: {
    schema: snowflake,
    expected: "the numeric Application ID from the developer portal (General Information)",
  },
  DISCORD_API_URL: {
    schema: httpUrl,
    expected: "an http(s) URL of the REST API base, e.g. https://discord.com/api (only for tests)",
  },
  DISCORD_GUILD_ID: { schema: snowflake, expected: "a numeric server id, to register commands in one server" },
  DISCORD_MESSAGE_CONTENT: {
    schema: z.enum(["true", "false", "1", "0", "yes", "no"]),
    expected: "true or false: whether to ask for the privileged Message Content intent",
  },
  REDIS_URL: { schema: text.pipe(z.url({ protocol: /^rediss?$/ })), expected: "a redis:// or rediss:// URL" },
  REDIS_KEY_PREFIX: {
    schema: text.regex(/^[A-Za-z0-9_.:-]{1,64}$/),
    expected: "up to 64 letters, digits, '_', '.', ':' or '-', put before every Redis key (to share one Redis)",
  },
  MODELWISE_DATA_DIR: {
    schema: text.refine((v) => !v.includes("\0")),
    expected: "a folder path for the session database",
  },
  RATE_LIMIT_USER_PER_MINUTE: {
    schema: perMinute,
    expected: "a whole number of messages a person may send per minute (at least 1)",
  },
  RATE_LIMIT_WORKSPACE_PER_MINUTE: {
    schema: perMinute,
    expected: "a whole number of messages a workspace or server may send per minute (at least 1)",
  },
  LOG_LEVEL: { schema: z.enum(["info", "warn", "error"]), expected: "info, warn or error" },
  MODELWISE_CATALOG_DIR: {
    schema: text.refine((v) => !v.includes("\0")),
    expected: "a folder path holding the catalogue (licenses.json, models.json, selfhost.json)",
  },
  // Tests pin it (tests/helpers/test-day.ts) so a retirement dated after their day cannot change their
  // outcome as real days pass; a service leaves it unset and reads the catalogue as of today.
  MODELWISE_CATALOG_DAY: {
    schema: calendarDay,
    expected:
      "a day as YYYY-MM-DD: the catalogue is read as of that day (offerings retired by then are left out); unset, today",
  },
  MODELWISE_REFRESH: {
    schema: cronExpression,
    expected: 'a cron expression for the catalogue refresh, e.g. "0 6 * * *" (06:00 UTC daily)',
  },
  MODELWISE_REFRESH_FROM: {
    schema: sourceList,
    expected: "one to three source URLs or paths (models.dev, LiteLLM, OpenRouter), separated by spaces or commas",
  },
} as const satisfies Record<string, Rule>;

export type SettingName = keyof typeof SETTINGS;
type Parsed = { [K in SettingName]?: z.output<(typeof SETTINGS)[K]["schema"]> };

/** One problem with one variable; `missing` when a required variable is unset. */
export interface SettingProblem {
  variable: SettingName;
  missing: boolean;
  message: string;
}

export const DEFAULT_RATE_LIMITS = { userPerMinute: 20, workspacePerMinute: 120 } as const;

export interface SlackConfig {
  botToken: string;
  /** Verifies HTTP requests; required in HTTP mode, unused in Socket Mode. */
  signingSecret?: string;
  /** Set: Socket Mode (no public URL). Unset: HTTP mode on `port`. */
  appToken?: string;
  /** Web API base URL, ending in "/" (other Slack domains, and the tests' fake). */
  apiUrl?: string;
  port: number;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** REST base URL as discord.js expects it (".../api"); the gateway URL is discovered from it. */
  apiUrl?: string;
  guildId?: string;
  /** Ask for the privileged Message Content intent (default true). */
  messageContent: boolean;
}

export interface AppConfig {
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  redisUrl?: string;
  /** Put before every Redis key (sessions, locks, claims, rate counters); unset: keys as before. */
  redisKeyPrefix?: string;
  dataDir?: string;
  rateLimits: { userPerMinute: number; workspacePerMinute: number };
  logLevel: "info" | "warn" | "error";
  /** The HTTP port: Slack's events in HTTP mode, and the operator endpoints in every server mode. */
  port: number;
  /** The catalogue folder (MODELWISE_CATALOG_DIR); the packaged catalog/ when unset. */
  catalogDir?: string;
  /** The scheduled catalogue refresh: when (cron, UTC) and from where. */
  refresh: { cron: string; from: string[] } | null;
}

export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    readonly variables: SettingName[] = [],
  ) {
    super(`Invalid configuration:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Validates the named settings (all by default). Empty or blank values count as unset, so
 * `PORT=` in a .env file is not an error. Returns the parsed values and every problem found.
 */
export function readSettings(
  env: Record<string, string | undefined>,
  names: readonly SettingName[] = Object.keys(SETTINGS) as SettingName[],
): { values: Parsed; problems: SettingProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const name of names) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    // Only our own wording is reported: some zod messages quote the input.
    const parsed = SETTINGS[name].schema.safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else problems.push({ variable: name, missing: false, message: `must be ${SETTINGS[name].expected}` });
  }
  return { values: values as Parsed, problems };
}

export function missing(variable: SettingName, why: string): SettingProblem {
  return { variable, missing: true, message: `is not set; ${why}` };
}

/** The Slack part of the settings, or null when SLACK_BOT_TOKEN is unset. */
export function slackFrom(values: Parsed, problems: SettingProblem[], required = false): SlackConfig | null {
  if (!values.SLACK_BOT_TOKEN) {
    if (required && !problems.some((p) => p.variable === "SLACK_BOT_TOKEN"))
      problems.push(missing("SLACK_BOT_TOKEN", `expected ${SETTINGS.SLACK_BOT_TOKEN.expected}`));
    return null;
  }
  const failed = new Set(problems.map((p) => p.variable));
  if (!values.SLACK_APP_TOKEN && !values.SLACK_SIGNING_SECRET && !failed.has("SLACK_APP_TOKEN")) {
    if (!failed.has("SLACK_SIGNING_SECRET"))
      problems.push(
        missing(
          "SLACK_SIGNING_SECRET",
          "HTTP mode needs it to verify Slack's requests (or set SLACK_APP_TOKEN to use Socket Mode instead)",
        ),
      );
  }
  const apiUrl = values.SLACK_API_URL;
  return {
    botToken: values.SLACK_BOT_TOKEN,
    ...(values.SLACK_SIGNING_SECRET ? { signingSecret: values.SLACK_SIGNING_SECRET } : {}),
    ...(values.SLACK_APP_TOKEN ? { appToken: values.SLACK_APP_TOKEN } : {}),
    ...(apiUrl ? { apiUrl: apiUrl.endsWith("/") ? apiUrl : apiUrl + "/" } : {}),
    port: values.PORT ?? 3000,
  };
}

/** The Discord part of the settings, or null when DISCORD_TOKEN is unset (and not required). */
export function discordFrom(values: Parsed, problems: SettingProblem[], required = false): DiscordConfig | null {
  const failed = new Set(problems.map((p) => p.variable));
  if (!values.DISCORD_TOKEN && !required) return null;
  if (!values.DISCORD_TOKEN && !failed.has("DISCORD_TOKEN"))
    problems.push(missing("DISCORD_TOKEN", `expected ${SETTINGS.DISCORD_TOKEN.expected}`));
  if (!values.DISCORD_APPLICATION_ID && !failed.has("DISCORD_APPLICATION_ID"))
    problems.push(missing("DISCORD_APPLICATION_ID", `expected ${SETTINGS.DISCORD_APPLICATION_ID.expected}`));
  if (!values.DISCORD_TOKEN || !values.DISCORD_APPLICATION_ID) return null;
  return {
    token: values.DISCORD_TOKEN,
    applicationId: values.DISCORD_APPLICATION_ID,
    ...(values.DISCORD_API_URL ? { apiUrl: values.DISCORD_API_URL.replace(/\/+$/, "") } : {}),
    ...(values.DISCORD_GUILD_ID ? { guildId: values.DISCORD_GUILD_ID } : {}),
    messageContent: !["false", "0", "no"].includes(values.DISCORD_MESSAGE_CONTENT ?? "true"),
  };
}

/** All settings, validated together; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const { values, problems } = readSettings(env);
  const slack = slackFrom(values, problems);
  const discord = discordFrom(values, problems);
  const failed = new Set(problems.map((p) => p.variable));
  if (values.MODELWISE_REFRESH && !values.MODELWISE_REFRESH_FROM && !failed.has("MODELWISE_REFRESH_FROM"))
    problems.push(missing("MODELWISE_REFRESH_FROM", "the scheduled refresh (MODELWISE_REFRESH) needs its source URLs"));
  if (problems.length > 0)
    throw new ConfigError(
      problems.map((p) => `${p.variable} ${p.message}`),
      problems.map((p) => p.variable),
    );
  return {
    slack,
    discord,
    redisUrl: values.REDIS_URL,
    ...(values.REDIS_KEY_PREFIX ? { redisKeyPrefix: values.REDIS_KEY_PREFIX } : {}),
    dataDir: values.MODELWISE_DATA_DIR,
    rateLimits: {
      userPerMinute: values.RATE_LIMIT_USER_PER_MINUTE ?? DEFAULT_RATE_LIMITS.userPerMinute,
      workspacePerMinute: values.RATE_LIMIT_WORKSPACE_PER_MINUTE ?? DEFAULT_RATE_LIMITS.workspacePerMinute,
    },
    logLevel: values.LOG_LEVEL ?? "info",
    port: values.PORT ?? 3000,
    ...(values.MODELWISE_CATALOG_DIR ? { catalogDir: values.MODELWISE_CATALOG_DIR } : {}),
    refresh:
      values.MODELWISE_REFRESH && values.MODELWISE_REFRESH_FROM
        ? { cron: values.MODELWISE_REFRESH, from: values.MODELWISE_REFRESH_FROM }
        : null,
  };
}
