// Last-resort handlers for errors nothing else caught, installed by the long-running entry point
// (main.ts). The decision, and why:
// - unhandledRejection: LOG AND KEEP SERVING. Every turn runs inside run-turn, which turns its
//   own failures into replies, and each platform event is handled on its own; a rejection that
//   escapes is one request's promise (a send that failed after its listener returned, a
//   malformed payload in a library callback). The process state is not shared with it, so
//   crashing would only drop every other conversation in flight.
// - uncaughtException: LOG AND EXIT (code 70) after a short drain. A synchronous throw that
//   unwound to the event loop may have left a library (a socket, a parser) half-updated; the
//   state is unknown, and the supervisor (Docker restart policy, systemd, Kubernetes) restarts
//   a clean process. Sessions are safe: every saved turn is already committed (SQLite WAL or
//   Redis), and an unsaved one was never answered.
import type { Logger } from "./logger.js";
import { describeError } from "./store-errors.js";

export const UNCAUGHT_EXIT_CODE = 70;

export function installProcessGuards(logger: Logger, stop: () => Promise<void>): () => void {
  let stopping = false;
  const onRejection = (reason: unknown) => {
    logger.error("unhandled rejection (kept serving)", { error: describeError(reason) });
  };
  const onException = (error: unknown) => {
    logger.error("uncaught exception; exiting so a clean process takes over", { error: describeError(error) });
    if (stopping) return;
    stopping = true;
    const hardStop = setTimeout(() => process.exit(UNCAUGHT_EXIT_CODE), 2000);
    hardStop.unref();
    void stop()
      .catch(() => undefined)
      .finally(() => process.exit(UNCAUGHT_EXIT_CODE));
  };
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  return () => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
  };
}
