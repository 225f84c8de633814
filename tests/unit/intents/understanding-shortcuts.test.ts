// Shortcuts taken while a message is understood, each beside the general path it stands in for:
// a word of plain letters tokenised, an ASCII word made canonical for the other-language check,
// and a parser's kept answer copied by hand rather than by structuredClone. Each must give what
// the general path gives, on every word and message of the labelled corpus (the gates that skip
// a reader are audited separately, in reader-gates.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../../adapters/shared/package-root.js";
import { nameTokens, tokenizeAnyText } from "../../../src/catalog/normalize.js";
import { canonical, canonicalAnyWord } from "../../../src/intents/foreign-words.js";
import { parseAssumptionEdits } from "../../../src/intents/assumptions-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { copyOf, startMessage } from "../../../src/per-message-memo.js";

const corpus = ["dev", "test"].flatMap((part) =>
  readFileSync(join(PACKAGE_ROOT, `tests/corpus/${part}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
// Every word as the name finder and the language check split them, and a few made up to reach
// each branch (filler words, capitals, letters outside ASCII, "oe" and "ue" spellings).
const words = [
  ...new Set([
    ...corpus.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u)),
    ...corpus.flatMap((text) => text.split(/\s+/)),
    ...["Instruct", "THE", "model", "b", "Fuer", "für", "Straße", "ıi", "GPT", "4o", "gpt-4o", "x+", ""],
  ]),
];

describe("understanding's shortcuts", () => {
  it("tokenise every word as the general passes do", () => {
    startMessage();
    const wrong = words.filter((w) => JSON.stringify(nameTokens(w)) !== JSON.stringify(tokenizeAnyText(w)));
    expect(wrong).toEqual([]);
    // The shortcut was taken: most words are plain letters.
    expect(words.filter((w) => /^[A-Za-z]+$/.test(w)).length).toBeGreaterThan(words.length / 2);
  });

  it("make every word canonical as the general steps do", () => {
    expect(words.filter((w) => canonical(w) !== canonicalAnyWord(w))).toEqual([]);
  });

  it("copy each parser's answer as structuredClone does: equal, never the kept object", () => {
    // A tenth of the corpus: each message is parsed three ways, and the answers hold every shape.
    const wrong: string[] = [];
    let objects = 0;
    for (const text of corpus.filter((_, i) => i % 10 === 0)) {
      startMessage();
      for (const parse of [parseVolume, parseTeamFacts, parseAssumptionEdits] as ((t: string) => unknown)[]) {
        const kept = parse(text);
        if (!isDeepStrictEqual(copyOf(kept), structuredClone(kept))) wrong.push(`${parse.name}: ${text}`);
        if (kept === null || typeof kept !== "object") continue;
        objects++;
        // A second caller gets its own copy (perMessageCopies): changing one changes no other.
        if (copyOf(kept) === kept || parse(text) === kept) wrong.push(`${parse.name} shared: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(objects).toBeGreaterThan(150);
  });
});
