// A small structured logger to stderr. Secrets never reach it: callers log ids and error
// descriptions, and redact() masks anything that looks like a Slack or Discord token.
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const TOKEN_PATTERN = /(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|[MN][A-Za-z\d]{23,}\.[\w-]{6}\.[\w-]{27,})/g;

export function redact(text: string): string {
  return text.replace(TOKEN_PATTERN, "[redacted]");
}

export function createLogger(
  write: (line: string) => void = (line) => process.stderr.write(line + "\n"),
  level: "info" | "warn" | "error" = "info",
): Logger {
  const order = { info: 0, warn: 1, error: 2 } as const;
  const emit = (lvl: keyof typeof order) => (message: string, fields?: Record<string, unknown>) => {
    if (order[lvl] < order[level]) return;
    write(redact(JSON.stringify({ level: lvl, time: new Date().toISOString(), message, ...fields })));
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
