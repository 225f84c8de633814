// Slack settings from the environment, validated with zod. A problem stops start-up with a message
// that names the variable and says what is wrong with it, but never echoes the value: these are
// secrets, and start-up logs end up in places secrets must not.
import { z } from "zod";

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

export class SlackConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = "SlackConfigError";
  }
}

const nonEmpty = z.string().trim().min(1);

// Each rule carries its own wording so no zod message (some quote the input) reaches the user.
const rules = {
  SLACK_BOT_TOKEN: {
    schema: nonEmpty.regex(/^xoxb-[A-Za-z0-9-]+$/),
    problem: "must be a bot token starting with xoxb- (Slack app > OAuth & Permissions > Bot User OAuth Token)",
  },
  SLACK_SIGNING_SECRET: {
    schema: nonEmpty.regex(/^[A-Za-z0-9]{16,128}$/),
    problem:
      "must be the app's signing secret, letters and digits only (Slack app > Basic Information > App Credentials)",
  },
  SLACK_APP_TOKEN: {
    schema: nonEmpty.regex(/^xapp-[A-Za-z0-9-]+$/),
    problem:
      "must be an app-level token starting with xapp- with the connections:write scope (Slack app > Basic Information > App-Level Tokens)",
  },
  SLACK_API_URL: {
    schema: nonEmpty.pipe(z.url({ protocol: /^https?$/ })),
    problem: "must be an http(s) URL such as https://slack.com/api/",
  },
  PORT: {
    schema: nonEmpty
      .regex(/^\d{1,5}$/)
      .transform(Number)
      .pipe(z.number().int().min(0).max(65535)),
    problem: "must be a port number between 0 and 65535",
  },
} as const;

type Env = Record<string, string | undefined>;

function read<K extends keyof typeof rules>(env: Env, name: K): z.output<(typeof rules)[K]["schema"]> | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const parsed = rules[name].schema.safeParse(raw);
  if (!parsed.success) throw new SlackConfigError(name, rules[name].problem);
  return parsed.data as z.output<(typeof rules)[K]["schema"]>;
}

/** True when the environment asks for Slack at all (the composition root's switch). */
export function slackRequested(env: Env): boolean {
  return (env.SLACK_BOT_TOKEN ?? "").trim() !== "";
}

/** Throws SlackConfigError naming the first variable that is missing or malformed. */
export function parseSlackConfig(env: Env): SlackConfig {
  const botToken = read(env, "SLACK_BOT_TOKEN");
  if (!botToken) throw new SlackConfigError("SLACK_BOT_TOKEN", "is not set; " + rules.SLACK_BOT_TOKEN.problem);
  const appToken = read(env, "SLACK_APP_TOKEN");
  const signingSecret = read(env, "SLACK_SIGNING_SECRET");
  if (!appToken && !signingSecret) {
    throw new SlackConfigError(
      "SLACK_SIGNING_SECRET",
      "is not set; HTTP mode needs it to verify Slack's requests (or set SLACK_APP_TOKEN to use Socket Mode instead)",
    );
  }
  const apiUrl = read(env, "SLACK_API_URL");
  const port = read(env, "PORT") ?? 3000;
  return {
    botToken,
    ...(signingSecret ? { signingSecret } : {}),
    ...(appToken ? { appToken } : {}),
    ...(apiUrl ? { apiUrl: apiUrl.endsWith("/") ? apiUrl : apiUrl + "/" } : {}),
    port,
  };
}
