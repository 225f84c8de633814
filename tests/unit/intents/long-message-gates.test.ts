// A long message is read by every reader, each scanning the whole text: the benchmark's 10,000
// letters and a pasted page spent most of their time in the residency readers' place tables and
// in one scan per language for its everyday words. Those readers now sit behind word gates
// (reader-gates.ts): a text without any place of the tables, or without enough of a language's
// words in any spelling, is not scanned. Here: the gates close on long texts that hold none of
// their words (the scans are skipped, and each closed gate's reader, run anyway, finds nothing),
// and over generated spellings of the languages' words (accents, "ue"/"oe", "ß", capitals) the
// gated glossing equals the ungated one and still recognises the language.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newSession } from "../../../src/conversation/session.js";
import { inEnglishWords } from "../../../src/intents/foreign-words.js";
import { auditingGates, withGatesOpen } from "../../../src/intents/reader-gates.js";
import { understand } from "../../../src/intents/understand.js";
import { startMessage } from "../../../src/per-message-memo.js";
import { random } from "../../bench/scale-bench.js";

const catalog = readCatalog();
const SKIPPED = [
  "residency elsewhere",
  "residency preferred",
  "EU residency",
  "German marks",
  "French marks",
  "Portuguese marks",
  "Spanish marks",
  "Indonesian marks",
  "Italian marks",
];

function closedGates(text: string): { closed: Set<string>; wrong: string[] } {
  const closed = new Set<string>();
  const wrong: string[] = [];
  startMessage();
  auditingGates(
    (gate) => {
      closed.add(gate.gate);
      if (JSON.stringify(gate.found) !== JSON.stringify(gate.none)) wrong.push(`${gate.gate}: ${String(gate.found)}`);
    },
    () => understand(text, { catalog, session: newSession(new Date("2026-12-01T10:00:00Z")) }),
  );
  return { closed, wrong };
}

const LONG = [
  "x".repeat(10_000),
  "We run a support desk that answers billing questions with a model; latency matters more than price. ".repeat(40),
  `${"lorem ipsum dolor sit amet ".repeat(300)}which model is cheapest?`,
];

describe("word gates on a long message", () => {
  it.each(LONG.map((t) => [t.slice(0, 40), t]))("skip the place tables and language scans (%s…)", (_label, text) => {
    const { closed, wrong } = closedGates(text);
    expect(wrong).toEqual([]);
    for (const gate of SKIPPED) expect(closed.has(gate), gate).toBe(true);
  });

  it("open for a place named in a long message, and the rule is read", () => {
    const text = `${"We answer billing questions for a retailer. ".repeat(30)}Customer data must stay in Singapore.`;
    const { closed } = closedGates(text);
    expect(closed.has("residency elsewhere")).toBe(false);
  });
});

// Everyday words of each language as the tables write them (folded), and ways people type them;
// and a word each language puts in English once it is recognised.
const WORDS: Record<string, string[]> = {
  German: ["wir", "sind", "fur", "mussen", "nicht", "unsere", "welches", "modell"],
  French: ["nous", "sommes", "pour", "modele", "avec", "quelle", "doivent"],
  Portuguese: ["somos", "nao", "nossos", "modelo", "precisamos", "voces"],
  Spanish: ["nosotros", "necesitamos", "nuestros", "tenemos", "ustedes", "cual"],
};
const GLOSSED: Record<string, string> = {
  German: "kundendaten",
  French: "donnees",
  Portuguese: "dados",
  Spanish: "usuarios",
};
const SPELLINGS: Record<string, string[]> = {
  a: ["a", "á", "ä", "A"],
  e: ["e", "é", "ê", "E"],
  o: ["o", "ö", "oe", "ó", "Ö"],
  u: ["u", "ü", "ue", "ú", "Ü"],
  c: ["c", "ç", "C"],
  i: ["i", "í", "I"],
};

function spelled(word: string, next: () => number): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    if (ch === "s" && word.charAt(i + 1) === "s" && next() < 0.5) {
      out += next() < 0.5 ? "ß" : "SS";
      i++;
      continue;
    }
    const ways = SPELLINGS[ch];
    out += ways ? (ways[Math.floor(next() * ways.length)] ?? ch) : next() < 0.1 ? ch.toUpperCase() : ch;
  }
  return out;
}

describe("the language gates over generated spellings", () => {
  it.each(Object.entries(WORDS))("%s: gated glossing equals ungated, and the language is recognised", (name, words) => {
    const next = random(words.length * 7919);
    for (let k = 0; k < 60; k++) {
      const picked = [...words].sort(() => next() - 0.5).slice(0, 3);
      const filler = "lorem ipsum ".repeat(Math.floor(next() * 200));
      const text = `${filler}${picked.map((w) => spelled(w, next)).join(" ")} ${GLOSSED[name] ?? ""}`;
      startMessage();
      const gated = inEnglishWords(text);
      startMessage();
      const open = withGatesOpen(() => inEnglishWords(text));
      expect(gated, text.slice(-80)).toBe(open);
      expect(gated, text.slice(-80)).not.toBe(text);
    }
  });

  it("a long message with only two of a language's words is not glossed, gated or not", () => {
    const text = `${"lorem ipsum ".repeat(500)}wir sind`;
    startMessage();
    expect(inEnglishWords(text)).toBe(text);
    startMessage();
    expect(withGatesOpen(() => inEnglishWords(text))).toBe(text);
  });
});
