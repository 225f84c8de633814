// The terminal adapter itself: prompt and greeting at a TTY, numbers as clicks, quitting, and
// piped input answered line by line in order.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../../adapters/console/index.js";
import { toInbound } from "../../../adapters/console/inbound.js";
import { makeRunner } from "./harness.js";

function interactive() {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
  const adapter = createConsoleAdapter({ input, output, runTurn: makeRunner(), interactive: true });
  return { input, adapter, printed: () => printed };
}

describe("terminal adapter", () => {
  it("greets, prompts, answers, re-prompts on an empty line, and stops at quit", async () => {
    const { input, adapter, printed } = interactive();
    const running = adapter.run();
    input.write("help\n");
    input.write("\n");
    input.write("quit\n");
    input.write("price of GPT-4o\n"); // after quit: never answered
    await running;
    const out = printed();
    expect(out).toMatch(/^modelwise: ask me about/);
    expect(out).toMatch(/you> == What modelwise can help with ==/);
    expect(out).toMatch(/\(type a number to pick an option\)/);
    expect(out).not.toMatch(/GPT-4o: price per 1M tokens/);
    expect(out.match(/you> /g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("turns a number into a click on that numbered choice, and other numbers into text", () => {
    const opts = {
      ref: { platform: "console" as const, channel: "c" },
      user: { id: "u" },
      messageId: "1",
      receivedAt: new Date(0),
    };
    const choices = [
      { number: 1, id: "ask:help", label: "help" },
      { number: 2, id: "pick:gpt-4o", label: "GPT-4o" },
    ];
    expect(toInbound("2", choices, opts)).toMatchObject({ text: "GPT-4o", action: { id: "pick:gpt-4o" } });
    expect(toInbound(" 1. ", choices, opts)).toMatchObject({ action: { id: "ask:help" } });
    expect(toInbound("3", choices, opts).action).toBeUndefined();
    expect(toInbound("2 models", choices, opts).action).toBeUndefined();
  });

  it("conversations are keyed by the session name", () => {
    const adapter = createConsoleAdapter({
      input: new PassThrough(),
      output: new PassThrough(),
      runTurn: makeRunner(),
      channel: "team-a",
    });
    expect(adapter.ref).toEqual({ platform: "console", channel: "team-a" });
  });
});
