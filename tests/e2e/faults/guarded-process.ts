// A process with modelwise's process guards installed, that then fails the way asked:
// "rejection" (a promise nobody handles) or "exception" (a throw from a timer).
import { createLogger } from "../../../adapters/shared/logger.js";
import { installProcessGuards } from "../../../adapters/shared/process-guards.js";

const logger = createLogger();
installProcessGuards(logger, async () => {
  process.stderr.write("stopped cleanly\n");
});
if (process.argv[2] === "rejection") {
  void Promise.reject(new Error("a request's promise nobody awaited"));
  setTimeout(() => {
    process.stderr.write("still serving after the rejection\n");
    process.exit(0);
  }, 200);
} else {
  setTimeout(() => {
    throw new Error("a library left in an unknown state");
  }, 50);
  // Keep the event loop alive as a server would.
  setInterval(() => undefined, 1000);
}
