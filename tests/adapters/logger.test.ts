// The log format operators parse: one JSON object per line with a level word, an ISO time and
// the message; lines below the level are dropped; a token anywhere in a line is masked.
import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/shared/logger.js";

function capture(level?: "info" | "warn" | "error") {
  const lines: string[] = [];
  return { lines, logger: createLogger((l) => lines.push(l), level) };
}

describe("logger", () => {
  it("writes one JSON object per line with level, ISO time, message and fields", () => {
    const { lines, logger } = capture();
    logger.info("turn", { intent: "price", ms: 3, outcome: "answered" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "info", message: "turn", intent: "price", ms: 3, outcome: "answered" });
    expect(new Date(String(entry.time)).toISOString()).toBe(entry.time);
    expect(entry).not.toHaveProperty("pid");
  });

  it("drops lines below the configured level", () => {
    const { lines, logger } = capture("warn");
    logger.info("quiet");
    logger.warn("heard");
    logger.error("loud");
    expect(lines.map((l) => (JSON.parse(l) as { level: string }).level)).toEqual(["warn", "error"]);
  });

  it("masks Slack and Discord tokens in the message and in fields", () => {
    const { lines, logger } = capture();
    const discord = "MTAwMDAwMDAwMDAwMDAwMDAx.GstArt.abcdefghijklmnopqrstuvwxyz0123";
    logger.error("failed with xoxb-123-456-abc", { detail: `token ${discord}`, app: "xapp-1-A0-99" });
    expect(lines[0]).not.toMatch(/xoxb-|xapp-|MTAwMDAw/);
    expect(lines[0]!.match(/\[redacted\]/g)).toHaveLength(3);
  });

  it("leaves out fields that are undefined", () => {
    const { lines, logger } = capture();
    logger.info("turn", { seconds: undefined, ms: 2 });
    expect(JSON.parse(lines[0]!)).not.toHaveProperty("seconds");
  });
});
