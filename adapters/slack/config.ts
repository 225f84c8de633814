// Slack's view of the one settings schema (shared/config.ts): the same rules, reported as
// SlackConfigError naming the first variable that is missing or malformed, never its value.
import { readSettings, slackFrom, type SlackConfig } from "../shared/config.js";

export type { SlackConfig } from "../shared/config.js";

export class SlackConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = "SlackConfigError";
  }
}

const SLACK_SETTINGS = ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "PORT"] as const;

/** Throws SlackConfigError naming the first variable that is missing or malformed. */
export function parseSlackConfig(env: Record<string, string | undefined>): SlackConfig {
  const { values, problems } = readSettings(env, SLACK_SETTINGS);
  const config = slackFrom(values, problems, true);
  const first = problems[0];
  if (first || !config) throw new SlackConfigError(first?.variable ?? "SLACK_BOT_TOKEN", first?.message ?? "");
  return config;
}
