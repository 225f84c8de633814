// Readers behind a gate (reader-gates.ts) skip a text their cheap test says holds nothing for them:
// amount readers a text without digits, table readers a text without any of their words. A gate
// must never change an answer. Each text is understood once with the gates audited: wherever a
// gate closes, its reader is run anyway on the very arguments it was given, and must find what the
// closed gate answered. When every closed gate is right, the gated understanding is the ungated one
// (the readers are pure), at half the cost of understanding every text twice. The texts: every
// labelled message, the benchmark's messages, and variants made from them (digits dropped, digits
// said in words, digit-free texts padded to the length limit). A sample is also compared whole
// with every gate open, which checks the switch itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../../adapters/shared/package-root.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newSession } from "../../../src/conversation/session.js";
import { hasDigit } from "../../../src/intents/numbers.js";
import { auditingGates, gateNames, withGatesOpen, type ClosedGate } from "../../../src/intents/reader-gates.js";
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

const unique = (all: string[]) => [...new Set(all)];

function understood(text: string): string {
  startMessage();
  const session = newSession(new Date("2026-12-01T10:00:00Z"));
  return JSON.stringify(understand(text, { catalog, session }));
}

// The digit-free variants hold every word of their message, so they audit the word gates on the
// whole corpus; the messages themselves (whose digits open the digit gates) are sampled. A text
// made twice (a message without digits is its own digit-free variant) is understood once.
const texts = unique([
  ...corpus.filter((_, i) => i % 10 === 0),
  ...corpus.map((t) => t.replace(/\d/g, "")),
  ...corpus.filter(hasDigit).map((t, i) => t.replace(/\d+(?:[.,]\d+)*/g, () => WORDS[i++ % WORDS.length] ?? "ten")),
  ...CONVERSATION,
  ...corpus.slice(0, 20).map((t) => `${t.replace(/\d/g, "")} `.repeat(60)),
]);
const CHUNK = 200;
const chunks = Array.from(
  { length: Math.ceil(texts.length / CHUNK) },
  (_, k) => [k * CHUNK, texts.slice(k * CHUNK, (k + 1) * CHUNK)] as const,
);

// How often each gate closed, over all chunks (the last test reads it).
const closedCount = new Map<string, number>();

describe("reader gates", () => {
  it.each(chunks)("close only where their reader finds nothing (texts from %i)", (_from, part) => {
    const wrong: string[] = [];
    const audit = (closed: ClosedGate) => {
      closedCount.set(closed.gate, (closedCount.get(closed.gate) ?? 0) + 1);
      if (!isDeepStrictEqual(closed.found, closed.none))
        wrong.push(
          `${closed.gate} on ${JSON.stringify(closed.args).slice(0, 300)} found ${JSON.stringify(closed.found)}`,
        );
    };
    for (const text of part) auditingGates(audit, () => understood(text));
    expect(wrong).toEqual([]);
  });

  it("leave every understanding of a sample as it is with every gate open", () => {
    for (const text of [...CONVERSATION, ...texts.filter((_, i) => i % 40 === 0)])
      expect(
        withGatesOpen(() => understood(text)),
        text.slice(0, 200),
      ).toBe(understood(text));
  });

  it("each closed on some of the texts, so each was audited", () => {
    expect(gateNames().length).toBeGreaterThan(0);
    for (const gate of gateNames()) expect(closedCount.get(gate) ?? 0, gate).toBeGreaterThan(0);
  });
});
