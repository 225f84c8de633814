// The interactive terminal as a person uses it: keys arrive as a terminal sends them (escape
// codes for the arrows, Ctrl-C as \x03, Ctrl-D as \x04), through Node's readline in terminal mode.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { fileHistory } from "../../../adapters/console/history.js";
import { createConsoleAdapter } from "../../../adapters/console/index.js";
import type { InboundMessage } from "../../../src/ports.js";
import { makeRunner } from "./harness.js";

const UP = "\x1b[A";
const dir = mkdtempSync(join(tmpdir(), "modelwise-history-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts an interactive chat; `type` sends keys and waits until the answer to them is printed. */
function terminal(historyFile: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
  const sent: string[] = [];
  const runner = makeRunner();
  const adapter = createConsoleAdapter({
    input,
    output,
    interactive: true,
    lineEditing: true,
    history: fileHistory(historyFile),
    runTurn: (inbound: InboundMessage) => {
      sent.push(inbound.text);
      return runner(inbound);
    },
  });
  const done = adapter.run();
  return {
    sent,
    printed: () => printed,
    async type(keys: string, answers = 1) {
      const target = sent.length + answers;
      input.write(keys);
      // Each answer ends with a fresh prompt; wait for the turn count, then for the prompt.
      for (let i = 0; i < 200 && (sent.length < target || !printed.trimEnd().endsWith("you>")); i++)
        await new Promise((r) => setImmediate(r));
    },
    async quit() {
      input.write("\x04");
      await done;
    },
  };
}

describe("interactive terminal line editing", () => {
  it("up arrow brings back the last question, within a session and in the next one", async () => {
    const file = join(dir, "history-a");
    const first = terminal(file);
    await first.type("price of gpt-4o\r");
    await first.type(`${UP}\r`);
    expect(first.sent).toEqual(["price of gpt-4o", "price of gpt-4o"]);
    await first.quit();
    expect(readFileSync(file, "utf8")).toContain("price of gpt-4o");

    const second = terminal(file);
    await second.type(`${UP}\r`);
    expect(second.sent).toEqual(["price of gpt-4o"]);
    expect(second.printed()).toMatch(/GPT-4o: price per 1M tokens/);
    await second.quit();
  });

  it("Ctrl-C clears the typed line instead of sending it; Ctrl-D leaves", async () => {
    const chat = terminal(join(dir, "history-b"));
    await chat.type("half a question\x03", 0);
    await chat.type("price of mistral 7b\r");
    expect(chat.sent).toEqual(["price of mistral 7b"]);
    await chat.quit();
    expect(chat.printed()).not.toMatch(/half a question.*price of mistral/);
  });

  it("Ctrl-C on an empty line says how to leave", async () => {
    const chat = terminal(join(dir, "history-c"));
    await chat.type("\x03", 0);
    expect(chat.printed()).toMatch(/Ctrl-D or "quit" leaves/);
    await chat.quit();
  });
});
