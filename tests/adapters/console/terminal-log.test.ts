// The terminal's warnings: the real logger (pino, JSON lines, secrets redacted) through the
// terminal's destination, as a user at the prompt sees them.
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/shared/logger.js";
import { terminalLogWriter } from "../../../adapters/console/terminal-log.js";

function terminalLogger() {
  let shown = "";
  const logger = createLogger(
    terminalLogWriter((text) => (shown += text)),
    "warn",
  );
  return { logger, shown: () => shown };
}

describe("warnings in the terminal", () => {
  it("are plain lines naming what failed and why, not JSON", () => {
    const { logger, shown } = terminalLogger();
    logger.warn("redis session store error", { error: "Error: connect ECONNREFUSED 127.0.0.1:6390" });
    expect(shown()).toBe("modelwise: redis session store error (connect ECONNREFUSED 127.0.0.1:6390)\n");
  });

  it("each kind is said once per run, however many questions hit it", () => {
    const { logger, shown } = terminalLogger();
    for (let i = 0; i < 5; i++) {
      logger.error("session lock failed", { key: `console:-:t${i}`, error: "Error: The client is offline" });
      logger.warn("message claim failed; answering anyway", { error: "Error: The client is offline" });
    }
    expect(shown().trim().split("\n")).toEqual([
      "modelwise: session lock failed (The client is offline)",
      "modelwise: message claim failed; answering anyway (The client is offline)",
    ]);
  });

  it("below the level nothing is shown, and a token in a message stays redacted", () => {
    const { logger, shown } = terminalLogger();
    logger.info("turn", { ms: 3 });
    expect(shown()).toBe("");
    logger.warn("slack said no to xoxb-123456789012-abcdefabcdef");
    expect(shown()).toMatch(/^modelwise: slack said no to /);
    expect(shown()).not.toContain("xoxb-123456789012-abcdefabcdef");
  });
});
