// Two things a newcomer runs into in the terminal before any question: a conversation file with
// blank lines between the questions, and a data folder that cannot be made. Neither may print the
// help once per blank line or a stack trace.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./harness.js";

const tmp = mkdtempSync(join(tmpdir(), "modelwise-newcomer-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("piped chat", () => {
  it("blank lines between questions are layout, not messages: only the questions are answered", async () => {
    const { code, out } = await cli(["chat"], ["", "price of gpt-4o", "   ", "", "price of mistral 7b", ""]);
    expect(code).toBe(0);
    expect(out).not.toMatch(/didn't catch a question/);
    expect(out.match(/^== .*price per 1M tokens ==$/gm)).toEqual([
      "== GPT-4o: price per 1M tokens ==",
      "== Mistral 7B: price per 1M tokens ==",
    ]);
  });

  it("an empty question asked on purpose still gets an answer saying so", async () => {
    const { code, out } = await cli(["ask", " "]);
    expect(code).toBe(0);
    expect(out).toMatch(/didn't catch a question/);
  });
});

describe("a data folder that cannot be made", () => {
  // A file where the folder should be: mkdir fails with ENOTDIR on every platform.
  const file = join(tmp, "a-file");
  writeFileSync(file, "");
  const env = { MODELWISE_DATA_DIR: join(file, "sessions") };

  it.each([
    ["chat", "--session", "team-a"],
    ["ask", "--profile", "acme", "price of gpt-4o"],
  ])("%s %s: one line naming the folder setting, exit 1, no stack trace", async (...argv) => {
    const { code, out, err } = await cli(argv, [], env);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/^modelwise cannot start: the session store .* could not be opened \(ENOTDIR/);
    expect(err).toContain("MODELWISE_DATA_DIR");
    expect(err).not.toMatch(/\n\s+at /);
    expect(err.trim().split("\n")).toHaveLength(1);
  });

  it("without --session or --profile nothing is stored, so the folder is never needed", async () => {
    const { code, out } = await cli(["ask", "price of gpt-4o"], [], env);
    expect(code).toBe(0);
    expect(out).toMatch(/GPT-4o: price per 1M tokens/);
  });
});
