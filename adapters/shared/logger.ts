// Structured JSON logs (one object per line on stderr) through pino, behind a three-method
// interface so the core and adapters never depend on the library. Secrets never reach it:
// callers log ids and error descriptions, and every line passes through redact(), which masks
// anything shaped like a Slack or Discord token, wherever in the line it appears.
import { createRequire } from "node:module";
import type Pino from "pino";

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = "info" | "warn" | "error";

const TOKEN_PATTERN = /(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|[MN][A-Za-z\d]{23,}\.[\w-]{6}\.[\w-]{27,})/g;

export function redact(text: string): string {
  return text.replace(TOKEN_PATTERN, "[redacted]");
}

/**
 * Lines look like {"level":"info","time":"2026-…Z","message":"turn",…fields}: level as a word
 * and an ISO time so they read well in `docker logs` and parse in any log shipper.
 */
export function createLogger(
  write: (line: string) => void = (line) => process.stderr.write(line + "\n"),
  level: LogLevel = "info",
): Logger {
  const destination = { write: (line: string) => write(redact(line.trimEnd())) };
  // pino is loaded at the first line actually written, not at import: a one-shot `modelwise ask`
  // logs nothing at its default level (warn), and loading pino was a tenth of its start-up.
  let log: Pino.Logger | undefined;
  const open = () => {
    const pino = createRequire(import.meta.url)("pino") as typeof Pino;
    return pino(
      {
        level,
        base: undefined, // no pid/hostname on every line: the platform adds those
        messageKey: "message",
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      destination,
    );
  };
  const emit = (lvl: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (RANK[lvl] < RANK[level]) return;
    log ??= open();
    if (fields) log[lvl](fields, message);
    else log[lvl](message);
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}

const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
