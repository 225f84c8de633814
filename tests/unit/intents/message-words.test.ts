// The shared word pass may only skip a pattern that cannot match: wherever a phrase of the
// readers' own tables occurs between `\b`s, mayHold says it may, on every labelled message and
// on texts made to sit the phrase against punctuation, digits, underscores and other scripts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../../adapters/shared/package-root.js";
import { LANGUAGE_CODES } from "../../../src/catalog/languages.js";
import { foldCase } from "../../../src/catalog/normalize.js";
import { COUNTRY_WORDS } from "../../../src/intents/lab-words.js";
import { firstWord, mayHold } from "../../../src/intents/message-words.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const phrases = [...Object.keys(LANGUAGE_CODES), ...Object.keys(COUNTRY_WORDS), "south korean", "e.u."];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const corpus = ["dev", "test"].flatMap((part) =>
  readFileSync(join(PACKAGE_ROOT, `tests/corpus/${part}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => foldCase((JSON.parse(line) as { text: string }).text)),
);

describe("message words", () => {
  it("never rules out a phrase that occurs between word boundaries", () => {
    const made = phrases.flatMap((p) => [
      `${p}`,
      `(${p})`,
      `x_${p}-based`,
      `é${p}ü`,
      `"${p}",${p}.`,
      `2${p}`,
      `we need ${p}'s support`,
    ]);
    let checked = 0;
    for (const phrase of phrases) {
      const pattern = new RegExp(String.raw`\b${escape(phrase)}\b`);
      for (const text of [...corpus, ...made]) {
        if (!pattern.test(text)) continue;
        checked++;
        expect(mayHold(text, firstWord(phrase)), `${phrase} in ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it("rules a phrase out when its first word is absent, and never guesses for other scripts", () => {
    expect(mayHold("we need support in english", firstWord("japanese"))).toBe(false);
    expect(mayHold("no south american vendors", firstWord("south korean"))).toBe(true);
    expect(firstWord("e.u.")).toBe("e");
    expect(firstWord("français")).toBeUndefined();
    expect(mayHold("anything", undefined)).toBe(true);
  });

  it("leaves what requirements read as it was: languages, countries ruled out, team sizes", () => {
    expect(
      parseRequirements("support bot in Japanese and Korean, no Chinese labs, we're a team of twelve"),
    ).toMatchObject({ languages: ["ja", "ko"], exclude: { countries: ["CN"] }, teamSize: 12 });
  });
});
