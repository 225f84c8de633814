// Readers made of amount patterns skip a text without digits (numbers.ts hasDigit): the answer must
// be the one the patterns give when they do run. Whole understandings are compared, gated and with
// every gate open, over every labelled message, the benchmark's messages, and variants made from
// them: digits dropped, digits said in words, and digit-free texts padded to the length limit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../../adapters/shared/package-root.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newSession } from "../../../src/conversation/session.js";
import { hasDigit, withDigitGatesOpen } from "../../../src/intents/numbers.js";
import { understand } from "../../../src/intents/understand.js";
import { startMessage } from "../../../src/per-message-memo.js";
import { CONVERSATION } from "../../bench/corpus.js";

const catalog = readCatalog();
const corpus = ["dev", "test"].flatMap((part) =>
  readFileSync(join(PACKAGE_ROOT, `tests/corpus/${part}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const WORDS = ["a million", "half a billion", "twenty five thousand", "two hundred", "a couple of thousand", "ten"];

function understood(text: string): string {
  startMessage();
  const session = newSession(new Date("2026-12-01T10:00:00Z"));
  return JSON.stringify(understand(text, { catalog, session }));
}

// A gate only ever skips a reader whose text has no digit, so the variants that matter are the
// digit-free ones; texts with digits are read with every reader either way.
const texts = [
  ...corpus.map((t) => t.replace(/\d/g, "")),
  ...corpus.filter(hasDigit).map((t, i) => t.replace(/\d+(?:[.,]\d+)*/g, () => WORDS[i++ % WORDS.length] ?? "ten")),
  ...corpus.filter((_, i) => i % 10 === 0),
  ...CONVERSATION,
  ...corpus.slice(0, 20).map((t) => `${t.replace(/\d/g, "")} `.repeat(60)),
];
const CHUNK = 150;
const chunks = Array.from(
  { length: Math.ceil(texts.length / CHUNK) },
  (_, k) => [k * CHUNK, texts.slice(k * CHUNK, (k + 1) * CHUNK)] as const,
);

describe("digit gates", () => {
  it("are tried on many texts they skip", () => {
    expect(texts.filter((t) => !hasDigit(t)).length).toBeGreaterThan(corpus.length);
  });

  it.each(chunks)("leave every understanding as the ungated readers give it (texts from %i)", (_from, part) => {
    for (const text of part) {
      const gated = understood(text);
      expect(
        withDigitGatesOpen(() => understood(text)),
        text.slice(0, 200),
      ).toBe(gated);
    }
  });

  it("open only while the slow path runs", () => {
    expect(hasDigit("no numbers here")).toBe(false);
    expect(withDigitGatesOpen(() => hasDigit("no numbers here"))).toBe(true);
    expect(hasDigit("no numbers here")).toBe(false);
    expect(hasDigit("about 20M tokens")).toBe(true);
  });
});
