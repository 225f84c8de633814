// What a newcomer types at the command line before reading the help: `--version`, or a question
// with no `ask` in front of it. Each gets an answer that says what to do, never commander's
// "too many arguments for 'chat'".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./harness.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

describe("modelwise at the command line", () => {
  it.each([["--version"], ["-V"]])("%s prints package.json's version and exits 0", async (flag) => {
    const { code, out } = await cli([flag]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(version);
  });

  it("a question without 'ask' names the commands and shows it as an ask, exit 1", async () => {
    const { code, out, err } = await cli(["what", "does", "gpt-4o", "cost?"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).not.toMatch(/too many arguments/);
    expect(err).toContain('"what" is not a modelwise command');
    expect(err).toMatch(/chat, ask, catalog/);
    expect(err).toContain('modelwise ask "what does gpt-4o cost?"');
  });

  it("quotes inside the words stay a valid shell argument in the suggestion", async () => {
    const { err } = await cli(['is "llama" ok?']);
    expect(err).toContain(String.raw`modelwise ask "is \"llama\" ok?"`);
  });

  it("commands, help and options still work as before", async () => {
    expect((await cli(["help"])).out).toMatch(/Usage: modelwise/);
    expect((await cli(["ask", "price", "of", "GPT-4o"])).out).toMatch(/GPT-4o: price per 1M tokens/);
    expect((await cli(["chat"], ["price of mistral 7b"])).out).toMatch(/Mistral 7B: price per 1M tokens/);
  });
});
