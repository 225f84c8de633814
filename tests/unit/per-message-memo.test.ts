import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nameTokens } from "../../src/catalog/normalize.js";
import { parseAssumptionEdits } from "../../src/intents/assumptions-text.js";
import { cleanMessage, spellOutNumbers } from "../../src/intents/numbers.js";
import { commandText } from "../../src/intents/registry/command-text.js";
import { parseTeamFacts } from "../../src/intents/team-facts.js";
import { parseVolume } from "../../src/intents/volume.js";
import { perMessage, perMessageCopies, startMessage } from "../../src/per-message-memo.js";

/** A pure function of a string that counts how often it really ran. */
function counted() {
  const calls: string[] = [];
  const fn = perMessage((text: string) => {
    calls.push(text);
    return text.toUpperCase();
  }, 4);
  return { fn, calls };
}

describe("per-message memo", () => {
  it("computes each text once within a message", () => {
    const { fn, calls } = counted();
    startMessage();
    expect([fn("a"), fn("b"), fn("a"), fn("a")]).toEqual(["A", "B", "A", "A"]);
    expect(calls).toEqual(["a", "b"]);
  });

  it("keeps nothing from one message for the next", () => {
    const { fn, calls } = counted();
    startMessage();
    fn("price of gpt-4o");
    startMessage();
    fn("price of gpt-4o");
    expect(calls).toEqual(["price of gpt-4o", "price of gpt-4o"]);
  });

  it("hands out copies when asked, run once per text", () => {
    const calls: string[] = [];
    const fn = perMessageCopies((text: string) => {
      calls.push(text);
      return { text, nested: { n: text.length } };
    });
    startMessage();
    const a = fn("abc");
    a.nested.n = 99;
    expect(fn("abc")).toEqual({ text: "abc", nested: { n: 3 } });
    expect(calls).toEqual(["abc"]);
  });

  it("holds at most its limit, even when no message ever starts", () => {
    const { fn, calls } = counted();
    startMessage();
    for (const t of ["a", "b", "c", "d", "e"]) fn(t);
    // Over the limit the kept answers were dropped, so "a" runs again.
    fn("a");
    expect(calls).toEqual(["a", "b", "c", "d", "e", "a"]);
  });
});

// Texts people really write: every message of the understanding corpus and every word in them.
const corpusTexts = ["dev.jsonl", "test.jsonl"].flatMap((file) =>
  readFileSync(join(import.meta.dirname, "../corpus", file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const corpusWords = [...new Set(corpusTexts.flatMap((t) => t.split(/\s+/)))];

describe("parsers kept per message give the answers they compute afresh", () => {
  const parsers: [string, (text: string) => unknown, string[]][] = [
    ["nameTokens", nameTokens, corpusWords],
    ["nameTokens (whole messages)", nameTokens, corpusTexts],
    ["spellOutNumbers", (t) => spellOutNumbers(t.toLowerCase()), corpusTexts],
    ["cleanMessage", cleanMessage, corpusTexts],
    ["parseVolume", parseVolume, corpusTexts],
    ["parseAssumptionEdits", parseAssumptionEdits, corpusTexts],
    ["parseTeamFacts", parseTeamFacts, corpusTexts],
    ["commandText", (t) => commandText(t.toLowerCase()), corpusTexts],
  ];
  it.each(parsers)("%s", (_name, parse, texts) => {
    // Every text in one message, each read twice in a row: the second reading is the answer kept
    // for the message (a whole second pass after the first found few kept: over its limit a memo
    // starts again, so it mostly computed every text a third time).
    startMessage();
    const first: unknown[] = [];
    const again: unknown[] = [];
    for (const text of texts) {
      first.push(parse(text));
      again.push(parse(text));
    }
    // Then each in a message of its own (afresh).
    const afresh = texts.map((t) => {
      startMessage();
      return parse(t);
    });
    expect(again).toEqual(first);
    expect(afresh).toEqual(first);
  });

  it("parsers whose answers callers may change give each caller its own copy", () => {
    const text = "2,000 requests a day, 1,500 tokens in and 300 out, on 2x a100 at $1.80/h";
    for (const parse of [parseVolume, parseAssumptionEdits, parseTeamFacts] as ((t: string) => object | null)[]) {
      startMessage();
      const first = parse(text);
      const expected = structuredClone(first);
      if (first) for (const key of Object.keys(first)) delete (first as Record<string, unknown>)[key];
      expect(parse(text)).toEqual(expected);
    }
  });

  it("name tokens are shared frozen, so no caller can change another's", () => {
    startMessage();
    const tokens = nameTokens("Llama 3.1 70B Instruct");
    expect(tokens).toEqual(["llama", "3.1", "70"]);
    expect(() => (tokens as string[]).push("x")).toThrow(TypeError);
    expect(nameTokens("Llama 3.1 70B Instruct")).toEqual(["llama", "3.1", "70"]);
  });
});

describe("command words", () => {
  it("are read once per message and shared frozen by every command recognizer", () => {
    startMessage();
    const words = commandText("ok go back pls 👍");
    expect(words).toEqual({ words: ["go", "back"], text: "go back", hasContent: true, question: false });
    // Help, chatter, reset and flow control each ask for the same message's words: the same reading.
    expect(commandText("ok go back pls 👍")).toBe(words);
    expect(() => (words.words as string[]).push("x")).toThrow(TypeError);
    startMessage();
    expect(commandText("ok go back pls 👍")).not.toBe(words);
  });
});

describe("per-message memo, answers of nothing", () => {
  it("keeps an undefined answer as it keeps any other: most readers find nothing in most texts", () => {
    const calls: string[] = [];
    const fn = perMessage((text: string) => {
      calls.push(text);
      return text.includes("?") ? "question" : undefined;
    });
    startMessage();
    expect([fn("price of gpt-4o"), fn("price of gpt-4o"), fn("why?"), fn("why?")]).toEqual([
      undefined,
      undefined,
      "question",
      "question",
    ]);
    expect(calls).toEqual(["price of gpt-4o", "why?"]);
  });
});
